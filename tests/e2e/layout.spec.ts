// The layout at the two common laptop/desktop sizes: no pane scrolls sideways, the header is one row,
// the table shows its key columns, and nothing the analyst needs is covered (at rest, with a flight
// selected, with an import result shown, with an event popup open).
import { test, expect, type Locator, type Page } from '@playwright/test';
import { flightsTable, importByPicker, importStatus, openApp, watchPage, type PageWatch } from './helpers';

const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

/** The document and every scroll container (overflow auto/scroll) wider inside than it is: "tag.class 812 > 805". */
async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`document ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el);
      if (!/auto|scroll/.test(style.overflowX)) continue;
      if (el.scrollWidth > el.clientWidth) {
        found.push(`${el.tagName.toLowerCase()}.${el.className} ${el.scrollWidth} > ${el.clientWidth}`);
      }
    }
    return found;
  });
}

/** Scrolls `target` into view and says what the point at its centre hits, unless it is the target itself. */
async function coveredBy(target: Locator): Promise<string | null> {
  await target.scrollIntoViewIfNeeded();
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return `outside the viewport`;
    const hit = document.elementFromPoint(x, y);
    if (hit && (hit === el || el.contains(hit))) return null;
    return hit ? `${hit.tagName.toLowerCase()}.${String(hit.className)}` : 'nothing';
  });
}

async function expectUncovered(targets: Record<string, Locator>) {
  const covered: Record<string, string> = {};
  for (const [name, target] of Object.entries(targets)) {
    const by = await coveredBy(target);
    if (by) covered[name] = by;
  }
  expect(covered, 'controls covered by something else at their centre').toEqual({});
}

function header(page: Page) {
  return page.getByRole('banner');
}

/** Controls the analyst uses all the time, in the panes this layout owns. */
function keyControls(page: Page): Record<string, Locator> {
  const table = flightsTable(page);
  return {
    import: page.getByRole('button', { name: 'Import…' }),
    theme: page.getByRole('combobox', { name: 'Theme' }),
    about: page.getByRole('button', { name: 'About this data' }),
    exportCsv: page.getByRole('button', { name: /^Export CSV/ }),
    search: page.getByLabel('Search text'),
    clearFilters: page.getByRole('button', { name: 'Clear all filters' }),
    chart: page.getByRole('group', { name: 'Timeline of flights' }),
    dateSort: table.getByRole('button', { name: /^Date/ }),
    confidenceSort: table.getByRole('button', { name: /^Confidence/ }),
    sourcesSort: table.getByRole('button', { name: /^Sources/ }),
    firstRow: table.locator('tr[data-index="0"]'),
  };
}

/** The header is one row: every control in it has its middle on the same line. */
async function expectOneRowHeader(page: Page) {
  const middles = await header(page)
    .locator('button, select, input:not([type="file"]), h1')
    .evaluateAll((els) =>
      els
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => {
          const r = el.getBoundingClientRect();
          return Math.round(r.top + r.height / 2);
        }),
    );
  expect(middles.length).toBeGreaterThan(3);
  expect(Math.max(...middles) - Math.min(...middles), 'header controls on one line').toBeLessThanOrEqual(4);
}

/** The key columns' headers lie inside the table's scroller, with no sideways scroll needed. */
async function expectKeyColumnsVisible(page: Page) {
  const table = flightsTable(page);
  const scroller = await table.evaluate((el) => el.parentElement!.getBoundingClientRect().right);
  for (const name of ['Date', 'From', 'To', 'Confidence', 'Sources']) {
    const box = await table.getByRole('columnheader', { name: new RegExp(`^${name}`) }).boundingBox();
    expect(box, `${name} column shown`).not.toBeNull();
    expect(box!.x + box!.width, `${name} column inside the table's pane`).toBeLessThanOrEqual(scroller + 0.5);
  }
}

/** A CSV import that succeeds with warnings: one per unknown column. */
function csvWithWarnings(): string {
  const extra = Array.from({ length: 12 }, (_, i) => `extra_column_${i + 1}`);
  const head = ['id', 'date', 'origin', 'destination', 'operator', 'confidence', 'sources', ...extra];
  const rows = Array.from({ length: 30 }, (_, i) =>
    [
      `layout-${i + 1}`,
      `2023-03-${String((i % 28) + 1).padStart(2, '0')}`,
      'UBBB',
      'LLOV',
      'Silk Way Airlines',
      'synthetic',
      'Airlift layout test',
      ...extra.map(() => 'x'),
    ].join(','),
  );
  return [head.join(','), ...rows].join('\n') + '\n';
}

let watch: PageWatch;

test.beforeEach(async ({ page }) => {
  watch = await watchPage(page);
});

test.afterEach(() => {
  expect(watch.errors, 'console errors, page errors and CSP violations').toEqual([]);
});

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('nothing scrolls sideways, the header is one row, key columns and controls are in view', async ({
      page,
    }) => {
      await openApp(page);
      await expect(page.locator('.leaflet-tooltip').first()).toBeVisible();
      expect(await sidewaysOverflow(page)).toEqual([]);
      await expectOneRowHeader(page);
      await expectKeyColumnsVisible(page);
      await expectUncovered(keyControls(page));
      // The dataset title: whole, or cut with the whole title as its tooltip.
      const title = header(page).locator('.dataset-title');
      const cut = await title.evaluate((el) => el.scrollWidth > el.clientWidth);
      if (cut) await expect(title).toHaveAttribute('title', (await title.textContent()) ?? '');
    });

    test('with a flight selected: its panel scrolls to its sources, nothing scrolls sideways', async ({
      page,
    }) => {
      await openApp(page);
      await flightsTable(page).locator('tr[data-index="0"]').click();
      const panel = page.getByRole('region', { name: 'Selected flight' });
      await expect(panel.getByRole('heading', { name: 'Sources' })).toBeVisible();
      expect(await sidewaysOverflow(page)).toEqual([]);
      await expectOneRowHeader(page);
      await expectKeyColumnsVisible(page);
      const lastSource = panel
        .getByRole('heading', { name: 'Sources' })
        .locator('xpath=following-sibling::*[1]');
      await expectUncovered({
        ...keyControls(page),
        close: panel.getByRole('button', { name: 'Close selection' }),
        sources: lastSource,
      });
    });

    test('with an import result shown: the table header and first row stay clickable', async ({ page }) => {
      await openApp(page);
      const heights: number[] = [];
      await header(page).evaluate((el) => {
        const seen: number[] = [];
        (window as unknown as { __headerHeights: number[] }).__headerHeights = seen;
        seen.push(el.getBoundingClientRect().height);
        new ResizeObserver(() => seen.push(el.getBoundingClientRect().height)).observe(el);
      });
      await importByPicker(page, 'with-warnings.csv', csvWithWarnings());
      await expect(importStatus(page)).toBeVisible();
      await expect(importStatus(page)).toContainText('12 warnings');
      heights.push(
        ...(await page.evaluate(() => (window as unknown as { __headerHeights: number[] }).__headerHeights)),
      );
      expect(new Set(heights).size, `header heights during the import: ${heights.join(', ')}`).toBe(1);

      expect(await sidewaysOverflow(page)).toEqual([]);
      await expectOneRowHeader(page);
      await expectUncovered(keyControls(page));
      // Clicks reach them: sorting by date flips the order, the first row selects its flight.
      const table = flightsTable(page);
      await table.getByRole('button', { name: /^Date/ }).click();
      await expect(table.getByRole('columnheader', { name: /^Date/ })).toHaveAttribute(
        'aria-sort',
        'descending',
      );
      await table.locator('tr[data-index="0"]').click();
      await expect(page.getByRole('region', { name: 'Selected flight' })).toBeVisible();
    });

    test('while an import runs, the header keeps its height', async ({ page }) => {
      await openApp(page);
      await header(page).evaluate((el) => {
        const seen: number[] = [el.getBoundingClientRect().height];
        (window as unknown as { __headerHeights: number[] }).__headerHeights = seen;
        new ResizeObserver(() => seen.push(el.getBoundingClientRect().height)).observe(el);
      });
      const big =
        csvWithWarnings() +
        Array.from(
          { length: 40_000 },
          (_, i) =>
            `big-${i},2023-04-01,UBBB,LLOV,Silk Way Airlines,synthetic,Airlift layout test${',x'.repeat(12)}`,
        ).join('\n');
      await importByPicker(page, 'big.csv', big);
      await expect(page.getByRole('group', { name: 'Import in progress' })).toBeVisible();
      const during = await header(page).evaluate((el) => el.getBoundingClientRect().height);
      await expect(importStatus(page)).toBeVisible({ timeout: 30_000 });
      const heights = await page.evaluate(
        () => (window as unknown as { __headerHeights: number[] }).__headerHeights,
      );
      expect([...new Set([...heights, during])], 'header heights before, during and after').toHaveLength(1);
    });
  });
}

/** Pairs of boxes (from `selector`, inside the timeline) that intersect: "a × b". */
async function intersecting(page: Page, selector: string): Promise<string[]> {
  return page.locator('.tl').evaluate((tl, sel) => {
    const boxes = [...tl.querySelectorAll(sel)].map((el) => ({
      name: el.getAttribute('aria-label') ?? el.textContent ?? '',
      r: el.getBoundingClientRect(),
    }));
    const found: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const apart =
          a.r.right <= b.r.left || b.r.right <= a.r.left || a.r.bottom <= b.r.top || b.r.bottom <= a.r.top;
        if (!apart) found.push(`${a.name} × ${b.name}`);
      }),
    );
    return found;
  }, selector);
}

for (const viewport of VIEWPORTS) {
  test.describe(`timeline at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('event markers and their titles do not overlap; every popup is on top and in the viewport', async ({
      page,
    }) => {
      await openApp(page);
      const markers = page.getByRole('button', { name: /^Event: / });
      await expect(markers.first()).toBeVisible();
      expect(await intersecting(page, '.tl-marker-btn'), 'event markers that overlap').toEqual([]);
      expect(await intersecting(page, '.tl-event-label'), 'event titles that overlap').toEqual([]);
      const problems: string[] = [];
      for (const marker of await markers.all()) {
        await marker.focus();
        const tip = page.locator('.tl').getByRole('tooltip');
        await expect(tip).toBeVisible();
        const name = (await marker.getAttribute('aria-label')) ?? '';
        const where = await tip.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const inside = r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
          const probes = [
            [r.left + r.width / 2, r.top + r.height / 2],
            [r.left + 4, r.bottom - 4],
            [r.right - 4, r.bottom - 4],
          ];
          const covered = probes.some(([x, y]) => {
            const hit = document.elementFromPoint(x!, y!);
            return !hit || !(hit === el || el.contains(hit));
          });
          return { inside, covered };
        });
        if (!where.inside) problems.push(`${name}: popup leaves the viewport`);
        if (where.covered) problems.push(`${name}: popup drawn under something`);
      }
      expect(problems).toEqual([]);
    });
  });
}

import { test, expect, type Page } from '@playwright/test';
import {
  countsLine,
  expectedCountsLine,
  importByPicker,
  importStatus,
  inRange,
  loadSample,
  openApp,
  routeCount,
  tableRowCount,
  watchPage,
  type PageWatch,
} from './helpers';

const sample = loadSample();
const total = sample.flights.length;

function urlRange(page: Page): { from?: string; to?: string } {
  const params = new URL(page.url()).searchParams;
  return { from: params.get('from') ?? undefined, to: params.get('to') ?? undefined };
}

/** Everything on screen that counts flights agrees with the dataset filtered to the range. */
async function expectRangeShown(page: Page, from?: string, to?: string) {
  const shown = inRange(sample.flights, from, to);
  await expect(countsLine(page)).toHaveText(expectedCountsLine(shown.length, total, from, to));
  expect(await tableRowCount(page)).toBe(shown.length);
  const bakuOvda = shown.filter((f) => f.origin === 'UBBB' && f.destination === 'LLOV').length;
  expect(await routeCount(page, 'UBBB', 'LLOV')).toBe(bakuOvda === 0 ? null : bakuOvda);
  await expect.poll(() => urlRange(page)).toEqual({ from, to });
}

async function expectAllShown(page: Page) {
  await expect(countsLine(page)).toHaveText(expectedCountsLine(total, total));
  expect(await tableRowCount(page)).toBe(total);
  const bakuOvda = sample.flights.filter((f) => f.origin === 'UBBB' && f.destination === 'LLOV').length;
  expect(await routeCount(page, 'UBBB', 'LLOV')).toBe(bakuOvda);
  await expect.poll(() => urlRange(page)).toEqual({ from: undefined, to: undefined });
}

/** Drags across the timeline's plot from one fraction of its width to another. */
async function brush(page: Page, fromFraction: number, toFraction: number) {
  const chart = page.getByRole('group', { name: 'Timeline of flights' });
  await expect(chart).toBeVisible();
  const plot = chart.locator('rect.tl-capture');
  const box = await plot.boundingBox();
  if (!box) throw new Error('timeline plot has no box');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * fromFraction, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * toFraction, y, { steps: 12 });
  await page.mouse.up();
}

let watch: PageWatch;

test.beforeEach(async ({ page }) => {
  watch = await watchPage(page);
  await openApp(page);
  await expectAllShown(page);
});

test.afterEach(() => {
  expect(watch.errors, 'console errors, page errors and CSP violations').toEqual([]);
  expect(watch.external, 'requests that tried to leave 127.0.0.1').toEqual([]);
});

test('brushing the timeline narrows the table, counts line, routes and URL; Clear restores', async ({
  page,
}) => {
  await brush(page, 0.55, 0.85);
  await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}.*&to=\d{4}-\d{2}-\d{2}/);
  // The range the drag ended on is in the inputs at once; the URL follows after the paint
  // (expectRangeShown waits for it).
  const from = await page.getByLabel('From', { exact: true }).inputValue();
  const to = await page.getByLabel('To', { exact: true }).inputValue();
  expect(from! < to!).toBe(true);
  const shown = inRange(sample.flights, from, to).length;
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  await expectRangeShown(page, from, to);

  // The From/To inputs follow the brush.
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(from!);
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(to!);

  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await expectAllShown(page);
});

test('Back after a brush returns to the view before it', async ({ page }) => {
  const before = await page.evaluate(() => history.length);
  await brush(page, 0.2, 0.5);
  await expect(page).toHaveURL(/from=/);
  // One drag is one change: it should leave one history entry, not one per animation frame.
  const added = (await page.evaluate(() => history.length)) - before;
  expect(added, 'history entries added by one brush drag').toBe(1);
  await page.goBack();
  await expectAllShown(page);
});

test('typing From and To filters to exactly the flights in the range; Clear all filters restores', async ({
  page,
}) => {
  const from = '2022-10-01';
  const to = '2023-03-31';
  await page.getByLabel('From', { exact: true }).fill(from);
  await expectRangeShown(page, from, undefined);
  await page.getByLabel('To', { exact: true }).fill(to);
  await expectRangeShown(page, from, to);

  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expectAllShown(page);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('');
});

test('the Back button undoes one filter change at a time', async ({ page }) => {
  const from = '2020-09-27';
  const to = '2020-11-10';
  await page.getByLabel('From', { exact: true }).fill(from);
  await expectRangeShown(page, from, undefined);
  await page.getByLabel('To', { exact: true }).fill(to);
  await expectRangeShown(page, from, to);

  await page.goBack();
  await expectRangeShown(page, from, undefined);
  await page.goBack();
  await expectAllShown(page);
  await page.goForward();
  await expectRangeShown(page, from, undefined);
});

test('the Day view of two flights 10,000 years apart renders quickly and says it fell back to years', async ({
  page,
}) => {
  const far = {
    schemaVersion: 2,
    title: 'Ten thousand years apart',
    synthetic: true,
    events: [],
    flights: [
      {
        id: 'old',
        date: '0001-01-01',
        origin: 'UBBB',
        destination: 'LLOV',
        confidence: 'synthetic',
        sources: [{ publisher: 'e2e' }],
      },
      {
        id: 'new',
        date: '9999-12-31',
        origin: 'LLOV',
        destination: 'UBBB',
        confidence: 'synthetic',
        sources: [{ publisher: 'e2e' }],
      },
    ],
  };
  await importByPicker(page, 'far.json', JSON.stringify(far), 'application/json');
  await expect(importStatus(page)).toContainText('Imported 2 flights');
  const timeline = page.getByRole('region', { name: 'Timeline' }).first();
  const started = Date.now();
  await timeline.getByRole('radio', { name: 'Day' }).check();
  await expect(timeline.getByRole('status').filter({ hasText: 'Day bins would make' })).toHaveText(
    'Day bins would make 3,652,059 bars; showing years (at most 10,000 bars).',
  );
  // Rendered, not frozen: the chart is there and the page answers (3.65 M day bins took seconds).
  await expect(timeline.getByRole('group', { name: 'Timeline of flights' })).toBeVisible();
  expect(Date.now() - started).toBeLessThan(5000);
  await timeline.getByRole('radio', { name: 'Month' }).check();
  await expect(timeline.getByText('Month bins would make 119,988 bars; showing years')).toBeVisible();
  // The Auto radio's hidden input sits under the Day label: click Auto's label, as a user does.
  await timeline.locator('label', { hasText: /^Auto/ }).click();
  await expect(timeline.getByRole('radio', { name: /^Auto/ })).toBeChecked();
  await expect(timeline.getByText(/bins would make/)).toHaveCount(0);
});

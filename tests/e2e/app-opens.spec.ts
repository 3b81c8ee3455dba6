import { mkdirSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import {
  browserIdle,
  countsLine,
  expectedCountsLine,
  flightsTable,
  loadSample,
  mapView,
  openApp,
  projectPath,
  routePoint,
  watchPage,
} from './helpers';

const sample = loadSample();

/** Pixel statistics of the map's canvas, read in the page (the canvas holds countries and routes). */
async function canvasStats(page: Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-overlay-pane canvas');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return null;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const colours = new Set<number>();
    let painted = 0;
    for (let i = 0; i < data.length; i += 4 * 7) {
      if (data[i + 3]! > 0) painted++;
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    }
    return { painted: painted / (data.length / (4 * 7)), colours: colours.size };
  });
}

/** True when a saturated, opaque pixel (a route's colour, not grey land or border) lies near (x, y). */
async function routeDrawnAt(page: Page, x: number, y: number) {
  return page.evaluate(
    ([px, py]) => {
      const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-overlay-pane canvas');
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return false;
      const rect = canvas.getBoundingClientRect();
      const sx = canvas.width / rect.width;
      const cx = Math.round((px - rect.left) * sx);
      const cy = Math.round((py - rect.top) * sx);
      // A few pixels around the point: the arc may be dashed.
      const r = Math.round(6 * sx);
      const { data } = ctx.getImageData(cx - r, cy - r, 2 * r + 1, 2 * r + 1);
      for (let i = 0; i < data.length; i += 4) {
        const [red, green, blue, alpha] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
        if (alpha > 100 && Math.max(red, green, blue) - Math.min(red, green, blue) > 50) return true;
      }
      return false;
    },
    [x, y] as const,
  );
}

test('opens offline with the bundled dataset: map, routes, timeline, banner, counts; no errors', async ({
  page,
}) => {
  const watch = await watchPage(page);
  await openApp(page);

  await expect(page.getByRole('heading', { level: 1 })).toContainText(sample.title);
  await expect(countsLine(page)).toHaveText(expectedCountsLine(sample.flights.length, sample.flights.length));
  await expect(page.getByRole('note', { name: 'Illustrative data' })).toContainText('synthetic');

  // Country shapes: drawn on Leaflet's canvas, credited to Natural Earth, and the canvas is not blank.
  await expect(page.locator('.leaflet-control-attribution')).toContainText('Natural Earth');
  await expect(page.locator('.leaflet-overlay-pane canvas')).toHaveCount(1);
  await expect
    .poll(async () => (await canvasStats(page))?.painted ?? 0, { message: 'share of painted canvas pixels' })
    .toBeGreaterThan(0.1);
  expect((await canvasStats(page))?.colours).toBeGreaterThan(5);

  // Airport labels are DOM tooltips.
  const labels = page.locator('.leaflet-tooltip');
  await expect(labels.filter({ hasText: 'UBBB' })).toBeVisible();
  await expect(labels.filter({ hasText: 'LLOV' })).toBeVisible();

  // The Baku → Ovda arc is drawn where the map says it is.
  const [x, y] = await routePoint(page, 'UBBB>LLOV');
  await expect.poll(() => routeDrawnAt(page, x, y), { message: 'route colour at routePoint' }).toBe(true);

  // Timeline: bars with geometry; a marker for every event in the data span (the chart may round its
  // ends out to whole bins, so an event just past the span may have one too), the rest counted in a note.
  const bars = page.locator('path.tl-bars');
  await expect(bars.first()).toBeAttached();
  const drawn = await bars.evaluateAll((paths) =>
    paths.filter((p) => (p.getAttribute('d') ?? '').length > 4),
  );
  expect(drawn.length).toBeGreaterThan(0);
  const first = sample.flights.reduce((m, f) => (f.date < m ? f.date : m), '9999');
  const last = sample.flights.reduce((m, f) => (f.date > m ? f.date : m), '0000');
  const inSpan = sample.events.filter((e) => e.date >= first && e.date <= last);
  expect(inSpan.length).toBeGreaterThan(0);
  for (const e of inSpan) {
    await expect(
      page.getByRole('button', { name: `Event: ${e.date} ${e.title}`, exact: true }),
    ).toBeAttached();
  }
  const markers = await page.getByRole('button', { name: /^Event: / }).count();
  const note = page.getByText(/events? lies? outside the data span/);
  const outside = (await note.count()) ? Number(/^(\d+)/.exec((await note.textContent()) ?? '')?.[1]) : 0;
  expect(markers + outside).toBe(sample.events.length);

  // Let late work (map redraws, lazy chunks) run before judging the console.
  await browserIdle(page);
  expect(watch.external, 'requests that tried to leave 127.0.0.1').toEqual([]);
  expect(watch.errors, 'console errors, page errors and CSP violations').toEqual([]);

  mkdirSync(projectPath('tests/output'), { recursive: true });
  await page.screenshot({ path: projectPath('tests/output/main-view.png') });
});

/** Screen boxes of the airport labels on show (a label with no free side is hidden until hovered). */
async function labelBoxes(page: Page) {
  return page.locator('.leaflet-tooltip.airport-label').evaluateAll((labels) =>
    labels
      .filter((label) => getComputedStyle(label).visibility === 'visible')
      .map((label) => {
        const r = label.getBoundingClientRect();
        return { text: label.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
  );
}

/** Screen boxes of what floats over the map: zoom buttons, our controls, the legend, the attribution. */
async function overlayBoxes(page: Page) {
  return page
    .locator('.leaflet-control-zoom, .leaflet-control-attribution, .map-controls, .map-legend')
    .evaluateAll((elements) =>
      elements.map((element) => {
        const r = element.getBoundingClientRect();
        return { text: element.className, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
}

type ScreenBox = { text: string; left: number; right: number; top: number; bottom: number };
const overlap = (a: ScreenBox, b: ScreenBox) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

for (const [width, height] of [
  [1440, 900],
  [1000, 800],
] as const) {
  test(`at ${width}×${height} airport labels never cover each other nor sit under the map's controls, while zooming out and in`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openApp(page);
    const zoomOut = page.getByRole('button', { name: 'Zoom out' });
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    for (const step of [null, zoomOut, zoomOut, zoomIn, zoomIn, zoomIn]) {
      if (step) {
        // A zoom ends with `moveend`, after Leaflet's animation: wait for that state, not for a time.
        const before = await mapView(page);
        await step.click();
        await expect
          .poll(async () => (await mapView(page)).movesEnded, { message: 'the zoom has ended' })
          .toBeGreaterThan(before.movesEnded);
        await browserIdle(page); // the labels are placed again after the move
      }
      const boxes = await labelBoxes(page);
      // Ovda, the busiest airport, always has its label.
      expect(boxes.some((b) => b.text.startsWith('LLOV'))).toBe(true);
      boxes.forEach((a, i) => {
        for (const b of boxes.slice(i + 1)) {
          expect(overlap(a, b), `labels "${a.text}" and "${b.text}" overlap`).toBe(false);
        }
      });
      for (const overlay of await overlayBoxes(page)) {
        for (const label of boxes) {
          expect(overlap(label, overlay), `label "${label.text}" under "${overlay.text}"`).toBe(false);
        }
      }
    }
  });
}

test('writes the README screenshot at 1440×900', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await watchPage(page);
  await openApp(page);
  await expect(page.locator('.leaflet-tooltip').filter({ hasText: 'LLOV' })).toBeVisible();
  await expect.poll(async () => (await canvasStats(page))?.painted ?? 0).toBeGreaterThan(0.1);
  mkdirSync(projectPath('tests/output'), { recursive: true });
  const png = await page.screenshot({ path: projectPath('tests/output/readme-screenshot.png') });
  // PNG header: width and height are big-endian at bytes 16 and 20.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1440, 900]);
});

for (const [width, height] of [
  [1280, 720],
  [1000, 800],
  [800, 900],
  [420, 860],
] as const) {
  test(`at ${width}×${height} no panel covers another: the main controls are on top where they are drawn`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openApp(page);
    const controls = [
      page.getByRole('button', { name: 'Import…' }),
      page.getByRole('button', { name: 'Zoom in' }),
      page.getByRole('button', { name: 'Play' }),
      page.getByLabel('From', { exact: true }),
      page.getByRole('button', { name: 'Last 90 days' }),
      page.getByRole('searchbox', { name: 'Search text' }),
      flightsTable(page).getByRole('row').nth(1),
    ];
    for (const control of controls) {
      await control.scrollIntoViewIfNeeded();
      const onTop = await control.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit !== null && (el === hit || el.contains(hit));
      });
      expect(onTop, `${await control.evaluate((el) => el.outerHTML.slice(0, 80))} is covered`).toBe(true);
    }
  });
}

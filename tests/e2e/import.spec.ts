import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  countsLine,
  expectedCountsLine,
  fixture,
  importByDrop,
  importByPicker,
  importFailure,
  importStatus,
  inRange,
  loadSample,
  openApp,
  routeButton,
  routeCount,
  tableRowCount,
  watchPage,
  type PageWatch,
} from './helpers';

const sample = loadSample();
const total = sample.flights.length;

let watch: PageWatch;

test.beforeEach(async ({ page }) => {
  watch = await watchPage(page);
  await openApp(page);
});

test.afterEach(() => {
  expect(watch.errors, 'console errors, page errors and CSP violations').toEqual([]);
  expect(watch.external, 'requests that tried to leave 127.0.0.1').toEqual([]);
});

test('a dropped CSV with errors lists each by row, id and field, and changes nothing', async ({ page }) => {
  // A filter in force, to check the failed import leaves it as it was.
  const from = '2020-01-01';
  await page.getByLabel('From', { exact: true }).fill(from);
  const shown = inRange(sample.flights, from).length;
  await expect(countsLine(page)).toHaveText(expectedCountsLine(shown, total, from));
  // The URL is written after the change's paint: wait for it before keeping it.
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe(from);
  const urlBefore = page.url();

  await importByDrop(page, 'bad-rows.csv', fixture('bad-rows.csv'));
  const panel = importFailure(page);
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading')).toHaveText('Import failed: nothing was changed');
  await expect(panel).toContainText('bad-rows.csv');
  const errors = panel.getByRole('listitem');
  // Spreadsheet row numbers: the header is row 1.
  await expect(errors.filter({ hasText: /^row 3 \(id "e2e-bad-origin"\), field origin: / })).toHaveCount(1);
  await expect(errors.filter({ hasText: /^row 4 \(id "e2e-bad-date"\), field date: / })).toHaveCount(1);
  await expect(errors.filter({ hasText: 'e2e-good-1' })).toHaveCount(0);

  // The dataset on screen is the one before.
  await expect(page.getByRole('heading', { level: 1 })).toContainText(sample.title);
  await expect(countsLine(page)).toHaveText(expectedCountsLine(shown, total, from));
  expect(await tableRowCount(page)).toBe(shown);
  expect(page.url()).toBe(urlBefore);
  await expect(page.getByRole('button', { name: 'Reset to sample data' })).toBeDisabled();

  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toBeHidden();
});

test('an OpenSky export added to the current data adds its routes and warns about the skipped row', async ({
  page,
}) => {
  const bakuOvda = sample.flights.filter((f) => f.origin === 'UBBB' && f.destination === 'LLOV').length;
  expect(await routeCount(page, 'UBBB', 'LLOV')).toBe(bakuOvda);
  await expect(routeButton(page, 'LTFM', 'LLOV')).toHaveCount(0);

  const csv = fixture('opensky-llov.csv');
  const rows = csv.trim().split('\n').slice(1);
  const withAirports = rows.filter((r) => {
    const cells = r.split(',');
    return cells[2] !== '' && cells[4] !== '';
  });
  const skipped = rows.length - withAirports.length;
  expect(skipped).toBe(1);
  const fromBaku = withAirports.filter((r) => r.split(',')[2] === 'UBBB').length;

  await page.getByRole('radio', { name: 'Add to current' }).check();
  await importByPicker(page, 'opensky-llov.csv', csv);

  const status = importStatus(page);
  await expect(status).toBeVisible();
  await expect(status).toContainText(
    `Added ${withAirports.length} flights from opensky-llov.csv (OpenSky flights export): ${total + withAirports.length} flights in all.`,
  );
  await expect(
    status.getByRole('listitem').filter({ hasText: 'had no estimated departure or arrival airport' }),
  ).toContainText(`${skipped} row had no estimated departure or arrival airport`);

  await expect(countsLine(page)).toHaveText(
    expectedCountsLine(total + withAirports.length, total + withAirports.length),
  );
  expect(await tableRowCount(page)).toBe(total + withAirports.length);
  await expect(routeButton(page, 'LTFM', 'LLOV')).toHaveText(/LTFM → LLOV\s*1$/);
  expect(await routeCount(page, 'UBBB', 'LLOV')).toBe(bakuOvda + fromBaku);
  // The gazetteer placed the new airport on the map.
  await expect(page.locator('.leaflet-tooltip').filter({ hasText: 'LTFM' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reset to sample data' })).toBeEnabled();
});

test('a synthetic export says so at file level and re-imports still marked synthetic', async ({ page }) => {
  const download = async (name: RegExp) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    return readFileSync(await file.path(), 'utf8');
  };
  // The bundled sample is synthetic.
  const csv = await download(/^Export CSV \(/);
  expect(csv.slice(1).split('\r\n')[0]).toMatch(/^# synthetic: /);
  const geo = JSON.parse(await download(/^Export GeoJSON/)) as {
    synthetic: boolean;
    syntheticData: string;
    features: { properties: { syntheticData: string } }[];
  };
  expect([geo.synthetic, geo.syntheticData]).toEqual([true, 'all']);
  expect(geo.features.every((f) => f.properties.syntheticData === 'all')).toBe(true);

  await importByPicker(page, 'flights_all.csv', csv);
  await expect(importStatus(page)).toContainText(`Imported ${total} flights`);
  await expect(page.getByRole('note', { name: 'Illustrative data' })).toBeVisible();
});

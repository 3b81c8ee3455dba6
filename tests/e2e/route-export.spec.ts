import { readFileSync } from 'node:fs';
import { test, expect, type Download, type Page } from '@playwright/test';
import {
  clickRoute,
  countsLine,
  expectedCountsLine,
  flightsTable,
  inRange,
  loadSample,
  openApp,
  parseCsv,
  readTableIds,
  tableRowCount,
  watchPage,
} from './helpers';

const sample = loadSample();
// The version 1 columns, then version 2's (dataset-contract.md, "CSV, version 2"; review_at carries the
// review's `at`).
const CSV_COLUMNS = [
  ...'id,date,departureTime,arrivalTime,origin,origin_name,origin_lat,origin_lon,destination,destination_name,destination_lat,destination_lon,operator,callsign,aircraftType,registration,icao24,cargo,confidence,sources,notes'.split(
    ',',
  ),
  ...'dateEnd,departureObserved,arrivalObserved,review_status,review_by,review_note,review_at,tags'.split(
    ',',
  ),
];
// What the identity sources said, after the contract's columns (data/FORMAT.md, "Identity in exports").
const IDENTITY_CSV_COLUMNS =
  'derived_registration,derived_aircraftType,derived_operator,derived_from,identity_conflicts'.split(',');
const bakuOvda = sample.flights.filter((f) => f.origin === 'UBBB' && f.destination === 'LLOV');

async function downloadText(page: Page, buttonName: RegExp): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  const path = await download.path();
  return { download, text: readFileSync(path, 'utf8') };
}

test('select Baku → Ovda on the map, filter to it, export exactly the filtered rows as CSV and JSON', async ({
  page,
}) => {
  const watch = await watchPage(page);
  await openApp(page);

  // Click the arc on the canvas.
  await clickRoute(page, 'UBBB>LLOV');
  const panel = page.getByRole('region', { name: 'Selected route' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(/^UBBB.*→ LLOV/);
  await expect(page).toHaveURL(/[?&]route=UBBB(%3E|>)LLOV/);
  const items = panel.getByRole('list', { name: `${bakuOvda.length} flights` }).getByRole('listitem');
  await expect(items).toHaveCount(bakuOvda.length);
  await expect(items.first()).toContainText('UBBB');
  // The timeline outlines the route's share of every bar and says how many flights that is.
  const timeline = page.getByRole('region', { name: 'Timeline' }).first();
  await expect(timeline.getByText(`Outlined: UBBB → LLOV (${bakuOvda.length} flights)`)).toBeVisible();
  await expect(timeline.locator('path.tl-selection')).toHaveAttribute('d', /^M/);

  await panel.getByRole('button', { name: 'Filter to this route' }).click();
  await expect(countsLine(page)).toHaveText(expectedCountsLine(bakuOvda.length, sample.flights.length));
  await expect(page).toHaveURL(/origin=UBBB/);
  await expect(page).toHaveURL(/destination=LLOV/);

  // Narrow by date too, so the file name carries the range, and sort newest first.
  const from = '2020-01-01';
  const to = '2023-12-31';
  await page.getByLabel('From', { exact: true }).fill(from);
  await page.getByLabel('To', { exact: true }).fill(to);
  const expected = inRange(bakuOvda, from, to);
  await expect(countsLine(page)).toHaveText(
    expectedCountsLine(expected.length, sample.flights.length, from, to),
  );
  await flightsTable(page).getByRole('button', { name: /^Date/ }).click();
  await expect(flightsTable(page).getByRole('columnheader', { name: /^Date/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  expect(await tableRowCount(page)).toBe(expected.length);
  const tableIds = await readTableIds(page);
  expect(tableIds).toHaveLength(expected.length);
  expect([...tableIds].sort()).toEqual(expected.map((f) => f.id).sort());
  const dates = tableIds.map((id) => sample.flights.find((f) => f.id === id)!.date);
  expect(dates).toEqual([...dates].sort().reverse());

  // CSV: BOM, CRLF, the contract's columns, exactly the table's rows in the table's order.
  const csv = await downloadText(page, new RegExp(`^Export CSV \\(${expected.length}\\)$`));
  expect(csv.download.suggestedFilename()).toBe(`flights_${from}_${to}.csv`);
  const parsed = parseCsv(csv.text);
  expect(parsed.bom).toBe(true);
  expect(csv.text.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/g), 'bare LF line ends').toBeNull();
  // RFC 4180 leaves the last line break optional; every record boundary must be CRLF.
  const unquoted = csv.text.replace(/"[^"]*"/g, '');
  expect((unquoted.match(/\r\n/g) ?? []).length).toBeGreaterThanOrEqual(parsed.rows.length);
  expect(parsed.header).toEqual([...CSV_COLUMNS, ...IDENTITY_CSV_COLUMNS]);
  expect(parsed.rows.map((r) => r.id)).toEqual(tableIds);
  for (const row of parsed.rows) {
    const flight = sample.flights.find((f) => f.id === row.id)!;
    expect([row.date, row.origin, row.destination, row.confidence]).toEqual([
      flight.date,
      'UBBB',
      'LLOV',
      flight.confidence,
    ]);
  }

  // JSON: the contract schema, the same flights in the same order, with the airports they use.
  const json = await downloadText(page, /^Export JSON$/);
  expect(json.download.suggestedFilename()).toBe(`flights_${from}_${to}.json`);
  const data = JSON.parse(json.text) as {
    schemaVersion: number;
    flights: { id: string }[];
    airports?: { icao: string }[];
  };
  expect(data.schemaVersion).toBe(2); // exports write version 2 of the contract
  expect(data.flights.map((f) => f.id)).toEqual(tableIds);
  expect((data.airports ?? []).map((a) => a.icao)).toEqual(expect.arrayContaining(['UBBB', 'LLOV']));
  expect(watch.errors, 'console errors, page errors and CSP violations').toEqual([]);
  expect(watch.external).toEqual([]);
});

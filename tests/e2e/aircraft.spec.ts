// Who flew (issue 14) in the browser: an OpenSky flights export with only icao24 and callsigns, then an
// aircraft database (OpenSky layout, then a tar1090 one with a conflict); the Aircraft list filtering the
// views; the database kept across a reload. Every flight, address and registration in the fixtures
// (tests/e2e/fixtures/identity) is invented: the addresses lie in the blocks their test needs.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import {
  countsLine,
  expectedCountsLine,
  fixture,
  flightsTable,
  importByPicker,
  importStatus,
  openApp,
  routeCount,
  tableRowCount,
  watchPage,
  type PageWatch,
} from './helpers';

const FLIGHTS_CSV = fixture('identity/opensky-flights.csv');
const FLIGHTS = FLIGHTS_CSV.trim().split('\n').slice(2); // after the `# synthetic` line and the header
const TOTAL = FLIGHTS.length;
const idOf = (row: string) => {
  const [icao24, firstSeen] = row.split(',');
  return `opensky-${icao24}-${firstSeen}`;
};
const of = (icao24: string) => FLIGHTS.filter((r) => r.startsWith(`${icao24},`)).map(idOf);

let watch: PageWatch;

test.beforeEach(async ({ page }) => {
  // Wide enough for the table to show its registration and aircraft columns (they give way below 48rem).
  await page.setViewportSize({ width: 2400, height: 1000 });
  watch = await watchPage(page);
  await openApp(page);
});

test.afterEach(() => {
  expect(watch.errors, 'console errors, page errors and CSP violations').toEqual([]);
  expect(watch.external, 'requests that tried to leave 127.0.0.1').toEqual([]);
});

const dbGroup = (page: Page) => page.getByRole('group', { name: 'Aircraft database' });
const aircraftList = (page: Page) => page.getByRole('region', { name: 'Aircraft', exact: true });
const conflictsBox = (page: Page) => page.getByRole('checkbox', { name: /^Identity conflicts only/ });
const row = (page: Page, id: string) => flightsTable(page).locator(`tr[data-flight-id="${id}"]`);
const cell = (page: Page, id: string, column: string) => row(page, id).locator(`td[data-column="${column}"]`);

async function importFlights(page: Page) {
  await importByPicker(page, 'opensky-flights.csv', FLIGHTS_CSV);
  await expect(importStatus(page)).toContainText(`Imported ${TOTAL} flights from opensky-flights.csv`);
  await expect(countsLine(page)).toHaveText(expectedCountsLine(TOTAL, TOTAL));
  // The bundled tables have loaded once the conflicts filter has a count.
  await expect(conflictsBox(page)).toBeEnabled();
}

async function importDb(page: Page, name: string, file: string) {
  await page.getByLabel('Import aircraft database file').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(fixture(`identity/${file}`), 'utf8'),
  });
}

async function seriousViolations(page: Page, ...parts: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  for (const part of parts) builder = builder.include(part);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('an OpenSky export, then an aircraft database: registrations, types and operators appear marked as derived, and the database survives a reload', async ({
  page,
}) => {
  await importFlights(page);
  const [first] = of('600a01');
  // Only icao24 and callsigns: no registration yet; the operator comes from the callsign prefix.
  await expect(cell(page, first!, 'registration')).toHaveText('');
  await expect(cell(page, first!, 'operator').locator('.derived-tag')).toHaveText('derived');
  await expect(aircraftList(page).getByRole('button', { name: /^600a01\b/ })).toBeVisible();
  await expect(dbGroup(page)).toContainText('No aircraft database');

  await importDb(page, 'aircraftDatabase.csv', 'aircraft-db-opensky.csv');
  await expect(dbGroup(page).getByRole('status')).toContainText(
    'Aircraft database aircraftDatabase.csv imported: 3 aircraft.',
  );
  await expect(dbGroup(page)).toContainText('Aircraft database: aircraftDatabase.csv');

  // The table: italic, the word "derived", the source in the title.
  const reg = cell(page, first!, 'registration');
  await expect(reg).toContainText('4K-E2E01');
  await expect(reg.locator('i')).toHaveText('4K-E2E01');
  await expect(reg.locator('.derived-tag')).toHaveText('derived');
  await expect(reg.locator('.derived-value')).toHaveAttribute('title', /derived from aircraftDatabase\.csv/);
  await expect(cell(page, first!, 'aircraftType').locator('i')).toHaveText('IL76');
  await expect(cell(page, of('600a02')[0]!, 'aircraftType').locator('i')).toHaveText('B763');

  // The flight panel writes the source out.
  await row(page, first!).click();
  const panel = page.getByRole('region', { name: 'Selected flight' });
  await expect(panel.locator('dd').filter({ hasText: '4K-E2E01' })).toContainText(
    /4K-E2E01 derived from aircraftDatabase\.csv \(imported \d{4}-\d{2}-\d{2}\)/,
  );
  await expect(panel.locator('dd').filter({ hasText: 'IL76' })).toContainText(
    'derived from aircraftDatabase.csv',
  );
  await expect(panel.locator('dd .derived-tag')).toHaveCount(3);

  // The Aircraft list now names it by its (derived) registration.
  await expect(aircraftList(page).getByRole('button', { name: /^4K-E2E01 derived/ })).toBeVisible();
  expect(await seriousViolations(page, '.aircraft-db', '.aircraft-list', '.selection-panel')).toEqual([]);

  // Kept in IndexedDB: after a reload the database is named and still fills the flights in.
  await page.evaluate(() =>
    (window as unknown as { airliftHistory: { whenSaved(): Promise<unknown> } }).airliftHistory.whenSaved(),
  );
  await page.reload();
  await expect(countsLine(page)).toHaveText(expectedCountsLine(TOTAL, TOTAL));
  await expect(dbGroup(page)).toContainText('Aircraft database: aircraftDatabase.csv');
  await expect(cell(page, first!, 'registration').locator('i')).toHaveText('4K-E2E01');

  // Removed: gone now and after a reload.
  page.once('dialog', (dialog) => void dialog.accept());
  await dbGroup(page).getByRole('button', { name: 'Remove aircraft database' }).click();
  await expect(dbGroup(page)).toContainText('No aircraft database');
  await expect(cell(page, first!, 'registration')).toHaveText('');
  await page.reload();
  await expect(countsLine(page)).toHaveText(expectedCountsLine(TOTAL, TOTAL));
  await expect(dbGroup(page)).toContainText('No aircraft database');
});

test('a conflicting database shows the badge with both values, and the conflicts filter narrows to those flights', async ({
  page,
}) => {
  await importFlights(page);
  await expect(conflictsBox(page)).toHaveAccessibleName('Identity conflicts only (0)');
  // A 4K- (Azerbaijani) registration for an address outside Azerbaijan's block.
  await importDb(page, 'aircraft.csv', 'aircraft-db-tar1090-conflict.csv');
  await expect(dbGroup(page)).toContainText('Aircraft database: aircraft.csv');
  await expect(conflictsBox(page)).toHaveAccessibleName('Identity conflicts only (1)');
  const [clash] = of('738e01');
  await expect(row(page, clash!).locator('.identity-conflict-badge')).toHaveText('Identity conflict');
  await expect(row(page, of('600a01')[0]!).locator('.identity-conflict-badge')).toHaveCount(0);

  await conflictsBox(page).check();
  await expect(countsLine(page)).toHaveText(expectedCountsLine(1, TOTAL));
  expect(await tableRowCount(page)).toBe(1);
  await expect(page).toHaveURL(/[?&]conflicts=1/);

  await row(page, clash!).click();
  const conflicts = page.getByRole('region', { name: 'Identity conflict' });
  await expect(conflicts).toContainText("Transponder (icao24): 738e01 (this flight's record) vs");
  await expect(conflicts).toContainText('registration 4K-E2E09');
  expect(await seriousViolations(page, '.selection-panel', '.filters-pane')).toEqual([]);

  await conflictsBox(page).uncheck();
  await expect(countsLine(page)).toHaveText(expectedCountsLine(TOTAL, TOTAL));
});

test('a file that is not an aircraft database is refused and changes nothing', async ({ page }) => {
  await importFlights(page);
  await importDb(page, 'aircraftDatabase.csv', 'aircraft-db-opensky.csv');
  await expect(dbGroup(page)).toContainText('Aircraft database: aircraftDatabase.csv');
  await importDb(page, 'not-a-database.csv', 'aircraft-db-bad.csv');
  const alert = dbGroup(page).getByRole('alert');
  await expect(alert).toContainText('Aircraft database not-a-database.csv not imported:');
  await expect(alert).toContainText('Nothing was changed; aircraftDatabase.csv is still in use.');
  await expect(dbGroup(page)).toContainText('Aircraft database: aircraftDatabase.csv');
  await expect(cell(page, of('600a01')[0]!, 'registration').locator('i')).toHaveText('4K-E2E01');
  await alert.getByRole('button', { name: 'Close' }).click();
  await expect(alert).toBeHidden();
});

test('the Aircraft list selects an aircraft (highlighted in the table) and filters the views to it', async ({
  page,
}) => {
  await importFlights(page);
  const list = aircraftList(page);
  await expect(list.getByRole('listitem')).toHaveCount(3);
  const mine = of('600a01');
  const button = list.getByRole('button', { name: /^600a01\b/ });
  await expect(button).toContainText(`${mine.length}`);
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  const panel = page.getByRole('region', { name: 'Selected aircraft' });
  await expect(panel).toContainText(`${mine.length} flights in the current filter`);
  await expect(panel.getByRole('region', { name: 'History' })).toContainText(
    `All ${mine.length} flights of this aircraft in the dataset.`,
  );
  await expect(flightsTable(page).locator('tr.is-highlighted')).toHaveCount(mine.length);
  await expect(page).toHaveURL(/[?&]selectedAircraft=600a01/);
  expect(await seriousViolations(page, '.aircraft-list', '.selection-panel')).toEqual([]);

  const before = await routeCount(page, 'UBBB', 'LLOV');
  await panel.getByRole('button', { name: 'Filter to this aircraft' }).click();
  await expect(countsLine(page)).toHaveText(expectedCountsLine(mine.length, TOTAL));
  expect(await tableRowCount(page)).toBe(mine.length);
  await expect(page).toHaveURL(/[?&]airframe=600a01/);
  const ubbbLlov = FLIGHTS.map((r) => r.split(',')).filter(
    ([icao24, , origin, , destination]) => icao24 === '600a01' && origin === 'UBBB' && destination === 'LLOV',
  );
  await expect.poll(() => routeCount(page, 'UBBB', 'LLOV')).toBe(ubbbLlov.length);
  expect(ubbbLlov.length).toBeLessThan(before ?? 0);
  await expect(list.getByRole('listitem')).toHaveCount(1);

  await list.getByRole('button', { name: 'Clear aircraft filter' }).click();
  await expect(countsLine(page)).toHaveText(expectedCountsLine(TOTAL, TOTAL));

  await list.getByLabel('Search aircraft').fill('600a02');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('button', { name: /^600a02\b/ })).toBeVisible();
});

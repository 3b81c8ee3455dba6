import { test, expect, type Page } from '@playwright/test';
import {
  countsLine,
  expectedCountsLine,
  fixture,
  flightsTable,
  importByPicker,
  importStatus,
  inRange,
  loadSample,
  openApp,
  watchPage,
  type SampleFlight,
} from './helpers';
import { readFileSync } from 'node:fs';

const sample = loadSample();
const small = JSON.parse(fixture('small-dataset.json')) as { title: string; flights: SampleFlight[] };

/** Waits until the app has written the imported dataset to IndexedDB (it saves after showing it). */
async function waitForSaved(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<boolean>((resolve) => {
              const open = indexedDB.open('airlift');
              open.onerror = () => resolve(false);
              open.onsuccess = () => {
                const db = open.result;
                if (!db.objectStoreNames.contains('datasets')) return resolve(false);
                const get = db.transaction('datasets').objectStore('datasets').count();
                get.onsuccess = () => resolve(get.result > 0);
                get.onerror = () => resolve(false);
              };
            }),
        ),
      { message: 'imported dataset saved in IndexedDB' },
    )
    .toBe(true);
}

function urlRange(page: Page) {
  const params = new URL(page.url()).searchParams;
  return { from: params.get('from') ?? undefined, to: params.get('to') ?? undefined };
}

test('an imported dataset and the URL filters survive a reload; Reset to sample data sticks too', async ({
  page,
}) => {
  const watch = await watchPage(page);
  await openApp(page);
  const heading = page.getByRole('heading', { level: 1 });
  const reset = page.getByRole('button', { name: 'Reset to sample data' });
  await expect(reset).toBeDisabled();

  await importByPicker(page, 'small-dataset.json', fixture('small-dataset.json'), 'application/json');
  await expect(importStatus(page)).toContainText(
    `Imported ${small.flights.length} flights from small-dataset.json`,
  );
  await expect(heading).toContainText(small.title);
  const n = small.flights.length;
  await expect(countsLine(page)).toHaveText(expectedCountsLine(n, n));
  await waitForSaved(page);

  const from = '2023-09-05';
  await page.getByLabel('From', { exact: true }).fill(from);
  const shownSmall = inRange(small.flights, from).length;
  await expect(countsLine(page)).toHaveText(expectedCountsLine(shownSmall, n, from));
  await expect(page).toHaveURL(/[?&]from=2023-09-05/);

  await page.reload();
  await expect(heading).toContainText(small.title);
  await expect(countsLine(page)).toHaveText(expectedCountsLine(shownSmall, n, from));
  await expect(page).toHaveURL(/[?&]from=2023-09-05/);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(from);
  await expect(reset).toBeEnabled();

  // Declining the confirmation changes nothing.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await reset.click();
  await expect(heading).toContainText(small.title);

  page.once('dialog', (dialog) => {
    expect(dialog.type()).toBe('confirm');
    void dialog.accept();
  });
  await reset.click();
  await expect(heading).toContainText(sample.title);
  await expect(reset).toBeDisabled();
  // Reset to sample data resets the filters too: the imported data's range is not kept.
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('');
  await expect.poll(() => urlRange(page)).toEqual({ from: undefined, to: undefined });
  const range = urlRange(page);
  const total = sample.flights.length;
  const expected = expectedCountsLine(
    inRange(sample.flights, range.from, range.to).length,
    total,
    range.from,
    range.to,
  );
  await expect(countsLine(page)).toHaveText(expected);

  await page.reload();
  await expect(heading).toContainText(sample.title);
  await expect(countsLine(page)).toHaveText(expected);
  await expect(reset).toBeDisabled();
  expect(watch.errors).toEqual([]);
});

test('when IndexedDB never answers, the app still opens and an import says it will not survive a reload', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // Some locked-down profiles never fire success or error on indexedDB.open.
  await page.addInitScript(() => {
    indexedDB.open = () => ({}) as IDBOpenDBRequest;
  });
  await openApp(page);
  await importByPicker(page, 'small-dataset.json', fixture('small-dataset.json'), 'application/json');
  await expect(importStatus(page)).toContainText(`Imported ${small.flights.length} flights`);
  await expect(
    page.getByText(/will not survive a reload \(the browser's storage did not answer/),
  ).toBeVisible({
    timeout: 40_000,
  });
});

test('a CSV of more flights than one streamed batch arrives whole, and whole again after a reload', async ({
  page,
}) => {
  // The worker posts a streamed CSV's flights in batches of 50,000 (flight-columns.ts FLIGHT_BATCH) and
  // the first save stores those batches as they came: two batches here, the second one short.
  const watch = await watchPage(page);
  await openApp(page);
  // The sample's own CSV export, its rows copied under new ids (the id is the first cell).
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Export CSV \(/ }).click(),
  ]);
  const lines = readFileSync(await file.path(), 'utf8').split('\r\n');
  const header = lines.findIndex((line) => line.startsWith('id,'));
  const rows = lines.slice(header + 1).filter((line) => line !== '');
  expect(rows.every((row) => /^[^",]+,/.test(row))).toBe(true);
  const copies = Math.ceil(60_000 / rows.length);
  const body: string[] = [];
  for (let k = 0; k < copies; k++)
    for (const row of rows) body.push(row.replace(/^[^,]+/, (id) => `${id}-c${k}`));
  const n = body.length;
  const late = body[55_123]!;
  const [lateId, lateDate] = late.split(',', 2) as [string, string];
  await importByPicker(page, 'two-batches.csv', [...lines.slice(0, header + 1), ...body, ''].join('\r\n'));
  await expect(importStatus(page)).toContainText(`Imported ${n.toLocaleString('en-US')} flights`, {
    timeout: 30_000,
  });
  await expect(countsLine(page)).toHaveText(expectedCountsLine(n, n));
  await waitForSaved(page);

  await page.reload();
  await expect(countsLine(page)).toHaveText(expectedCountsLine(n, n), { timeout: 30_000 });
  // A flight of the second batch, found by its id, with its own date.
  const search = page.getByLabel('Search text');
  await search.fill(lateId);
  await search.press('Enter');
  await expect(countsLine(page)).toHaveText(expectedCountsLine(1, n));
  await expect(flightsTable(page).locator('tbody tr').first()).toContainText(lateDate);
  expect(watch.errors).toEqual([]);
});

import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import {
  countsLine,
  expectedCountsLine,
  inRange,
  loadSample,
  openApp,
  parseCsv,
  routeButton,
  tabTo,
  watchPage,
  type PageWatch,
} from './helpers';

const sample = loadSample();
const total = sample.flights.length;

function urlRange(page: Page) {
  const params = new URL(page.url()).searchParams;
  return { from: params.get('from') ?? undefined, to: params.get('to') ?? undefined };
}

async function expectRange(page: Page, from?: string, to?: string) {
  const shown = inRange(sample.flights, from, to).length;
  await expect(countsLine(page)).toHaveText(expectedCountsLine(shown, total, from, to));
}

let watch: PageWatch;

test.beforeEach(async ({ page }) => {
  watch = await watchPage(page);
  await openApp(page);
  // Keyboard only from here: the mouse is never used.
  await page
    .locator('body')
    .press('Tab')
    .catch(() => undefined);
});

test.afterEach(() => {
  expect(watch.errors, 'console errors, page errors and CSP violations').toEqual([]);
  expect(watch.external, 'requests that tried to leave 127.0.0.1').toEqual([]);
});

test('set a date range with the timeline keys, widen it, clear it', async ({ page }) => {
  const chart = page.getByRole('group', { name: 'Timeline of flights' });
  await tabTo(page, chart);
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/[?&]from=.*&to=/);
  const first = urlRange(page);
  await expectRange(page, first.from, first.to);

  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => urlRange(page).to).not.toBe(first.to);
  const wider = urlRange(page);
  expect(wider.from).toBe(first.from);
  expect(wider.to! > first.to!).toBe(true);
  await expectRange(page, wider.from, wider.to);

  await page.keyboard.press('Escape');
  await expect(countsLine(page)).toHaveText(expectedCountsLine(total, total));
  await expect.poll(() => urlRange(page)).toEqual({ from: undefined, to: undefined });
});

test('type a date range into From and To, then clear it with the Clear button', async ({ page }) => {
  const fromInput = page.getByLabel('From', { exact: true });
  await tabTo(page, fromInput);
  // en-US date fields: month, day, year.
  await page.keyboard.type('10012022');
  await expect(fromInput).toHaveValue('2022-10-01');
  const toInput = page.getByLabel('To', { exact: true });
  await tabTo(page, toInput);
  await page.keyboard.type('03312023');
  await expect(toInput).toHaveValue('2023-03-31');
  await expectRange(page, '2022-10-01', '2023-03-31');

  await tabTo(page, page.getByRole('button', { name: 'Clear', exact: true }));
  await page.keyboard.press('Enter');
  await expect(countsLine(page)).toHaveText(expectedCountsLine(total, total));
});

test("open a route's flights from the Routes list, filter to it, export it", async ({ page }) => {
  const bakuOvda = sample.flights.filter((f) => f.origin === 'UBBB' && f.destination === 'LLOV');
  await tabTo(page, routeButton(page, 'UBBB', 'LLOV'));
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Selected route' });
  await expect(panel).toBeVisible();
  await expect(
    panel.getByRole('list', { name: `${bakuOvda.length} flights` }).getByRole('listitem'),
  ).toHaveCount(bakuOvda.length);

  await tabTo(page, panel.getByRole('button', { name: 'Filter to this route' }));
  await page.keyboard.press('Space');
  await expect(countsLine(page)).toHaveText(expectedCountsLine(bakuOvda.length, total));

  // The export buttons sit in the header, before everything else: go back to them.
  const exportCsv = page.getByRole('button', { name: `Export CSV (${bakuOvda.length})` });
  await tabTo(page, exportCsv, { back: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('flights_all.csv');
  const { rows } = parseCsv(readFileSync(await download.path(), 'utf8'));
  expect(rows.map((r) => r.id).sort()).toEqual(bakuOvda.map((f) => f.id).sort());
});

test('the first Tab stops are skip links to the map, the timeline and the table', async ({ page }) => {
  const targets = [
    { link: 'Skip to the map', target: page.locator('.leaflet-container') },
    { link: 'Skip to the timeline', target: page.getByRole('group', { name: 'Timeline of flights' }) },
    {
      link: 'Skip to the flights table',
      target: page.getByRole('table', { name: 'Flights' }).getByRole('row').nth(1),
    },
  ];
  for (const [i, { link, target }] of targets.entries()) {
    await openApp(page);
    for (let n = 0; n <= i; n++) await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: link });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(target).toBeFocused();
  }
  // From the chart's skip link the chart's keys work at once.
  await openApp(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/[?&]from=.*&to=/);
});

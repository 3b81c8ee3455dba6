import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import {
  fixture,
  importByPicker,
  importFailure,
  mapLabelsSettled,
  openApp,
  watchPage,
  type PageWatch,
} from './helpers';

/** Serious and critical axe violations, printed one per line (rule, impact, the nodes and why). */
async function seriousViolations(page: Page): Promise<string[]> {
  await mapLabelsSettled(page);
  const results = await new AxeBuilder({ page }).analyze();
  // The scan really looked at the page.
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n'),
    );
}

let watch: PageWatch;

test.beforeEach(async ({ page }) => {
  watch = await watchPage(page);
  await openApp(page);
  await expect(page.locator('.leaflet-tooltip').first()).toBeVisible();
});

test.afterEach(() => {
  expect(watch.errors, 'console errors, page errors and CSP violations').toEqual([]);
  expect(watch.external, 'requests that tried to leave 127.0.0.1').toEqual([]);
});

test('the main view has no serious or critical axe violations', async ({ page }) => {
  expect(await seriousViolations(page)).toEqual([]);
});

test('the main view in the dark theme has no serious or critical axe violations', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await seriousViolations(page)).toEqual([]);
});

test('with a route selected, no serious or critical axe violations', async ({ page }) => {
  await page.getByRole('region', { name: 'Routes' }).getByRole('button').first().click();
  await expect(page.getByRole('region', { name: 'Selected route' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('with the import error panel open, no serious or critical axe violations', async ({ page }) => {
  await importByPicker(page, 'bad-rows.csv', fixture('bad-rows.csv'));
  await expect(importFailure(page)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

/** Sets a date range by typing into From and To, as the date-range spec does. */
async function setDateRange(page: Page, from: string, to: string) {
  await page.getByLabel('From', { exact: true }).fill(from);
  await page.getByLabel('To', { exact: true }).fill(to);
  await expect(page).toHaveURL(new RegExp(`from=${from}.*to=${to}`));
  // Events outside the range are greyed, in the list and on the chart.
  await expect(page.locator('.events-list .event.outside').first()).toBeVisible();
}

async function selectFirstFlight(page: Page) {
  await page.getByRole('table', { name: 'Flights' }).locator('tr[data-index="0"]').click();
  await expect(page.getByRole('region', { name: 'Selected flight' })).toBeVisible();
}

for (const theme of ['Light', 'Dark'] as const) {
  test.describe(`${theme.toLowerCase()} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
    });

    test('with a date range set (greyed events), no serious or critical axe violations', async ({ page }) => {
      await setDateRange(page, '2022-10-01', '2023-03-31');
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('with a flight selected, no serious or critical axe violations', async ({ page }) => {
      await selectFirstFlight(page);
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('with a date range and a flight selected, no serious or critical axe violations', async ({
      page,
    }) => {
      await setDateRange(page, '2022-10-01', '2023-03-31');
      await selectFirstFlight(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

import { test, expect, type Page } from '@playwright/test';
import { countsLine, flightsTable, loadSample, openApp, watchPage } from './helpers';

const sample = loadSample();
const gantz = sample.events.find((e) => e.date === '2022-10-03')!;

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' }).first();
const columnHeader = (page: Page, name: string) =>
  flightsTable(page).getByRole('columnheader').filter({ hasText: name });

test('a copied link restores the sort, the bin unit and the event window; changing the days re-applies it', async ({
  page,
  context,
}) => {
  const watch = await watchPage(page);
  await openApp(page);

  // Sort by operator, descending (two clicks), bins by week, and Gantz's visit ± 10 days.
  const operator = columnHeader(page, 'Operator');
  await operator.getByRole('button').click();
  await operator.getByRole('button').click();
  await expect(operator).toHaveAttribute('aria-sort', 'descending');
  // The hidden radio sits under a neighbour's label: click the label, as a user does.
  await timeline(page)
    .locator('label', { hasText: /^Week$/ })
    .click();
  await expect(timeline(page).getByRole('radio', { name: 'Week' })).toBeChecked();
  const days = page.getByLabel('Days around an event');
  await days.fill('10');
  await page
    .getByRole('button', { name: `Flights within 10 days of ${gantz.title} (${gantz.date})` })
    .click();
  await expect(countsLine(page)).toContainText(`within 10 days of ${gantz.title} (${gantz.date})`);
  await expect(page).toHaveURL(/[?&]sort=-operator/);
  await expect(page).toHaveURL(/[?&]bins=week/);
  await expect(page).toHaveURL(/[?&]event=2022-10-03&days=10/);
  await expect(page).toHaveURL(/[?&]dataset=/);

  // Changing the days re-applies the window around the same event.
  await days.fill('3');
  await expect(countsLine(page)).toContainText(`within 3 days of ${gantz.title} (${gantz.date})`);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2022-09-30');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2022-10-06');
  await expect(page).toHaveURL(/[?&]event=2022-10-03&days=3/);

  // The link, opened in another tab, shows the same view.
  const link = page.url();
  const other = await context.newPage();
  const otherWatch = await watchPage(other);
  await other.goto(link);
  await expect(countsLine(other)).toContainText(`within 3 days of ${gantz.title} (${gantz.date})`);
  await expect(columnHeader(other, 'Operator')).toHaveAttribute('aria-sort', 'descending');
  await expect(timeline(other).getByRole('radio', { name: 'Week' })).toBeChecked();
  await expect(other.getByLabel('Days around an event')).toHaveValue('3');
  await expect(other.getByRole('status').filter({ hasText: 'another dataset' })).toHaveCount(0);
  expect(watch.errors).toEqual([]);
  expect(otherWatch.errors).toEqual([]);
});

test('a link made on another dataset says so', async ({ page }) => {
  const watch = await watchPage(page);
  await openApp(page, '?airport=LTFM&dataset=my-import-3-0badf00d');
  // The notice (dismissible), on top of the empty state's own sentence.
  await expect(
    page.getByRole('button', {
      name: /^Dismiss: This link was made on another dataset \(my-import-3-0badf00d\)/,
    }),
  ).toBeVisible();
  expect(watch.errors).toEqual([]);
});

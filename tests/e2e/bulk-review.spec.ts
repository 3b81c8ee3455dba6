/**
 * Bulk edit, review and delete of the filtered flights (issue 13): filter, add a tag to every filtered
 * flight after a confirm with the count, mark them disputed, see the count by review status and the
 * disputed route on the map (and in the table), delete them, and undo.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  countsLine,
  expectedCountsLine,
  flightsTable,
  loadSample,
  openApp,
  routePoint,
  watchPage,
} from './helpers';

interface Mark {
  key: string;
  band: boolean;
  ring: boolean;
}
type HookWindow = Window & { airliftMapDebug?: { disputedRoutes(): Mark[] } };

const sample = loadSample();
const total = sample.flights.length;
// The flights the filter below leaves, computed from the bundled file (registration is in the file).
const chosen = (sample.flights as ((typeof sample.flights)[number] & { registration?: string })[]).filter(
  (f) => f.origin === 'UBBB' && f.destination === 'LLOV' && f.registration?.includes('SAMPLE3'),
);
const route = sample.flights.filter((f) => f.origin === 'UBBB' && f.destination === 'LLOV');
const n = chosen.length;

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Case file' });
const filters = (page: Page) => page.getByRole('region', { name: 'Flight filters' });
const reviewGroup = (page: Page) => filters(page).getByRole('group', { name: 'Review' });

/** The review filter's counts, as its checkboxes name them. */
async function expectReviewCounts(page: Page, unreviewed: number, verified: number, disputed: number) {
  const counts = { Unreviewed: unreviewed, Verified: verified, Disputed: disputed };
  for (const [label, count] of Object.entries(counts))
    await expect(
      reviewGroup(page).getByRole('checkbox', { name: `${label} (${count})`, exact: true }),
    ).toHaveCount(1);
}

async function disputedRoutes(page: Page): Promise<Mark[]> {
  return page.evaluate(() => (window as HookWindow).airliftMapDebug?.disputedRoutes() ?? []);
}

/** Points at a route until its tooltip shows, and returns the tooltip's text. */
async function routeTooltip(page: Page, key: string, title: string): Promise<string> {
  const tip = page.locator('.leaflet-tooltip').filter({ hasText: title });
  await expect
    .poll(
      async () => {
        const [x, y] = await routePoint(page, key);
        await page.mouse.move(x + 1, y);
        await page.mouse.move(x, y);
        return tip.count();
      },
      { message: `the tooltip of ${key} shows`, intervals: [50, 100, 200] },
    )
    .toBe(1);
  return (await tip.textContent()) ?? '';
}

/** Opens the bulk form, picks the change, fills it in (`fill` gets the form) and applies. */
async function bulkEdit(page: Page, change: string, fill: (form: Locator) => Promise<unknown>) {
  await toolbar(page)
    .getByRole('button', { name: `Bulk edit ${n} filtered flights…` })
    .click();
  const form = page.getByRole('form', { name: 'Bulk edit' });
  await form.getByLabel('Change').selectOption({ label: change });
  await fill(form);
  await form.getByRole('button', { name: 'Apply…' }).click();
}

test('bulk tag, review disputed, counts, map and table, delete and undo', async ({ page }) => {
  expect(n).toBeGreaterThan(1);
  const watch = await watchPage(page);
  await openApp(page);

  // Filter: one route, one registration.
  await filters(page).getByLabel('Origin').selectOption('UBBB');
  await filters(page).getByLabel('Destination').selectOption('LLOV');
  await filters(page).getByLabel('Registration').fill('SAMPLE3');
  await expect(countsLine(page)).toHaveText(expectedCountsLine(n, total));

  // Add a tag: the confirm names the count, and nothing changes before the yes.
  await bulkEdit(page, 'Add a tag', (form) => form.getByLabel('Tag').fill('e2e check'));
  const confirm = page.getByRole('alertdialog');
  await expect(confirm.getByText(`Add tag “e2e check” to ${n} flights?`)).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('form', { name: 'Bulk edit' }).getByRole('button', { name: 'Apply…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Add tag' }).press('Enter');
  await expect(toolbar(page).getByRole('status')).toHaveText(`Added tag “e2e check” to ${n} flights.`);
  // The filtered flights carry it now: "Remove a tag" offers it.
  await toolbar(page)
    .getByRole('button', { name: `Bulk edit ${n} filtered flights…` })
    .click();
  const form = page.getByRole('form', { name: 'Bulk edit' });
  await form.getByLabel('Change').selectOption({ label: 'Remove a tag' });
  await expect(form.getByLabel('Tag to remove').getByRole('option', { name: 'e2e check' })).toHaveCount(1);
  await form.getByRole('button', { name: 'Close' }).click();

  // A confidence the sample's generator-only flights may not take is refused, and nothing changes.
  await bulkEdit(page, 'Set confidence', (f) => f.getByLabel('Confidence').selectOption('confirmed'));
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was changed' })).toContainText(
    'sample generator',
  );
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('form', { name: 'Bulk edit' }).getByRole('button', { name: 'Close' }).click();

  // Mark them disputed, with a note.
  await bulkEdit(page, 'Set review status', async (f) => {
    await f.getByLabel('Review status').selectOption('disputed');
    await f.getByLabel('Review note (optional)').fill('registration not seen at LLOV');
  });
  await expect(page.getByRole('alertdialog').getByText(`Mark ${n} flights as disputed?`)).toBeVisible();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Set review status' }).click();
  await expectReviewCounts(page, 0, 0, n);

  // The whole route: its count by status, the map's mark and tooltip, the table's word.
  await filters(page).getByLabel('Registration').fill('');
  await expect(countsLine(page)).toHaveText(expectedCountsLine(route.length, total));
  await expectReviewCounts(page, route.length - n, 0, n);
  await expect.poll(() => disputedRoutes(page)).toEqual([{ key: 'UBBB>LLOV', band: true, ring: true }]);
  expect(await routeTooltip(page, 'UBBB>LLOV', 'UBBB → LLOV')).toContain(`${n} of ${route.length} disputed`);
  await expect(page.locator('details.map-legend')).toContainText('disputed: a band and a ring');
  await expect(flightsTable(page).getByText('Disputed', { exact: true })).not.toHaveCount(0);

  // The review filter, kept in the link.
  await reviewGroup(page)
    .getByRole('checkbox', { name: `Disputed (${n})`, exact: true })
    .check();
  await expect(countsLine(page)).toHaveText(expectedCountsLine(n, total));
  await expect(page).toHaveURL(/[?&]review=disputed(&|$)/);

  // Delete the filtered flights: asked first, then gone; undo brings them back.
  await toolbar(page)
    .getByRole('button', { name: `Delete ${n} filtered flights` })
    .click();
  await expect(page.getByRole('alertdialog').getByText(`Delete ${n} flights?`)).toBeVisible();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete flights' }).click();
  await expect(countsLine(page)).toHaveText(expectedCountsLine(0, total - n));
  await expect.poll(() => disputedRoutes(page)).toEqual([]);

  await page.keyboard.press('Control+z');
  await expect(countsLine(page)).toHaveText(expectedCountsLine(n, total));
  await expect(
    reviewGroup(page).getByRole('checkbox', { name: `Disputed (${n})`, exact: true }),
  ).toBeChecked();
  expect(watch.errors).toEqual([]);
});

test('a flight’s review is set from its panel, with a note, and counted', async ({ page }) => {
  const watch = await watchPage(page);
  const flight = sample.flights[0]!;
  await openApp(page, `?flight=${flight.id}`);
  const review = page
    .getByRole('region', { name: 'Selected flight' })
    .getByRole('region', { name: 'Review' });
  await expect(review).toContainText('Unreviewed');
  await review.getByRole('radio', { name: 'Verified' }).check();
  await review.getByLabel('Reviewer’s note').fill('matches the published schedule');
  await review.getByRole('button', { name: 'Save review' }).click();
  await expect(review.locator('.review-status')).toHaveText('Verified');
  await expect(review).toContainText('Note: matches the published schedule');
  await expectReviewCounts(page, total - 1, 1, 0);
  expect(watch.errors).toEqual([]);
});

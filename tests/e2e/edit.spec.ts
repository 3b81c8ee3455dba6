/**
 * Editing single flights (issue 13): add a flight by mouse and by keyboard (airports from the dataset
 * and from the gazetteer, loaded on demand), edit a field from the flight panel and from the table,
 * delete after a confirm, and undo with Ctrl+Z.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  countsLine,
  expectedCountsLine,
  flightsTable,
  loadSample,
  openApp,
  tabTo,
  watchPage,
} from './helpers';

const sample = loadSample();
const total = sample.flights.length;
// The table sorts by date: the earliest flight is its first row.
const first = [...sample.flights].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0]!;

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Case file' });
const form = (page: Page) => page.getByRole('dialog');
const panel = (page: Page) => page.getByRole('region', { name: 'Selected flight' });
const row = (page: Page, id: string) => flightsTable(page).locator(`tr[data-flight-id="${id}"]`);
const cell = (page: Page, id: string, column: string) => row(page, id).locator(`td[data-column="${column}"]`);

async function setName(page: Page, name: string) {
  await toolbar(page).getByRole('button', { name: 'Set your name' }).click();
  await page.getByLabel('Your name for the change log').fill(name);
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(toolbar(page).getByText(`Logged as ${name}`)).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await watchPage(page);
  await openApp(page);
});

test('add a flight by mouse: an airport found by name in the gazetteer, Save only once valid', async ({
  page,
}) => {
  await setName(page, 'Mouse Analyst');
  await toolbar(page).getByRole('button', { name: 'Add flight' }).click();
  const dialog = form(page);
  await expect(dialog.getByRole('heading', { name: 'Add a flight' })).toBeVisible();
  const save = dialog.getByRole('button', { name: 'Save' });
  await expect(save).toBeDisabled();

  await dialog.getByLabel(/^Flight id/).fill('e2e-mouse');
  await dialog.getByLabel(/^Date \(required\)/).fill('2016-01-10');
  await dialog.getByLabel(/^Origin/).fill('Baku');
  await dialog.getByRole('option', { name: /^UBBB — / }).click();
  await dialog.getByLabel(/^Destination/).fill('Esenbo');
  await dialog.getByRole('option', { name: /^LTAC — Ankara Esenboga/ }).click();
  await expect(dialog.getByLabel(/^Destination/)).toHaveValue('LTAC');
  await dialog.getByLabel(/^Confidence/).selectOption('reported');
  // An invalid transponder address is named beside its field and holds Save back.
  const icao24 = dialog.getByLabel(/icao24/);
  await icao24.fill('nothex');
  await expect(dialog.getByText(/^icao24: /)).toBeVisible();
  await expect(icao24).toHaveAttribute('aria-invalid', 'true');
  await icao24.fill('');
  await dialog.getByLabel('Publisher').fill('E2E Test Wire');
  await dialog.getByLabel(/^Link/).fill('https://example.org/e2e-report');
  await expect(save).toBeEnabled();
  await save.click();

  await expect(dialog).toHaveCount(0);
  await expect(countsLine(page)).toHaveText(expectedCountsLine(total + 1, total + 1));
  await expect(panel(page).getByRole('heading', { name: 'Flight e2e-mouse' })).toBeVisible();
  await expect(row(page, 'e2e-mouse')).toContainText('LTAC');
});

test('add a flight by keyboard only, and Escape cancels with focus back on the opener', async ({ page }) => {
  const opener = toolbar(page).getByRole('button', { name: 'Add flight' });
  await tabTo(page, opener);
  await page.keyboard.press('Enter');
  const dialog = form(page);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel(/^Flight id/)).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('e2e-keys');
  await page.keyboard.press('Tab');
  await page.keyboard.type('week of 2016-01-04');
  await tabTo(page, dialog.getByLabel(/^Origin/));
  // The dataset's airports are found by code; the arrow keys and Enter pick one.
  await page.keyboard.type('LLO');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel(/^Origin/)).toHaveValue('LLOV');
  await expect(dialog.getByLabel(/dateEnd/)).toHaveValue('2016-01-10');
  await expect(dialog.getByLabel(/^Date \(required\)/)).toHaveValue('2016-01-04');
  await page.keyboard.press('Tab');
  await page.keyboard.type('UBBG');
  await tabTo(page, dialog.getByLabel(/^Confidence/));
  await page.keyboard.press('ArrowDown'); // Choose… → confirmed
  await page.keyboard.press('ArrowDown'); // → reported
  await expect(dialog.getByLabel(/^Confidence/)).toHaveValue('reported');
  await tabTo(page, dialog.getByLabel('Publisher'));
  await page.keyboard.type('E2E Keyboard Wire');
  await page.keyboard.press('Enter'); // submits the form

  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
  // The counts line adds "· 1 flight with an uncertain date".
  await expect(countsLine(page)).toContainText(expectedCountsLine(total + 1, total + 1));
  // A week is shown as one: the imprecise date in the table's date cell.
  await expect(cell(page, 'e2e-keys', 'date')).toHaveText('week of 2016-01-04');
});

test('edit a field from the flight panel, and from the table by mouse and by keyboard', async ({ page }) => {
  await row(page, first.id).click();
  await panel(page).getByRole('button', { name: 'Edit flight' }).click();
  const dialog = form(page);
  await dialog.getByLabel(/^Registration/).fill('4K-EDITED1');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(panel(page).getByRole('button', { name: 'Edit flight' })).toBeFocused();
  await expect(panel(page)).toContainText('4K-EDITED1');
  await expect(row(page, first.id)).toContainText('4K-EDITED1');

  // Double-click a cell (Operator: shown at every table width): an editor in place, Enter saves.
  await cell(page, first.id, 'operator').dblclick();
  const editor = flightsTable(page).getByRole('textbox', { name: `Operator of flight ${first.id}` });
  await expect(editor).toBeFocused();
  await editor.fill('E2E Table Air');
  await editor.press('Enter');
  await expect(editor).toHaveCount(0);
  await expect(cell(page, first.id, 'operator')).toHaveText('E2E Table Air');
  await expect(row(page, first.id)).toBeFocused();

  // F2 edits the chosen column: a date that is not one is refused with its reason, Escape cancels.
  // The double-clicked column is F2's now; Left three times goes back to Date.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('F2');
  const date = flightsTable(page).getByRole('textbox', { name: `Date of flight ${first.id}` });
  await expect(date).toBeFocused();
  await date.fill('not a date');
  await date.press('Enter');
  await expect(page.getByRole('alert')).toContainText('date: ');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await date.press('Escape');
  await expect(date).toHaveCount(0);
  await expect(cell(page, first.id, 'date')).toHaveText(first.date);
  await expect(panel(page)).toContainText('E2E Table Air');
});

test('delete a flight after a confirm, and Ctrl+Z brings it back', async ({ page }) => {
  await row(page, first.id).click();
  await panel(page).getByRole('button', { name: 'Delete flight' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Confirm delete' });
  await expect(confirm).toContainText(`Delete flight ${first.id}?`);
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(row(page, first.id)).toHaveCount(1);

  await panel(page).getByRole('button', { name: 'Delete flight' }).click();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(row(page, first.id)).toHaveCount(0);
  await expect(countsLine(page)).toHaveText(expectedCountsLine(total - 1, total - 1));

  // Undo (the history helper's shortcut) from the page.
  await page.locator('body').press('ControlOrMeta+z');
  await expect(countsLine(page)).toHaveText(expectedCountsLine(total, total));
  await expect(row(page, first.id)).toHaveCount(1);
});

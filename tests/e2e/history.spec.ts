// Undo and redo of every step, by keys and buttons, kept across a reload (the journal in IndexedDB).
// Edits are committed through the VITE_TEST_HOOKS-only window.airliftHistory (src/io/journal-test-hooks.ts);
// the import goes through the file picker as a user's does.
import { test, expect, type Page } from '@playwright/test';
import type { HistoryTestApi } from '../../src/io/journal-test-hooks';
import { fixture, importByPicker, importStatus, loadSample, openApp, watchPage } from './helpers';

const sample = loadSample();
const small = JSON.parse(fixture('small-dataset.json')) as { title: string; flights: unknown[] };
const [a, b] = sample.flights.map((f) => f.id);

type Win = Window & { airliftHistory: HistoryTestApi };
const history = (page: Page) => page.evaluate(() => (window as unknown as Win).airliftHistory.state());
const edit = (page: Page, id: string, notes: string) =>
  page.evaluate(([i, n]) => (window as unknown as Win).airliftHistory.editNotes([i!], n!), [id, notes]);
/** Waits until every queued save is written. */
const saved = (page: Page) => page.evaluate(() => (window as unknown as Win).airliftHistory.whenSaved());
const undoButton = (page: Page) =>
  page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo', exact: true });
const redoButton = (page: Page) =>
  page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Redo', exact: true });

/** The button's title naming the step (then its shortcut in brackets). */
const naming = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`);

async function ready(page: Page) {
  await openApp(page);
  await expect.poll(() => page.evaluate(() => 'airliftHistory' in window)).toBe(true);
}

test('edits, undo and redo by keys and buttons; a reload keeps the data and both stacks', async ({
  page,
}) => {
  const watch = await watchPage(page);
  await ready(page);
  await expect(undoButton(page)).toBeDisabled();
  await expect(redoButton(page)).toBeDisabled();

  await edit(page, a!, 'first note');
  await edit(page, b!, 'second note');
  await expect(undoButton(page)).toHaveAttribute('title', naming(`Undo: Edit notes of ${b}`));
  await page.locator('body').press('Control+z');
  await expect(undoButton(page)).toHaveAttribute('title', naming(`Undo: Edit notes of ${a}`));
  await expect(redoButton(page)).toHaveAttribute('title', naming(`Redo: Edit notes of ${b}`));
  await expect(page.getByText(`Undone: Edit notes of ${b}`)).toBeAttached();
  expect((await history(page)).notes[b!]).not.toBe('second note');

  await saved(page);
  await page.reload();
  await expect.poll(() => page.evaluate(() => 'airliftHistory' in window)).toBe(true);
  const after = await history(page);
  expect(after.past).toEqual([`Edit notes of ${a}`]);
  expect(after.future).toEqual([`Edit notes of ${b}`]);
  expect(after.notes[a!]).toBe('first note');
  await expect(undoButton(page)).toHaveAttribute('title', naming(`Undo: Edit notes of ${a}`));

  await page.locator('body').press('Control+Shift+z');
  await expect.poll(async () => (await history(page)).notes[b!]).toBe('second note');
  await undoButton(page).click();
  await expect.poll(async () => (await history(page)).notes[b!]).not.toBe('second note');
  await page.locator('body').press('Control+y');
  await expect.poll(async () => (await history(page)).notes[b!]).toBe('second note');
  await expect(page.getByText(`Redone: Edit notes of ${b}`)).toBeAttached();
  await undoButton(page).click();
  await undoButton(page).click();
  await expect.poll(async () => (await history(page)).notes[a!]).not.toBe('first note');
  await expect(undoButton(page)).toBeDisabled();
  await redoButton(page).click();
  await expect.poll(async () => (await history(page)).notes[a!]).toBe('first note');

  // In a field, Ctrl+Z is the field's own.
  const search = page.getByLabel('Search text');
  await search.fill('abc');
  await search.press('Control+z');
  expect((await history(page)).notes[a!]).toBe('first note');
  expect(watch.errors).toEqual([]);
});

test('undo of an import brings back the dataset before it, also after a reload', async ({ page }) => {
  await ready(page);
  const heading = page.getByRole('heading', { level: 1 });
  await edit(page, a!, 'edited before the import');
  await importByPicker(page, 'small-dataset.json', fixture('small-dataset.json'), 'application/json');
  await expect(importStatus(page)).toContainText(`Imported ${small.flights.length} flights`);
  await expect(heading).toContainText(small.title);
  await expect(undoButton(page)).toHaveAttribute('title', naming('Undo: Import small-dataset.json'));

  await page.locator('body').press('Control+z');
  await expect(heading).toContainText(sample.title);
  expect((await history(page)).notes[a!]).toBe('edited before the import');
  await saved(page);
  await page.reload();
  await expect(heading).toContainText(sample.title);
  await expect(redoButton(page)).toHaveAttribute('title', naming('Redo: Import small-dataset.json'));
  await redoButton(page).click();
  await expect(heading).toContainText(small.title);
  await saved(page);
  await page.reload();
  await expect(heading).toContainText(small.title);
  await undoButton(page).click();
  await expect(heading).toContainText(sample.title);
  expect((await history(page)).notes[a!]).toBe('edited before the import');
});

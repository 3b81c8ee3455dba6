/**
 * Two analysts, two browser contexts: each loads the same case, sets a name, edits by the flight form,
 * exports a case file; one merges the other's, sees the conflict side by side, chooses, applies. The
 * change log then shows both names, and merging the same file again changes nothing.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { importByPicker, importStatus, openApp, watchPage } from './helpers';

// Made-up test records (not observations), marked synthetic.
const airports = [
  { icao: 'UBBB', name: 'Heydar Aliyev International, Baku', lat: 40.4675, lon: 50.0467, country: 'AZ' },
  { icao: 'LLOV', name: 'Ovda (Uvda)', lat: 29.9403, lon: 34.9358, country: 'IL' },
];
const flight = (id: string, date: string) => ({
  id,
  date,
  origin: 'UBBB',
  destination: 'LLOV',
  registration: `4K-T${id}`,
  confidence: 'synthetic',
  sources: [{ publisher: 'Airlift test fixture' }],
});
const BASE = JSON.stringify({
  schemaVersion: 2,
  title: 'Merge test case',
  synthetic: true,
  airports,
  events: [],
  flights: [flight('m1', '2023-03-01'), flight('m2', '2023-03-02'), flight('m3', '2023-03-03')],
});

async function analyst(browser: Browser, name: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await watchPage(page);
  await openApp(page);
  await importByPicker(page, 'case.json', BASE, 'application/json');
  await expect(importStatus(page)).toContainText('Imported 3 flights');
  await page.getByRole('button', { name: 'Set your name' }).click();
  await page.getByLabel('Your name for the change log').fill(name);
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText(`Logged as ${name}`)).toBeVisible();
  return page;
}

/** Edits one field of a flight through the flight panel's form. */
async function edit(page: Page, id: string, label: string, value: string) {
  await page.locator(`tr[data-flight-id="${id}"]`).click();
  await page.getByRole('button', { name: 'Edit flight' }).click();
  const form = page.getByRole('dialog', { name: `Edit flight ${id}` });
  await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
}

async function exportCase(page: Page): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export case file' }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

async function chooseCaseFile(page: Page, file: { name: string; text: string }) {
  await page.getByLabel('Case file to merge').setInputFiles({
    name: file.name,
    mimeType: 'application/json',
    buffer: Buffer.from(file.text, 'utf8'),
  });
}

type CaseDoc = { flights: Record<string, string>[]; log: { by?: string; action: string }[] };

test('two analysts edit the same case, merge, resolve the conflict, and the log shows both', async ({
  browser,
}) => {
  const ana = await analyst(browser, 'Ana');
  const ben = await analyst(browser, 'Ben');
  await edit(ana, 'm1', 'Registration', '4K-ANA');
  await edit(ana, 'm2', 'Notes', 'seen by Ana');
  await edit(ben, 'm1', 'Registration', '4K-BEN');
  await edit(ben, 'm3', 'Cargo', 'tents');
  const bens = await exportCase(ben);
  expect(bens.name).toMatch(/^case-merge-test-case-\d{4}-\d{2}-\d{2}\.json$/);

  await chooseCaseFile(ana, bens);
  const dialog = ana.getByRole('dialog', { name: `Merge case file ${bens.name}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.merge-summary')).toHaveText(
    '0 flights added, 1 field taken from theirs, 1 conflict',
  );
  const conflict = dialog.getByRole('group', { name: 'Flight m1, registration' });
  await expect(conflict.getByRole('radio', { name: /^Mine 4K-ANA Ana, / })).toBeVisible();
  await expect(conflict.getByRole('radio', { name: /^Theirs 4K-BEN Ben, / })).toBeVisible();
  // Nothing is applied until every conflict has an answer.
  const apply = dialog.getByRole('button', { name: 'Apply merge' });
  await expect(apply).toBeDisabled();
  await conflict.getByRole('radio', { name: /^Theirs/ }).check();
  await apply.click();
  await expect(dialog).toBeHidden();
  await expect(ana.getByRole('status').filter({ hasText: /^Merged / })).toContainText('1 conflict');

  const merged = JSON.parse((await exportCase(ana)).text) as CaseDoc;
  const byId = Object.fromEntries(merged.flights.map((f) => [f.id, f]));
  expect(byId.m1!.registration).toBe('4K-BEN');
  expect(byId.m2!.notes).toBe('seen by Ana');
  expect(byId.m3!.cargo).toBe('tents');
  // Both names are on the record (each import's own entry was logged before a name was set).
  const names = merged.log.filter((e) => e.action !== 'import').map((e) => e.by);
  expect(new Set(names)).toEqual(new Set(['Ana', 'Ben']));

  // The change log view shows both names.
  await ana.getByRole('button', { name: /^Change log/ }).click();
  const log = ana.getByRole('dialog', { name: /change log/i });
  await expect(log.getByRole('cell', { name: 'Ana', exact: true }).first()).toBeVisible();
  await expect(log.getByRole('cell', { name: 'Ben', exact: true }).first()).toBeVisible();
  await ana.keyboard.press('Escape');
  await expect(log).toBeHidden();

  // The same file again: nothing to merge, nothing changes.
  const before = await exportCase(ana);
  await chooseCaseFile(ana, bens);
  await expect(dialog.locator('.merge-summary')).toHaveText(/^Nothing to merge/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  expect((await exportCase(ana)).text).toBe(before.text);
});

test('a case file that does not read is shown as a failed import and changes nothing', async ({
  browser,
}) => {
  const ana = await analyst(browser, 'Ana');
  const before = await exportCase(ana);
  await chooseCaseFile(ana, { name: 'broken.json', text: '{"schemaVersion": 2, "flights": [' });
  const failure = ana.getByRole('dialog', { name: 'Merge failed' });
  await expect(failure.getByRole('heading', { name: /^Import failed: nothing was changed/ })).toBeVisible();
  await expect(failure).toContainText('not valid JSON');
  await failure.getByRole('button', { name: 'Close' }).click();
  await expect(failure).toBeHidden();
  expect((await exportCase(ana)).text).toBe(before.text);
});

test('the merge dialog is used by keyboard: All theirs, Apply, and Escape cancels', async ({ browser }) => {
  const ana = await analyst(browser, 'Ana');
  const ben = await analyst(browser, 'Ben');
  await edit(ana, 'm2', 'Cargo', 'boxes');
  await edit(ben, 'm2', 'Cargo', 'crates');
  const bens = await exportCase(ben);
  const dialog = ana.getByRole('dialog', { name: `Merge case file ${bens.name}` });

  await chooseCaseFile(ana, bens);
  await expect(dialog).toBeVisible();
  await ana.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(ana.getByRole('status').filter({ hasText: /cancelled/ })).toContainText('nothing was changed');

  await chooseCaseFile(ana, bens);
  await dialog.getByRole('button', { name: 'All theirs' }).focus();
  await ana.keyboard.press('Enter');
  await expect(dialog.getByRole('radio', { name: /^Theirs crates/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Apply merge' }).focus();
  await ana.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const merged = JSON.parse((await exportCase(ana)).text) as CaseDoc;
  expect(merged.flights.find((f) => f.id === 'm2')!.cargo).toBe('crates');

  // The whole merge is one undo step: Ctrl+Z takes all of it back, Ben's entries included.
  // The undo button names the step it undoes in its title (its description).
  const undo = ana.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toHaveAttribute('title', /^Undo: Merge case file "Merge test case"/);
  await ana.keyboard.press('Control+z');
  await expect(undo).toHaveAttribute('title', /^Undo: Edit/);
  const undone = JSON.parse((await exportCase(ana)).text) as CaseDoc;
  expect(undone.flights.find((f) => f.id === 'm2')!.cargo).toBe('boxes');
  expect(undone.log.map((e) => e.by)).not.toContain('Ben');
});

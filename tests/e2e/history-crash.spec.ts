// A crash mid-save leaves the last complete state: the renderer is killed (CDP Page.crash) while the
// journal's transaction for a large import is in flight, then the app is opened again in the same
// profile. The data is either wholly the import or wholly what was there before, and undo still works.
import { test, expect, type Page } from '@playwright/test';
import type { HistoryTestApi } from '../../src/io/journal-test-hooks';
import { loadSample, openApp } from './helpers';

const sample = loadSample();
const [a] = sample.flights.map((f) => f.id);
// Large enough that writing it (a few hundred MB of structured clones) takes a while.
const N = 200_000;

type Win = Window & { airliftHistory: HistoryTestApi };
const history = (page: Page) => page.evaluate(() => (window as unknown as Win).airliftHistory.state());

async function ready(page: Page) {
  await openApp(page);
  await expect.poll(() => page.evaluate(() => 'airliftHistory' in window)).toBe(true);
}

test('a crash while an import is being saved leaves the last complete state, and undo still works', async ({
  context,
}) => {
  test.setTimeout(180_000);
  const page = await context.newPage();
  await ready(page);
  await page.evaluate((id) => (window as unknown as Win).airliftHistory.editNotes([id], 'saved before'), a!);
  await page.evaluate(() => (window as unknown as Win).airliftHistory.whenSaved());

  // Resolves once the import's transaction has every request issued: the save has begun, not ended.
  const issued = await page.evaluate((n) => {
    const api = (window as unknown as Win).airliftHistory;
    const begun = api.nextSaveIssued();
    api.importGenerated(n);
    return begun;
  }, N);
  expect(issued.issued).toBe(issued.done + 1);
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;

  const again = await context.newPage();
  await ready(again);
  const state = await history(again);
  const imported = state.flights === N;
  test.info().annotations.push({
    type: 'outcome',
    description: imported ? 'the save had committed before the crash' : 'the crash aborted the save',
  });
  if (imported) {
    expect(state.past.at(-1)).toBe(`Import generated (${N} flights)`);
    expect(state.title).not.toBe(sample.title);
  } else {
    expect(state.flights).toBe(sample.flights.length);
    expect(state.title).toBe(sample.title);
    expect(state.past).toEqual([`Edit notes of ${a}`]);
  }
  expect(state.notes[a!] ?? 'saved before').toBe('saved before');

  // Undo works after the reload: back to the sample with its edit, then before the edit.
  const undo = again
    .getByRole('group', { name: 'History' })
    .getByRole('button', { name: 'Undo', exact: true });
  if (imported) {
    await undo.click();
    await expect(again.getByRole('heading', { level: 1 })).toContainText(sample.title);
  }
  expect((await history(again)).notes[a!]).toBe('saved before');
  await undo.click();
  await expect.poll(async () => (await history(again)).notes[a!]).not.toBe('saved before');
  await expect(undo).toBeDisabled();
});

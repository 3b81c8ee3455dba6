import 'fake-indexeddb/auto';
import { createStore, get, keys, set, type UseStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset, Flight } from '../../src/data/contract';
import type { Step } from '../../src/data/edit';
import { FOLD_BATCH, HEAD_KEY, loadJournal, stepKey, type Head } from '../../src/io/journal';
import { freshJournal, startJournalSync, type JournalSync } from '../../src/io/journal-sync';
import { saveDataset } from '../../src/io/persist';
import { markBundled, MAX_UNDO_STEPS, useAirlift } from '../../src/store/store';
import { makeDataset, makeFlights } from '../fixtures/flights';

let store: UseStore;
let dbCount = 0;
let sync: JournalSync | undefined;
let idle: (() => void)[] = [];
const bundled = markBundled(makeDataset(makeFlights(3), { title: 'Sample' }));
const options = { bundled: () => markBundled(structuredClone(bundled)) };

beforeEach(() => {
  store = createStore(`journal-test-${++dbCount}`, 'datasets');
  useAirlift.setState({ notices: [] });
  useAirlift.getState().loadDataset(bundled, 'bundled');
  idle = [];
});
afterEach(() => sync?.stop());

function start(stored = false) {
  sync = startJournalSync({
    store,
    state: freshJournal(useAirlift.getState(), stored),
    afterPaint: (fn) => fn(),
    idle: (fn) => idle.push(fn),
  });
  return sync;
}

const at = '2024-05-01T10:00:00+00:00';
/** A step setting the notes of flight i of the current dataset. */
function editStep(i: number, notes: string): Step {
  const before = useAirlift.getState().dataset!.flights[i]!;
  const after: Flight = { ...before, notes };
  return {
    label: `Edit notes of ${before.id}`,
    action: 'edit',
    at,
    log: [{ at, action: 'edit', flightId: before.id, field: 'notes', before: before.notes, after: notes }],
    flights: [{ before, after }],
  };
}
const importStep = (after: Dataset): Step => ({
  label: 'Import x.json',
  action: 'import',
  at,
  log: [],
  replace: { before: useAirlift.getState().dataset, after },
});

const labels = (steps: readonly Step[]) => steps.map((s) => s.label);
async function reload() {
  await sync!.whenIdle();
  const loaded = await loadJournal(store, options, MAX_UNDO_STEPS);
  if (!loaded || 'error' in loaded) throw new Error(`no journal: ${JSON.stringify(loaded)}`);
  return loaded;
}

describe('journal', () => {
  it('saves each commit, undo and redo; a reload has the same data and stacks', async () => {
    start();
    const { commit, undo, redo } = useAirlift.getState();
    commit(editStep(0, 'one'));
    commit(editStep(1, 'two'));
    commit(editStep(2, 'three'));
    undo();
    undo();
    redo();
    const s = useAirlift.getState();
    const loaded = await reload();
    expect(loaded.dataset).toEqual(s.dataset);
    expect(labels(loaded.past)).toEqual(labels(s.past));
    expect(labels(loaded.future)).toEqual(labels(s.future));
    expect(loaded.dataset.log?.map((e) => e.after)).toEqual(['one', 'two']);
    // Undo and redo wrote the head only: three step records.
    const records = (await keys(store)).filter((k) => /^journal:step:\d+$/.test(String(k)));
    expect(records).toHaveLength(3);
    expect(sync!.stats).toMatchObject({ queued: 6, done: 6, failed: 0 });
  });

  it('a commit after undo removes the redo steps it discards', async () => {
    start();
    const { commit, undo } = useAirlift.getState();
    commit(editStep(0, 'a'));
    commit(editStep(1, 'b'));
    undo();
    commit(editStep(2, 'c'));
    const loaded = await reload();
    expect(labels(loaded.past)).toEqual(['Edit notes of f0', 'Edit notes of f2']);
    expect(loaded.future).toEqual([]);
    expect(await get(stepKey(2), store)).toBeUndefined();
  });

  it('an import is a new base: undo after a reload brings back the dataset before it', async () => {
    start();
    useAirlift.getState().commit(editStep(0, 'edited sample'));
    const edited = useAirlift.getState().dataset!;
    const imported = makeDataset(
      makeFlights(5, (i) => ({ id: `n${i}` })),
      { title: 'Imported' },
    );
    useAirlift.getState().commit(importStep(imported));
    const loaded = await reload();
    expect(loaded.dataset).toEqual(imported);
    expect(await get('journal:base:2', store)).toBeDefined();
    useAirlift.getState().restoreHistory(loaded.dataset, loaded.past, loaded.future);
    useAirlift.getState().undo();
    expect(useAirlift.getState().dataset).toEqual(edited);
    useAirlift.getState().undo();
    expect(useAirlift.getState().dataset).toEqual(bundled);
  });

  it('Reset to sample data (a replace to the bundled sample) stores no dataset', async () => {
    start();
    useAirlift.getState().commit(importStep(makeDataset(makeFlights(2), { title: 'Mine' })));
    useAirlift.getState().commit(importStep(markBundled(structuredClone(bundled))));
    const loaded = await reload();
    expect(loaded.dataset).toEqual(bundled);
    const record = (await get(stepKey(2), store)) as { replace: { after: string } };
    expect(record.replace.after).toBe('bundled');
  });

  it('keeps the last complete state when a change cannot be stored whole', async () => {
    start();
    useAirlift.getState().commit(editStep(0, 'kept'));
    await sync!.whenIdle();
    const kept = useAirlift.getState().dataset;
    // A function cannot be cloned: the put throws after the flight chunks were queued.
    const bad = editStep(1, 'lost');
    useAirlift.getState().commit({ ...bad, log: [{ ...bad.log[0]!, after: () => 0 }] });
    await sync!.whenIdle();
    expect(sync!.stats.failed).toBe(1);
    expect(useAirlift.getState().notices[0]).toMatch(
      /^Storage is unavailable: your changes will not survive a reload \(/,
    );
    const loaded = await loadJournal(store, options, MAX_UNDO_STEPS);
    expect(loaded && 'dataset' in loaded && loaded.dataset).toEqual(kept);
    // Nothing of the failed change was kept (its flight chunk was queued before the record failed).
    expect(await get(`${stepKey(2)}:flights:0`, store)).toBeUndefined();
  });

  it('after a failed write, the next change saves the whole current dataset', async () => {
    let failures = 1;
    const real = store;
    store = (mode, callback) =>
      failures-- > 0
        ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
        : real(mode, callback);
    start();
    useAirlift.getState().commit(editStep(0, 'x'));
    await sync!.whenIdle();
    expect(useAirlift.getState().notices).toEqual([
      'Storage is unavailable: your changes will not survive a reload (the browser has no room left for it (storage quota exceeded)).',
    ]);
    useAirlift.getState().commit(editStep(1, 'after the failure'));
    const loaded = await reload();
    expect(loaded.dataset).toEqual(useAirlift.getState().dataset);
    expect(loaded.past).toEqual([]);
  });

  it('folds the oldest steps into a new base beyond MAX_UNDO_STEPS + FOLD_BATCH, in idle time', async () => {
    start();
    const n = MAX_UNDO_STEPS + FOLD_BATCH + 1;
    for (let i = 0; i < n; i++) useAirlift.getState().commit(editStep(i % 3, `edit ${i}`));
    await sync!.whenIdle();
    expect(((await get(HEAD_KEY, store)) as Head).steps).toHaveLength(n);
    expect(idle).toHaveLength(1);
    idle.shift()!();
    const loaded = await reload();
    const head = (await get(HEAD_KEY, store)) as Head;
    expect(head.steps).toHaveLength(MAX_UNDO_STEPS);
    expect(head.base).toMatch(/^journal:base:/);
    expect(loaded.dataset).toEqual(useAirlift.getState().dataset);
    expect(loaded.past).toHaveLength(MAX_UNDO_STEPS);
    expect((await keys(store)).filter((k) => String(k).startsWith('journal:step:'))).toHaveLength(
      MAX_UNDO_STEPS * 2,
    ); // a record and one flight chunk each
  });

  it('folding to just after an import adopts its base and writes none', async () => {
    start();
    const imported = makeDataset(
      makeFlights(3, (i) => ({ id: `n${i}` })),
      { title: 'Imported' },
    );
    for (let i = 0; i < FOLD_BATCH; i++) useAirlift.getState().commit(editStep(0, `before ${i}`));
    useAirlift.getState().commit(importStep(imported));
    for (let i = 0; i < MAX_UNDO_STEPS; i++) useAirlift.getState().commit(editStep(1, `after ${i}`));
    idle.shift()!();
    const loaded = await reload();
    expect(((await get(HEAD_KEY, store)) as Head).base).toBe(`journal:base:${FOLD_BATCH + 1}`);
    expect(loaded.dataset).toEqual(useAirlift.getState().dataset);
  });

  it('a step of more flights than one chunk holds is stored in chunks', async () => {
    const flights = makeFlights(60_001, (i) => ({ id: `b${i}`, date: '2020-01-01' }));
    start();
    useAirlift.getState().loadDataset(makeDataset(flights), 'imported');
    const step: Step = {
      label: 'Delete 60,001 flights',
      action: 'delete',
      at,
      log: [],
      flights: flights.map((f, position) => ({ before: f, after: null, position })),
    };
    useAirlift.getState().commit(step);
    await sync!.whenIdle();
    expect(await get(`${stepKey(2)}:flights:1`, store)).toHaveLength(10_001);
    const loaded = await reload();
    expect(loaded.dataset.flights).toEqual([]);
    expect(loaded.past[0]!.flights).toHaveLength(60_001);
  }, 60_000);

  it('refuses a damaged journal with a notice, and removes it', async () => {
    start();
    useAirlift.getState().commit(editStep(0, 'a'));
    useAirlift.getState().commit(editStep(1, 'b'));
    await sync!.whenIdle();
    await set(stepKey(2), { label: 'no action' }, store);
    const loaded = await loadJournal(store, options, MAX_UNDO_STEPS);
    expect(loaded).toEqual({
      error:
        'The saved case file was damaged (its step 2 is missing or damaged) and has been removed; showing the sample data.',
    });
    expect(await keys(store)).toEqual([]);
  });

  it('refuses a step that does not fit its base', async () => {
    start();
    useAirlift.getState().commit(editStep(0, 'a'));
    await sync!.whenIdle();
    const loaded = await loadJournal(
      store,
      { bundled: () => makeDataset(makeFlights(1, () => ({ id: 'other' }))) },
      200,
    );
    expect(loaded && 'error' in loaded && loaded.error).toMatch(
      /^The saved case file was damaged \(its step 1 does not fit: /,
    );
  });

  it('gives null when there is no journal, and starts from an older saved import', async () => {
    expect(await loadJournal(store, options, MAX_UNDO_STEPS)).toBeNull();
    const old = makeDataset(makeFlights(2), { title: 'Saved before the journal' });
    await saveDataset(old, store);
    useAirlift.getState().loadDataset(old, 'imported');
    start(true);
    useAirlift.getState().commit(editStep(0, 'first edit'));
    const loaded = await reload();
    expect(((await get(HEAD_KEY, store)) as Head).base).toBe('imported-dataset');
    expect(loaded.dataset.flights[0]!.notes).toBe('first edit');
    useAirlift.getState().restoreHistory(loaded.dataset, loaded.past, loaded.future);
    useAirlift.getState().undo();
    expect(useAirlift.getState().dataset).toEqual(old);
  });

  it('a load (not a step) replaces the journal with that dataset alone', async () => {
    start();
    useAirlift.getState().commit(editStep(0, 'a'));
    const other = makeDataset(makeFlights(1), { title: 'Loaded' });
    useAirlift.getState().loadDataset(other, 'imported');
    const loaded = await reload();
    expect(loaded.dataset).toEqual(other);
    expect(loaded.past).toEqual([]);
    expect((await keys(store)).filter((k) => String(k).startsWith('journal:step:'))).toEqual([]);
  });

  it('a journal that does not come in time is kept: the changes of this session are refused, with a notice', async () => {
    const silent: UseStore = () => new Promise(() => undefined);
    const loaded = await loadJournal(silent, options, MAX_UNDO_STEPS, 50);
    expect(loaded).toEqual({
      error: 'The saved case file took too long to load; showing the sample data.',
      kept: "the browser's storage did not answer within 0 s",
    });
    sync = startJournalSync({
      store,
      state: freshJournal(useAirlift.getState(), false),
      afterPaint: (fn) => fn(),
      refuse: 'the saved case file could not be read',
    });
    useAirlift.getState().commit(importStep(makeDataset(makeFlights(1), { title: 'Mine' })));
    await sync.whenIdle();
    expect(useAirlift.getState().notices).toEqual([
      'Storage is unavailable: the imported data will not survive a reload (the saved case file could not be read).',
    ]);
    expect(await keys(store)).toEqual([]);
  });
});

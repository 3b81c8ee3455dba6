import 'fake-indexeddb/auto';
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearStoredDataset, loadStoredDataset, saveDataset, STORED_DATASET_KEY } from '../../src/io/persist';
import { dataset, flight } from './fixtures';

let store: UseStore;
let dbCount = 0;
beforeEach(() => {
  // A fresh database per test, so no test sees another's record.
  store = createStore(`airlift-test-${++dbCount}`, 'datasets');
});

const failingStore: UseStore = () =>
  Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

describe('persist', () => {
  it('gives null when nothing is stored', async () => {
    expect(await loadStoredDataset(store)).toBeNull();
  });

  it('round-trips a dataset, and a later save replaces the earlier one', async () => {
    const first = dataset([flight({ id: 'a' })], { title: 'First' });
    const second = dataset([flight({ id: 'b' }), flight({ id: 'c', notes: '<b>not markup</b>' })]);
    expect(await saveDataset(first, store)).toEqual({ ok: true });
    expect(await saveDataset(second, store)).toEqual({ ok: true });
    const loaded = await loadStoredDataset(store);
    expect(loaded).toEqual({ dataset: second, savedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  });

  it('clearStoredDataset removes the record', async () => {
    await saveDataset(dataset([flight()]), store);
    await clearStoredDataset(store);
    expect(await loadStoredDataset(store)).toBeNull();
  });

  it('refuses a record of another schema version with a message, and keeps it', async () => {
    const record = { schemaVersion: 2, savedAt: '2030-01-01T00:00:00Z', dataset: dataset([flight()]) };
    await set(STORED_DATASET_KEY, record, store);
    const loaded = await loadStoredDataset(store);
    expect(loaded).toEqual({ error: expect.stringContaining('schema version 2') });
    expect(await get(STORED_DATASET_KEY, store)).toEqual(record);
  });

  it.each([
    ['not an object', 'garbage'],
    ['no schema version', { dataset: dataset([]) }],
    ['no dataset', { schemaVersion: 1, savedAt: 'x' }],
    ['no flights array', { schemaVersion: 1, savedAt: 'x', dataset: { ...dataset([]), flights: 'x' } }],
    [
      'a damaged flight',
      {
        schemaVersion: 1,
        savedAt: 'x',
        dataset: dataset([flight({ id: 'a' }), { id: 3 } as never, flight()]),
      },
    ],
  ])('reports a corrupt record (%s) and removes it', async (_label, record) => {
    await set(STORED_DATASET_KEY, record, store);
    const loaded = await loadStoredDataset(store);
    expect(loaded).toEqual({ error: expect.stringContaining('damaged') });
    expect(await get(STORED_DATASET_KEY, store)).toBeUndefined();
  });

  it('reports a failing storage as ok:false with a reason instead of throwing', async () => {
    const saved = await saveDataset(dataset([flight()]), failingStore);
    expect(saved).toEqual({ ok: false, reason: expect.stringContaining('quota') });
    expect(await loadStoredDataset(failingStore)).toEqual({
      error: expect.stringContaining('could not be read'),
    });
    await expect(clearStoredDataset(failingStore)).resolves.toBeUndefined();
  });

  it('gives up with an error when the storage never answers', async () => {
    const stuck: UseStore = () => new Promise(() => {});
    expect(await loadStoredDataset(stuck, 20)).toEqual({ error: expect.stringContaining('too long') });
  });

  it('works with the default app store too', async () => {
    const d = dataset([flight({ id: 'default' })]);
    expect(await saveDataset(d)).toEqual({ ok: true });
    expect(await loadStoredDataset()).toMatchObject({ dataset: d });
    await clearStoredDataset();
    expect(await loadStoredDataset()).toBeNull();
  });
});

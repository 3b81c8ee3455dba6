import 'fake-indexeddb/auto';
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  chunkKey,
  clearStoredDataset,
  loadStoredDataset,
  saveDataset,
  STORED_DATASET_KEY,
} from '../../src/io/persist';
import { makeDataset, makeFlight } from '../fixtures/flights';

let store: UseStore;
let dbCount = 0;
beforeEach(() => {
  // A fresh database per test, so no test sees another's record.
  store = createStore(`airlift-test-${++dbCount}`, 'datasets');
});

/** An IDBRequest-like object that succeeds with `result` on the next tick. */
function fakeRequest(result: unknown) {
  const request: { result: unknown; onsuccess?: () => void; onerror?: () => void } = { result };
  queueMicrotask(() => request.onsuccess?.());
  return request;
}

const failingStore: UseStore = () =>
  Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

describe('persist', () => {
  it('gives null when nothing is stored', async () => {
    expect(await loadStoredDataset(store)).toBeNull();
  });

  it('round-trips a dataset, and a later save replaces the earlier one', async () => {
    const first = makeDataset([makeFlight({ id: 'a' })], { title: 'First' });
    const second = makeDataset([
      makeFlight({ id: 'b' }),
      makeFlight({ id: 'c', notes: '<b>not markup</b>' }),
    ]);
    expect(await saveDataset(first, store)).toEqual({ ok: true });
    expect(await saveDataset(second, store)).toEqual({ ok: true });
    const loaded = await loadStoredDataset(store);
    expect(loaded).toEqual({ dataset: second, savedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  });

  it('clearStoredDataset removes the record', async () => {
    await saveDataset(makeDataset([makeFlight()]), store);
    await clearStoredDataset(store);
    expect(await loadStoredDataset(store)).toBeNull();
  });

  it('refuses a record of another schema version with a message, and keeps it', async () => {
    const record = {
      schemaVersion: 3,
      savedAt: '2030-01-01T00:00:00Z',
      dataset: makeDataset([makeFlight()]),
    };
    await set(STORED_DATASET_KEY, record, store);
    const loaded = await loadStoredDataset(store);
    expect(loaded).toEqual({ error: expect.stringContaining('schema version 3') });
    expect(await get(STORED_DATASET_KEY, store)).toEqual(record);
  });

  it.each([
    ['not an object', 'garbage'],
    ['no schema version', { dataset: makeDataset([]) }],
    ['no dataset', { schemaVersion: 1, savedAt: 'x' }],
    ['no flights array', { schemaVersion: 1, savedAt: 'x', dataset: { ...makeDataset([]), flights: 'x' } }],
    [
      'a damaged flight',
      {
        schemaVersion: 1,
        savedAt: 'x',
        dataset: makeDataset([makeFlight({ id: 'a' }), { id: 3 } as never, makeFlight()]),
      },
    ],
  ])('reports a corrupt record (%s) and removes it', async (_label, record) => {
    await set(STORED_DATASET_KEY, record, store);
    const loaded = await loadStoredDataset(store);
    expect(loaded).toEqual({ error: expect.stringContaining('damaged') });
    expect(await get(STORED_DATASET_KEY, store)).toBeUndefined();
  });

  const many = (n: number) => Array.from({ length: n }, (_, i) => makeFlight({ id: `f${i}` }));

  it('stores the flights in chunks and reads them back whole and in order', async () => {
    const big = makeDataset(many(7), { title: 'Big' });
    expect(await saveDataset(big, store, { flightsPerChunk: 3 })).toEqual({ ok: true });
    // Three chunks (3 + 3 + 1) and the record naming them; the record holds no flights itself.
    expect((await keys(store)).sort()).toEqual(
      [STORED_DATASET_KEY, chunkKey(0), chunkKey(1), chunkKey(2)].sort(),
    );
    expect((await get(STORED_DATASET_KEY, store)).dataset.flights).toEqual([]);
    expect(await loadStoredDataset(store)).toEqual({ dataset: big, savedAt: expect.any(String) });
  });

  it('a smaller later save leaves no chunk of the earlier one behind; clearing removes every chunk', async () => {
    await saveDataset(makeDataset(many(7)), store, { flightsPerChunk: 3 });
    const small = makeDataset(many(2));
    await saveDataset(small, store, { flightsPerChunk: 3 });
    expect((await keys(store)).sort()).toEqual([STORED_DATASET_KEY, chunkKey(0)].sort());
    expect(await loadStoredDataset(store)).toMatchObject({ dataset: small });
    await clearStoredDataset(store);
    expect(await keys(store)).toEqual([]);
  });

  it('reports a record whose chunk is missing as damaged and removes it all', async () => {
    await saveDataset(makeDataset(many(7)), store, { flightsPerChunk: 3 });
    await del(chunkKey(1), store);
    expect(await loadStoredDataset(store)).toEqual({
      error: expect.stringContaining('chunk of its flights is missing'),
    });
    expect(await keys(store)).toEqual([]);
  });

  it('still reads a record saved before chunking (flights inline)', async () => {
    const old = makeDataset([makeFlight({ id: 'inline' })]);
    await set(STORED_DATASET_KEY, { schemaVersion: 1, savedAt: '2026-11-24T10:00:00Z', dataset: old }, store);
    expect(await loadStoredDataset(store)).toEqual({ dataset: old, savedAt: '2026-11-24T10:00:00Z' });
  });

  it('reports a failing storage as ok:false with a reason instead of throwing', async () => {
    const saved = await saveDataset(makeDataset([makeFlight()]), failingStore);
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

  it('a save to a storage that never answers gives up with ok:false and says why, so the notice shows', async () => {
    vi.useFakeTimers();
    try {
      const stuck: UseStore = () => new Promise(() => {});
      const saving = saveDataset(makeDataset([makeFlight()]), stuck, { timeoutMs: 1000 });
      // One chunk of flights: the limit is (1 + 1) × 1000 ms.
      await vi.advanceTimersByTimeAsync(2000);
      expect(await saving).toEqual({ ok: false, reason: expect.stringContaining('did not answer') });
    } finally {
      vi.useRealTimers();
    }
  });

  it('a save whose storage answers keys but never commits gives up too', async () => {
    vi.useFakeTimers();
    try {
      // keys() answers (an empty list); setMany's transaction never completes.
      let calls = 0;
      const halfStuck: UseStore = (_mode, callback) =>
        ++calls === 1
          ? Promise.resolve(callback({ getAllKeys: () => fakeRequest([]) } as never))
          : new Promise(() => {});
      const saving = saveDataset(makeDataset([makeFlight()]), halfStuck, { timeoutMs: 1000 });
      // One chunk of flights: the limit is (1 + 1) × 1000 ms.
      await vi.advanceTimersByTimeAsync(2000);
      expect(await saving).toEqual({ ok: false, reason: expect.stringContaining('did not answer') });
    } finally {
      vi.useRealTimers();
    }
  });

  it('clearing a storage that never answers returns anyway (Reset to sample data is not held)', async () => {
    vi.useFakeTimers();
    try {
      const stuck: UseStore = () => new Promise(() => {});
      let done = false;
      const clearing = clearStoredDataset(stuck, 1000).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(1000);
      await clearing;
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('works with the default app store too', async () => {
    const d = makeDataset([makeFlight({ id: 'default' })]);
    expect(await saveDataset(d)).toEqual({ ok: true });
    expect(await loadStoredDataset()).toMatchObject({ dataset: d });
    await clearStoredDataset();
    expect(await loadStoredDataset()).toBeNull();
  });
});

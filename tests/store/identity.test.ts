import { describe, expect, it } from 'vitest';
import { datasetIdentity } from '../../src/data/query';
import { selectDatasetIdentity } from '../../src/store/selectors';
import { useAirlift } from '../../src/store/store';
import { makeDataset, makeFlights } from '../fixtures/flights';

/** FNV-1a (32-bit) of the title and each id, each followed by U+001F, over UTF-16 code units. */
function referenceHash(title: string, ids: readonly string[]): string {
  const text = [title, ...ids].map((part) => `${part}\u001f`).join('');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

describe('the dataset identity', () => {
  it('is the FNV-1a hash of the title and every id in order, so links made before still match', () => {
    for (const ids of [[], ['a'], ['ab', 'c'], ['a', 'bc'], ['café', 'gen-7-0000001', '航班-1', '😀']]) {
      const dataset = { ...makeDataset(makeFlights(ids.length)), title: 'Ovda flights' };
      const flights = dataset.flights.map((f, i) => ({ ...f, id: ids[i]! }));
      const identity = datasetIdentity({ ...dataset, flights });
      expect(identity).toBe(`ovda-flights-${ids.length}-${referenceHash('Ovda flights', ids)}`);
    }
  });
});

describe('the dataset identity after edits', () => {
  it('is what a fresh hash gives, whether an edit kept the ids (reused) or changed them', () => {
    const dataset = makeDataset(makeFlights(5));
    useAirlift.getState().loadDataset(dataset, 'imported');
    const first = selectDatasetIdentity(useAirlift.getState());
    expect(first).toBe(datasetIdentity(dataset));
    // Same ids, another operator: the same identity.
    const edited = { ...dataset, flights: dataset.flights.map((f) => ({ ...f, operator: 'Other' })) };
    useAirlift.getState().loadDataset(edited, 'imported');
    expect(selectDatasetIdentity(useAirlift.getState())).toBe(first);
    // One id changed, or one flight fewer, or another title: the hash of the new dataset.
    for (const next of [
      { ...dataset, flights: dataset.flights.map((f, i) => (i === 2 ? { ...f, id: 'renamed' } : f)) },
      { ...dataset, flights: dataset.flights.slice(1) },
      { ...dataset, title: 'Another title' },
    ]) {
      useAirlift.getState().loadDataset(next, 'imported');
      expect(selectDatasetIdentity(useAirlift.getState())).toBe(datasetIdentity(next));
      expect(selectDatasetIdentity(useAirlift.getState())).not.toBe(first);
    }
  });
});

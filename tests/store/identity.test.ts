import { describe, expect, it } from 'vitest';
import { datasetIdentity } from '../../src/data/query';
import { selectDatasetIdentity } from '../../src/store/selectors';
import { useAirlift } from '../../src/store/store';
import { makeDataset, makeFlights } from '../fixtures/flights';

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

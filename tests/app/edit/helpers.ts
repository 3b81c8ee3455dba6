/** Shared set-up of the editing tests: a small dataset of test flights in the store, an analyst. */
import type { Dataset, Flight } from '../../../src/data/contract';
import { useAirlift } from '../../../src/store/store';
import { makeDataset, makeFlight } from '../../fixtures/flights';

export function reportedFlight(overrides: Partial<Flight> = {}): Flight {
  return makeFlight({
    confidence: 'reported',
    sources: [{ publisher: 'Test Wire', title: 'Test report', url: 'https://example.org/r1' }],
    ...overrides,
  });
}

/** Loads a dataset of two reported flights (f-a, f-b) and sets the analyst; returns the dataset. */
export function loadTestCase(analyst = 'Test Analyst'): Dataset {
  const dataset = makeDataset([
    reportedFlight({ id: 'f-a', registration: '4K-TEST1' }),
    reportedFlight({ id: 'f-b', registration: '4K-TEST2', date: '2023-03-05' }),
  ]);
  useAirlift.setState({ past: [], future: [], selection: null, filters: {}, notices: [], analyst });
  useAirlift.getState().loadDataset({ ...dataset, schemaVersion: 2, synthetic: false }, 'imported');
  return useAirlift.getState().dataset!;
}

export const flightById = (id: string) => useAirlift.getState().dataset?.flights.find((f) => f.id === id);

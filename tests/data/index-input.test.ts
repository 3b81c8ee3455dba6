import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset, Flight } from '../../src/data/contract';
import { createIndex, IndexInput, rememberIndexInput } from '../../src/data/query';
import { generateDataset } from '../../src/data/sample/generate';
import { anyFlight } from '../fixtures/arbitraries';

const datasetOf = (flights: Flight[]): Dataset => ({
  schemaVersion: 2,
  title: 't',
  synthetic: true,
  airports: [],
  events: [],
  flights,
});

/** The flights read into an IndexInput in batches cut at `cuts`, from a small first capacity. */
function readInBatches(flights: readonly Flight[], cuts: number[], capacity: number): IndexInput {
  const input = new IndexInput(capacity);
  let at = 0;
  for (const cut of [...cuts.sort((a, b) => a - b), flights.length]) {
    input.add(flights.slice(at, Math.max(at, cut)));
    at = Math.max(at, cut);
  }
  return input;
}

describe('the index build from a first pass made batch by batch (a streamed import)', () => {
  it('is the index built in one go, for any flights and any batches', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(anyFlight, { maxLength: 40, selector: (f) => f.id }),
        fc.array(fc.nat(40), { maxLength: 5 }),
        fc.nat(8),
        (flights, cuts, capacity) => {
          const whole = createIndex(datasetOf(flights));
          const dataset = datasetOf(flights);
          rememberIndexInput(flights, readInBatches(flights, cuts, capacity));
          expect(createIndex(dataset)).toEqual({ ...whole, dataset });
        },
      ),
    );
  });

  it('is the same at a size where the columns grow many times, dateEnd first met late', () => {
    const { flights } = generateDataset({ flights: 3000, seed: 8 });
    const late = flights.map((f, i) => (i === 2500 ? { ...f, dateEnd: '2030-01-01' } : f));
    const whole = createIndex(datasetOf(late));
    const dataset = datasetOf(late);
    rememberIndexInput(late, readInBatches(late, [7, 100, 1999], 1));
    expect(createIndex(dataset)).toEqual({ ...whole, dataset });
  });

  it('is used once and only for the flights it read whole', () => {
    const { flights } = generateDataset({ flights: 50, seed: 9 });
    const part = new IndexInput(10).add(flights.slice(0, 49));
    rememberIndexInput(flights, part); // one flight short: ignored
    expect(createIndex(datasetOf(flights)).flights).toHaveLength(50);
    const input = new IndexInput(10).add(flights);
    rememberIndexInput(flights, input);
    const first = createIndex(datasetOf(flights));
    // The build permuted that input's columns in place: a second build must read the flights again.
    expect(createIndex(datasetOf(flights))).toEqual({ ...first, dataset: expect.anything() });
  });
});

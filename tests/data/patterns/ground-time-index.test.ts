import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groundTimes, type GroundTimes } from '../../../src/data/patterns';
import { computeView, createIndex, groundTimesAt, passingPositions } from '../../../src/data/query';
import { makeDataset, makeMinimalFlight } from '../../fixtures/flights';
import { filtersArb } from '../../fixtures/query-arbitraries';

/** Shuttles of a few airframes over three days: turnarounds, gaps, missing times, long stays. */
const shuttlesArb = fc
  .array(
    fc.record({
      icao24: fc.option(fc.constantFrom('600001', '600002', '738a01'), { nil: undefined }),
      registration: fc.option(fc.constantFrom('4K-AZ100', 'UR-82008'), { nil: undefined }),
      date: fc.constantFrom('2023-03-01', '2023-03-02', '2023-03-05'),
      origin: fc.constantFrom('UBBB', 'LLOV', 'LLBG'),
      destination: fc.constantFrom('UBBB', 'LLOV', 'LLBG'),
      dep: fc.option(fc.integer({ min: 0, max: 19 }), { nil: undefined }),
      hours: fc.integer({ min: 1, max: 4 }),
      hasArrival: fc.boolean(),
      operator: fc.constantFrom('Silk Way Airlines', 'Azerbaijan Airlines'),
    }),
    { minLength: 5, maxLength: 30 },
  )
  .map((rows) =>
    rows.map(({ dep, hours, hasArrival, ...r }, i) =>
      makeMinimalFlight({
        ...r,
        id: `g${i}`,
        ...(dep === undefined ? {} : { departureTime: `${r.date}T${String(dep).padStart(2, '0')}:00:00Z` }),
        ...(dep === undefined || !hasArrival
          ? {}
          : { arrivalTime: `${r.date}T${String(dep + hours).padStart(2, '0')}:30:00Z` }),
      }),
    ),
  );

/** The result with its pairs in one order (the two list them airframe by airframe in different orders). */
const canonical = (g: GroundTimes) => ({
  ...g,
  pairs: [...g.pairs].sort((a, b) =>
    a.arrival.id < b.arrival.id ? -1 : a.arrival.id > b.arrival.id ? 1 : 0,
  ),
});

describe('groundTimesAt (time on the ground from the index)', () => {
  it('gives the pairs and reasons groundTimes gives over the same flights and arrivals', () => {
    let withPairs = 0;
    fc.assert(
      fc.property(
        shuttlesArb,
        fc.oneof(fc.constant({}), filtersArb),
        fc.constantFrom('UBBB', 'LLOV', 'LLBG', 'ZZZZ'),
        fc.constantFrom(2, 72),
        (flights, filters, airport, hours) => {
          const index = createIndex(makeDataset(flights));
          const mask = new Uint8Array(index.flights.length);
          for (const i of passingPositions(index, filters)) mask[i] = 1;
          const passing = new Set(computeView(index, filters, 'year').flights);
          const naive = groundTimes(index.flights, airport, {
            countsArrival: (f) => passing.has(f),
            maxGroundHours: hours,
          });
          expect(canonical(groundTimesAt(index, airport, mask, hours))).toEqual(canonical(naive));
          if (naive.pairs.length > 0) withPairs++;
        },
      ),
      { numRuns: 300 },
    );
    // The generated flights do pair up (the comparison is not only of empty results).
    expect(withPairs).toBeGreaterThan(5);
  });
});

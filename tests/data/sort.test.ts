import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIndex } from '../../src/data/query';
import { sortFlights } from '../../src/data/query';
import { CONFIDENCES } from '../../src/data/contract';
import type { Flight, SortKey, SortSpec } from '../../src/data/contract';
import { makeDataset, makeMinimalFlight } from '../fixtures/flights';
import { flightsArb } from '../fixtures/query-arbitraries';
import { naiveTimeOrder } from '../oracles/query';

const ids = (flights: readonly Flight[]) => flights.map((f) => f.id);
const KEYS: SortKey[] = [
  'date',
  'origin',
  'destination',
  'operator',
  'callsign',
  'aircraftType',
  'registration',
  'confidence',
  'sources',
];

describe('sortFlights rules', () => {
  const regs = [
    makeMinimalFlight({ id: 'a', registration: '4K-AZ10' }),
    makeMinimalFlight({ id: 'b' }),
    makeMinimalFlight({ id: 'c', registration: '4K-AZ9' }),
    makeMinimalFlight({ id: 'd', registration: '4K-AZ100' }),
    makeMinimalFlight({ id: 'e', registration: '4K-AZ9' }),
  ];

  it.each<[SortSpec, string[]]>([
    [{ key: 'registration', dir: 'asc' }, ['c', 'e', 'a', 'd', 'b']],
    [{ key: 'registration', dir: 'desc' }, ['d', 'a', 'c', 'e', 'b']],
  ])('numeric-aware, ties in input order, missing last: %j', (spec, expected) => {
    expect(ids(sortFlights(regs, spec))).toEqual(expected);
  });

  it('sorts confidence by strength of evidence', () => {
    const flights = [...CONFIDENCES]
      .reverse()
      .map((confidence) => makeMinimalFlight({ id: confidence, confidence }));
    expect(ids(sortFlights(flights, { key: 'confidence', dir: 'asc' }))).toEqual([...CONFIDENCES]);
  });

  it('sorts sources by the first publisher', () => {
    const flights = [
      makeMinimalFlight({ id: 'x', sources: [{ publisher: 'analyst' }, { publisher: 'Zeta' }] }),
      makeMinimalFlight({ id: 'y', sources: [{ publisher: 'ADS-B Exchange' }] }),
    ];
    expect(ids(sortFlights(flights, { key: 'sources', dir: 'desc' }))).toEqual(['x', 'y']);
  });

  it('sorts by date in the index order (instant across offsets), and reverses it', () => {
    const flights = [
      makeMinimalFlight({ id: 'late', date: '2024-03-01', arrivalTime: '2024-03-01T05:00:00+04:00' }),
      makeMinimalFlight({ id: 'early', date: '2024-03-01', arrivalTime: '2024-02-29T16:30:00-08:00' }),
      makeMinimalFlight({ id: 'before', date: '2024-02-29' }),
    ];
    expect(ids(sortFlights(flights, { key: 'date', dir: 'asc' }))).toEqual(['before', 'early', 'late']);
    expect(ids(sortFlights(flights, { key: 'date', dir: 'desc' }))).toEqual(['late', 'early', 'before']);
  });
});

const collator = new Intl.Collator('en', { numeric: true });
const valueOf = (f: Flight, key: SortKey): string | number | undefined =>
  key === 'confidence'
    ? CONFIDENCES.indexOf(f.confidence)
    : key === 'sources'
      ? f.sources[0]?.publisher
      : f[key];
const compareValues = (a: string | number, b: string | number) =>
  typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));

describe('sortFlights properties', () => {
  it.each(KEYS.flatMap((key) => (['asc', 'desc'] as const).map((dir) => ({ key, dir }))))(
    'is an ordered, stable permutation: %j',
    (spec) => {
      fc.assert(
        fc.property(flightsArb, (raw) => {
          // Input in index order, as the table gets it; flights may lack any optional field.
          const flights = createIndex(makeDataset(raw)).flights.map((f, i) =>
            i % 3 === 0 ? { ...f, operator: undefined, registration: undefined, callsign: undefined } : f,
          );
          const sorted = sortFlights(flights, spec);
          expect([...sorted].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
            [...flights].sort((a, b) => a.id.localeCompare(b.id)),
          );
          if (spec.key === 'date') {
            const asc = naiveTimeOrder(flights);
            expect(ids(sorted)).toEqual(ids(spec.dir === 'asc' ? asc : asc.reverse()));
            return;
          }
          const position = new Map(flights.map((f, i) => [f, i]));
          const sign = spec.dir === 'asc' ? 1 : -1;
          for (let i = 1; i < sorted.length; i++) {
            const previous = sorted[i - 1]!; // 1 ≤ i < length
            const current = sorted[i]!;
            const a = valueOf(previous, spec.key);
            const b = valueOf(current, spec.key);
            if (a === undefined) expect(b).toBeUndefined(); // missing values last
            if (a === undefined || b === undefined) continue;
            const order = sign * compareValues(a, b);
            expect(order).toBeLessThanOrEqual(0);
            if (order === 0) expect(position.get(previous)).toBeLessThan(position.get(current) as number);
          }
        }),
        { numRuns: 60 },
      );
    },
  );
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Filters } from '../../src/data/contract';
import {
  computeView,
  countMatching,
  createIndex,
  describeFilters,
  explainEmpty,
  FILTER_GROUPS,
} from '../../src/data/query';
import { makeDataset, makeMinimalFlight } from '../fixtures/flights';

const flights = [
  makeMinimalFlight({
    id: 'a',
    date: '2020-01-05',
    origin: 'UBBB',
    destination: 'LLOV',
    operator: 'Silk Way',
    confidence: 'reported',
  }),
  makeMinimalFlight({
    id: 'b',
    date: '2021-03-01',
    origin: 'LLOV',
    destination: 'UBBB',
    operator: 'Silk Way',
  }),
  makeMinimalFlight({ id: 'c', date: '2022-07-10', origin: 'UBBG', destination: 'LLOV', operator: 'Other' }),
];
const index = createIndex(makeDataset(flights));

describe('explainEmpty: which single filter, removed, brings flights back', () => {
  it('names the one filter that empties the view, with the flights it would bring back', () => {
    const filters: Filters = { operators: ['Silk Way'], airport: 'LTFM' };
    expect(countMatching(index, filters)).toBe(0);
    expect(explainEmpty(index, filters)).toEqual([
      { group: 'airport', label: 'airport LTFM', flights: 2, clear: { airport: undefined } },
    ]);
  });

  it('lists each filter that alone empties it, most flights back first', () => {
    const filters: Filters = { from: '2022-01-01', to: '2022-12-31', confidences: ['reported'] };
    expect(explainEmpty(index, filters)).toEqual([
      {
        group: 'dates',
        label: 'the date range 2022-01-01 – 2022-12-31',
        flights: 1,
        clear: { from: undefined, to: undefined },
      },
      { group: 'confidences', label: 'confidence reported', flights: 1, clear: { confidences: undefined } },
    ]);
  });

  it('names nothing when no single filter explains it (two must go), or when the view is not empty', () => {
    expect(explainEmpty(index, { airport: 'LTFM', operators: ['Nobody'] })).toEqual([]);
    expect(explainEmpty(index, { operators: ['Silk Way'] })).toEqual([]);
  });

  it('agrees with the view: every cause, cleared, gives exactly its count; none is missed', () => {
    const filterArb = fc.record(
      {
        from: fc.constantFrom('2020-01-01', '2021-01-01', '2022-01-01', '2023-01-01'),
        to: fc.constantFrom('2020-06-01', '2021-06-01', '2022-12-31'),
        operators: fc.subarray(['Silk Way', 'Other', 'Nobody'], { minLength: 1 }),
        airport: fc.constantFrom('UBBB', 'LLOV', 'LTFM'),
        origin: fc.constantFrom('UBBB', 'UBBG'),
        confidences: fc.subarray(['reported', 'synthetic', 'confirmed'] as const, { minLength: 1 }),
        text: fc.constantFrom('a', 'zzz'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filterArb, (arb) => {
        const filters: Filters = arb;
        const total = computeView(index, filters, 'month').total;
        const causes = explainEmpty(index, filters);
        if (total > 0) {
          expect(causes).toEqual([]);
          return;
        }
        for (const group of FILTER_GROUPS) {
          const without = { ...filters };
          for (const key of group.keys) delete without[key];
          const back = computeView(index, without, 'month').total;
          const cause = causes.find((c) => c.group === group.id);
          if (back > 0 && group.keys.some((k) => filters[k] !== undefined)) expect(cause?.flights).toBe(back);
          else expect(cause).toBeUndefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the filters in plain words', () => {
  it('names each filter in force in the pane order, and nothing when none is', () => {
    expect(describeFilters({})).toEqual([]);
    expect(
      describeFilters({
        review: ['disputed'],
        airport: 'LLOV',
        from: '2022-10-01',
        confidences: ['reported', 'confirmed'],
      }),
    ).toEqual([
      'the date range 2022-10-01 – end',
      'airport LLOV',
      'confidence confirmed, reported',
      'review disputed',
    ]);
  });
});

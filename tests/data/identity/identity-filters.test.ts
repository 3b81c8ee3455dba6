import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeView, countMatching, createIndex, explainEmpty } from '../../../src/data/query';
import type { Flight } from '../../../src/data/contract';
import { makeDataset, makeMinimalFlight } from '../../fixtures/flights';
import { filtersArb, flightsArb } from '../../fixtures/query-arbitraries';
import { queryFlights } from '../../oracles/query';

const ids = (flights: readonly Flight[]) => flights.map((f) => f.id);

describe('identity filters (aircraft, identityConflict)', () => {
  it('computeView agrees with the naive filter, with a conflict column aligned with the index', () => {
    fc.assert(
      fc.property(
        flightsArb,
        filtersArb,
        fc.boolean(),
        fc.array(fc.boolean(), { maxLength: 60 }),
        (flights, filters, conflictOnly, marks) => {
          const conflicted = new Set(flights.filter((_, i) => marks[i] === true));
          const index = createIndex(makeDataset(flights));
          const conflicts = Uint8Array.from(index.flights, (f) => (conflicted.has(f) ? 1 : 0));
          const all = { ...filters, ...(conflictOnly ? { identityConflict: true } : {}) };
          const view = computeView(index, all, 'month', { conflicts });
          expect(ids(view.flights)).toEqual(ids(queryFlights(flights, all, conflicted)));
        },
      ),
    );
  });

  it('groups an airframe by icao24, else by registration in any case', () => {
    const flights = [
      makeMinimalFlight({ id: 'a', icao24: '600001', registration: '4K-AZ1' }),
      makeMinimalFlight({ id: 'b', icao24: '600001', registration: '4K-AZ2' }),
      makeMinimalFlight({ id: 'c', registration: '4k-az1' }),
      makeMinimalFlight({ id: 'd', registration: '4K-AZ1' }),
      makeMinimalFlight({ id: 'e' }),
    ];
    const index = createIndex(makeDataset(flights));
    const shown = (aircraft: string[]) => ids(computeView(index, { aircraft }, 'month').flights).sort();
    // An aircraft that was re-registered is still one airframe (same address).
    expect(shown(['600001'])).toEqual(['a', 'b']);
    expect(shown(['reg:4K-AZ1'])).toEqual(['c', 'd']);
    expect(shown(['600001', 'reg:4K-AZ1'])).toEqual(['a', 'b', 'c', 'd']);
    expect(shown(['nothing'])).toEqual([]);
  });

  it('matches nothing for "conflicts only" until a conflict column is given, and names the filter when empty', () => {
    const flights = [makeMinimalFlight({ id: 'a' }), makeMinimalFlight({ id: 'b' })];
    const index = createIndex(makeDataset(flights));
    expect(countMatching(index, { identityConflict: true })).toBe(0);
    const none = { conflicts: new Uint8Array(2) };
    expect(explainEmpty(index, { identityConflict: true }, none)).toEqual([
      {
        group: 'identityConflict',
        label: 'identity conflicts only',
        flights: 2,
        clear: { identityConflict: undefined },
      },
    ]);
    const one = { conflicts: Uint8Array.from(index.flights, (f) => (f.id === 'b' ? 1 : 0)) };
    expect(ids(computeView(index, { identityConflict: true }, 'month', one).flights)).toEqual(['b']);
  });
});

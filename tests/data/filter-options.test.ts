import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Flight } from '../../src/data/contract';
import { FilterCounts, filterOptions, rememberFilterCounts } from '../../src/data/query/filter-options';
import { makeMinimalFlight } from '../fixtures/flights';

const value = fc.constantFrom(undefined, 'A', 'B', 'C');
const airport = fc.constantFrom('LLOV', 'UBBB', 'LLBG');
const flightArb = fc
  .record({ operator: value, aircraftType: value, origin: airport, destination: airport })
  .map((r) => {
    const f: Flight = makeMinimalFlight({ origin: r.origin, destination: r.destination });
    if (r.operator) f.operator = r.operator;
    if (r.aircraftType) f.aircraftType = r.aircraftType;
    return f;
  });

describe('filter options kept up to date edit by edit', () => {
  it('equal the options counted afresh after any sequence of in-place edits', () => {
    fc.assert(
      fc.property(
        fc.array(flightArb, { minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), flightArb), { maxLength: 12 }),
        (start, edits) => {
          let flights = start;
          let state = filterOptions(flights);
          for (const [at, replacement] of edits) {
            const next = flights.slice();
            next[at % next.length] = replacement;
            const before = state.options;
            state = filterOptions(next, state);
            const fresh = filterOptions(next).options;
            expect(state.options).toEqual(fresh);
            // No value added or removed: the same object, so the filter pane does not re-render.
            if (JSON.stringify(fresh) === JSON.stringify(before)) expect(state.options).toBe(before);
            flights = next;
          }
        },
      ),
    );
  });
});

describe('filter options counted batch by batch (a streamed import)', () => {
  it('are those counted afresh, and the counts are taken once, by the flights they counted', () => {
    fc.assert(
      fc.property(
        fc.array(flightArb, { maxLength: 40 }),
        fc.array(fc.nat(40), { maxLength: 4 }),
        (flights, cuts) => {
          const counted = new FilterCounts();
          let at = 0;
          for (const cut of [...cuts.sort((a, b) => a - b), flights.length]) {
            counted.add(flights.slice(at, Math.max(at, cut)));
            at = Math.max(at, cut);
          }
          const fresh = filterOptions(flights);
          rememberFilterCounts(flights, counted);
          const fromBatches = filterOptions(flights);
          expect(fromBatches.options).toEqual(fresh.options);
          expect(fromBatches.counts).toEqual(fresh.counts);
          // A later count of the same flights counts again (the remembered Maps are the state's now).
          expect(filterOptions(flights).counts).not.toBe(fromBatches.counts);
        },
      ),
    );
  });

  it('are not taken for flights they did not all count', () => {
    const flights = fc.sample(flightArb, { numRuns: 6, seed: 3 });
    const counted = new FilterCounts();
    counted.add(flights.slice(0, 5));
    rememberFilterCounts(flights, counted);
    expect(filterOptions(flights).counts).toEqual(filterOptions([...flights]).counts);
  });
});

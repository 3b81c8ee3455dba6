import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Flight } from '../../src/data/contract';
import { filterOptions } from '../../src/data/query/filter-options';
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

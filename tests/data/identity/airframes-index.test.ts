import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Flight } from '../../../src/data/contract';
import { listAircraft, resolveFlightIdentity, type FlightIdentity } from '../../../src/data/identity';
import { airframesIndex } from '../../../src/data/identity/airframes-index';
import { listAircraftIn } from '../../../src/data/identity/airframes-view';
import { computeView, createIndex } from '../../../src/data/query';
import { makeDataset } from '../../fixtures/flights';
import { fakeDb, fakeSources, flight } from './resolve-fakes';

// The oracle is listAircraft itself: the per-dataset columns must give exactly its list, for any
// flights, identities and filtered subsequence of the index's flights.
const flightArb = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
  icao24: fc.option(fc.constantFrom('100001', '100401', '200001'), { nil: undefined }),
  registration: fc.option(fc.constantFrom('X1-ABC', 'x1-abc', 'XC-1', ' ', ''), { nil: undefined }),
  operator: fc.option(fc.constantFrom('Qualm', 'Brightwing', 'brightwing', 'Item 10', 'Item 9'), {
    nil: undefined,
  }),
  callsign: fc.option(fc.constantFrom('QQA1', 'QQB2'), { nil: undefined }),
  aircraftType: fc.option(fc.constantFrom('IL76', 'B744'), { nil: undefined }),
  origin: fc.constantFrom('UBBB', 'LLOV'),
  destination: fc.constantFrom('LLOV', 'LLBG', 'LTFM'),
  day: fc.integer({ min: 1, max: 6 }),
  arrivalTime: fc.option(fc.constantFrom('T08:00:00Z', 'T20:00:00+04:00', 'T16:00:00Z'), { nil: undefined }),
});

type Row = typeof flightArb extends fc.Arbitrary<infer T> ? T : never;

const toFlights = (rows: Row[]): Flight[] =>
  rows.map((r, i) => {
    const date = `2024-03-0${r.day}`;
    // Ids repeat on purpose (i % 3 keeps some apart): flights that tie in time order pick the label.
    const f = flight({
      id: i % 3 === 0 ? `f${i}` : r.id,
      date,
      origin: r.origin,
      destination: r.destination,
    });
    for (const k of ['icao24', 'registration', 'operator', 'callsign', 'aircraftType'] as const)
      if (r[k] !== undefined) f[k] = r[k];
    if (r.arrivalTime) f.arrivalTime = date + r.arrivalTime;
    return f;
  });

const sources = fakeSources(
  fakeDb([
    { icao24: '100001', registration: 'X1-ABC', typecode: 'IL76' },
    { icao24: '200001', registration: 'X1-DB', operator: 'Zephyr' },
  ]),
);
const resolved = (f: Flight) => resolveFlightIdentity(f, sources);

// Made-up identities: several sources for one value, derived values for fields a flight has (which
// must be ignored), several derived entries for one field (the first counts), none at all.
const derivedArb = fc.record({
  field: fc.constantFrom('registration', 'aircraftType', 'operator', 'callsignPrefix'),
  value: fc.constantFrom('X1-ABC', 'Qualm'),
  source: fc.constantFrom('db', 'designators'),
});
const identityArb = fc.option(
  fc.record({
    derived: fc.array(derivedArb, { maxLength: 3 }),
    conflicts: fc.array(fc.constant(0), { maxLength: 1 }),
  }),
  { nil: undefined },
);

type MadeUp = typeof identityArb extends fc.Arbitrary<infer T> ? T : never;

function madeUp(flights: Flight[], identities: (MadeUp | undefined)[]) {
  const byFlight = new Map<Flight, FlightIdentity | undefined>();
  flights.forEach((f, i) => {
    const id = identities[i % Math.max(1, identities.length)];
    byFlight.set(f, id && ({ derived: id.derived, conflicts: id.conflicts } as unknown as FlightIdentity));
  });
  return (f: Flight) => byFlight.get(f);
}

/** One airframe's flights, one a day, each deriving the operator 'Qualm' from the source named. */
function oneOperatorFrom(order: string[]) {
  const flights = order.map((_, i) => flight({ id: `f${i}`, date: `2024-03-0${i + 1}`, icao24: '100001' }));
  const sourceOf = new Map(flights.map((f, i) => [f.id, order[i]!]));
  const identityOf = (f: Flight) =>
    ({
      derived: [{ field: 'operator', value: 'Qualm', source: sourceOf.get(f.id)! }],
      conflicts: [],
    }) as unknown as FlightIdentity;
  return { index: createIndex(makeDataset(flights)), identityOf };
}

describe('listAircraftIn = listAircraft of the same flights (property)', () => {
  it('for resolved identities and any filtered subsequence', () => {
    fc.assert(
      fc.property(fc.array(flightArb, { maxLength: 40 }), fc.array(fc.boolean()), (rows, keep) => {
        const index = createIndex(makeDataset(toFlights(rows)));
        const ai = airframesIndex(index, resolved);
        const shown = index.flights.filter((_, i) => keep[i % Math.max(1, keep.length)] ?? true);
        expect(listAircraftIn(ai, shown)).toStrictEqual(listAircraft(shown, resolved));
        // The columns are reused: a second view from the same part is as right as the first.
        expect(listAircraftIn(ai, index.flights)).toStrictEqual(listAircraft(index.flights, resolved));
      }),
      { numRuns: 300 },
    );
  });

  it('for made-up identities, and without any', () => {
    fc.assert(
      fc.property(
        fc.array(flightArb, { maxLength: 40 }),
        fc.array(identityArb, { maxLength: 10 }),
        fc.array(fc.boolean()),
        (rows, identities, keep) => {
          const index = createIndex(makeDataset(toFlights(rows)));
          const identityOf = madeUp(index.flights as Flight[], identities);
          const shown = index.flights.filter((_, i) => keep[i % Math.max(1, keep.length)] ?? true);
          expect(listAircraftIn(airframesIndex(index, identityOf), shown)).toStrictEqual(
            listAircraft(shown, identityOf),
          );
          expect(listAircraftIn(airframesIndex(index), shown)).toStrictEqual(listAircraft(shown));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('over a run of views from one part (summaries kept from the view before where unchanged)', () => {
    fc.assert(
      fc.property(
        fc.array(flightArb, { maxLength: 40 }),
        fc.array(fc.array(fc.boolean(), { minLength: 1 }), { minLength: 2, maxLength: 6 }),
        (rows, views) => {
          const index = createIndex(makeDataset(toFlights(rows)));
          const ai = airframesIndex(index, resolved);
          for (const keep of views) {
            const shown = index.flights.filter((_, i) => keep[i % keep.length]!);
            expect(listAircraftIn(ai, shown)).toStrictEqual(listAircraft(shown, resolved));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("with the view's positions (computeView's), over a run of views and against wrong positions", () => {
    fc.assert(
      fc.property(
        fc.array(flightArb, { maxLength: 40 }),
        fc.array(fc.array(fc.boolean(), { minLength: 1 }), { minLength: 2, maxLength: 5 }),
        (rows, views) => {
          const index = createIndex(makeDataset(toFlights(rows)));
          const ai = airframesIndex(index, resolved);
          for (const keep of views) {
            const shown: Flight[] = [];
            const at: number[] = [];
            index.flights.forEach((f, i) => {
              if (!keep[i % keep.length]) return;
              shown.push(f);
              at.push(i);
            });
            const expected = listAircraft(shown, resolved);
            expect(listAircraftIn(ai, shown, Int32Array.from(at))).toStrictEqual(expected);
            // Positions that are not these flights' (a stale view): grouped directly, never a wrong list,
            // and the next view is still right.
            const wrong = Int32Array.from(at, (i) => (i + 1) % Math.max(1, index.flights.length));
            if (shown.length > 0 && index.flights.length > 1)
              expect(listAircraftIn(ai, shown, wrong)).toStrictEqual(expected);
            expect(listAircraftIn(ai, shown, Int32Array.from(at).subarray(1))).toStrictEqual(expected);
            // Every flight (the list kept for it once met), then this view again: both still right.
            const all = Int32Array.from(index.flights, (_, i) => i);
            expect(listAircraftIn(ai, index.flights, all)).toStrictEqual(
              listAircraft(index.flights, resolved),
            );
            expect(listAircraftIn(ai, shown, Int32Array.from(at))).toStrictEqual(expected);
          }
          const view = computeView(index, { origin: 'UBBB' }, 'day');
          expect(listAircraftIn(ai, view.flights, view.positions)).toStrictEqual(
            listAircraft(view.flights, resolved),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  // Views a few flights apart (a date step, one flight toggled), as listChanged lists them.
  const stepsArb = fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constant('toggle' as const),
        at: fc.nat(),
        count: fc.integer({ min: 1, max: 3 }),
      }),
      fc.record({ kind: fc.constant('from' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('all' as const) }),
      fc.record({ kind: fc.constant('wrong' as const) }),
    ),
    { minLength: 1, maxLength: 8 },
  );
  type Step = typeof stepsArb extends fc.Arbitrary<(infer T)[]> ? T : never;

  /** Replays the steps from `keep`, checking each view's list against listAircraft's. */
  function replay(
    flights: readonly Flight[],
    keep: boolean[],
    steps: Step[],
    list: (shown: Flight[], at: Int32Array) => unknown,
    expected: (shown: Flight[]) => unknown,
  ) {
    const n = flights.length;
    const check = () => {
      const at = keep.flatMap((k, i) => (k ? [i] : []));
      const shown = at.map((i) => flights[i]!);
      expect(list(shown, Int32Array.from(at))).toStrictEqual(expected(shown));
      return { shown, at };
    };
    check();
    for (const step of steps) {
      if (n === 0) break;
      if (step.kind === 'toggle')
        for (let k = 0; k < step.count; k++) keep[(step.at + k * 7) % n] = !keep[(step.at + k * 7) % n];
      else if (step.kind === 'from') keep.forEach((_, i) => (keep[i] = i >= step.at % n));
      else if (step.kind === 'all') keep.fill(true);
      else {
        // A stale pairing (positions one off) must not disturb the list nor the next one.
        const { shown, at } = check();
        if (shown.length > 0 && n > 1)
          expect(
            list(
              shown,
              Int32Array.from(at, (i) => (i + 1) % n),
            ),
          ).toStrictEqual(expected(shown));
      }
      check();
    }
  }

  it('from the flights that changed: over runs of views a few flights apart (property)', () => {
    fc.assert(
      fc.property(
        fc.array(flightArb, { maxLength: 40 }),
        fc.array(identityArb, { maxLength: 10 }),
        fc.array(fc.boolean(), { minLength: 1 }),
        stepsArb,
        (rows, identities, keepPattern, steps) => {
          const index = createIndex(makeDataset(toFlights(rows)));
          const keep = index.flights.map((_, i) => keepPattern[i % keepPattern.length]!);
          for (const identityOf of [resolved, madeUp(index.flights as Flight[], identities)])
            for (const path of ['changes', 'recount'] as const) {
              const ai = airframesIndex(index, identityOf);
              replay(
                index.flights,
                [...keep],
                steps,
                (shown, at) => listAircraftIn(ai, shown, at, path),
                (shown) => listAircraft(shown, identityOf),
              );
            }
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['many airframes', 150],
    ['a few busy airframes (counters adjusted)', 3],
  ])('%s, small steps: the automatic choice gives the same lists (property)', (_, airframes) => {
    const manyArb = fc.array(
      fc.record({
        airframe: fc.integer({ min: 0, max: airframes }),
        day: fc.integer({ min: 1, max: 28 }),
        registration: fc.option(fc.constantFrom('X1-ABC', 'XC-1', 'X1-DB'), { nil: undefined }),
        operator: fc.option(fc.constantFrom('Qualm', 'Zephyr'), { nil: undefined }),
      }),
      { minLength: 50, maxLength: 300 },
    );
    fc.assert(
      fc.property(manyArb, stepsArb, (rows, steps) => {
        const flights = rows.map((r, i) => {
          const f = flight({
            id: `m${i}`,
            date: `2024-03-${String(r.day).padStart(2, '0')}`,
            icao24: (0x100000 + r.airframe).toString(16),
          });
          if (r.registration) f.registration = r.registration;
          if (r.operator) f.operator = r.operator;
          return f;
        });
        const index = createIndex(makeDataset(flights));
        const ai = airframesIndex(index, resolved);
        replay(
          index.flights,
          index.flights.map(() => true),
          // Date steps within the first few flights: changes small enough for the automatic choice.
          steps.map((s) => (s.kind === 'from' ? { ...s, at: s.at % 8 } : s)),
          (shown, at) => listAircraftIn(ai, shown, at),
          (shown) => listAircraft(shown, resolved),
        );
      }),
      { numRuns: 100 },
    );
  });

  it("from the flights that changed: a value's sources in the order this view meets them", () => {
    const { index, identityOf } = oneOperatorFrom(['db', 'designators', 'db', 'designators']);
    const ai = airframesIndex(index, identityOf);
    const positions = (from: number) => Int32Array.from(index.flights.slice(from), (_, i) => from + i);
    const operatorsFrom = (from: number) =>
      listAircraftIn(ai, index.flights.slice(from), positions(from), 'changes').aircraft[0]!.operators;
    expect(operatorsFrom(0)[0]!.sources).toEqual(['db', 'designators']);
    // The first flight leaves: 'designators' is now met first.
    expect(operatorsFrom(1)[0]).toEqual({
      value: 'Qualm',
      own: 0,
      derived: 3,
      sources: ['designators', 'db'],
    });
    expect(operatorsFrom(0)[0]!.sources).toEqual(['db', 'designators']);
  });

  it('keeps the summary object of an airframe whose flights did not change, and only then', () => {
    const flights = [
      flight({ id: 'a1', date: '2024-03-01', icao24: '100001' }),
      flight({ id: 'b1', date: '2024-03-02', icao24: '100401' }),
      flight({ id: 'a2', date: '2024-03-03', icao24: '100001' }),
      flight({ id: 'b2', date: '2024-03-04', icao24: '100401' }),
    ];
    const index = createIndex(makeDataset(flights));
    const ai = airframesIndex(index, resolved);
    const byKey = (shown: readonly Flight[]) =>
      new Map(listAircraftIn(ai, shown).aircraft.map((a) => [a.key, a]));
    const first = byKey(index.flights);
    // Without b2: 100401 changes, 100001 does not.
    const second = byKey(index.flights.slice(0, 3));
    expect(second.get('100001')).toBe(first.get('100001'));
    expect(second.get('100401')).not.toBe(first.get('100401'));
    expect(second.get('100401')!.count).toBe(1);
    // Same count, other flights: a new summary.
    const third = byKey([index.flights[0]!, index.flights[3]!]);
    expect(third.get('100401')).not.toBe(second.get('100401'));
    expect(third.get('100401')!.last).toBe('2024-03-04');
  });

  it("a value's sources in the order the view meets them, not the dataset", () => {
    const { index, identityOf } = oneOperatorFrom(['db', 'designators', 'db']);
    const shown = index.flights.slice(1);
    const [a] = listAircraftIn(airframesIndex(index, identityOf), shown).aircraft;
    expect(a!.operators).toEqual([{ value: 'Qualm', own: 0, derived: 2, sources: ['designators', 'db'] }]);
  });

  it('flights that are not a subsequence of the index (out of order) are grouped as they are', () => {
    fc.assert(
      fc.property(fc.array(flightArb, { minLength: 2, maxLength: 30 }), (rows) => {
        const index = createIndex(makeDataset(toFlights(rows)));
        const ai = airframesIndex(index, resolved);
        const reversed = [...index.flights].reverse();
        expect(listAircraftIn(ai, reversed)).toStrictEqual(listAircraft(reversed, resolved));
        // …and the next view is not disturbed by it.
        expect(listAircraftIn(ai, index.flights)).toStrictEqual(listAircraft(index.flights, resolved));
      }),
      { numRuns: 100 },
    );
  });
});

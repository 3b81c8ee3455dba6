import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Flight } from '../../src/data/contract';
import { airframeKey } from '../../src/data/patterns';
import { editFlightStep } from '../../src/data/edit';
import { listAircraft } from '../../src/data/identity';
import { WHO } from '../data/edit/fixture';
import {
  selectAircraftHistory,
  selectAircraftList,
  conflictCountFor,
  selectConflictCount,
  selectShownFlights,
  selectSelectedAircraft,
} from '../../src/store/aircraft-selectors';
import { selectSelectionFlights, selectSelectionHighlight, selectView } from '../../src/store/selectors';
import { useAirlift } from '../../src/store/store';
import { selectSelectedRouteKeys } from '../../src/store/map-selectors';
import { selectIdentityOf, selectIdentitySources } from '../../src/store/identity-selectors';
import { makeDataset } from '../fixtures/flights';
import { fakeDb, fakeSources, flight } from '../data/identity/resolve-fakes';

// Xaland's block is 100000–1003FF and its mark X1 (resolve-fakes.ts); QQA is an active designator.
const FLIGHTS: Flight[] = [
  flight({ id: 'a1', date: '2024-01-05', icao24: '100001', callsign: 'QQA101' }),
  flight({ id: 'a2', date: '2024-03-09', icao24: '100001', callsign: 'QQA102', destination: 'LTFM' }),
  flight({ id: 'b1', date: '2024-02-01', icao24: '100002', registration: 'X1-OWN' }),
  // Its own registration differs from the database's: a conflict.
  flight({ id: 'c1', date: '2024-02-02', icao24: '100003', registration: 'X1-MINE' }),
  flight({ id: 'r1', date: '2024-02-03', registration: 'X1-NOHEX' }),
  flight({ id: 'n1', date: '2024-02-04' }),
];
const db = fakeDb([
  { icao24: '100001', registration: 'X1-AAA', typecode: 'IL76' },
  { icao24: '100003', registration: 'X1-DBREG' },
]);

function load(flights = FLIGHTS) {
  useAirlift.setState({ filters: {}, selection: null, aircraftDb: null, identityTables: null });
  useAirlift.getState().loadDataset(makeDataset(flights), 'imported');
}
const state = () => useAirlift.getState();
const withTables = () => {
  const { db: _db, ...tables } = fakeSources();
  useAirlift.getState().setIdentityTables(tables);
};

describe('the Aircraft list over the filtered flights', () => {
  beforeEach(() => load());

  it('lists each airframe once (icao24, else registration) and counts the flights without one', () => {
    const list = selectAircraftList(state());
    expect(list.aircraft.map((a) => [a.key, a.count])).toEqual([
      ['100001', 2],
      ['100002', 1],
      ['100003', 1],
      ['reg:X1-NOHEX', 1],
    ]);
    expect(list.unidentified).toBe(1);
    // The same object until something it reads changes.
    expect(selectAircraftList(state())).toBe(list);
  });

  it('follows the filters: an aircraft filter leaves that airframe only', () => {
    state().setFilters({ aircraft: ['100001'] });
    expect(selectAircraftList(state()).aircraft.map((a) => a.key)).toEqual(['100001']);
    state().setFilters({ aircraft: undefined, destination: 'LTFM' });
    expect(selectAircraftList(state()).aircraft.map((a) => [a.key, a.count])).toEqual([['100001', 1]]);
  });

  it('gives derived values, with their source, once the tables and the database are in', () => {
    expect(selectAircraftList(state()).aircraft[0]!.registrations).toEqual([]);
    withTables();
    state().setAircraftDb(db);
    const a = selectAircraftList(state()).aircraft.find((x) => x.key === '100001')!;
    expect(a.registrations).toEqual([
      { value: 'X1-AAA', own: 0, derived: 2, sources: ['aircraftDatabase.csv (imported 2026-12-02)'] },
    ]);
    expect(a.aircraftTypes[0]).toMatchObject({ value: 'IL76', own: 0, derived: 2 });
    expect(a.operators[0]).toMatchObject({ value: 'Qualm Air Lines', own: 0, derived: 2 });
  });
});

describe('the Aircraft list after an edit', () => {
  beforeEach(() => load());

  it('follows an edit in place (the index updated, not rebuilt) and its undo, with derived values', () => {
    withTables();
    state().setAircraftDb(db);
    const before = selectAircraftList(state());
    expect(before.aircraft.find((a) => a.key === '100002')!.registrations).toEqual([
      { value: 'X1-OWN', own: 1, derived: 0, sources: [] },
    ]);
    const result = editFlightStep(
      state().dataset!,
      'b1',
      { registration: 'X1-EDITED', operator: 'Qualm' },
      WHO,
    );
    if (!result.ok) throw new Error('edit refused');
    state().commit(result.step);
    const after = selectAircraftList(state()).aircraft.find((a) => a.key === '100002')!;
    expect(after).toMatchObject({ label: 'X1-EDITED', operators: [{ value: 'Qualm', own: 1 }] });
    expect(selectAircraftList(state())).toStrictEqual(
      listAircraft(selectView(state())!.flights, selectIdentityOf(state())),
    );
    state().undo();
    expect(selectAircraftList(state())).toStrictEqual(before);
  });
});

describe('an aircraft selection', () => {
  beforeEach(() => load());

  it("is the filtered flights with that airframe key, in the table's order", () => {
    state().select({ kind: 'aircraft', key: '100001' });
    expect(selectSelectionFlights(state()).map((f) => f.id)).toEqual(['a1', 'a2']);
    state().setFilters({ destination: 'LLOV' });
    expect(selectSelectionFlights(state()).map((f) => f.id)).toEqual(['a1']);
    state().select({ kind: 'aircraft', key: 'reg:X1-NOHEX' });
    state().setFilters({ destination: undefined });
    expect(selectSelectionFlights(state()).map((f) => f.id)).toEqual(['r1']);
  });

  it('is outlined on the timeline under its label, bin by bin', () => {
    state().select({ kind: 'aircraft', key: '100001' });
    const highlight = selectSelectionHighlight(state())!;
    expect(highlight.label).toBe('aircraft 100001');
    expect(highlight.counts.reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('has a summary in the filter, and a history over the whole dataset', () => {
    withTables();
    state().setAircraftDb(db);
    state().select({ kind: 'aircraft', key: '100001' });
    state().setFilters({ destination: 'LTFM' });
    expect(selectSelectedAircraft(state())).toMatchObject({ key: '100001', count: 1, label: 'X1-AAA' });
    const record = selectAircraftHistory(state())!;
    expect(record.whole).toMatchObject({ count: 2 });
    expect(record.history.flights.map((f) => f.id)).toEqual(['a1', 'a2']);
    expect(record.history.perMonth).toEqual([
      { month: '2024-01', count: 1 },
      { month: '2024-02', count: 0 },
      { month: '2024-03', count: 1 },
    ]);
    // Filtered away entirely: no summary in the filter, the history stays.
    state().setFilters({ destination: 'XXXX' });
    expect(selectSelectedAircraft(state())).toBeUndefined();
    expect(selectAircraftHistory(state())!.history.flights).toHaveLength(2);
  });

  it('gives the map the routes it flew in the filter (a route selection: its own key)', () => {
    state().select({ kind: 'aircraft', key: '100001' });
    expect([...selectSelectedRouteKeys(state())].sort()).toEqual(['UBBB>LLOV', 'UBBB>LTFM']);
    state().setFilters({ destination: 'LTFM' });
    expect([...selectSelectedRouteKeys(state())]).toEqual(['UBBB>LTFM']);
    state().select({ kind: 'route', key: 'UBBB>LLOV' });
    expect([...selectSelectedRouteKeys(state())]).toEqual(['UBBB>LLOV']);
    state().select({ kind: 'airport', icao: 'UBBB' });
    expect(selectSelectedRouteKeys(state()).size).toBe(0);
  });

  it('gives no history without an aircraft selection', () => {
    state().select({ kind: 'route', key: 'UBBB>LLOV' });
    expect(selectAircraftHistory(state())).toBeNull();
    expect(selectSelectedAircraft(state())).toBeUndefined();
  });
});

describe('the identity-conflict count', () => {
  beforeEach(() => load());

  it('is unknown before the tables load, then counts the filtered flights with a conflict', () => {
    expect(selectConflictCount(state())).toBeUndefined();
    withTables();
    expect(selectConflictCount(state())).toBe(0);
    state().setAircraftDb(db);
    expect(selectConflictCount(state())).toBe(1); // c1: X1-MINE vs X1-DBREG
    state().setFilters({ identityConflict: true });
    expect(selectView(state())!.flights.map((f) => f.id)).toEqual(['c1']);
    expect(selectConflictCount(state())).toBe(1);
    state().setFilters({ identityConflict: undefined, destination: 'LTFM' });
    expect(selectConflictCount(state())).toBe(0);
  });
});

describe('aircraft selection flights = a plain scan (property)', () => {
  const icao = fc.constantFrom('100001', '100002', '1003ff', undefined);
  const reg = fc.constantFrom('X1-A', 'x1-a', 'X12-B', undefined);
  const arbFlight = fc.record({ icao24: icao, registration: reg, day: fc.integer({ min: 1, max: 28 }) });
  it('matches every flight whose airframe key is the selected one', () => {
    fc.assert(
      fc.property(fc.array(arbFlight, { maxLength: 30 }), fc.nat(), (specs, pick) => {
        const flights = specs.map((s, i) =>
          flight({
            id: `p${i}`,
            date: `2024-01-${String(s.day).padStart(2, '0')}`,
            ...(s.icao24 ? { icao24: s.icao24 } : {}),
            ...(s.registration ? { registration: s.registration } : {}),
          }),
        );
        load(flights);
        const keys = [...new Set(flights.map(airframeKey).filter((k) => k !== undefined))];
        if (keys.length === 0) return;
        const key = keys[pick % keys.length]!;
        state().select({ kind: 'aircraft', key });
        const expected = selectView(state())!.flights.filter((f) => airframeKey(f) === key);
        expect(selectSelectionFlights(state()).map((f) => f.id)).toEqual(expected.map((f) => f.id));
        const listed = selectAircraftList(state()).aircraft.find((a) => a.key === key);
        expect(listed?.count).toBe(expected.length);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the conflict count = a plain count of the filtered flights with a conflict (property)', () => {
  const arbFlight = fc.record({
    icao24: fc.constantFrom('100001', '100002', '100401', undefined),
    registration: fc.constantFrom('X1-A', 'X12-B', 'X1-DB', undefined),
    destination: fc.constantFrom('LLOV', 'LTFM'),
  });
  it('agrees with identityOf flight by flight under any destination filter', () => {
    const db = fakeDb([
      { icao24: '100001', registration: 'X1-DB' },
      { icao24: '100401', registration: 'X12-B' },
    ]);
    fc.assert(
      fc.property(
        fc.array(arbFlight, { maxLength: 25 }),
        fc.constantFrom(undefined, 'LLOV', 'LTFM'),
        (specs, destination) => {
          load(
            specs.map((s, i) =>
              flight({
                id: `q${i}`,
                date: `2024-02-${String((i % 27) + 1).padStart(2, '0')}`,
                destination: s.destination,
                ...(s.icao24 ? { icao24: s.icao24 } : {}),
                ...(s.registration ? { registration: s.registration } : {}),
              }),
            ),
          );
          withTables();
          state().setAircraftDb(db);
          state().setFilters({ destination });
          const of = selectIdentityOf(state());
          const naive = selectView(state())!.flights.filter((f) => (of(f)?.conflicts.length ?? 0) > 0);
          expect(selectConflictCount(state())).toBe(naive.length);
          // The filter box's form of it, from its (deferred) inputs.
          const s = state();
          expect(conflictCountFor(s.index, selectShownFlights(s), selectIdentitySources(s))).toBe(
            naive.length,
          );
          // With the view's positions, and with positions that are not these flights' (a stale pair).
          const positions = selectView(s)!.positions;
          const shown = selectShownFlights(s);
          const sources = selectIdentitySources(s);
          expect(conflictCountFor(s.index, shown, sources, positions)).toBe(naive.length);
          const wrong = positions.map((i) => (i + 1) % Math.max(1, s.index!.flights.length));
          expect(conflictCountFor(s.index, shown, sources, wrong)).toBe(naive.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Flight } from '../../../src/data/contract';
import {
  aircraftMatcher,
  listAircraft,
  resolveFlightIdentity,
  sortAircraft,
  type AircraftSummary,
  type AirframeValue,
  type FlightIdentity,
} from '../../../src/data/identity';
import { fakeDb, fakeSources, flight } from './resolve-fakes';

const DB_SOURCE = 'aircraftDatabase.csv (imported 2026-12-02)';

describe('listAircraft', () => {
  const sources = fakeSources(fakeDb([{ icao24: '100001', registration: 'X1-ABC', typecode: 'IL76' }]));
  const identityOf = (f: Flight) => resolveFlightIdentity(f, sources);
  const flights = [
    flight({ id: 'a', date: '2024-03-01', icao24: '100001', registration: 'X1-ABC', operator: 'Qualm' }),
    flight({ id: 'b', date: '2024-03-05', icao24: '100001', destination: 'LLBG' }),
    flight({ id: 'c', date: '2024-02-01', icao24: '100001', registration: 'X1-OLD', operator: 'Qualm' }),
    flight({ id: 'd', date: '2024-03-02', registration: 'x1-zzz', callsign: 'QQA1' }),
    flight({ id: 'e', date: '2024-03-03', registration: 'X1-ZZZ', operator: 'Brightwing', callsign: 'QQA1' }),
    flight({ id: 'f', date: '2024-03-04' }),
  ];

  it('groups by icao24, else registration, and counts flights with neither', () => {
    const { aircraft, unidentified } = listAircraft(flights, identityOf);
    expect(unidentified).toBe(1);
    expect(aircraft.map((a) => [a.key, a.count])).toEqual([
      ['100001', 3],
      ['reg:X1-ZZZ', 2],
    ]);
  });

  it('keeps own and derived values apart, own first, and labels by the latest registration', () => {
    const [byIcao, byReg] = listAircraft(flights, identityOf).aircraft as [AircraftSummary, AircraftSummary];
    expect(byIcao).toMatchObject({
      label: 'X1-ABC',
      registration: 'X1-ABC',
      icao24: '100001',
      first: '2024-02-01',
      last: '2024-03-05',
    });
    expect(byIcao.registrations).toEqual<AirframeValue[]>([
      { value: 'X1-ABC', own: 1, derived: 1, sources: [DB_SOURCE] },
      { value: 'X1-OLD', own: 1, derived: 0, sources: [] },
    ]);
    expect(byIcao.aircraftTypes).toEqual([{ value: 'IL76', own: 0, derived: 3, sources: [DB_SOURCE] }]);
    expect(byIcao.routes).toEqual([
      { key: 'UBBB>LLOV', origin: 'UBBB', destination: 'LLOV', count: 2 },
      { key: 'UBBB>LLBG', origin: 'UBBB', destination: 'LLBG', count: 1 },
    ]);
    expect(byReg.icao24).toBeUndefined();
    expect(byReg.label).toBe('X1-ZZZ');
    expect(byReg.operators).toEqual([
      { value: 'Brightwing', own: 1, derived: 0, sources: [] },
      {
        value: 'Qualm Air Lines',
        own: 0,
        derived: 1,
        sources: ['callsign prefix QQA → Qualm Air Lines (test designators)'],
      },
    ]);
    expect(byReg.conflicts).toBe(1);
  });

  it('without identities, only own values and no conflicts', () => {
    const [byIcao] = listAircraft(flights).aircraft;
    expect(byIcao!.registrations.map((r) => r.value)).toEqual(['X1-ABC', 'X1-OLD']);
    expect(byIcao!.aircraftTypes).toEqual([]);
    expect(byIcao!.conflicts).toBe(0);
  });

  it('an airframe without any registration is labelled by its icao24', () => {
    expect(listAircraft([flight({ icao24: '100009' })]).aircraft[0]!.label).toBe('100009');
  });
});

const summary = (over: Partial<AircraftSummary>): AircraftSummary => ({
  key: over.key ?? 'k',
  label: over.registration ?? over.key ?? 'k',
  registrations: [],
  aircraftTypes: [],
  operators: [],
  count: 1,
  first: '2024-01-01',
  last: '2024-01-01',
  routes: [],
  conflicts: 0,
  ...over,
});
const v = (value: string): AirframeValue => ({ value, own: 1, derived: 0, sources: [] });

describe('sortAircraft', () => {
  const list = [
    summary({ key: 'a', count: 2, last: '2024-05-01', registration: '4K-AZ10', aircraftTypes: [v('IL76')] }),
    summary({ key: 'b', count: 5, last: '2024-01-01', operators: [v('Zephyr')] }),
    summary({ key: 'c', count: 2, last: '2024-03-01', registration: '4K-AZ9', operators: [v('alpha')] }),
  ];
  it.each<[Parameters<typeof sortAircraft>[1], 'asc' | 'desc' | undefined, string[]]>([
    ['count', undefined, ['b', 'a', 'c']],
    ['count', 'asc', ['a', 'c', 'b']],
    ['last', undefined, ['a', 'c', 'b']],
    ['registration', undefined, ['c', 'a', 'b']],
    ['registration', 'desc', ['a', 'c', 'b']],
    ['aircraftType', undefined, ['a', 'b', 'c']],
    ['operator', undefined, ['c', 'b', 'a']],
    ['operator', 'desc', ['b', 'c', 'a']],
  ])('by %s %s (stable, missing last)', (key, dir, keys) => {
    expect(sortAircraft(list, key, dir).map((a) => a.key)).toEqual(keys);
  });
  it('does not change its input', () => {
    sortAircraft(list, 'registration');
    expect(list.map((a) => a.key)).toEqual(['a', 'b', 'c']);
  });
});

describe('aircraftMatcher', () => {
  const a = summary({
    key: '600abc',
    registration: '4K-AZ100',
    registrations: [v('4K-AZ100')],
    aircraftTypes: [v('IL76')],
    operators: [v('Silk Way West Airlines')],
  });
  it.each<[string, boolean]>([
    ['', true],
    ['600ABC', true],
    ['4k-az100', true],
    ['4kaz100', true],
    ['il76', true],
    ['silk west', true],
    ['silk boeing', false],
    ['4K-AZ101', false],
  ])('%j → %s', (query, expected) => expect(aircraftMatcher(query)(a)).toBe(expected));
  it('a hyphenated query finds a registration written without the hyphen', () => {
    expect(aircraftMatcher('4K-AZ1')(summary({ registrations: [v('4KAZ100')] }))).toBe(true);
  });
});

// The naive version: one airframe at a time, by plain filtering and sorting.
const collator = new Intl.Collator('en', { numeric: true });
function naiveList(flights: readonly Flight[], identityOf: (f: Flight) => FlightIdentity) {
  const keyOf = (f: Flight) =>
    f.icao24 || (f.registration ? `reg:${f.registration.toUpperCase()}` : undefined);
  const time = (f: Flight) => {
    const t = f.arrivalTime ?? f.departureTime;
    return t ? Date.parse(t) : Infinity;
  };
  const keys = [...new Set(flights.map(keyOf))].filter((k): k is string => k !== undefined);
  const out = new Map<string, unknown>();
  for (const key of keys) {
    const mine = flights
      .filter((f) => keyOf(f) === key)
      .sort(
        (a, b) =>
          a.date.localeCompare(b.date) || time(a) - time(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
    const values = (field: 'registration' | 'aircraftType' | 'operator') => {
      const own = mine.map((f) => f[field]).filter((x): x is string => !!x && x.trim() !== '');
      const derived = mine
        .filter((f) => !(f[field] ?? '').trim())
        .flatMap((f) => identityOf(f).derived.filter((d) => d.field === field));
      const all = [...new Set([...own, ...derived.map((d) => d.value)])];
      return all
        .map((value) => ({
          value,
          own: own.filter((x) => x === value).length,
          derived: derived.filter((d) => d.value === value).length,
          sources: [...new Set(derived.filter((d) => d.value === value).map((d) => d.source))].sort(),
        }))
        .sort((a, b) => b.own - a.own || b.derived - a.derived || collator.compare(a.value, b.value));
    };
    const regs = mine
      .map((f) =>
        f.registration?.trim()
          ? f.registration
          : identityOf(f).derived.find((d) => d.field === 'registration')?.value,
      )
      .filter((r) => r !== undefined);
    const routes = [...new Set(mine.map((f) => `${f.origin}>${f.destination}`))]
      .map((k) => ({ key: k, count: mine.filter((f) => `${f.origin}>${f.destination}` === k).length }))
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
    out.set(key, {
      count: mine.length,
      first: mine[0]!.date,
      last: [...mine].sort((a, b) => a.date.localeCompare(b.date)).at(-1)!.date,
      label: regs.at(-1) ?? key.replace(/^reg:/, ''),
      registrations: values('registration'),
      aircraftTypes: values('aircraftType'),
      operators: values('operator'),
      routes,
      conflicts: mine.filter((f) => identityOf(f).conflicts.length > 0).length,
    });
  }
  return { out, unidentified: flights.filter((f) => keyOf(f) === undefined).length };
}

describe('listAircraft = the naive grouping', () => {
  const day = fc
    .integer({ min: 1, max: 28 })
    .map((d) => `2024-0${(d % 3) + 1}-${String(d).padStart(2, '0')}`);
  const flightArb = fc.record({
    icao24: fc.option(fc.constantFrom('100001', '100401', '200001'), { nil: undefined }),
    registration: fc.option(fc.constantFrom('X1-ABC', 'x1-abc', 'XC-1', ' '), { nil: undefined }),
    operator: fc.option(fc.constantFrom('Qualm', 'Brightwing'), { nil: undefined }),
    callsign: fc.option(fc.constantFrom('QQA1', 'QQB2'), { nil: undefined }),
    aircraftType: fc.option(fc.constantFrom('IL76', 'B744'), { nil: undefined }),
    destination: fc.constantFrom('LLOV', 'LLBG'),
    date: day,
    arrivalTime: fc.option(fc.constantFrom('T08:00:00Z', 'T20:00:00+04:00'), { nil: undefined }),
  });
  const sources = fakeSources(
    fakeDb([
      { icao24: '100001', registration: 'X1-ABC', typecode: 'IL76' },
      { icao24: '200001', registration: 'X1-DB', operator: 'Zephyr' },
    ]),
  );
  const identityOf = (f: Flight) => resolveFlightIdentity(f, sources);

  it('per airframe: counts, dates, label, values, routes, conflicts', () => {
    fc.assert(
      fc.property(fc.array(flightArb, { maxLength: 40 }), (rows) => {
        const flights = rows.map((r, i) => {
          const f = flight({ id: `f${i}`, date: r.date, destination: r.destination });
          for (const k of ['icao24', 'registration', 'operator', 'callsign', 'aircraftType'] as const)
            if (r[k] !== undefined) f[k] = r[k];
          if (r.arrivalTime) f.arrivalTime = r.date + r.arrivalTime;
          return f;
        });
        const got = listAircraft(flights, identityOf);
        const want = naiveList(flights, identityOf);
        expect(got.unidentified).toBe(want.unidentified);
        expect(new Set(got.aircraft.map((a) => a.key))).toEqual(new Set(want.out.keys()));
        for (const a of got.aircraft) {
          const sorted = (vs: AirframeValue[]) => vs.map((x) => ({ ...x, sources: [...x.sources].sort() }));
          expect({
            count: a.count,
            first: a.first,
            last: a.last,
            label: a.label,
            registrations: sorted(a.registrations),
            aircraftTypes: sorted(a.aircraftTypes),
            operators: sorted(a.operators),
            routes: a.routes.map((r) => ({ key: r.key, count: r.count })),
            conflicts: a.conflicts,
          }).toEqual(want.out.get(a.key));
        }
        // Busiest first.
        for (let i = 1; i < got.aircraft.length; i++)
          expect(got.aircraft[i - 1]!.count).toBeGreaterThanOrEqual(got.aircraft[i]!.count);
      }),
      { numRuns: 200 },
    );
  });
});

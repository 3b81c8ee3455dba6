import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Flight } from '../../../src/data/contract';
import {
  aircraftHistory,
  callsignPrefix,
  resolveFlightIdentity,
  type IdentityChange,
} from '../../../src/data/identity';
import { fakeDb, fakeSources, flight } from './resolve-fakes';

const f = (id: string, date: string, over: Partial<Flight> = {}) =>
  flight({ id, date, icao24: '100001', ...over });
const brief = (changes: IdentityChange[]) =>
  changes.map((c) => `${c.date} ${c.field} ${c.from ?? '∅'}→${c.to}${c.derived ? ' (derived)' : ''}`);

describe('aircraftHistory', () => {
  it('orders the flights by date, then time (untimed last that day), then id, without reordering its input', () => {
    const input = [
      f('c', '2024-03-02'),
      f('b', '2024-03-02', { arrivalTime: '2024-03-02T09:00:00Z' }),
      f('a', '2024-03-02', { departureTime: '2024-03-02T10:00:00+03:00' }),
      f('z', '2024-01-15'),
    ];
    const { flights } = aircraftHistory(input);
    expect(flights.map((x) => x.id)).toEqual(['z', 'a', 'b', 'c']);
    expect(input.map((x) => x.id)).toEqual(['c', 'b', 'a', 'z']);
  });

  it('counts flights per month, months without flights as 0', () => {
    const { perMonth } = aircraftHistory([f('a', '2023-11-30'), f('b', '2024-02-01'), f('c', '2024-02-10')]);
    expect(perMonth).toEqual([
      { month: '2023-11', count: 1 },
      { month: '2023-12', count: 0 },
      { month: '2024-01', count: 0 },
      { month: '2024-02', count: 2 },
    ]);
    expect(aircraftHistory([]).perMonth).toEqual([]);
  });

  it.each<[string, Partial<Flight>[], string[]]>([
    [
      'the first values seen, without from',
      [{ registration: 'X1-ABC', operator: 'Qualm', callsign: 'QQA12' }],
      ['D0 registration ∅→X1-ABC', 'D0 operator ∅→Qualm', 'D0 callsignPrefix ∅→QQA'],
    ],
    [
      'a change of hands: new registration, operator and prefix',
      [
        { registration: 'X1-ABC', operator: 'Qualm', callsign: 'QQA12' },
        { registration: 'X1-ABC', operator: 'Qualm', callsign: 'QQA13' },
        { registration: 'XC-NEW', operator: 'Brightwing', callsign: 'QQB7' },
      ],
      [
        'D0 registration ∅→X1-ABC',
        'D0 operator ∅→Qualm',
        'D0 callsignPrefix ∅→QQA',
        'D2 registration X1-ABC→XC-NEW',
        'D2 operator Qualm→Brightwing',
        'D2 callsignPrefix QQA→QQB',
      ],
    ],
    [
      'spelling is not a change',
      [
        { registration: 'X1-ABC', operator: 'Qualm Airlines' },
        { registration: 'x1abc', operator: 'QUALM Air Lines Ltd.' },
      ],
      ['D0 registration ∅→X1-ABC', 'D0 operator ∅→Qualm Airlines'],
    ],
    [
      'a missing value is not a change',
      [{ registration: 'X1-ABC' }, {}, { registration: 'X1-ABC', callsign: 'X1ABC' }],
      ['D0 registration ∅→X1-ABC'],
    ],
    [
      'back again is two changes',
      [{ operator: 'Qualm' }, { operator: 'Brightwing' }, { operator: 'Qualm' }],
      ['D0 operator ∅→Qualm', 'D1 operator Qualm→Brightwing', 'D2 operator Brightwing→Qualm'],
    ],
  ])('%s', (_, overs, expected) => {
    const dates = overs.map((_, i) => `2024-0${i + 1}-01`);
    const { changes } = aircraftHistory(overs.map((o, i) => f(`f${i}`, dates[i]!, o)));
    expect(brief(changes)).toEqual(
      expected.map((e) => e.replace(/D(\d)/, (_, i: string) => dates[Number(i)]!)),
    );
  });

  it('marks derived values, and names the flight each change was first seen on', () => {
    const sources = fakeSources(fakeDb([{ icao24: '100001', registration: 'X1-ABC', operator: 'Qualm' }]));
    const flights = [
      f('a', '2024-01-01'),
      f('b', '2024-02-01', { registration: 'X1-ABC', operator: 'Brightwing' }),
    ];
    const { changes } = aircraftHistory(flights, (x) => resolveFlightIdentity(x, sources));
    expect(brief(changes)).toEqual([
      '2024-01-01 registration ∅→X1-ABC (derived)',
      '2024-01-01 operator ∅→Qualm (derived)',
      '2024-02-01 operator Qualm→Brightwing',
    ]);
    expect(changes.map((c) => c.flightId)).toEqual(['a', 'a', 'b']);
  });

  it('the same history whatever order the flights come in', () => {
    const arb = fc.array(
      fc.record({
        date: fc.constantFrom('2024-01-01', '2024-01-02', '2024-03-05'),
        registration: fc.option(fc.constantFrom('X1-A', 'X1A', 'XC-B'), { nil: undefined }),
        callsign: fc.option(fc.constantFrom('QQA1', 'QQB1', 'X1A'), { nil: undefined }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, fc.integer(), (rows, seed) => {
        const flights = rows.map((r, i) => {
          const x = f(`f${String(i).padStart(2, '0')}`, r.date);
          if (r.registration) x.registration = r.registration;
          if (r.callsign) x.callsign = r.callsign;
          return x;
        });
        const shuffled = [...flights].sort(
          (a, b) => ((a.id.charCodeAt(2) * 31 + seed) % 7) - ((b.id.charCodeAt(2) * 31 + seed) % 7),
        );
        expect(aircraftHistory(shuffled)).toEqual(aircraftHistory(flights));
        // Each change's date is a date of the flights; consecutive changes of a field really differ.
        const { changes } = aircraftHistory(flights);
        for (const c of changes) expect(rows.some((r) => r.date === c.date)).toBe(true);
        for (let i = 1; i < changes.length; i++) expect(changes[i]!.date >= changes[i - 1]!.date).toBe(true);
      }),
    );
  });
});

describe('callsignPrefix', () => {
  it.each<[string, string | undefined]>([
    ['AHY123', 'AHY'],
    ['ahy12a', 'AHY'],
    [' QQA ', 'QQA'],
    ['QQAB1', undefined],
    ['4KAZ1', undefined],
    ['QQ1', undefined],
    ['', undefined],
  ])('%j → %s', (callsign, prefix) => expect(callsignPrefix(callsign)).toBe(prefix));
});

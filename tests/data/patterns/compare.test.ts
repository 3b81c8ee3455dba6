import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Flight } from '../../../src/data/contract';
import {
  comparePeriods,
  periodDays,
  periodsAround,
  seriesBy,
  sortSeriesRows,
} from '../../../src/data/patterns';

const flight = (id: string, date: string, over: Partial<Flight> = {}): Flight => ({
  id,
  date,
  origin: 'UBBB',
  destination: 'LLOV',
  confidence: 'reported',
  sources: [{ publisher: 'analyst' }],
  ...over,
});

const many = (n: number, date: string, over: Partial<Flight> = {}) =>
  Array.from({ length: n }, (_, i) => flight(`${date}-${i}`, date, over));

describe('comparing two periods', () => {
  const before = { from: '2022-08-04', to: '2022-10-02' };
  const after = { from: '2022-10-04', to: '2022-12-02' };

  it('counts flights, aircraft, operators and routes on each side, and says whether it may be chance', () => {
    const flights = [
      ...many(4, '2022-09-01', { icao24: '600001', operator: 'Silk Way Airlines' }),
      ...many(10, '2022-11-01', { icao24: '600002', operator: 'Silk Way Airlines' }),
      ...many(2, '2022-11-02', { destination: 'LLBG', registration: '4k-az1' }),
      flight('outside', '2022-10-03'),
    ];
    const c = comparePeriods(flights, before, after);
    expect([c.a.flights, c.b.flights, c.a.aircraft, c.b.aircraft, c.b.operators]).toEqual([4, 12, 1, 2, 1]);
    expect(c.change).toBe(8);
    expect(c.ratio).toBe(3);
    expect(c.routes[0]).toEqual({ key: 'UBBB>LLOV', a: 4, b: 10 });
    expect(c.summary).toBe(
      '4 vs 12 flights: a rise this large would happen by chance 8% of the time, so it may be chance.',
    );
  });

  it('names a significant change, and compares per day when the periods differ in length', () => {
    const flights = [...many(1, '2022-09-01'), ...many(12, '2022-11-01')];
    expect(comparePeriods(flights, before, after).summary).toBe(
      '1 vs 12 flights: a rise this large would happen by chance less than 1% of the time.',
    );
    const short = { from: '2022-10-04', to: '2022-10-13' };
    expect(comparePeriods([...many(6, '2022-09-01'), ...many(1, '2022-10-05')], before, short).summary).toBe(
      '6 vs 1 flights (over 60 and 10 days: compared per day): the same rate in both periods.',
    );
  });

  it('a flight known only to a month counts in a period only when its whole span is inside', () => {
    const october = flight('oct', '2022-10-01', { dateEnd: '2022-10-31' });
    const c = comparePeriods(
      [october],
      { from: '2022-09-01', to: '2022-10-15' },
      { from: '2022-10-01', to: '2022-11-30' },
    );
    expect([c.a.flights, c.b.flights]).toEqual([0, 1]);
  });

  it('counts equal a naive filter for random dates', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 60 }),
        fc.integer({ min: 0, max: 200 }),
        (days, split) => {
          const date = (d: number) => new Date(Date.UTC(2022, 0, 1 + d)).toISOString().slice(0, 10);
          const flights = days.map((d, i) => flight(`f${i}`, date(d)));
          const a = { from: date(0), to: date(split) };
          const b = { from: date(split + 1), to: date(200) };
          const c = comparePeriods(flights, a, b);
          expect(c.a.flights).toBe(days.filter((d) => d <= split).length);
          expect(c.b.flights).toBe(days.filter((d) => d > split).length);
          expect(c.a.days + c.b.days).toBe(periodDays({ from: date(0), to: date(200) }));
        },
      ),
    );
  });
});

describe('periods around an event', () => {
  it('60 days before and after 2022-10-03: the event day opens period B', () => {
    expect(periodsAround('2022-10-03', 60)).toEqual({
      a: { from: '2022-08-04', to: '2022-10-02' },
      b: { from: '2022-10-03', to: '2022-12-01' },
    });
  });
});

describe('counts over time', () => {
  it('destination share per quarter: every quarter from the first to the last, biggest row first', () => {
    const s = seriesBy(
      [
        flight('a', '2022-11-01'),
        flight('b', '2023-04-02', { destination: 'LLRM' }),
        flight('c', '2023-05-01', { destination: 'LLRM' }),
      ],
      'destination',
      'quarter',
    );
    expect(s.periods).toEqual(['2022-Q4', '2023-Q1', '2023-Q2']);
    expect(s.rows).toEqual([
      { key: 'LLRM', total: 2, counts: [0, 0, 2] },
      { key: 'LLOV', total: 1, counts: [1, 0, 0] },
    ]);
  });

  it('per operator per month counts flights without an operator apart', () => {
    const s = seriesBy(
      [flight('a', '2022-12-31', { operator: 'X' }), flight('b', '2023-01-01')],
      'operator',
      'month',
    );
    expect(s.periods).toEqual(['2022-12', '2023-01']);
    expect(s.rows).toEqual([{ key: 'X', total: 1, counts: [1, 0] }]);
    expect(s.withoutKey).toBe(1);
  });
});

describe('sorting the counts over time', () => {
  const rows = [
    { key: 'B', total: 3, counts: [1, 2] },
    { key: 'A', total: 3, counts: [3, 0] },
    { key: 'C', total: 1, counts: [0, 1] },
  ];
  it.each([
    ['total', true, ['A', 'B', 'C']],
    ['total', false, ['C', 'A', 'B']],
    ['key', false, ['A', 'B', 'C']],
    ['key', true, ['C', 'B', 'A']],
    [1, true, ['B', 'C', 'A']],
  ] as const)('by %s, descending %s', (column, descending, keys) => {
    expect(sortSeriesRows(rows, column, descending).map((r) => r.key)).toEqual(keys);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  binLayout,
  binStartDay,
  chooseBinUnit,
  countBins,
  countInBins,
  MAX_BINS,
  pickBinUnit,
} from '../../src/data/query';
import { dayNumber, dayToDate } from '../../src/data/contract';
import type { BinUnit } from '../../src/data/contract';
import { makeMinimalFlight } from '../fixtures/flights';
import { flightsArb } from '../fixtures/query-arbitraries';
import { binTimeline } from '../oracles/query';

describe('pickBinUnit', () => {
  it.each<[string, string, BinUnit]>([
    ['2024-01-01', '2024-01-01', 'day'],
    ['2024-01-01', '2024-04-29', 'day'], // 120 days inclusive
    ['2024-01-01', '2024-04-30', 'week'], // 121 days
    ['2022-01-01', '2025-01-02', 'week'], // 1,098 days
    ['2022-01-01', '2025-01-03', 'month'], // 1,099 days
    ['2025-01-03', '2022-01-01', 'month'], // reversed: by length
  ])('%s … %s → %s', (from, to, unit) => {
    expect(pickBinUnit(from, to)).toBe(unit);
  });
});

describe('bin starts', () => {
  it.each<[string, BinUnit, string]>([
    ['2024-01-03', 'day', '2024-01-03'],
    ['2024-01-01', 'week', '2024-01-01'], // a Monday
    ['2024-01-07', 'week', '2024-01-01'], // Sunday ends the ISO week
    ['2024-01-08', 'week', '2024-01-08'],
    ['2023-01-01', 'week', '2022-12-26'], // across the year
    ['1969-12-31', 'week', '1969-12-29'], // before day 0
    ['2024-02-29', 'month', '2024-02-01'],
    ['2024-12-31', 'month', '2024-12-01'],
  ])('%s by %s starts %s', (date, unit, start) => {
    expect(dayToDate(binStartDay(dayNumber(date), unit))).toBe(start);
  });
});

describe('binTimeline', () => {
  const flights = [
    makeMinimalFlight({ date: '2024-01-31', confidence: 'confirmed' }),
    makeMinimalFlight({ date: '2024-01-31', confidence: 'reported' }),
    makeMinimalFlight({ date: '2024-04-02', confidence: 'synthetic' }),
  ];

  it('covers the flights with calendar months, empty bins included', () => {
    const bins = binTimeline(flights, 'month');
    expect(bins.map((b) => [b.start, b.end, b.total])).toEqual([
      ['2024-01-01', '2024-02-01', 2],
      ['2024-02-01', '2024-03-01', 0],
      ['2024-03-01', '2024-04-01', 0],
      ['2024-04-01', '2024-05-01', 1],
    ]);
    expect(bins[0]?.counts).toEqual({ confirmed: 1, reported: 1, inferred: 0, synthetic: 0 });
  });

  it('counts only flights inside a given range, with weeks starting Monday', () => {
    const bins = binTimeline(flights, 'week', { from: '2024-01-30', to: '2024-02-06' });
    expect(bins.map((b) => [b.start, b.end, b.total])).toEqual([
      ['2024-01-29', '2024-02-05', 2],
      ['2024-02-05', '2024-02-12', 0],
    ]);
  });

  it.each<[string, { from: string; to: string } | undefined]>([
    ['no flights, no range', undefined],
    ['reversed range', { from: '2024-02-01', to: '2024-01-01' }],
  ])('is empty for %s', (_name, range) => {
    expect(binTimeline(range ? flights : [], 'day', range)).toEqual([]);
  });

  it.each<BinUnit>(['day', 'week', 'month'])(
    'tiles the span without gaps and counts every flight (%s)',
    (unit) => {
      fc.assert(
        fc.property(flightsArb, (fs) => {
          const bins = binTimeline(fs, unit);
          expect(bins.reduce((sum, b) => sum + b.total, 0)).toBe(fs.length);
          for (let i = 1; i < bins.length; i++) expect(bins[i]?.start).toBe(bins[i - 1]?.end);
          for (const b of bins) {
            expect(b.total).toBe(Object.values(b.counts).reduce((x, y) => x + y, 0));
            const inside = fs.filter((f) => f.date >= b.start && f.date < b.end).length;
            expect(b.total).toBe(inside);
          }
        }),
        { numRuns: 100 },
      );
    },
  );
});

describe('countInBins', () => {
  it('counts the matching flights of each bin, as a naive count per bin does', () => {
    fc.assert(
      fc.property(
        flightsArb,
        fc.constantFrom<BinUnit>('day', 'week', 'month'),
        fc.nat(),
        (flights, unit, pick) => {
          const inOrder = [...flights].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
          const bins = binTimeline(inOrder, unit);
          const origin = inOrder[pick % inOrder.length]?.origin ?? 'XXXX';
          const matches = (f: (typeof flights)[number]) => f.origin === origin;
          const naive = bins.map(
            (b) => inOrder.filter((f) => matches(f) && f.date >= b.start && f.date < b.end).length,
          );
          expect(countInBins(bins, inOrder, matches)).toEqual(naive);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts nothing outside the bins and nothing in a gap between them', () => {
    const bins = binTimeline([], 'day', { from: '2024-01-02', to: '2024-01-03' });
    const flights = ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04'].map((date, i) =>
      makeMinimalFlight({ id: `f${i}`, date }),
    );
    expect(countInBins(bins, flights, () => true)).toEqual([1, 1]);
    expect(countInBins(bins.slice(0, 1), flights, () => true)).toEqual([1]);
  });
});

describe('the bin cap', () => {
  const far = [dayNumber('0001-01-01'), dayNumber('9999-12-31')] as const; // ~10,000 years apart

  it.each<[BinUnit, number]>([
    ['day', 3_652_059],
    ['week', 521_723],
    ['month', 119_988],
    ['year', 9_999],
  ])('counts the %s bins of a span without laying them out (%d over 0001–9999)', (unit, n) => {
    expect(countBins(far[0], far[1], unit)).toBe(n);
  });

  it.each<[string, string, BinUnit]>([
    ['2024-01-01', '2024-03-01', 'day'],
    ['2020-01-01', '2020-01-01', 'week'],
    ['2023-11-20', '2024-02-05', 'week'],
    ['2016-05-12', '2023-03-01', 'month'],
    ['1999-12-31', '2000-01-01', 'year'],
  ])('countBins agrees with the layout (%s … %s by %s)', (from, to, unit) => {
    const layout = binLayout(dayNumber(from), dayNumber(to), unit);
    expect(countBins(dayNumber(from), dayNumber(to), unit)).toBe(layout.bounds.length - 1);
  });

  it('keeps the chosen unit when it fits, without a reason', () => {
    expect(chooseBinUnit(dayNumber('2016-05-12'), dayNumber('2023-03-01'), 'day')).toEqual({ unit: 'day' });
  });

  it('falls back from day to the finest unit under the cap for two flights 10,000 years apart, and says so', () => {
    const choice = chooseBinUnit(far[0], far[1], 'day');
    expect(choice.unit).toBe('year');
    expect(countBins(far[0], far[1], choice.unit)).toBeLessThanOrEqual(MAX_BINS);
    expect(choice.reason).toMatch(
      /^Day bins would make 3,652,059 bars; showing years \(at most 10,000 bars\)\.$/,
    );
  });

  it('falls back only as far as needed', () => {
    // 30 years: 10,958 days > cap, 1,566 weeks fit.
    expect(chooseBinUnit(dayNumber('1990-01-01'), dayNumber('2019-12-31'), 'day').unit).toBe('week');
  });

  it('lays out year bins on 1 January', () => {
    const layout = binLayout(dayNumber('1999-06-01'), dayNumber('2001-02-01'), 'year');
    expect(layout.bounds.map((d) => dayToDate(d))).toEqual([
      '1999-01-01',
      '2000-01-01',
      '2001-01-01',
      '2002-01-01',
    ]);
  });
});

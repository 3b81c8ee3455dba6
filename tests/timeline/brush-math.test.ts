import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayNumber, dayToDate } from '../../src/data/contract';
import type { TimelineBin } from '../../src/data/contract';
import {
  addMonthsToDay,
  chartDomain,
  checkRangeInput,
  dragToRange,
  keyToAction,
  moveRange,
  presetRange,
  resizeRange,
  shiftByUnit,
  toDayRange,
  xToDay,
  yearsOf,
} from '../../src/timeline/brush-math';
import type { DayRange } from '../../src/timeline/brush-math';

const d = dayNumber;
const dates = (r: DayRange) => ({ from: dayToDate(r.from), to: dayToDate(r.to) });
// 10 days over 100 px: each day is 10 px wide.
const DOMAIN = { start: d('2020-01-01'), end: d('2020-01-11') };

describe('xToDay', () => {
  it.each([
    [0, '2020-01-01'],
    [9.99, '2020-01-01'],
    [10, '2020-01-02'],
    [30, '2020-01-04'],
    [70, '2020-01-08'],
    [99.9, '2020-01-10'],
    [100, '2020-01-10'], // right edge stays in the last day
    [-25, '2020-01-01'], // clamped
    [480, '2020-01-10'],
  ])('x=%s px is in %s', (x, day) => {
    expect(dayToDate(xToDay(x, 100, DOMAIN))).toBe(day);
  });
});

describe('dragToRange: inclusive end is the day the pointer ends in', () => {
  it.each([
    [5, 5, '2020-01-01', '2020-01-01'],
    [5, 35, '2020-01-01', '2020-01-04'],
    [35, 5, '2020-01-01', '2020-01-04'], // dragging leftwards
    [10, 19.9, '2020-01-02', '2020-01-02'],
    [10, 20, '2020-01-02', '2020-01-03'],
    [-50, 500, '2020-01-01', '2020-01-10'],
  ])('drag %s → %s px selects %s … %s', (x0, x1, from, to) => {
    expect(dates(dragToRange(x0, x1, 100, DOMAIN, DOMAIN))).toEqual({ from, to });
  });

  it('clamps to the data span when the domain is wider', () => {
    const bounds = { start: d('2020-01-03'), end: d('2020-01-09') };
    expect(dates(dragToRange(0, 100, 100, DOMAIN, bounds))).toEqual({ from: '2020-01-03', to: '2020-01-08' });
  });

  it('always yields from ≤ to inside the bounds (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -200, max: 300, noNaN: true }),
        fc.double({ min: -200, max: 300, noNaN: true }),
        (a, b) => {
          const r = dragToRange(a, b, 100, DOMAIN, DOMAIN);
          return r.from <= r.to && r.from >= DOMAIN.start && r.to < DOMAIN.end;
        },
      ),
    );
  });
});

describe('moveRange and resizeRange', () => {
  const r = { from: d('2020-01-03'), to: d('2020-01-05') };
  it.each([
    [2, '2020-01-05', '2020-01-07'],
    [-1, '2020-01-02', '2020-01-04'],
    [100, '2020-01-08', '2020-01-10'], // stops at the end, length kept
    [-100, '2020-01-01', '2020-01-03'],
  ])('move by %s days', (delta, from, to) => {
    expect(dates(moveRange(r, delta, DOMAIN))).toEqual({ from, to });
  });

  it.each([
    ['to' as const, '2020-01-08', '2020-01-03', '2020-01-08'],
    ['from' as const, '2020-01-01', '2020-01-01', '2020-01-05'],
    ['from' as const, '2020-01-09', '2020-01-05', '2020-01-09'], // crossing the other edge swaps
  ])('resize %s to %s', (edge, day, from, to) => {
    expect(dates(resizeRange(r, edge, d(day), DOMAIN))).toEqual({ from, to });
  });
});

describe('addMonthsToDay', () => {
  it.each([
    ['2020-01-31', 1, '2020-02-29'],
    ['2021-01-31', 1, '2021-02-28'],
    ['2020-03-01', -12, '2019-03-01'],
    ['2020-12-15', 1, '2021-01-15'],
    ['2021-01-15', -1, '2020-12-15'],
  ])('%s %+d months = %s', (from, n, expected) => {
    expect(dayToDate(addMonthsToDay(d(from), n))).toBe(expected);
  });
});

describe('shiftByUnit: one bin of each unit', () => {
  it.each([
    ['day', '2020-02-28', '2020-02-29'],
    ['week', '2020-02-28', '2020-03-06'],
    ['month', '2020-01-31', '2020-02-29'],
    ['year', '2020-02-29', '2021-02-28'],
    ['year', '2021-03-01', '2022-03-01'],
  ] as const)('%s after %s is %s', (unit, from, expected) => {
    expect(dayToDate(shiftByUnit(d(from), unit, 1))).toBe(expected);
  });
});

describe('keyToAction', () => {
  const bounds = { start: d('2020-01-01'), end: d('2020-12-31') + 1 };
  const bins: TimelineBin[] = [];
  const jan = { from: d('2020-01-01'), to: d('2020-01-31') };
  const set = (a: ReturnType<typeof keyToAction>) => (a.kind === 'set' ? dates(a.range) : a.kind);

  it.each([
    ['ArrowRight', false, 'day', { from: '2020-01-02', to: '2020-02-01' }],
    ['ArrowLeft', false, 'day', { from: '2020-01-01', to: '2020-01-31' }], // already at the start
    ['ArrowRight', false, 'week', { from: '2020-01-08', to: '2020-02-07' }],
    ['ArrowRight', false, 'month', { from: '2020-02-01', to: '2020-02-29' }],
    ['ArrowRight', true, 'month', { from: '2020-01-01', to: '2020-02-29' }],
    ['ArrowLeft', true, 'week', { from: '2020-01-01', to: '2020-01-24' }],
    ['End', false, 'day', { from: '2020-12-01', to: '2020-12-31' }],
    ['Home', false, 'day', { from: '2020-01-01', to: '2020-01-31' }],
    ['Escape', false, 'day', 'clear'],
    ['Delete', false, 'day', 'clear'],
    ['a', false, 'day', 'none'],
  ] as const)('%s (shift %s, %s bins) on January', (key, shift, unit, expected) => {
    expect(set(keyToAction(key, shift, jan, unit, bounds, bins))).toEqual(expected);
  });

  it('shrinking never goes before the start', () => {
    const oneDay = { from: d('2020-03-10'), to: d('2020-03-10') };
    expect(set(keyToAction('ArrowLeft', true, oneDay, 'month', bounds, bins))).toEqual({
      from: '2020-03-10',
      to: '2020-03-10',
    });
  });

  it('with no range, arrows select the first or last bin (clamped to the span)', () => {
    const weekBins: TimelineBin[] = [
      {
        start: '2019-12-30',
        end: '2020-01-06',
        counts: { confirmed: 1, reported: 0, inferred: 0, synthetic: 0 },
        total: 1,
      },
      {
        start: '2020-12-28',
        end: '2021-01-04',
        counts: { confirmed: 1, reported: 0, inferred: 0, synthetic: 0 },
        total: 1,
      },
    ];
    expect(set(keyToAction('ArrowRight', false, undefined, 'week', bounds, weekBins))).toEqual({
      from: '2020-01-01',
      to: '2020-01-05',
    });
    expect(set(keyToAction('End', false, undefined, 'week', bounds, weekBins))).toEqual({
      from: '2020-12-28',
      to: '2020-12-31',
    });
  });
});

describe('presets count back from the span end', () => {
  const span = { from: '2016-05-12', to: '2023-03-01' };
  it.each([
    ['all' as const, {}],
    ['last30' as const, { from: '2023-01-31', to: '2023-03-01' }],
    ['last90' as const, { from: '2022-12-02', to: '2023-03-01' }],
    ['lastYear' as const, { from: '2022-03-02', to: '2023-03-01' }],
  ])('%s', (preset, expected) => {
    expect(presetRange(preset, span)).toEqual(expected);
  });

  it('never starts before the span', () => {
    expect(presetRange('last90', { from: '2023-02-20', to: '2023-03-01' })).toEqual({
      from: '2023-02-20',
      to: '2023-03-01',
    });
  });

  it('lists every year of the span', () => {
    expect(yearsOf(span)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(yearsOf(undefined)).toEqual([]);
  });
});

describe('checkRangeInput', () => {
  it.each([
    ['2020-01-01', '2020-01-31', { ok: true, range: { from: '2020-01-01', to: '2020-01-31' } }],
    ['2020-01-31', '2020-01-31', { ok: true, range: { from: '2020-01-31', to: '2020-01-31' } }],
    ['', '2020-01-31', { ok: true, range: { to: '2020-01-31' } }],
    ['', '', { ok: true, range: {} }],
    ['2020-02-01', '2020-01-31', { ok: false, message: 'From is after To.' }],
    ['2020-02-30', '', { ok: false, message: 'From is not a valid date.' }],
    ['', 'soon', { ok: false, message: 'To is not a valid date.' }],
  ])('from %j to %j', (from, to, expected) => {
    expect(checkRangeInput(from, to)).toEqual(expected);
  });
});

describe('toDayRange and chartDomain', () => {
  it('fills open ends with the bounds', () => {
    expect(toDayRange({ from: '2020-01-05' }, DOMAIN)).toEqual({
      from: d('2020-01-05'),
      to: d('2020-01-10'),
    });
    expect(toDayRange({}, DOMAIN)).toBeUndefined();
  });

  it('covers both the span and the bins', () => {
    const bins: TimelineBin[] = [
      {
        start: '2019-12-30',
        end: '2020-01-06',
        counts: { confirmed: 0, reported: 1, inferred: 0, synthetic: 0 },
        total: 1,
      },
    ];
    expect(chartDomain(bins, { from: '2020-01-01', to: '2020-01-10' })).toEqual({
      start: d('2019-12-30'),
      end: d('2020-01-11'),
    });
    expect(chartDomain([], undefined)).toBeUndefined();
  });
});

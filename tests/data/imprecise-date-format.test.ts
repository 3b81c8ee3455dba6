import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  dayToDate,
  formatFlightDate,
  isImprecise,
  parseImpreciseDate,
  spanDays,
} from '../../src/data/contract';

describe('formatFlightDate', () => {
  it.each([
    ['2022-10-03', undefined, '2022-10-03'],
    ['2022-10-03', '2022-10-03', '2022-10-03'],
    ['2022-10-01', '2022-10-31', 'October 2022'],
    ['2024-02-01', '2024-02-29', 'February 2024'],
    ['2023-02-01', '2023-02-28', 'February 2023'],
    ['2022-10-01', '2022-10-30', '2022-10-01 … 2022-10-30'], // one day short of the month
    ['2022-10-03', '2022-10-09', 'week of 2022-10-03'], // Monday … Sunday
    ['2022-10-04', '2022-10-10', '2022-10-04 … 2022-10-10'], // seven days, not a Monday
    ['2022-10-03', '2022-10-08', '2022-10-03 … 2022-10-08'],
    ['2022-10-01', '2022-10-12', '2022-10-01 … 2022-10-12'],
    ['2022-12-01', '2023-01-31', '2022-12-01 … 2023-01-31'], // two months
    ['2022-10-05', '2022-10-01', '2022-10-05'], // an end before the start is no range
  ])('%s, %s → %s', (date, dateEnd, text) => expect(formatFlightDate(date, dateEnd)).toBe(text));
});

describe('parseImpreciseDate', () => {
  it.each([
    ['2022-10-03', '2022-10-03', undefined],
    ['October 2022', '2022-10-01', '2022-10-31'],
    ['october 2022', '2022-10-01', '2022-10-31'],
    ['Oct 2022', '2022-10-01', '2022-10-31'],
    ['Feb 2024', '2024-02-01', '2024-02-29'],
    ['2022-10', '2022-10-01', '2022-10-31'],
    ['week of 2022-10-03', '2022-10-03', '2022-10-09'],
    ['Week of 2022-10-03', '2022-10-03', '2022-10-09'],
    ['2022-10-01..2022-10-12', '2022-10-01', '2022-10-12'],
    ['2022-10-01 … 2022-10-12', '2022-10-01', '2022-10-12'],
    ['2022-10-01 to 2022-10-12', '2022-10-01', '2022-10-12'],
    ['  2022-10-01 .. 2022-10-12 ', '2022-10-01', '2022-10-12'],
    ['2022-10-01..2022-10-01', '2022-10-01', undefined],
  ])('%s → %s … %s', (text, date, dateEnd) => {
    const r = parseImpreciseDate(text);
    expect(r).toEqual(dateEnd === undefined ? { ok: true, date } : { ok: true, date, dateEnd });
  });

  it.each([
    ['', /empty/],
    ['2022-02-30', /"2022-02-30" is not a date/],
    ['2022-13', /month 13 is not 01 to 12/],
    ['Octember 2022', /"Octember" is not the name of a month/],
    ['week of 2022-10-04', /not a Monday.*"week of 2022-10-03"/],
    ['week of tomorrow', /"tomorrow" is not a date/],
    ['2022-10-12..2022-10-01', /the end 2022-10-01 is before the start 2022-10-12/],
    ['2022-10-01..2022-10-32', /"2022-10-32" is not a date/],
    ['soon', /"soon" is not a date/],
  ])('%s is refused with a reason', (text, message) => {
    const r = parseImpreciseDate(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('reads back every formatted range as the same dates', () => {
    const day = fc.integer({ min: dayNumberOf('1900-01-01'), max: dayNumberOf('2100-12-31') });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (start, len) => {
        const date = dayToDate(start);
        const dateEnd = len === 0 ? undefined : addDays(date, len);
        const r = parseImpreciseDate(formatFlightDate(date, dateEnd));
        expect(r).toEqual(dateEnd === undefined ? { ok: true, date } : { ok: true, date, dateEnd });
      }),
    );
  });
});

describe('isImprecise and spanDays', () => {
  it.each<[{ date: string; dateEnd?: string }, boolean, number]>([
    [{ date: '2022-10-03' }, false, 1],
    [{ date: '2022-10-03', dateEnd: '2022-10-03' }, false, 1],
    [{ date: '2022-10-01', dateEnd: '2022-10-31' }, true, 31],
    [{ date: '2022-12-30', dateEnd: '2023-01-02' }, true, 4],
  ])('%o → %s, %i days', (item, imprecise, days) => {
    expect(isImprecise(item)).toBe(imprecise);
    expect(spanDays(item.date, item.dateEnd)).toBe(days);
  });
});

function dayNumberOf(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

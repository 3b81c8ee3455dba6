import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateOfUnixSeconds,
  dayNumber,
  dayRange,
  dayToDate,
  addMonths,
  daysInMonth,
  isIsoDate,
  utcDateOf,
} from '../../src/data/contract';
import fc from 'fast-check';
import { isIsoDateTimeWithOffset } from '../oracles/iso-date-time';

describe('isIsoDate', () => {
  it.each([
    ['2023-03-06', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-13-01', false],
    ['2023-3-6', false],
    ['0004-02-29', true], // years 0–99 are real years, not 1900–1999
    ['0000-02-29', true], // year 0 is divisible by 400
    ['0100-02-29', false],
    ['1900-02-29', false],
    ['2023-03-06T00:00Z', false],
    ['', false],
  ])('%s → %s', (text, ok) => expect(isIsoDate(text)).toBe(ok));
});

describe('isIsoDateTimeWithOffset', () => {
  it.each([
    ['2023-03-02T10:15:00Z', true],
    ['2023-03-02T10:15Z', true],
    ['2023-03-02T10:15:00.123+04:00', true],
    ['2023-03-02T10:15:00-07:00', true],
    ['2023-03-02T10:15:00', false], // no offset: rejected, never guessed
    ['2023-03-02 10:15:00Z', false],
    ['2023-03-02T25:15:00Z', false],
    ['2023-02-30T10:15:00Z', false],
  ])('%s → %s', (text, ok) => expect(isIsoDateTimeWithOffset(text)).toBe(ok));
});

describe('UTC day arithmetic (same in every TZ)', () => {
  it('maps dates to day numbers and back', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2023-03-06')).toBe(19422);
    expect(dayToDate(19422)).toBe('2023-03-06');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-01-01', -1)).toBe('2022-12-31');
    expect(dayToDate(dayNumber('0050-03-01'))).toBe('0050-03-01');
    expect(dayNumber('0001-01-01')).toBe(-719162);
  });
  it('reads the UTC calendar date of a time with an offset', () => {
    expect(utcDateOf('2023-03-02T01:00:00+04:00')).toBe('2023-03-01');
    expect(utcDateOf('2023-03-01T23:30:00-07:00')).toBe('2023-03-02');
    expect(dateOfUnixSeconds(1677715200)).toBe('2023-03-02');
  });
  it('treats a range as inclusive of both days', () => {
    const [lo, hi] = dayRange('2023-03-01', '2023-03-31');
    expect(hi - lo).toBe(31);
    expect(dayRange()).toEqual([-Infinity, Infinity]);
  });
});

describe('daysInMonth and addMonths', () => {
  // Naive oracle: Date's own month overflow (day 0 of the next month), years 1000–9999.
  const naiveDays = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  it('daysInMonth agrees with Date for any month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        expect(daysInMonth(y, m)).toBe(naiveDays(y, m));
      }),
    );
  });

  it('addMonths clamps the day and agrees with a naive month count', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-03-31', -1)).toBe('2023-02-28');
    expect(addMonths('2022-12-15', 1)).toBe('2023-01-15');
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2900-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -36, max: 36 }),
        (d, n) => {
          const date = d.toISOString().slice(0, 10);
          const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + n;
          const y = Math.floor(total / 12);
          const m = total - y * 12;
          const day = Math.min(d.getUTCDate(), naiveDays(y, m + 1));
          expect(addMonths(date, n)).toBe(new Date(Date.UTC(y, m, day)).toISOString().slice(0, 10));
        },
      ),
    );
  });
});

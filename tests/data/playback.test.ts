import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstWindow, nextWindow, previousWindow, windowAt, type PlaybackWidth } from '../../src/data/query';
import { dayNumber, dayToDate } from '../../src/data/contract';

const daysOf = (...dates: string[]) => Int32Array.from(dates.map(dayNumber));

describe('playback windows', () => {
  it.each([
    ['2020-01-01', 'week', '2020-01-07'],
    ['2020-01-31', 'month', '2020-02-28'],
    ['2020-01-15', 'month', '2020-02-14'],
    ['2020-11-01', 'quarter', '2021-01-31'],
  ] as const)('a %s window of a %s ends on %s', (from, width, to) => {
    expect(windowAt(from, width)).toEqual({ from, to });
  });

  it('steps to the adjacent window while it holds flights', () => {
    const days = daysOf('2020-01-01', '2020-01-09', '2020-01-16');
    const first = firstWindow(days, 'week')!;
    expect(first).toEqual({ from: '2020-01-01', to: '2020-01-07' });
    expect(nextWindow(days, first, 'week')).toEqual({ from: '2020-01-08', to: '2020-01-14' });
  });

  it('skips an empty stretch instead of playing through it', () => {
    const days = daysOf('2016-04-04', '2016-04-06', '2020-10-01');
    const first = firstWindow(days, 'month')!;
    expect(nextWindow(days, first, 'month')).toEqual({ from: '2020-10-01', to: '2020-10-31' });
    expect(previousWindow(days, { from: '2020-10-01', to: '2020-10-31' }, 'month')).toEqual({
      from: '2016-03-07',
      to: '2016-04-06',
    });
  });

  it('ends at the end of the span, and starts at its start', () => {
    const days = daysOf('2020-01-01', '2020-01-03');
    const first = firstWindow(days, 'week')!;
    expect(nextWindow(days, first, 'week')).toBeUndefined();
    expect(previousWindow(days, first, 'week')).toBeUndefined();
    expect(firstWindow(new Int32Array(0), 'week')).toBeUndefined();
  });

  it('visits every flight exactly once, never shows an empty window, and stops (any data)', () => {
    const width = fc.constantFrom<PlaybackWidth>('week', 'month', 'quarter');
    const dayList = fc.array(fc.integer({ min: 16000, max: 20000 }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(dayList, width, (list, w) => {
        const days = Int32Array.from(list.sort((a, b) => a - b));
        let seen = 0;
        let steps = 0;
        for (let win = firstWindow(days, w); win; win = nextWindow(days, win, w)) {
          const lo = dayNumber(win.from);
          const hi = dayNumber(win.to);
          const inside = days.filter((d) => d >= lo && d <= hi).length;
          expect(inside).toBeGreaterThan(0);
          seen += inside;
          steps++;
          expect(steps).toBeLessThanOrEqual(days.length);
        }
        expect(seen).toBe(days.length);
        expect(dayToDate(days[0] ?? NaN)).toBe(firstWindow(days, w)!.from);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowWindow, scrollTopFor, type RowGeometry } from '../../src/table/fixed-rows';

/** Brute force: the rows whose box overlaps the view, widened by the overscan and clamped. */
function naiveWindow(count: number, scrollTop: number, viewHeight: number, g: RowGeometry) {
  const shown: number[] = [];
  for (let i = 0; i < count; i++) {
    const top = g.header + i * g.rowHeight;
    if (top + g.rowHeight > scrollTop && top < scrollTop + viewHeight) shown.push(i);
  }
  return shown;
}

const geometryArb = fc.record({
  rowHeight: fc.integer({ min: 1, max: 60 }),
  header: fc.integer({ min: 0, max: 80 }),
  overscan: fc.integer({ min: 0, max: 10 }),
});

describe('rowWindow (which equal-height rows a scroller shows)', () => {
  it('covers every row in view plus the overscan, within the count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 2_000 }),
        geometryArb,
        (count, scrollTop, viewHeight, g) => {
          const { start, end } = rowWindow(count, scrollTop, viewHeight, g);
          const shown = naiveWindow(count, scrollTop, viewHeight, g);
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(count);
          for (const i of shown) expect(i >= start && i < end).toBe(true);
          if (shown.length > 0) {
            expect(start).toBe(Math.max(0, shown[0]! - g.overscan));
            expect(end).toBe(Math.min(count, shown[shown.length - 1]! + 1 + g.overscan));
          }
          // Never empty while there are rows: a scroll past the end (the count just shrank) still
          // renders the last ones.
          if (count > 0) expect(end).toBeGreaterThan(start);
          else expect(end).toBe(start);
        },
      ),
    );
  });

  it('at the top of a 1,000,000-row list renders a screenful, not the list', () => {
    const g = { rowHeight: 28, header: 32, overscan: 8 };
    // Rows 0-20 meet the view's first 600 px below the 32 px header (row 20 starts at 592).
    expect(rowWindow(1_000_000, 0, 600, g)).toEqual({ start: 0, end: 21 + 8 });
    // 14,000,000 px down: rows 499,998 (ends at 14,000,004) to 500,020 (starts at 14,000,592).
    expect(rowWindow(1_000_000, 28 * 500_000, 600, g)).toEqual({ start: 499_998 - 8, end: 500_021 + 8 });
  });
});

describe('scrollTopFor (scroll the least to show a row)', () => {
  it('leaves a row in view alone and otherwise brings it just into view, clear of the header', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 100, max: 2_000 }),
        geometryArb,
        fc.nat(),
        (count, scrollTop, viewHeight, g, pick) => {
          const index = pick % count;
          const rowTop = g.header + index * g.rowHeight;
          const visible = (st: number) => rowTop - g.header >= st && rowTop + g.rowHeight <= st + viewHeight;
          const next = scrollTopFor(index, scrollTop, viewHeight, g);
          if (next === undefined) expect(visible(scrollTop)).toBe(true);
          else {
            // Rows taller than the view (not the table's) cannot be wholly shown: their top is.
            if (g.rowHeight + g.header <= viewHeight) expect(visible(next)).toBe(true);
            else expect(next).toBe(Math.max(0, rowTop - g.header));
            expect(next).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });
});

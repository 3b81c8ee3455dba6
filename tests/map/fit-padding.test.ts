import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitPadding, type Rect } from '../../src/map/fit-padding';

const MAP: Rect = { left: 300, top: 100, right: 1100, bottom: 600 }; // 800 × 500

describe('fitPadding', () => {
  it('leaves the plain margins without a legend, or with one outside the map', () => {
    const plain = { paddingTopLeft: [40, 76], paddingBottomRight: [40, 40] };
    expect(fitPadding(MAP)).toEqual(plain);
    expect(fitPadding(MAP, { left: 1200, top: 500, right: 1300, bottom: 580 })).toEqual(plain);
  });

  it('keeps the data left of a tall legend and above a wide one', () => {
    const tall = fitPadding(MAP, { left: 860, top: 250, right: 1092, bottom: 578 });
    expect(tall.paddingBottomRight).toEqual([1100 - 860 + 16, 40]);
    const wide = fitPadding(MAP, { left: 700, top: 540, right: 1092, bottom: 578 });
    expect(wide.paddingBottomRight).toEqual([40, 600 - 540 + 16]);
  });

  it('keeps every point of the padded area off the legend (any legend in the lower right)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 400 }), fc.integer({ min: 20, max: 300 }), (w, h) => {
        const legend = {
          left: MAP.right - 8 - w,
          top: MAP.bottom - 22 - h,
          right: MAP.right - 8,
          bottom: MAP.bottom - 22,
        };
        const { paddingTopLeft, paddingBottomRight } = fitPadding(MAP, legend);
        const area = {
          left: MAP.left + paddingTopLeft[0],
          top: MAP.top + paddingTopLeft[1],
          right: MAP.right - paddingBottomRight[0],
          bottom: MAP.bottom - paddingBottomRight[1],
        };
        const overlaps =
          area.left < legend.right &&
          area.right > legend.left &&
          area.top < legend.bottom &&
          area.bottom > legend.top;
        // Either the data stays clear of the legend, or the legend is too big to avoid and the margins are plain.
        if (overlaps) expect(paddingBottomRight).toEqual([40, 40]);
        else expect(area.right > area.left && area.bottom > area.top).toBe(true);
      }),
    );
  });
});

/**
 * Which rows of a list of equal-height rows a scroller shows, and where to scroll to show one: plain
 * arithmetic. The table's rows all have one height, so nothing is measured: a general virtualizer
 * (@tanstack/react-virtual) lays out every row's offset again whenever the count changes, which is
 * ~6–9 ms per filter change at 1,000,000 flights in Node (`npm run bench`: table-window), here O(1).
 */

export interface RowGeometry {
  /** Height of every row, px. */
  rowHeight: number;
  /** Space above the first row inside the scroller (a sticky header), px. */
  header: number;
  /** Rows rendered beyond each edge of the view, so a scroll step never shows a gap. */
  overscan: number;
}

/** The rows to render: indices `start` (inclusive) to `end` (exclusive). */
export interface RowWindow {
  start: number;
  end: number;
}

/**
 * Rows that overlap the scroller's view `[scrollTop, scrollTop + viewHeight)` — row i covers
 * `[header + i·h, header + (i + 1)·h)` — widened by the overscan and clamped to `[0, count)`.
 */
export function rowWindow(
  count: number,
  scrollTop: number,
  viewHeight: number,
  { rowHeight, header, overscan }: RowGeometry,
): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, scrollTop - header);
  const first = Math.min(count - 1, Math.floor(top / rowHeight));
  const last = Math.ceil(Math.max(0, scrollTop + Math.max(0, viewHeight) - header) / rowHeight);
  return {
    start: Math.max(0, first - overscan),
    end: Math.min(count, Math.max(first + 1, last) + overscan),
  };
}

/**
 * The scrollTop that brings row `index` fully into view with the least movement (none when it is in
 * view already), keeping it clear of the header; undefined when no scroll is needed.
 */
export function scrollTopFor(
  index: number,
  scrollTop: number,
  viewHeight: number,
  { rowHeight, header }: RowGeometry,
): number | undefined {
  const rowTop = header + index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop - header < scrollTop) return Math.max(0, rowTop - header);
  // A row taller than the view shows its top.
  if (rowBottom > scrollTop + viewHeight)
    return Math.max(0, Math.min(rowTop - header, rowBottom - viewHeight));
  return undefined;
}

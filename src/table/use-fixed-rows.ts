import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';
import { rowWindow, scrollTopFor, type RowGeometry } from './fixed-rows';

export interface FixedRows {
  /** The rows to render: index and top (px below the header). */
  items: { index: number; top: number }[];
  /** Height of all the rows together, px. */
  totalHeight: number;
  /** The scroller's scrollTop when the rendered rows last changed. */
  scrollTop: number;
  /** Scrolls the least that shows row `index` whole (nothing when it is in view). */
  scrollToIndex(index: number): void;
}

interface View {
  scrollTop: number;
  height: number;
}

/**
 * Windowing for rows of one height inside `scrollRef` (fixed-rows.ts does the arithmetic). A scroll
 * re-renders only when the rows in view change: the same first and last row under any count.
 */
export function useFixedRows(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  geometry: RowGeometry,
): FixedRows {
  const { rowHeight, header, overscan } = geometry;
  const [view, setView] = useState<View>({ scrollTop: 0, height: 0 });

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const g = { rowHeight, header, overscan };
    const read = () => {
      const next = { scrollTop: el.scrollTop, height: el.clientHeight };
      setView((before) => {
        if (before.height !== next.height) return next;
        const a = rowWindow(Number.MAX_SAFE_INTEGER, before.scrollTop, before.height, g);
        const b = rowWindow(Number.MAX_SAFE_INTEGER, next.scrollTop, next.height, g);
        return a.start === b.start && a.end === b.end ? before : next;
      });
    };
    read();
    el.addEventListener('scroll', read, { passive: true });
    // jsdom has no ResizeObserver: the window's resize is the fallback there.
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(read);
    observer?.observe(el);
    window.addEventListener('resize', read);
    return () => {
      el.removeEventListener('scroll', read);
      observer?.disconnect();
      window.removeEventListener('resize', read);
    };
  }, [scrollRef, rowHeight, header, overscan]);

  const scrollToIndex = useCallback(
    (index: number) => {
      const el = scrollRef.current;
      if (!el) return;
      const top = scrollTopFor(index, el.scrollTop, el.clientHeight, { rowHeight, header, overscan });
      if (top === undefined) return;
      el.scrollTo({ top });
      // Render the row now rather than at the scroll event (a focus waits for it).
      setView({ scrollTop: top, height: el.clientHeight });
    },
    [scrollRef, rowHeight, header, overscan],
  );

  const win = rowWindow(count, view.scrollTop, view.height, geometry);
  const items: { index: number; top: number }[] = [];
  for (let i = win.start; i < win.end; i++) items.push({ index: i, top: i * rowHeight });
  return { items, totalHeight: count * rowHeight, scrollTop: view.scrollTop, scrollToIndex };
}

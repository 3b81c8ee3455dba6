// The `table-window` figure (issue 16): which rows the flights table renders after a filter change
// (the count changes), at the top of the list. Ours: fixed-rows.ts's arithmetic for rows of one
// height, as the table's useFixedRows does. Peer: the virtualizer the table used before,
// @tanstack/virtual-core, configured as it was (estimateSize 28, overscan 8, scroll margin and padding
// 32), given the new count and asked for its items, as useVirtualizer does in render.
import { Virtualizer } from '@tanstack/virtual-core';
import { rowWindow } from '../../src/table/fixed-rows';
import { contest, withSpread, type Row } from './measure';

const GEOMETRY = { rowHeight: 28, header: 32, overscan: 8 };
const VIEW = { width: 560, height: 600 };

export function windowFigure(n: number, runs: number): { row: Row; note: string } {
  const virtualizer = new Virtualizer<HTMLElement, HTMLElement>({
    count: n,
    getScrollElement: () => null,
    estimateSize: () => GEOMETRY.rowHeight,
    overscan: GEOMETRY.overscan,
    scrollMargin: GEOMETRY.header,
    scrollPaddingStart: GEOMETRY.header,
    initialRect: VIEW,
    observeElementRect: () => undefined,
    observeElementOffset: () => undefined,
    scrollToFn: () => undefined,
  });
  virtualizer._willUpdate();
  // Each run is a filter change: the count alternates between the whole list and two thirds of it.
  const countOf = (r: number) => (r & 1 ? n - Math.floor(n / 3) : n);
  let oursRows = 0;
  let peerRows = 0;
  const { ours_ms, peer_ms } = contest({
    runs,
    warmup: 2,
    gcEach: false,
    ours: (r) => {
      const w = rowWindow(countOf(r), 0, VIEW.height, GEOMETRY);
      const items: { index: number; top: number }[] = [];
      for (let i = w.start; i < w.end; i++) items.push({ index: i, top: i * GEOMETRY.rowHeight });
      oursRows = items.length;
    },
    peer: (r) => {
      virtualizer.setOptions({ ...virtualizer.options, count: countOf(r) });
      peerRows = virtualizer.getVirtualItems().length;
    },
  });
  return {
    row: withSpread({
      name: 'table-window',
      n,
      ours_ms,
      peer: '@tanstack/virtual-core',
      peer_ms,
      ratio: ours_ms / peer_ms,
    }),
    note: `table-window n=${n}: rows rendered at the top, ours ${oursRows}, the virtualizer's ${peerRows}`,
  };
}

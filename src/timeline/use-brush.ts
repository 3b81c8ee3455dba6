/**
 * Pointer handling for the timeline brush: drag to select, drag inside to move, drag an edge to resize.
 * The preview updates on every move; the (possibly expensive) commit runs at most once per animation frame.
 */
import { useEffect, useRef } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { dragToRange, moveRange, pixelsToDays, resizeRange, xToDay } from './brush-math';
import type { DayDomain, DayRange } from './brush-math';

type Mode = 'new' | 'move' | 'from' | 'to';

interface Drag {
  mode: Mode;
  pointerId: number;
  startX: number;
  origin: DayRange | undefined;
  moved: boolean;
  last: DayRange | undefined;
}

export interface BrushOptions {
  plotW: number;
  /** Left edge of the plot inside the SVG, in px. */
  plotLeft: number;
  domain: DayDomain;
  /** Where a range may lie (the data span). */
  bounds: DayDomain;
  range: DayRange | undefined;
  onPreview(range: DayRange | undefined): void;
  onCommit(range: DayRange): void;
}

// Below this many pixels a press is a click, not a drag: it changes nothing.
const DRAG_THRESHOLD = 3;

function modeOf(target: EventTarget | null): Mode {
  const attr = target instanceof Element ? target.getAttribute('data-brush') : null;
  return attr === 'move' || attr === 'from' || attr === 'to' ? attr : 'new';
}

/** Pointer handlers for the SVG that holds the brush. */
export function useBrush(opts: BrushOptions) {
  const optsRef = useRef(opts);
  const drag = useRef<Drag | null>(null);
  const frame = useRef(0);
  const pending = useRef<DayRange | null>(null);

  useEffect(() => {
    optsRef.current = opts;
  });
  useEffect(
    () => () => {
      if (frame.current) cancelAnimationFrame(frame.current);
    },
    [],
  );

  const localX = (e: ReactPointerEvent<SVGSVGElement>) =>
    e.clientX - e.currentTarget.getBoundingClientRect().left - optsRef.current.plotLeft;

  const rangeAt = (d: Drag, x: number): DayRange => {
    const { plotW, domain, bounds } = optsRef.current;
    if (d.mode === 'new' || !d.origin) return dragToRange(d.startX, x, plotW, domain, bounds);
    if (d.mode === 'move') return moveRange(d.origin, pixelsToDays(x - d.startX, plotW, domain), bounds);
    return resizeRange(d.origin, d.mode, xToDay(x, plotW, domain), bounds);
  };

  const scheduleCommit = (r: DayRange) => {
    pending.current = r;
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      if (pending.current) optsRef.current.onCommit(pending.current);
      pending.current = null;
    });
  };

  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (e.button !== 0 || optsRef.current.plotW <= 0) return;
    const mode = modeOf(e.target);
    drag.current = {
      mode,
      pointerId: e.pointerId,
      startX: localX(e),
      origin: optsRef.current.range,
      moved: false,
      last: undefined,
    };
    try {
      e.currentTarget.setPointerCapture?.(e.pointerId);
    } catch {
      // Capture can fail for a pointer that is already gone; the drag still works without it.
    }
    e.preventDefault();
  };

  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    const x = localX(e);
    if (!d.moved && Math.abs(x - d.startX) < DRAG_THRESHOLD) return;
    d.moved = true;
    d.last = rangeAt(d, x);
    optsRef.current.onPreview(d.last);
    scheduleCommit(d.last);
  };

  const finish = (e: ReactPointerEvent<SVGSVGElement>, commit: boolean) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    drag.current = null;
    if (frame.current) cancelAnimationFrame(frame.current);
    frame.current = 0;
    pending.current = null;
    const x = localX(e);
    const moved = d.moved || Math.abs(x - d.startX) >= DRAG_THRESHOLD;
    // A cancelled drag keeps what the preview last showed, so the chart and the filter agree.
    const final = commit && moved ? rangeAt(d, x) : d.last;
    if (final) optsRef.current.onCommit(final);
    optsRef.current.onPreview(undefined);
  };

  const onPointerUp = (e: ReactPointerEvent<SVGSVGElement>) => finish(e, true);
  const onPointerCancel = (e: ReactPointerEvent<SVGSVGElement>) => finish(e, false);

  return { onPointerDown, onPointerMove, onPointerUp, onPointerCancel };
}

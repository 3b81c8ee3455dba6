/**
 * Gaps in an observed track: derived from the points every time, never stored (contract v2). Two
 * consecutive points more than `gapS` seconds apart are a gap; the default is the contract's 10 min.
 */
import type { TrackPoint } from '../contract';

/** The contract's default: consecutive points more than 10 minutes apart are a gap. */
export const DEFAULT_GAP_S = 10 * 60;

export interface TrackGap {
  /** Time of the last point before the gap (Unix s). */
  startT: number;
  /** Time of the first point after it. */
  endT: number;
  durationS: number;
  from: TrackPoint;
  to: TrackPoint;
  /** Index of `from` in the track's points (`to` is the next one). */
  index: number;
}

/** Every gap of `points` (ascending `t`) longer than `gapS`, in time order. */
export function trackGaps(points: readonly TrackPoint[], gapS: number = DEFAULT_GAP_S): TrackGap[] {
  const gaps: TrackGap[] = [];
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1]!;
    const to = points[i]!;
    const durationS = to[0] - from[0];
    if (durationS > gapS) gaps.push({ startT: from[0], endT: to[0], durationS, from, to, index: i - 1 });
  }
  return gaps;
}

/**
 * The runs of points seen without a gap: `points` cut after each gap's `from` point. The runs
 * concatenated are `points`, in order (slices: the points themselves, not copies).
 */
export function seenRuns(points: readonly TrackPoint[], gapS: number = DEFAULT_GAP_S): TrackPoint[][] {
  const runs: TrackPoint[][] = [];
  let start = 0;
  for (const gap of trackGaps(points, gapS)) {
    runs.push(points.slice(start, gap.index + 1));
    start = gap.index + 1;
  }
  if (start < points.length) runs.push(points.slice(start));
  return runs;
}

/** `HH:MMZ` of a Unix time (UTC). */
export function clockZ(t: number): string {
  return new Date(Math.round(t) * 1000).toISOString().slice(11, 16) + 'Z';
}

/**
 * A duration for people: `52 min`, `1 h 05 min` (rounded to the minute). Under 60 s reads `<1 min`:
 * rounding 30 s up to "1 min" would overstate it to an analyst.
 */
export function durationText(seconds: number): string {
  if (seconds < 60) return '<1 min';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

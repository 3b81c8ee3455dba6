/**
 * Timeline bins: UTC days, ISO weeks (Monday first) and calendar months. Bins are aligned to the
 * calendar, so the first bin may start before the range and the last may end after it; only flights
 * inside the range are counted.
 */
import { dayNumber } from '../contract';
import { civilFromDays, daysFromCivil, fastDayToDate } from '../contract';
import { CONFIDENCES } from '../contract';
import type { BinUnit, ConfidenceCounts, Flight, TimelineBin } from '../contract';

/** Spans up to this many days are binned by day. */
export const MAX_DAY_BIN_SPAN = 120;
/** Spans up to this many days (three years) are binned by week; longer spans by month. */
export const MAX_WEEK_BIN_SPAN = 3 * 366;

/** A zero count for every confidence. */
export function emptyCounts(): ConfidenceCounts {
  return { confirmed: 0, reported: 0, inferred: 0, synthetic: 0 };
}

/**
 * The bin unit for an inclusive range: day for up to 120 days, week for up to three years
 * (1,098 days), month beyond. A reversed range counts as its absolute length.
 */
export function pickBinUnit(from: string, to: string): BinUnit {
  const span = Math.abs(dayNumber(to) - dayNumber(from)) + 1;
  if (span <= MAX_DAY_BIN_SPAN) return 'day';
  if (span <= MAX_WEEK_BIN_SPAN) return 'week';
  return 'month';
}

/** Day number of the first day of the bin holding `day`. */
export function binStartDay(day: number, unit: BinUnit): number {
  if (unit === 'day') return day;
  if (unit === 'week') {
    // Day 0 (1970-01-01) was a Thursday: Monday-based weekday = (day + 3) mod 7.
    return day - ((((day + 3) % 7) + 7) % 7);
  }
  const [y, m] = civilFromDays(day);
  return daysFromCivil(y, m, 1);
}

/** Day number of the first day after the bin that starts on `start`. */
export function nextBinStartDay(start: number, unit: BinUnit): number {
  if (unit === 'day') return start + 1;
  if (unit === 'week') return start + 7;
  return binStartDay(start + 31, 'month');
}

/** The layout of bins over an inclusive day range: bin starts (plus the final end) and day → bin. */
export interface BinLayout {
  fromDay: number;
  toDay: number;
  /** `bounds[b]` = first day of bin b; `bounds[bins]` = first day after the last bin. */
  bounds: number[];
  /** `binOfDay[d - fromDay]` = bin of day d, for d in [fromDay, toDay]. */
  binOfDay: Int32Array;
}

/** Lays out the bins covering `[fromDay, toDay]`; none when the range is empty. */
export function binLayout(fromDay: number, toDay: number, unit: BinUnit): BinLayout {
  const bounds: number[] = [];
  const size = Math.max(0, toDay - fromDay + 1);
  const binOfDay = new Int32Array(size);
  if (size > 0) {
    let start = binStartDay(fromDay, unit);
    let next = nextBinStartDay(start, unit);
    bounds.push(start);
    for (let d = fromDay; d <= toDay; d++) {
      if (d >= next) {
        start = next;
        next = nextBinStartDay(start, unit);
        bounds.push(start);
      }
      binOfDay[d - fromDay] = bounds.length - 1;
    }
    bounds.push(next);
  }
  return { fromDay, toDay, bounds, binOfDay };
}

/** Turns per-bin counts (`counts[b * 4 + confidence code]`) into TimelineBin objects. */
export function binsFromCounts(layout: BinLayout, counts: Int32Array | readonly number[]): TimelineBin[] {
  const bins: TimelineBin[] = [];
  const k = CONFIDENCES.length;
  for (let b = 0; b + 1 < layout.bounds.length; b++) {
    const c = emptyCounts();
    let total = 0;
    for (let j = 0; j < k; j++) {
      c[CONFIDENCES[j]] = counts[b * k + j];
      total += counts[b * k + j];
    }
    bins.push({
      start: fastDayToDate(layout.bounds[b]),
      end: fastDayToDate(layout.bounds[b + 1]),
      counts: c,
      total,
    });
  }
  return bins;
}

/**
 * Counts flights per bin and confidence over the inclusive `range` (default: the flights' own span),
 * empty bins included. Flights outside the range are not counted; no flights and no range give [].
 */
export function binTimeline(
  flights: readonly Flight[],
  unit: BinUnit,
  range?: { from: string; to: string },
): TimelineBin[] {
  let fromDay: number;
  let toDay: number;
  if (range) {
    fromDay = dayNumber(range.from);
    toDay = dayNumber(range.to);
  } else {
    if (flights.length === 0) return [];
    fromDay = Infinity;
    toDay = -Infinity;
    for (const f of flights) {
      const d = dayNumber(f.date);
      if (d < fromDay) fromDay = d;
      if (d > toDay) toDay = d;
    }
  }
  const layout = binLayout(fromDay, toDay, unit);
  const counts = new Int32Array(Math.max(0, layout.bounds.length - 1) * CONFIDENCES.length);
  for (const f of flights) {
    const d = dayNumber(f.date);
    if (d < fromDay || d > toDay) continue;
    counts[layout.binOfDay[d - fromDay] * CONFIDENCES.length + CONFIDENCES.indexOf(f.confidence)]++;
  }
  return binsFromCounts(layout, counts);
}

/**
 * How many of `flights` (in date order) that `matches` accepts fall in each of `bins` (in date
 * order, each [start, end)): one walk over both. For the timeline's outline of the selection.
 */
export function countInBins(
  bins: readonly TimelineBin[],
  flights: readonly Flight[],
  matches: (flight: Flight) => boolean,
): number[] {
  const counts = new Array<number>(bins.length).fill(0);
  let b = 0;
  for (const flight of flights) {
    if (!matches(flight)) continue;
    while (b < bins.length && bins[b].end <= flight.date) b++;
    if (b === bins.length) break;
    if (bins[b].start <= flight.date) counts[b]++;
  }
  return counts;
}

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
const MAX_DAY_BIN_SPAN = 120;
/** Spans up to this many days (three years) are binned by week; longer spans by month. */
const MAX_WEEK_BIN_SPAN = 3 * 366;

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
function nextBinStartDay(start: number, unit: BinUnit): number {
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
  // b + 1 < bounds.length; counts holds k entries per bin.
  for (let b = 0; b + 1 < layout.bounds.length; b++) {
    const c = emptyCounts();
    let total = 0;
    CONFIDENCES.forEach((name, j) => {
      const n = counts[b * k + j] ?? 0;
      c[name] = n;
      total += n;
    });
    bins.push({
      start: fastDayToDate(layout.bounds[b]!),
      end: fastDayToDate(layout.bounds[b + 1]!),
      counts: c,
      total,
    });
  }
  return bins;
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
    let bin = bins[b];
    while (bin !== undefined && bin.end <= flight.date) bin = bins[++b];
    if (bin === undefined) break;
    if (bin.start <= flight.date) counts[b] = (counts[b] ?? 0) + 1;
  }
  return counts;
}

/**
 * Timeline bins: UTC days, ISO weeks (Monday first), calendar months and years. Bins are aligned to
 * the calendar, so the first bin may start before the range and the last may end after it; only
 * flights inside the range are counted. At most {@link MAX_BINS} bins are drawn: a finer unit that
 * would make more falls back to the next coarser one ({@link chooseBinUnit}).
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

/**
 * The most bins a timeline draws. Two flights 10,000 years apart make 3.65 million day bins, which
 * froze the page for seconds; 10,000 is about ten bars per pixel of a wide chart, still cheap to lay
 * out and draw (one path per confidence), and year bins always fit under it (years 0000–9999).
 */
export const MAX_BINS = 10_000;

/** The units from finest to coarsest: the order a fallback walks. */
export const BIN_UNITS: readonly BinUnit[] = ['day', 'week', 'month', 'year'];

/** How many bins of `unit` cover the inclusive day range (0 when it is empty), without laying them out. */
export function countBins(fromDay: number, toDay: number, unit: BinUnit): number {
  if (toDay < fromDay) return 0;
  if (unit === 'day') return toDay - fromDay + 1;
  if (unit === 'week') return (binStartDay(toDay, 'week') - binStartDay(fromDay, 'week')) / 7 + 1;
  const [y1, m1] = civilFromDays(fromDay);
  const [y2, m2] = civilFromDays(toDay);
  return unit === 'month' ? (y2 - y1) * 12 + (m2 - m1) + 1 : y2 - y1 + 1;
}

/** The unit a timeline uses, and why it is not the one asked for (absent when it is). */
export interface BinUnitChoice {
  unit: BinUnit;
  reason?: string;
}

const UNIT_PLURAL: Record<BinUnit, string> = { day: 'days', week: 'weeks', month: 'months', year: 'years' };
const integer = new Intl.NumberFormat('en-US');

/**
 * `wanted`, or the finest coarser unit whose bins over `[fromDay, toDay]` stay within `maxBins`, with a
 * sentence saying so ("Day bins would make 3,652,059 bars; showing years (at most 10,000 bars).").
 */
export function chooseBinUnit(
  fromDay: number,
  toDay: number,
  wanted: BinUnit,
  maxBins = MAX_BINS,
): BinUnitChoice {
  const wantedBins = countBins(fromDay, toDay, wanted);
  if (wantedBins <= maxBins) return { unit: wanted };
  const coarser = BIN_UNITS.slice(BIN_UNITS.indexOf(wanted) + 1);
  const unit = coarser.find((u) => countBins(fromDay, toDay, u) <= maxBins) ?? 'year';
  const name = wanted[0]!.toUpperCase() + wanted.slice(1);
  return {
    unit,
    reason: `${name} bins would make ${integer.format(wantedBins)} bars; showing ${UNIT_PLURAL[unit]} (at most ${integer.format(maxBins)} bars).`,
  };
}

/** Day number of the first day of the bin holding `day`. */
export function binStartDay(day: number, unit: BinUnit): number {
  if (unit === 'day') return day;
  if (unit === 'year') return daysFromCivil(civilFromDays(day)[0], 1, 1);
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
  if (unit === 'year') return daysFromCivil(civilFromDays(start)[0] + 1, 1, 1);
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

/**
 * A timeline bin with the flights whose date is uncertain (an imprecise date, `date` … `dateEnd`).
 * `counts` and `total` hold only flights on a known day; an imprecise flight is spread over its days
 * instead, each day carrying 1 / (days of its range), and a bin sums the weight of its days: drawn as
 * a separate hatched layer, so that it cannot be mistaken for a flight on a known day.
 */
export interface ViewBin extends TimelineBin {
  /** Sum of the imprecise flights' weights on this bin's days (a fraction of a flight is possible). */
  uncertain: number;
  /** How many imprecise flights may have been on one of this bin's days. */
  uncertainFlights: number;
}

/**
 * Adds one imprecise flight over `[start, end]` (day numbers) to the bins of `layout`, clipped to the
 * layout's range: each bin gets (its days of the range) / (all days of the range), and one more
 * flight that may fall in it. Walks bins, not days, so a year-long range costs a dozen steps.
 */
export function spreadOverBins(
  layout: BinLayout,
  start: number,
  end: number,
  weights: Float64Array,
  flights: Int32Array,
): void {
  const share = 1 / (end - start + 1);
  const last = Math.min(end, layout.toDay);
  let d = Math.max(start, layout.fromDay);
  while (d <= last) {
    const b = layout.binOfDay[d - layout.fromDay] ?? 0;
    const next = Math.min(layout.bounds[b + 1] ?? last + 1, last + 1);
    weights[b] = (weights[b] ?? 0) + (next - d) * share;
    flights[b] = (flights[b] ?? 0) + 1;
    d = next;
  }
}

/**
 * Turns per-bin counts (`counts[b * 4 + confidence code]`), and the uncertain weights and flights per
 * bin when there are any, into bins.
 */
export function binsFromCounts(
  layout: BinLayout,
  counts: Int32Array | readonly number[],
  uncertain?: { weights: Float64Array; flights: Int32Array },
): ViewBin[] {
  const bins: ViewBin[] = [];
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
      uncertain: uncertain?.weights[b] ?? 0,
      uncertainFlights: uncertain?.flights[b] ?? 0,
    });
  }
  return bins;
}

/**
 * How many of `flights` (in date order) that `matches` accepts fall in each of `bins` (in date
 * order, each [start, end)): one walk over both. For the timeline's outline of the selection. A
 * flight with an imprecise date counts as its share of each bin, as the bins' `uncertain` weight.
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
    const end = flight.dateEnd;
    if (end !== undefined && end > flight.date) addShares(bins, b, flight.date, end, counts);
    else if (bin.start <= flight.date) counts[b] = (counts[b] ?? 0) + 1;
  }
  return counts;
}

/** Adds an imprecise date's share of each bin from bin `b` on (see spreadOverBins). */
function addShares(bins: readonly TimelineBin[], b: number, date: string, dateEnd: string, counts: number[]) {
  const start = dayNumber(date);
  const end = dayNumber(dateEnd);
  const share = 1 / (end - start + 1);
  for (let k = b; k < bins.length; k++) {
    const bin = bins[k]!; // k < bins.length
    const from = Math.max(start, dayNumber(bin.start));
    if (from > end) break;
    const to = Math.min(end + 1, dayNumber(bin.end));
    if (to > from) counts[k] = (counts[k] ?? 0) + (to - from) * share;
  }
}

/**
 * Playback: a window of fixed width slides across the data's span. Reported data is sparse, so a step
 * skips empty stretches: the next window starts at the next day that has a flight. "A flight" is one
 * the other filters (all but the date range) pass: the days come from {@link playbackDays} of those
 * flights, so no step shows an empty window while the filtered set is not empty.
 */
import { lowerBound } from './flight-index';
import { addDays, addMonths, dayNumber, dayToDate } from '../contract';

export type PlaybackWidth = 'week' | 'month' | 'quarter';

export interface PlaybackWindow {
  /** Inclusive UTC dates. */
  from: string;
  to: string;
}

/** The ascending day numbers of `flights` (in date order): the days playback steps over. */
export function playbackDays(flights: readonly { date: string }[]): Int32Array {
  const days = new Int32Array(flights.length);
  flights.forEach((f, i) => (days[i] = dayNumber(f.date)));
  return days;
}

/** The window of the given width starting on `from`. */
export function windowAt(from: string, width: PlaybackWidth): PlaybackWindow {
  const end = width === 'week' ? addDays(from, 7) : addMonths(from, width === 'month' ? 1 : 3);
  return { from, to: addDays(end, -1) };
}

/**
 * The window after `current`, or undefined at the end of the data. `days` is the index's ascending
 * day-number column. When the next window would hold no flight, it starts at the next flight's day.
 */
export function nextWindow(
  days: Int32Array,
  current: PlaybackWindow,
  width: PlaybackWidth,
): PlaybackWindow | undefined {
  const after = dayNumber(current.to) + 1;
  const next = days[lowerBound(days, after)];
  if (next === undefined) return undefined;
  const candidate = windowAt(dayToDate(after), width);
  if (next <= dayNumber(candidate.to)) return candidate;
  return windowAt(dayToDate(next), width);
}

/** The window of the given width that ends the day before `endExclusive`. */
function windowEndingBefore(endExclusive: string, width: PlaybackWidth): PlaybackWindow {
  const from =
    width === 'week' ? addDays(endExclusive, -7) : addMonths(endExclusive, width === 'month' ? -1 : -3);
  return { from, to: addDays(endExclusive, -1) };
}

/** The window before `current`, skipping empty stretches backwards; undefined at the start. */
export function previousWindow(
  days: Int32Array,
  current: PlaybackWindow,
  width: PlaybackWidth,
): PlaybackWindow | undefined {
  const previous = days[lowerBound(days, dayNumber(current.from)) - 1];
  if (previous === undefined) return undefined;
  const candidate = windowEndingBefore(current.from, width);
  if (previous >= dayNumber(candidate.from)) return candidate;
  // Empty stretch: the window that ends on the previous flight's day.
  return windowEndingBefore(addDays(dayToDate(previous), 1), width);
}

/** The first window: starting on the first flight's day. */
export function firstWindow(days: Int32Array, width: PlaybackWidth): PlaybackWindow | undefined {
  const first = days[0];
  return first === undefined ? undefined : windowAt(dayToDate(first), width);
}

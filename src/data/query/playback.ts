/**
 * Playback: a window of fixed width slides across the data's span. Reported data is sparse, so a step
 * skips empty stretches: the next window starts at the next day that has a flight.
 */
import { lowerBound } from './flight-index';
import { addDays, dayNumber, dayToDate } from '../contract';

export type PlaybackWidth = 'week' | 'month' | 'quarter';

export interface PlaybackWindow {
  /** Inclusive UTC dates. */
  from: string;
  to: string;
}

function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  // Clamp to the month's last day (Jan 31 + 1 month = Feb 28/29).
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
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
  const i = lowerBound(days, after);
  if (i >= days.length) return undefined;
  const candidate = windowAt(dayToDate(after), width);
  if (days[i] <= dayNumber(candidate.to)) return candidate;
  return windowAt(dayToDate(days[i]), width);
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
  const i = lowerBound(days, dayNumber(current.from)) - 1;
  if (i < 0) return undefined;
  const candidate = windowEndingBefore(current.from, width);
  if (days[i] >= dayNumber(candidate.from)) return candidate;
  // Empty stretch: the window that ends on the previous flight's day.
  return windowEndingBefore(addDays(dayToDate(days[i]), 1), width);
}

/** The first window: starting on the first flight's day. */
export function firstWindow(days: Int32Array, width: PlaybackWidth): PlaybackWindow | undefined {
  return days.length ? windowAt(dayToDate(days[0]), width) : undefined;
}

/**
 * Pure date/pixel arithmetic for the timeline brush: no React, no DOM. Days are day numbers (days since
 * 1970-01-01 UTC, see data/time.ts); a domain is half-open `[start, end)`, a range is inclusive `from … to`.
 */
import { addMonths, dayNumber, dayToDate, isIsoDate } from '../data/contract';
import type { BinUnit, TimelineBin } from '../data/contract';

/** Half-open interval of day numbers: `[start, end)`. */
export interface DayDomain {
  start: number;
  end: number;
}

/** Inclusive interval of day numbers. */
export interface DayRange {
  from: number;
  to: number;
}

/** A date filter: inclusive UTC `YYYY-MM-DD`, either end may be absent. */
export interface DateRangeLike {
  from?: string;
  to?: string;
}

/** The day a pixel falls in (x measured from the plot's left edge), clamped to the domain. */
export function xToDay(x: number, width: number, domain: DayDomain): number {
  const n = domain.end - domain.start;
  if (n <= 0 || width <= 0) return domain.start;
  // Multiply before dividing so exact day boundaries land in the right day.
  const offset = Math.floor((x * n) / width);
  return Math.min(domain.end - 1, Math.max(domain.start, domain.start + offset));
}

/** Left pixel of a day (or of the boundary before it). */
export function dayToX(day: number, width: number, domain: DayDomain): number {
  const n = domain.end - domain.start;
  return n <= 0 ? 0 : ((day - domain.start) * width) / n;
}

/** Clamps a day into a domain. */
export function clampDay(day: number, bounds: DayDomain): number {
  return Math.min(bounds.end - 1, Math.max(bounds.start, day));
}

/**
 * The inclusive range a drag from x0 to x1 selects: the first and last day the pointer was in, in either
 * drag direction, clamped to `bounds`.
 */
export function dragToRange(
  x0: number,
  x1: number,
  width: number,
  domain: DayDomain,
  bounds: DayDomain,
): DayRange {
  const a = clampDay(xToDay(x0, width, domain), bounds);
  const b = clampDay(xToDay(x1, width, domain), bounds);
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

/** Whole days a horizontal pointer movement of `dx` pixels covers. */
export function pixelsToDays(dx: number, width: number, domain: DayDomain): number {
  const n = domain.end - domain.start;
  return width <= 0 ? 0 : Math.round((dx * n) / width);
}

/** Moves a range by `delta` days, keeping its length and staying inside `bounds`. */
export function moveRange(range: DayRange, delta: number, bounds: DayDomain): DayRange {
  const length = range.to - range.from;
  const maxFrom = Math.max(bounds.start, bounds.end - 1 - length);
  const from = Math.min(maxFrom, Math.max(bounds.start, range.from + delta));
  return { from, to: Math.min(bounds.end - 1, from + length) };
}

/** Moves one edge of a range to `day`; an edge dragged past the other swaps roles. */
export function resizeRange(range: DayRange, edge: 'from' | 'to', day: number, bounds: DayDomain): DayRange {
  const fixed = edge === 'from' ? range.to : range.from;
  const moved = clampDay(day, bounds);
  return { from: Math.min(fixed, moved), to: Math.max(fixed, moved) };
}

/** The day `n` calendar months after `day`, clamping the day of month (Jan 31 + 1 month = Feb 28/29). */
export function addMonthsToDay(day: number, n: number): number {
  return dayNumber(addMonths(dayToDate(day), n));
}

/** The day `n` bins of `unit` after `day`. */
export function shiftByUnit(day: number, unit: BinUnit, n: number): number {
  if (unit === 'day') return day + n;
  if (unit === 'week') return day + 7 * n;
  return addMonthsToDay(day, unit === 'year' ? 12 * n : n);
}

/** Fills the absent ends of a date range with the bounds; undefined when the range is empty. */
export function toDayRange(range: DateRangeLike, bounds: DayDomain): DayRange | undefined {
  if (!range.from && !range.to) return undefined;
  const from = range.from ? dayNumber(range.from) : bounds.start;
  const to = range.to ? dayNumber(range.to) : bounds.end - 1;
  return { from: Math.min(from, to), to: Math.max(from, to) };
}

/** A day range as inclusive dates. */
export function toDateRange(range: DayRange): { from: string; to: string } {
  return { from: dayToDate(range.from), to: dayToDate(range.to) };
}

export type KeyAction = { kind: 'set'; range: DayRange } | { kind: 'clear' } | { kind: 'none' };

/**
 * What a key pressed on the chart does. Arrows move the range by one bin (Shift: move only its end),
 * Home/End move it to the start/end of `bounds`, Escape/Delete clear it. With no range, arrows and
 * Home/End select the first or last bin.
 */
export function keyToAction(
  key: string,
  shift: boolean,
  range: DayRange | undefined,
  unit: BinUnit,
  bounds: DayDomain,
  bins: readonly TimelineBin[],
): KeyAction {
  if (key === 'Escape' || key === 'Delete' || key === 'Backspace') return { kind: 'clear' };
  const dir = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
  if (dir === 0 && key !== 'Home' && key !== 'End') return { kind: 'none' };
  if (bounds.end <= bounds.start) return { kind: 'none' };
  if (!range) {
    const atStart = key === 'Home' || key === 'ArrowRight';
    return { kind: 'set', range: edgeBin(atStart, unit, bounds, bins) };
  }
  if (key === 'Home') return { kind: 'set', range: moveRange(range, bounds.start - range.from, bounds) };
  if (key === 'End') return { kind: 'set', range: moveRange(range, bounds.end - 1 - range.to, bounds) };
  const endExclusive = shiftByUnit(range.to + 1, unit, dir);
  if (shift) {
    const to = Math.max(range.from, Math.min(bounds.end - 1, endExclusive - 1));
    return { kind: 'set', range: { from: range.from, to } };
  }
  const from = shiftByUnit(range.from, unit, dir);
  const length = Math.max(0, endExclusive - 1 - from);
  const delta = from - range.from;
  const moved = moveRange({ from: range.from, to: range.from + length }, delta, bounds);
  return { kind: 'set', range: moved };
}

function edgeBin(atStart: boolean, unit: BinUnit, bounds: DayDomain, bins: readonly TimelineBin[]): DayRange {
  const bin = atStart ? bins[0] : bins[bins.length - 1];
  const raw = bin
    ? { from: dayNumber(bin.start), to: dayNumber(bin.end) - 1 }
    : atStart
      ? { from: bounds.start, to: shiftByUnit(bounds.start, unit, 1) - 1 }
      : { from: shiftByUnit(bounds.end, unit, -1), to: bounds.end - 1 };
  return { from: clampDay(raw.from, bounds), to: clampDay(raw.to, bounds) };
}

export type Preset = 'all' | 'last30' | 'last90' | 'lastYear';

/** A preset's range, counted back from the data span's last day (not from today). */
export function presetRange(preset: Preset, span: { from: string; to: string }): DateRangeLike {
  if (preset === 'all') return {};
  const end = dayNumber(span.to);
  const first =
    preset === 'last30' ? end - 29 : preset === 'last90' ? end - 89 : addMonthsToDay(end + 1, -12);
  return { from: dayToDate(Math.max(first, dayNumber(span.from))), to: span.to };
}

/** Every calendar year the span touches, ascending. */
export function yearsOf(span: { from: string; to: string } | undefined): number[] {
  if (!span) return [];
  const years: number[] = [];
  for (let y = Number(span.from.slice(0, 4)); y <= Number(span.to.slice(0, 4)); y++) years.push(y);
  return years;
}

/** The whole calendar year as an inclusive range. */
export function yearRange(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export type InputCheck = { ok: true; range: DateRangeLike } | { ok: false; message: string };

/** Checks the From/To inputs: empty means open; an invalid or reversed pair is refused with a message. */
export function checkRangeInput(fromText: string, toText: string): InputCheck {
  const from = fromText.trim();
  const to = toText.trim();
  if (from && !isIsoDate(from)) return { ok: false, message: 'From is not a valid date.' };
  if (to && !isIsoDate(to)) return { ok: false, message: 'To is not a valid date.' };
  if (from && to && from > to) return { ok: false, message: 'From is after To.' };
  const range: DateRangeLike = {};
  if (from) range.from = from;
  if (to) range.to = to;
  return { ok: true, range };
}

/** Number of days in an inclusive range (for announcements). */
export function rangeDays(range: { from: string; to: string }): number {
  return dayNumber(range.to) - dayNumber(range.from) + 1;
}

/** The chart's day domain: the union of the data span and the bins' extent. */
export function chartDomain(
  bins: readonly TimelineBin[],
  span: { from: string; to: string } | undefined,
): DayDomain | undefined {
  let start = Infinity;
  let end = -Infinity;
  if (span) {
    start = dayNumber(span.from);
    end = dayNumber(span.to) + 1;
  }
  const first = bins[0];
  const last = bins[bins.length - 1];
  if (first && last) {
    start = Math.min(start, dayNumber(first.start));
    end = Math.max(end, dayNumber(last.end));
  }
  return Number.isFinite(start) && end > start ? { start, end } : undefined;
}

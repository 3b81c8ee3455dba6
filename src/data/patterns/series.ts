/**
 * Counts over time by a key: where the flights landed (destination share), and per aircraft or per
 * operator, per month or quarter. One row per key, one column per period, so a shift shows at a glance.
 */
import type { Flight } from '../contract';
import { airframeKey } from './compare';

export type SeriesUnit = 'month' | 'quarter';
export type SeriesKey = 'destination' | 'operator' | 'aircraft';

export interface SeriesRow {
  key: string;
  total: number;
  /** Flights per period, aligned with `periods`. */
  counts: number[];
}

export interface Series {
  unit: SeriesUnit;
  by: SeriesKey;
  /** Period labels in order: "2022-10" or "2022-Q4", every period from the first to the last. */
  periods: string[];
  /** Rows by total, largest first (ties by key). */
  rows: SeriesRow[];
  /** Flights without the key (no operator, no aircraft identity): counted, not drawn. */
  withoutKey: number;
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
/** Months since year 0 of a `YYYY-MM-…` date (its period arithmetic without strings). */
const monthNumber = (d: string) =>
  (digit(d, 0) * 1000 + digit(d, 1) * 100 + digit(d, 2) * 10 + digit(d, 3)) * 12 +
  digit(d, 5) * 10 +
  digit(d, 6) -
  1;

/** The period a date falls in. */
export function periodOf(date: string, unit: SeriesUnit): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  return unit === 'month' ? date.slice(0, 7) : `${year}-Q${Math.ceil(month / 3)}`;
}

/** Every period from `first` to `last`, inclusive. */
export function periodsBetween(first: string, last: string, unit: SeriesUnit): string[] {
  const out: string[] = [];
  let year = Number(first.slice(0, 4));
  let step = unit === 'month' ? Number(first.slice(5, 7)) : Number(first.slice(6));
  const perYear = unit === 'month' ? 12 : 4;
  for (let label = first; ;) {
    out.push(label);
    if (label === last) return out;
    step++;
    if (step > perYear) {
      step = 1;
      year++;
    }
    label = unit === 'month' ? `${year}-${String(step).padStart(2, '0')}` : `${year}-Q${step}`;
  }
}

function keyOf(f: Flight, by: SeriesKey): string | undefined {
  if (by === 'destination') return f.destination;
  if (by === 'operator') return f.operator;
  return airframeKey(f);
}

/** Flights per key and period (a flight's period is that of its `date`). */
export function seriesBy(flights: readonly Flight[], by: SeriesKey, unit: SeriesUnit): Series {
  if (flights.length === 0) return { unit, by, periods: [], rows: [], withoutKey: 0 };
  let firstDate = flights[0]!.date;
  let lastDate = firstDate;
  for (const f of flights) {
    if (f.date < firstDate) firstDate = f.date;
    if (f.date > lastDate) lastDate = f.date;
  }
  const periods = periodsBetween(periodOf(firstDate, unit), periodOf(lastDate, unit), unit);
  // The column from the date's digits: a Map from date strings cost a hash per flight where each
  // flight's date is its own string (an import), 3–5× the whole count in the browser.
  const perPeriod = unit === 'month' ? 1 : 3;
  const first = Math.floor(monthNumber(firstDate) / perPeriod);
  const columnOf = (date: string) => Math.floor(monthNumber(date) / perPeriod) - first;
  const rows = new Map<string, SeriesRow>();
  let withoutKey = 0;
  for (const f of flights) {
    const key = keyOf(f, by);
    if (key === undefined) {
      withoutKey++;
      continue;
    }
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { key, total: 0, counts: new Array<number>(periods.length).fill(0) }));
    row.total++;
    row.counts[columnOf(f.date)]!++;
  }
  const sorted = [...rows.values()].sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : 1));
  return { unit, by, periods, rows: sorted, withoutKey };
}

/**
 * Rows sorted by their key, their total, or their count in one period (an index into `periods`); ties
 * by key, so the order is stable whatever the direction.
 */
export function sortSeriesRows(
  rows: readonly SeriesRow[],
  column: 'key' | 'total' | number,
  descending: boolean,
): SeriesRow[] {
  const value = (r: SeriesRow) =>
    column === 'total' ? r.total : column === 'key' ? 0 : (r.counts[column] ?? 0);
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const byValue = column === 'key' ? 0 : (value(a) - value(b)) * sign;
    if (byValue !== 0) return byValue;
    const byKey = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    return column === 'key' ? byKey * sign : byKey;
  });
}

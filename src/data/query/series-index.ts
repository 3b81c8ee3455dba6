/**
 * The Patterns counts over time (patterns/series.ts, `seriesBy`) read from the index's columns rather
 * than from flight objects: at 100,000 imported flights, reading each flight's own `date` and
 * `destination` strings was most of "Where they landed" in the browser profile (flights that came through
 * the import worker each hold their own copies of every string). Same result as `seriesBy` over the same
 * flights (a property test checks it).
 */
import { civilFromDays } from '../contract';
import {
  periodsBetween,
  type Series,
  type SeriesKey,
  type SeriesRow,
  type SeriesUnit,
} from '../patterns/series';
import { compileFilters } from './compile-filters';
import type { FlightIndex } from './flight-index';
import { airframeColumn, type FilterContext } from './identity-filters';
import type { Filters } from '../contract';

/** Index positions of the flights that pass the filters, ascending (the order of computeView's flights). */
export function passingPositions(index: FlightIndex, filters: Filters, context?: FilterContext): Int32Array {
  const { lo, hi, confidenceMask, test } = compileFilters(index, filters, context);
  const { confidence } = index;
  const out = new Int32Array(Math.max(0, hi - lo));
  let n = 0;
  for (let i = lo; i < hi; i++) {
    if (((confidenceMask >> (confidence[i] ?? 0)) & 1) === 0) continue;
    if (test !== undefined && !test(i)) continue;
    out[n++] = i;
  }
  return out.subarray(0, n);
}

/** Months since year 0 of a day number. */
function monthOfDay(day: number): number {
  const [y, m] = civilFromDays(day);
  return y * 12 + m - 1;
}

const label = (period: number, unit: SeriesUnit) =>
  unit === 'month'
    ? `${String(Math.floor(period / 12)).padStart(4, '0')}-${String((period % 12) + 1).padStart(2, '0')}`
    : `${String(Math.floor(period / 4)).padStart(4, '0')}-Q${(period % 4) + 1}`;

/** Key id per flight (-1 = none) and the key text of each id. */
function keyColumn(index: FlightIndex, by: SeriesKey): { ids: Int32Array; keys: readonly string[] } {
  if (by === 'destination') return { ids: index.destination, keys: index.airports };
  if (by === 'operator') return { ids: index.operator, keys: index.operators };
  const { ids, idOf } = airframeColumn(index);
  const keys: string[] = new Array<string>(idOf.size);
  for (const [key, id] of idOf) keys[id] = key;
  return { ids, keys };
}

/** `seriesBy(flights at these positions, by, unit)`, from the index's columns. */
export function seriesAt(index: FlightIndex, positions: Int32Array, by: SeriesKey, unit: SeriesUnit): Series {
  const n = positions.length;
  if (n === 0) return { unit, by, periods: [], rows: [], withoutKey: 0 };
  const { day } = index;
  const perPeriod = unit === 'month' ? 1 : 3;
  // The index is in date order, so the first and last positions hold the first and last dates.
  const first = Math.floor(monthOfDay(day[positions[0]!]!) / perPeriod);
  const last = Math.floor(monthOfDay(day[positions[n - 1]!]!) / perPeriod);
  const periods = periodsBetween(label(first, unit), label(last, unit), unit);
  const width = last - first + 1;
  const { ids, keys } = keyColumn(index, by);
  const counts = new Map<number, Int32Array>();
  let withoutKey = 0;
  let lastDay = NaN;
  let column = 0;
  for (let k = 0; k < n; k++) {
    const i = positions[k]!; // k < n
    const id = ids[i] ?? -1;
    if (id < 0) {
      withoutKey++;
      continue;
    }
    const d = day[i]!;
    // Flights come day by day: the column changes only with the day.
    if (d !== lastDay) {
      lastDay = d;
      column = Math.floor(monthOfDay(d) / perPeriod) - first;
    }
    let row = counts.get(id);
    if (!row) counts.set(id, (row = new Int32Array(width)));
    row[column]!++;
  }
  const rows: SeriesRow[] = [];
  for (const [id, row] of counts) {
    let total = 0;
    for (let c = 0; c < width; c++) total += row[c]!;
    rows.push({ key: keys[id]!, total, counts: Array.from(row) });
  }
  rows.sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : 1));
  return { unit, by, periods, rows, withoutKey };
}

/**
 * Flights as stored in IndexedDB: one column per field instead of one object per flight. Structured
 * clone writes every object's property names again and builds each object key by key on reading;
 * a million flights as objects took seconds to read back before first paint. Columns of strings with
 * few distinct values are kept as a dictionary and a Uint32Array of codes (a typed array is copied as
 * bytes, and repeated airports, operators or dates become one string each); other columns (ids, times,
 * sources, tags, review) are kept as arrays of values, whose shared records structured clone keeps shared.
 */
import type { Flight } from '../data/contract';

type Column = { key: string; dict: string[]; codes: Uint32Array } | { key: string; values: unknown[] };

export interface FlightColumns {
  /** Tells the form apart from a chunk stored as an array of flights (records saved before it). */
  form: 'columns';
  length: number;
  columns: Column[];
}

/** The flights as columns; {@link decodeFlights} gives them back equal (absent fields stay absent). */
export function encodeFlights(flights: readonly Flight[]): FlightColumns {
  const n = flights.length;
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const f of flights) {
    for (const key in f) {
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
    }
  }
  const columns = keys.map((key): Column => {
    let strings = true;
    for (let i = 0; i < n && strings; i++) {
      const v = (flights[i] as unknown as Record<string, unknown>)[key];
      if (v !== undefined && typeof v !== 'string') strings = false;
    }
    if (!strings) {
      return { key, values: flights.map((f) => (f as unknown as Record<string, unknown>)[key]) };
    }
    // Mostly distinct values (ids, times, notes) gain nothing from a dictionary: kept as they are.
    const most = n >> 2;
    const dict: string[] = [];
    const index = new Map<string, number>();
    const codes = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const v = (flights[i] as unknown as Record<string, unknown>)[key] as string | undefined;
      if (v === undefined) continue;
      let code = index.get(v);
      if (code === undefined) {
        if (dict.length >= most && n > 16) {
          return { key, values: flights.map((f) => (f as unknown as Record<string, unknown>)[key]) };
        }
        code = dict.push(v);
        index.set(v, code);
      }
      codes[i] = code; // 0 = absent
    }
    return { key, dict, codes };
  });
  return { form: 'columns', length: n, columns };
}

/** True for a value {@link encodeFlights} made (after a round trip through IndexedDB). */
export function isFlightColumns(value: unknown): value is FlightColumns {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<FlightColumns>;
  return (
    v.form === 'columns' &&
    Number.isInteger(v.length) &&
    Array.isArray(v.columns) &&
    v.columns.every(
      (c: Partial<Column> & { dict?: unknown; codes?: unknown; values?: unknown }) =>
        typeof c.key === 'string' &&
        ((Array.isArray(c.dict) && c.codes instanceof Uint32Array && c.codes.length === v.length) ||
          (Array.isArray(c.values) && c.values.length === v.length)),
    )
  );
}

/** The flights back from their columns. */
export function decodeFlights(stored: FlightColumns): Flight[] {
  const n = stored.length;
  const rows: Record<string, unknown>[] = new Array<Record<string, unknown>>(n);
  for (let i = 0; i < n; i++) rows[i] = {};
  for (const column of stored.columns) {
    const key = column.key;
    if ('codes' in column) {
      const { dict, codes } = column;
      for (let i = 0; i < n; i++) {
        const code = codes[i]!; // i < n
        if (code !== 0) rows[i]![key] = dict[code - 1];
      }
    } else {
      const values = column.values;
      for (let i = 0; i < n; i++) {
        const v = values[i];
        if (v !== undefined) rows[i]![key] = v;
      }
    }
  }
  return rows as unknown as Flight[];
}

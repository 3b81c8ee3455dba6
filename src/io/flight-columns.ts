/**
 * Flights as stored in IndexedDB: one column per field instead of one object per flight. Structured
 * clone writes every object's property names again and builds each object key by key on reading;
 * a million flights as objects took seconds to read back before first paint. Columns of strings with
 * few distinct values are kept as a dictionary and a Uint32Array of codes (a typed array is copied as
 * bytes, and repeated airports, operators or dates become one string each); other columns (ids, times,
 * sources, tags, review) are kept as arrays of values, whose shared records structured clone keeps shared.
 */
import { FLIGHT_TABLE, type Flight } from '../data/contract';

type Column = { key: string; dict: unknown[]; codes: Uint32Array } | { key: string; values: unknown[] };

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

// Ids and times are distinct per flight: a dictionary would only cost the hashing of each. Every other
// field repeats (days, airports, operators, callsigns, registrations, notes copied down a column;
// sources cells cited by many flights): a dictionary, which also keeps a reload from reading a million
// copies of them (dictColumn falls back to values when most are distinct).
const AS_VALUES: ReadonlySet<string> = new Set(['id', 'dateTime']);
const BY_DICT = FLIGHT_TABLE.map((field) => !AS_VALUES.has(field.kind));

/**
 * Flights given one at a time as their values in the field table's order (csv-read.ts's sink), kept
 * as columns of the form {@link encodeFlights} makes, with no object per flight: a streamed import
 * posts them in batches (`take`) while it reads on.
 */
export class FlightColumnsBuilder {
  private columns: unknown[][] = FLIGHT_TABLE.map(() => []);
  private present: boolean[] = FLIGHT_TABLE.map(() => false);

  get length(): number {
    return this.columns[0]!.length; // the table is not empty
  }

  add(values: readonly unknown[]): void {
    const { columns, present } = this;
    // Absent values are pushed too: dense arrays, never sparse ones.
    for (let i = 0; i < columns.length; i++) {
      const v = values[i];
      columns[i]!.push(v); // i < FLIGHT_TABLE.length
      if (v !== undefined) present[i] = true;
    }
  }

  /** The flights added since the last call, as columns; the builder starts empty again. */
  take(): FlightColumns {
    const n = this.length;
    const columns: Column[] = [];
    FLIGHT_TABLE.forEach((field, i) => {
      if (!this.present[i]) return; // no flight has the field
      const values = this.columns[i]!; // i < length
      columns.push(BY_DICT[i] ? dictColumn(field.name, values, n) : { key: field.name, values });
    });
    this.columns = FLIGHT_TABLE.map(() => []);
    this.present = FLIGHT_TABLE.map(() => false);
    return { form: 'columns', length: n, columns };
  }
}

/** A dictionary column (shared values by identity), or values when they are mostly distinct. */
function dictColumn(key: string, values: readonly unknown[], n: number): Column {
  const most = n > 16 ? n >> 2 : n;
  const dict: unknown[] = [];
  const index = new Map<unknown, number>();
  const codes = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === undefined) continue;
    let code = index.get(v);
    if (code === undefined) {
      if (dict.length >= most) return { key, values: values as unknown[] };
      code = dict.push(v);
      index.set(v, code);
    }
    codes[i] = code; // 0 = absent
  }
  return { key, dict, codes };
}

/**
 * Flights per `flights` reply: the page decodes one batch in a few tens of ms, between frames. The
 * same as a stored chunk (persist.ts), so that the first save stores the batches as they came.
 */
export const FLIGHT_BATCH = 50_000;

const encodedOf = new WeakMap<readonly Flight[], readonly FlightColumns[]>();

/** Remembers that `flights` were decoded from these batches (FLIGHT_BATCH each but the last). */
export function rememberColumns(flights: readonly Flight[], batches: readonly FlightColumns[]): void {
  encodedOf.set(flights, batches);
}

/**
 * The remembered batches of `flights` when they are its chunks of `perChunk` (then forgotten: they are
 * wanted once, by the save after an import); else undefined, and the caller encodes.
 */
export function takeColumns(
  flights: readonly Flight[],
  perChunk: number,
): readonly FlightColumns[] | undefined {
  const batches = encodedOf.get(flights);
  if (batches === undefined) return undefined;
  encodedOf.delete(flights);
  const last = batches.length - 1;
  const fits = batches.every((b, i) => b.length === (i < last ? perChunk : flights.length - perChunk * last));
  return fits && batches.length === Math.ceil(flights.length / perChunk) ? batches : undefined;
}

/**
 * The sink of a streamed import (csv-read.ts FlightValuesSink): posts the flights in batches of
 * columns as they are read, each with the index of its first flight.
 */
export class FlightBatchSink {
  private readonly builder = new FlightColumnsBuilder();
  private posted = 0;

  constructor(
    private readonly post: (from: number, flights: FlightColumns) => void,
    private readonly batch = FLIGHT_BATCH,
  ) {}

  add(values: readonly unknown[]): void {
    this.builder.add(values);
    if (this.builder.length >= this.batch) this.flush();
  }

  /** Posts the last batch (even an empty one: a first batch starts the page's list over); the count. */
  finish(): number {
    if (this.builder.length > 0 || this.posted === 0) this.flush();
    return this.posted;
  }

  private flush(): void {
    const n = this.builder.length;
    this.post(this.posted, this.builder.take());
    this.posted += n;
  }
}

/**
 * Flights as stored in IndexedDB: one column per field instead of one object per flight. Structured
 * clone writes every object's property names again and builds each object key by key on reading;
 * a million flights as objects took seconds to read back before first paint. Columns of strings with
 * few distinct values are kept as a dictionary and a Uint32Array of codes (a typed array is copied as
 * bytes, and repeated airports, operators or dates become one string each); columns of mostly distinct
 * strings (ids, times) as one joined string and where each value ends (one string to copy, not one per
 * flight: a million flights' ids and times were 3 million strings to clone in each direction); other
 * columns (sources, tags, review) as arrays of values, whose shared records structured clone keeps shared.
 */
import { FLIGHT_TABLE, type Flight } from '../data/contract';

type Column =
  | { key: string; dict: unknown[]; codes: Uint32Array }
  | { key: string; values: unknown[] }
  /** Value i is joined.slice(ends[i - 1] ?? 0, ends[i]), absent where absent[i] is 1. */
  | { key: string; joined: string; ends: Uint32Array; absent: Uint8Array | null };

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
    // Mostly distinct values (ids, times, notes) gain nothing from a dictionary: joined.
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
          return joinedColumn(
            key,
            flights.map((f) => (f as unknown as Record<string, unknown>)[key]) as (string | undefined)[],
          );
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

/** Strings (or absent values) as one joined column; undefined when a value is not a string. */
function joinedColumn(key: string, values: readonly unknown[]): Column & { joined: string } {
  const n = values.length;
  const ends = new Uint32Array(n);
  let absent: Uint8Array | null = null;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === undefined) (absent ??= new Uint8Array(n))[i] = 1;
    else at += (v as string).length;
    ends[i] = at;
  }
  // join writes an absent (undefined) value as ''.
  return { key, joined: values.join(''), ends, absent };
}

const allStrings = (values: readonly unknown[]) =>
  values.every((v) => v === undefined || typeof v === 'string');

/** Each value's end is at or after the one before and within the joined string. */
function endsFit(joined: string, ends: Uint32Array): boolean {
  let at = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i]!; // i < length
    if (end < at) return false;
    at = end;
  }
  return at === joined.length;
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
      (c: {
        key?: unknown;
        dict?: unknown;
        codes?: unknown;
        values?: unknown;
        joined?: unknown;
        ends?: unknown;
        absent?: unknown;
      }) =>
        typeof c.key === 'string' &&
        ((Array.isArray(c.dict) && c.codes instanceof Uint32Array && c.codes.length === v.length) ||
          (Array.isArray(c.values) && c.values.length === v.length) ||
          (typeof c.joined === 'string' &&
            c.ends instanceof Uint32Array &&
            c.ends.length === v.length &&
            endsFit(c.joined, c.ends) &&
            (c.absent === null || (c.absent instanceof Uint8Array && c.absent.length === v.length)))),
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
    } else if ('joined' in column) {
      const { joined, ends, absent } = column;
      let at = 0;
      for (let i = 0; i < n; i++) {
        const end = ends[i]!; // i < n
        if (absent === null || absent[i] === 0) rows[i]![key] = joined.slice(at, end);
        at = end;
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
// copies of them (a column falls back to values when most are distinct, as encodeFlights does).
const AS_VALUES: ReadonlySet<string> = new Set(['id', 'dateTime']);
const BY_DICT = FLIGHT_TABLE.map((field) => !AS_VALUES.has(field.kind));

/** Most distinct values a dictionary column of `n` flights keeps (more: values). */
const mostDistinct = (n: number) => (n > 16 ? n >> 2 : n);

/**
 * One field's values as they are added: codes into a dictionary from the first value on (a repeated
 * value is looked up once, and the copy just read dies young instead of being held to the batch's
 * end), or values once too many are distinct to gain from one.
 */
class ColumnBuilder {
  private dict: unknown[] | undefined = [];
  private index = new Map<unknown, number>();
  private codes: Uint32Array;
  private values: unknown[] = [];
  private present = false;
  // The last value coded: rows in a file's order repeat the one before (a day, an operator) often
  // enough that one comparison saves most lookups.
  private last: unknown = undefined;
  private lastCode = 0;
  length = 0;

  constructor(
    private readonly key: string,
    byDict: boolean,
    private readonly capacity: number,
  ) {
    if (!byDict) this.dict = undefined;
    this.codes = new Uint32Array(byDict ? capacity : 0);
  }

  add(v: unknown): void {
    const at = this.length++;
    if (v !== undefined) this.present = true;
    const dict = this.dict;
    if (dict === undefined) {
      this.values.push(v); // absent values too: dense arrays, never sparse ones
      return;
    }
    if (v === undefined) return; // code 0 = absent
    if (v === this.last) {
      this.codes[at] = this.lastCode;
      return;
    }
    let code = this.index.get(v);
    if (code === undefined) {
      // Past this many the column is values whatever the batch's length (at most `capacity`; a
      // batch of up to 16 keeps them all).
      if (dict.length >= Math.max(Math.min(this.capacity, 16), mostDistinct(this.capacity))) {
        this.toValues(at);
        this.values.push(v);
        return;
      }
      code = dict.push(v);
      this.index.set(v, code);
    }
    this.codes[at] = code;
    this.last = v;
    this.lastCode = code;
  }

  /** The column of the values added, or undefined when no value is present. */
  take(): Column | undefined {
    const { key, dict, length: n } = this;
    if (!this.present) return undefined;
    if (dict !== undefined && dict.length > mostDistinct(n)) this.toValues(n);
    if (this.dict === undefined) {
      return allStrings(this.values) ? joinedColumn(key, this.values) : { key, values: this.values };
    }
    return { key, dict: this.dict, codes: n === this.codes.length ? this.codes : this.codes.slice(0, n) };
  }

  private toValues(n: number): void {
    const { dict, codes } = this;
    if (dict === undefined) return;
    const values = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      const code = codes[i]!; // i < n ≤ capacity
      values[i] = code === 0 ? undefined : dict[code - 1];
    }
    this.values = values;
    this.dict = undefined;
    this.index = new Map();
    this.last = undefined;
  }
}

/**
 * Flights given one at a time as their values in the field table's order (csv-read.ts's sink), kept
 * as columns of the form {@link encodeFlights} makes, with no object per flight: a streamed import
 * posts them in batches (`take`, at most `capacity` flights each) while it reads on.
 */
export class FlightColumnsBuilder {
  private columns: ColumnBuilder[];

  constructor(private readonly capacity = FLIGHT_BATCH) {
    this.columns = this.empty();
  }

  get length(): number {
    return this.columns[0]!.length; // the table is not empty
  }

  add(values: readonly unknown[]): void {
    const { columns } = this;
    if (columns[0]!.length >= this.capacity) {
      throw new RangeError(`a batch holds at most ${this.capacity} flights: take() them first`);
    }
    for (let i = 0; i < columns.length; i++) columns[i]!.add(values[i]); // i < FLIGHT_TABLE.length
  }

  /** The flights added since the last call, as columns; the builder starts empty again. */
  take(): FlightColumns {
    const n = this.length;
    const columns: Column[] = [];
    for (const column of this.columns) {
      const taken = column.take();
      if (taken !== undefined) columns.push(taken); // else no flight has the field
    }
    this.columns = this.empty();
    return { form: 'columns', length: n, columns };
  }

  private empty(): ColumnBuilder[] {
    return FLIGHT_TABLE.map((field, i) => new ColumnBuilder(field.name, BY_DICT[i]!, this.capacity));
  }
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
  private readonly builder: FlightColumnsBuilder;
  private posted = 0;

  constructor(
    private readonly post: (from: number, flights: FlightColumns) => void,
    private readonly batch = FLIGHT_BATCH,
  ) {
    this.builder = new FlightColumnsBuilder(batch);
  }

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

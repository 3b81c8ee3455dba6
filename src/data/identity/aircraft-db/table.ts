/**
 * The imported aircraft database as columns: a sorted Uint32Array of addresses and, per field, a code
 * per row into that field's dictionary of distinct texts (one string, cut by offsets). No object per row
 * is kept: 600,000 rows are a few typed arrays and eight strings, which cross postMessage (the arrays
 * transferred) and go into IndexedDB as they are. A lookup is a bucket by the address's top 12 bits, then
 * a binary search inside it (~8 steps), then one slice per field the row has.
 */
import type { AircraftDbInfo, AircraftLookup, AircraftRecord } from '../types';
import { AIRCRAFT_DB_FIELDS, type AircraftDbField } from './layout';

/** One field's column: `codes[row]` is 0 when the row has no value, else k for dictionary entry k - 1. */
export interface AircraftColumn {
  codes: Uint8Array | Uint16Array | Uint32Array;
  /** The dictionary's texts, one after another. */
  text: string;
  /** Entry j is `text.slice(starts[j], starts[j + 1])`; `starts.length` = entries + 1. */
  starts: Uint32Array;
}

/** The table as plain, structured-clonable columns (see {@link columnBuffers} to transfer them). */
export interface AircraftColumns {
  info: AircraftDbInfo;
  /** The rows' 24-bit addresses, strictly increasing. */
  addresses: Uint32Array;
  columns: Record<AircraftDbField, AircraftColumn>;
}

const BUCKET_BITS = 12;
const SHIFT = 24 - BUCKET_BITS;

/** The address of a 6-hex-digit icao24 (any case), or -1 for anything else. */
export function parseAddress(icao24: string): number {
  if (icao24.length !== 6) return -1;
  let value = 0;
  for (let i = 0; i < 6; i++) {
    const c = icao24.charCodeAt(i);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 102) d = c - 87;
    else if (c >= 65 && c <= 70) d = c - 55;
    else return -1;
    value = (value << 4) | d;
  }
  return value;
}

/** The contract's form of an address: 6 lower-case hex digits. */
export const hexOf = (address: number) => address.toString(16).padStart(6, '0');

export class AircraftTable implements AircraftLookup {
  readonly info: AircraftDbInfo;
  private readonly addresses: Uint32Array;
  private readonly columns: Record<AircraftDbField, AircraftColumn>;
  /** Rows of addresses with top bits b are buckets[b] … buckets[b + 1] - 1. */
  private readonly buckets: Uint32Array;

  private constructor(c: AircraftColumns) {
    this.info = c.info;
    this.addresses = c.addresses;
    this.columns = c.columns;
    const buckets = new Uint32Array((1 << BUCKET_BITS) + 1);
    const a = c.addresses;
    for (let i = 0, b = 0; b <= 1 << BUCKET_BITS; b++) {
      while (i < a.length && (a[i] ?? 0) >>> SHIFT < b) i++;
      buckets[b] = i;
    }
    this.buckets = buckets;
  }

  /**
   * The table over `columns` (kept, not copied). Throws an Error saying what is wrong when they are not
   * a table's columns (a damaged stored record, a message of another version).
   */
  static fromColumns(columns: AircraftColumns): AircraftTable {
    const problem = columnsProblem(columns);
    if (problem !== undefined) throw new Error(`The aircraft database is not readable: ${problem}.`);
    return new AircraftTable(columns);
  }

  /** How many aircraft (distinct addresses) the table holds. */
  get size(): number {
    return this.addresses.length;
  }

  /**
   * The columns, as they are (not copied): transferring their buffers ({@link columnBuffers}) leaves
   * this table empty, so transfer only a table that is not used afterwards.
   */
  toColumns(): AircraftColumns {
    return { info: this.info, addresses: this.addresses, columns: this.columns };
  }

  /** The row of an icao24 (6 hex digits, any case), or undefined. */
  get(icao24: string): AircraftRecord | undefined {
    const address = parseAddress(icao24);
    if (address < 0) return undefined;
    const row = this.rowOf(address);
    return row < 0 ? undefined : this.recordAt(row);
  }

  /** Row `row`'s record (0 … size - 1), in address order. */
  recordAt(row: number): AircraftRecord {
    const record: AircraftRecord = { icao24: hexOf(this.addresses[row] ?? 0) };
    for (const field of AIRCRAFT_DB_FIELDS) {
      const { codes, text, starts } = this.columns[field];
      const code = codes[row] ?? 0;
      if (code !== 0) record[field] = text.slice(starts[code - 1], starts[code]);
    }
    return record;
  }

  private rowOf(address: number): number {
    const a = this.addresses;
    const bucket = address >>> SHIFT;
    let lo = this.buckets[bucket] ?? 0;
    let hi = (this.buckets[bucket + 1] ?? 0) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = a[mid] ?? 0;
      if (v < address) lo = mid + 1;
      else if (v > address) hi = mid - 1;
      else return mid;
    }
    return -1;
  }
}

/** The buffers of the columns' typed arrays: the transfer list for postMessage. */
export function columnBuffers(columns: AircraftColumns): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [columns.addresses.buffer as ArrayBuffer];
  for (const field of AIRCRAFT_DB_FIELDS) {
    const c = columns.columns[field];
    buffers.push(c.codes.buffer as ArrayBuffer, c.starts.buffer as ArrayBuffer);
  }
  return [...new Set(buffers)];
}

const isCodes = (v: unknown): v is AircraftColumn['codes'] =>
  v instanceof Uint8Array || v instanceof Uint16Array || v instanceof Uint32Array;

/** Why `value` is not a table's columns, or undefined when it is (every check is one pass). */
export function columnsProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'it is not a record';
  const c = value as Partial<AircraftColumns>;
  const info = c.info as Partial<AircraftDbInfo> | undefined;
  if (
    typeof info !== 'object' ||
    info === null ||
    typeof info.name !== 'string' ||
    (info.layout !== 'opensky' && info.layout !== 'tar1090') ||
    typeof info.importedAt !== 'string' ||
    typeof info.rows !== 'number'
  )
    return 'its name, layout, date or row count is missing';
  const addresses = c.addresses;
  if (!(addresses instanceof Uint32Array)) return 'its addresses are missing';
  const n = addresses.length;
  if (info.rows !== n) return `it says ${info.rows} rows but holds ${n}`;
  for (let i = 1; i < n; i++) {
    if ((addresses[i] ?? 0) <= (addresses[i - 1] ?? 0)) return 'its addresses are out of order';
  }
  if (n > 0 && (addresses[n - 1] ?? 0) > 0xffffff) return 'an address is over 24 bits';
  if (typeof c.columns !== 'object' || c.columns === null) return 'its columns are missing';
  for (const field of AIRCRAFT_DB_FIELDS) {
    const col = (c.columns as Partial<Record<AircraftDbField, Partial<AircraftColumn>>>)[field];
    if (!col || !isCodes(col.codes) || !(col.starts instanceof Uint32Array) || typeof col.text !== 'string')
      return `its ${field} column is missing`;
    if (col.codes.length !== n) return `its ${field} column has ${col.codes.length} rows, not ${n}`;
    const { starts, text, codes } = col;
    if (starts.length === 0 || starts[0] !== 0 || starts[starts.length - 1] !== text.length)
      return `its ${field} texts are damaged`;
    for (let j = 1; j < starts.length; j++) {
      if ((starts[j] ?? 0) < (starts[j - 1] ?? 0)) return `its ${field} texts are damaged`;
    }
    const entries = starts.length - 1;
    for (let i = 0; i < n; i++) if ((codes[i] ?? 0) > entries) return `its ${field} column is damaged`;
  }
  return undefined;
}

/** Value checks and per-import caches for the validator (see validate.ts for why they are hand-written). */
import { daysInMonth, isIsoDate, sourceUrlProblem } from '../contract';

/** True for 4 ASCII letters or digits (either case). */
export function isAirportCode(text: string): boolean {
  if (text.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/** True for exactly 6 hex digits (either case). */
export function isIcao24(text: string): boolean {
  if (text.length !== 6) return false;
  for (let i = 0; i < 6; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/** What is wrong with a source URL, or undefined when it is valid: the one rule in contract/url.ts. */
export const urlProblem: (url: string) => string | undefined = sourceUrlProblem;

function digit(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48; // NaN past the end fails both tests
  return c >= 0 && c <= 9 ? c : -1;
}

function twoDigits(text: string, i: number): number {
  const a = digit(text, i);
  const b = digit(text, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/**
 * Same answer as the regex oracle tests/oracles/iso-date-time.ts (a property test checks it), written with char codes:
 * it runs for every departure and arrival time, and the regex + Date version dominated the validator.
 */
export function isDateTimeWithOffset(text: string): boolean {
  const n = text.length;
  if (n < 17 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84)
    return false;
  const y1 = twoDigits(text, 0);
  const y2 = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (y1 < 0 || y2 < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(y1 * 100 + y2, month))
    return false;
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  if (hour < 0 || hour > 23 || text.charCodeAt(13) !== 58 || minute < 0 || minute > 59) return false;
  let i = 16;
  if (text.charCodeAt(i) === 58) {
    const second = twoDigits(text, 17);
    if (second < 0 || second > 59) return false;
    i = 19;
    if (text.charCodeAt(i) === 46) {
      let j = i + 1;
      while (j < n && digit(text, j) >= 0) j++;
      if (j === i + 1 || j - i - 1 > 9) return false;
      i = j;
    }
  }
  const c = text.charCodeAt(i);
  if (c === 90) return i + 1 === n;
  if (c !== 43 && c !== 45) return false;
  const oh = twoDigits(text, i + 1);
  const om = twoDigits(text, i + 4);
  return i + 6 === n && text.charCodeAt(i + 3) === 58 && oh >= 0 && oh <= 18 && om >= 0 && om <= 59;
}

/** Distinct values {@link SeenValues.intern} keeps; past it, values are kept as they come. */
const MAX_INTERNED = 20_000;

/**
 * Per-import caches: the same dates, codes, names and URLs recur across many flights. The first
 * string seen for a value is handed back for every later equal one, so the flights share it: a parsed
 * file's strings lie scattered through the heap, and reading one shared string per day or airport
 * instead of one per flight made building the index ~2× faster after a 100k-flight CSV import (and
 * saves the memory of the copies).
 */
export class SeenValues {
  private readonly dates = new Map<string, string>();
  private readonly urls = new Set<string>();
  private readonly texts = new Map<string, string>();

  isDate(text: string): boolean {
    return this.canonicalDate(text) !== undefined;
  }

  /** The shared string for a valid `YYYY-MM-DD` date; undefined when `text` is not one. */
  canonicalDate(text: string): string | undefined {
    const known = this.dates.get(text);
    if (known !== undefined) return known;
    if (!isIsoDate(text)) return undefined;
    this.dates.set(text, text);
    return text;
  }

  /** The shared string equal to `text` (for values that repeat: operators, aircraft types). */
  intern(text: string): string {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    if (this.texts.size < MAX_INTERNED) this.texts.set(text, text);
    return text;
  }

  /** As {@link urlProblem}, remembering good URLs. */
  urlProblem(url: string): string | undefined {
    if (this.urls.has(url)) return undefined;
    const problem = urlProblem(url);
    if (problem === undefined) this.urls.add(url);
    return problem;
  }
}

/**
 * id → row, an open-addressing hash table sized once for the rows to come: the id check of every row
 * was the validator's largest cost with a Map (its growth rehashes, two lookups per row); this one
 * hashes each id once and does not grow when told the row count.
 */
export class IdRows {
  private keys: (string | undefined)[];
  private rows: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 0) {
    const capacity = capacityFor(expected);
    this.keys = new Array<string | undefined>(capacity).fill(undefined);
    this.rows = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /**
   * Makes room for `expected` ids in all, at once: a stream that learns its row count from the first
   * rows rehashes once here instead of at every doubling (~0.3 s at a million ids).
   */
  reserve(expected: number): void {
    const capacity = capacityFor(expected);
    if (capacity > this.keys.length) this.resize(capacity);
  }

  // The slot holding `id`, or the empty slot where it goes. The table is at most half full.
  private slot(id: string): number {
    let h = 0x811c9dc5; // FNV-1a over UTF-16 code units
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    let s = h & this.mask;
    for (;;) {
      const key = this.keys[s];
      if (key === undefined || key === id) return s;
      s = (s + 1) & this.mask;
    }
  }

  get(id: string): number | undefined {
    const s = this.slot(id);
    return this.keys[s] === undefined ? undefined : this.rows[s];
  }

  has(id: string): boolean {
    return this.keys[this.slot(id)] !== undefined;
  }

  set(id: string, row: number): this {
    const s = this.slot(id);
    if (this.keys[s] === undefined) {
      this.keys[s] = id;
      this.size++;
    }
    this.rows[s] = row;
    if (this.size * 2 > this.mask) this.resize(this.keys.length * 2);
    return this;
  }

  /**
   * The row of `id`'s first use, or undefined after recording `row` as it: one hash and one probe
   * where `get` then `set` take two.
   */
  firstOrSet(id: string, row: number): number | undefined {
    const s = this.slot(id);
    if (this.keys[s] !== undefined) return this.rows[s];
    this.keys[s] = id;
    this.rows[s] = row;
    this.size++;
    if (this.size * 2 > this.mask) this.resize(this.keys.length * 2);
    return undefined;
  }

  private resize(capacity: number): void {
    const { keys, rows } = this;
    this.keys = new Array<string | undefined>(capacity).fill(undefined);
    this.rows = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let s = 0; s < keys.length; s++) {
      const key = keys[s];
      if (key === undefined) continue;
      const to = this.slot(key);
      this.keys[to] = key;
      this.rows[to] = rows[s]!; // s < keys.length = rows.length
    }
  }
}

/** A power of two at least twice `expected`: the table stays at most half full. */
function capacityFor(expected: number): number {
  let capacity = 16;
  while (capacity < expected * 2) capacity *= 2;
  return capacity;
}

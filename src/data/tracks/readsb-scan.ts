/**
 * A readsb trace read straight from its UTF-8 bytes into typed arrays.
 *
 * Why not JSON.parse: it builds an array and a boxed number for each of the ~14 cells of every point,
 * and the reader then copies a few of them into typed arrays. Most of the import's time went on
 * building and collecting that garbage. This scanner reads only the cells the reader uses. The
 * `import-readsb` figure in `npm run bench` keeps the measurement, against bare JSON.parse.
 *
 * Only the plain shapes readsb writes go the fast way. A row with any other shape (a string where a
 * number belongs, an escape, an unusual cell) is parsed on its own with JSON.parse and goes through
 * the same row reader as everything else. Bytes that are not valid JSON, or a document that is not a
 * readsb trace, return `undefined`: the caller then parses the whole text, so the error messages are
 * the ones JSON.parse and the reader always gave. No message is produced here.
 */
import { grownTo } from './points';

/** Per-row bits of {@link ScannedTrace.kind}. */
export const ROW_GENERIC = 1; // parsed by JSON.parse; the value is in `generic`
export const ROW_NO_POSITION = 2; // lat or lon null or missing
export const ALT_GROUND = 4;
export const ALT_FEET = 8; // otherwise null or missing
export const ROW_DETAILS = 16; // `details` object in `details`

export interface ScannedTrace {
  /** Every top-level key but `trace`, as JSON.parse would give it. */
  readonly top: Record<string, unknown>;
  /** Rows in `trace`. */
  readonly n: number;
  readonly kind: Uint8Array;
  readonly dt: Float64Array;
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly alt: Float64Array;
  /** NaN where `flags` is null or missing. */
  readonly flags: Float64Array;
  readonly details: Map<number, unknown>;
  readonly generic: Map<number, unknown>;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const POW10 = new Float64Array([
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
]);
/**
 * The value of the last number read by {@link readNumber}: a return slot in a typed array, because a
 * double stored in a variable outside the function is boxed, an allocation per number.
 */
const numberSlot = new Float64Array(1);

// `c` is undefined past the end; `undefined >= 48` is false, so no separate test is needed.
const isSpace = (c: number | undefined): boolean => c === 32 || c === 10 || c === 13 || c === 9;
const isDigit = (c: number | undefined): c is number => (c as number) >= 48 && (c as number) <= 57;

function skipSpace(b: Uint8Array, i: number): number {
  while (isSpace(b[i])) i++;
  return i;
}

/**
 * A JSON number at `i`: its end, value in {@link numberSlot}; -1 if the grammar does not hold. Up
 * to 15 significant digits and no exponent, digits / 10^k is exact to the last bit (both are exact
 * doubles and one division rounds correctly), the same double JSON.parse gives; otherwise Number().
 */
function readNumber(b: Uint8Array, start: number): number {
  let i = start;
  let c = b[i];
  const negative = c === 45;
  if (negative) c = b[++i];
  let mantissa = 0;
  let digits = 0;
  let decimals = 0;
  if (c === 48) {
    c = b[++i];
    if (isDigit(c)) return -1;
  } else if (isDigit(c) && c !== 48) {
    do {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      c = b[++i];
    } while (isDigit(c));
  } else return -1;
  if (c === 46) {
    c = b[++i];
    if (!isDigit(c)) return -1;
    do {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      decimals++;
      c = b[++i];
    } while (isDigit(c));
  }
  if (c === 101 || c === 69) {
    c = b[++i];
    if (c === 43 || c === 45) c = b[++i];
    if (!isDigit(c)) return -1;
    while (isDigit(b[i])) i++;
    digits = 99;
  }
  if (digits > 15) {
    // A number no real trace writes (hundreds of digits): left to JSON.parse with its row.
    if (i - start > 64) return -1;
    numberSlot[0] = Number(String.fromCharCode(...b.subarray(start, i)));
    return i;
  }
  const value = mantissa / POW10[decimals]!;
  numberSlot[0] = negative ? -value : value;
  return i;
}

/** A string of printable ASCII without escapes at `i` (the opening quote): its end, or -1. */
function skipPlainString(b: Uint8Array, i: number): number {
  for (i++; ; i++) {
    const c = b[i];
    if (c === 34) return i + 1;
    if (c === undefined || c < 32 || c > 126 || c === 92) return -1;
  }
}

/** `null`, `true` or `false` at `i`: its end, or -1. */
function skipLiteral(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c === 110 && b[i + 1] === 117 && b[i + 2] === 108 && b[i + 3] === 108) return i + 4;
  if (c === 116 && b[i + 1] === 114 && b[i + 2] === 117 && b[i + 3] === 101) return i + 4;
  if (c === 102 && b[i + 1] === 97 && b[i + 2] === 108 && b[i + 3] === 115 && b[i + 4] === 101) return i + 5;
  return -1;
}

const isNull = (b: Uint8Array, i: number): boolean =>
  b[i] === 110 && b[i + 1] === 117 && b[i + 2] === 108 && b[i + 3] === 108;

/** `"ground"` at `i`. */
const isGround = (b: Uint8Array, i: number): boolean =>
  b[i + 1] === 103 &&
  b[i + 2] === 114 &&
  b[i + 3] === 111 &&
  b[i + 4] === 117 &&
  b[i + 5] === 110 &&
  b[i + 6] === 100 &&
  b[i + 7] === 34;

/**
 * The end of any JSON value at `i`, found by matching brackets outside strings; -1 if the bytes end
 * first. It does not validate: the slice goes to JSON.parse, which does.
 */
function skipValue(b: Uint8Array, i: number): number {
  let depth = 0;
  for (; i < b.length; i++) {
    const c = b[i]!;
    if (c === 34) {
      for (i++; i < b.length && b[i] !== 34; i++) if (b[i] === 92) i++;
      if (i >= b.length) return -1;
      if (depth === 0) return i + 1;
    } else if (c === 91 || c === 123) depth++;
    else if (c === 93 || c === 125) {
      if (depth === 0) return i;
      if (--depth === 0) return i + 1;
    } else if (depth === 0 && (c === 44 || isSpace(c))) return i;
  }
  return depth === 0 ? i : -1;
}

/** JSON.parse of `b[start, end)`; throws on bytes that are not UTF-8 or not JSON. */
function parseSlice(b: Uint8Array, start: number, end: number): unknown {
  return JSON.parse(strictUtf8.decode(b.subarray(start, end)));
}

class Rows {
  n = 0;
  kind: Uint8Array;
  dt: Float64Array;
  lat: Float64Array;
  lon: Float64Array;
  alt: Float64Array;
  flags: Float64Array;
  readonly details = new Map<number, unknown>();
  readonly generic = new Map<number, unknown>();

  /** `capacity`: a guess at the row count, so the arrays rarely grow. */
  constructor(capacity: number) {
    this.kind = new Uint8Array(capacity);
    this.dt = new Float64Array(capacity);
    this.lat = new Float64Array(capacity);
    this.lon = new Float64Array(capacity);
    this.alt = new Float64Array(capacity);
    this.flags = new Float64Array(capacity);
  }

  /** Room for row `k`. */
  reserve(k: number): void {
    if (k < this.kind.length) return;
    const size = this.kind.length * 2;
    this.kind = grownTo(this.kind, size);
    this.dt = grownTo(this.dt, size);
    this.lat = grownTo(this.lat, size);
    this.lon = grownTo(this.lon, size);
    this.alt = grownTo(this.alt, size);
    this.flags = grownTo(this.flags, size);
  }
}

/**
 * The scan buffers, kept from one file to the next. Measured: optimized code that reads the fields of a
 * short-lived buffer object is thrown away by the next full garbage collection ("weak objects"), and
 * the next file is then read by slower code while it is optimized again (4× slower just after a GC).
 * Buffers grown past {@link KEEP_ROWS} are let go after the file, so a huge file's memory is not held.
 */
let shared: Rows | undefined;
const KEEP_ROWS = 1 << 18;

function reusedRows(): Rows {
  shared ??= new Rows(1 << 15);
  shared.n = 0;
  shared.details.clear();
  shared.generic.clear();
  return shared;
}

/**
 * One row `[dt, lat, lon, alt, gs, track, flags, vrate, details, …]` at `i` in the plain shape: its
 * end (after `]`), or -1 when the row needs JSON.parse.
 */
function plainRow(b: Uint8Array, start: number, rows: Rows, k: number): number {
  let i = skipSpace(b, start + 1);
  let kind = 0;
  let flags = Number.NaN;
  let lat = 0;
  let lon = 0;
  let alt = 0;
  // dt: always a number.
  i = readNumber(b, i);
  if (i < 0) return -1;
  const dt = numberSlot[0]!;
  let hasLat = false;
  let hasLon = false;
  for (let cell = 1; ; cell++) {
    i = skipSpace(b, i);
    const sep = b[i];
    if (sep === 93) break;
    if (sep !== 44) return -1;
    i = skipSpace(b, i + 1);
    const c = b[i];
    if (cell === 1 || cell === 2) {
      if (isNull(b, i)) i += 4;
      else {
        i = readNumber(b, i);
        if (i < 0) return -1;
        if (cell === 1) {
          lat = numberSlot[0]!;
          hasLat = true;
        } else {
          lon = numberSlot[0]!;
          hasLon = true;
        }
      }
    } else if (cell === 3) {
      if (isNull(b, i)) i += 4;
      else if (c === 34) {
        // Only "ground" is a plain altitude string; any other goes to the reader to be named.
        if (!isGround(b, i)) return -1;
        kind |= ALT_GROUND;
        i += 8;
      } else {
        i = readNumber(b, i);
        if (i < 0) return -1;
        alt = numberSlot[0]!;
        kind |= ALT_FEET;
      }
    } else if (cell === 6) {
      if (isNull(b, i)) i += 4;
      else {
        i = readNumber(b, i);
        if (i < 0) return -1;
        flags = numberSlot[0]!;
      }
    } else if (cell === 8) {
      if (isNull(b, i)) i += 4;
      else if (c === 123) {
        const end = skipValue(b, i);
        if (end < 0) return -1;
        let details: unknown;
        try {
          details = parseSlice(b, i, end);
        } catch {
          return -1;
        }
        rows.details.set(k, details);
        kind |= ROW_DETAILS;
        i = end;
      } else return -1;
    } else if (c === 34) i = skipPlainString(b, i);
    else if (c === 45 || isDigit(c)) i = readNumber(b, i);
    else i = skipLiteral(b, i);
    if (i < 0) return -1;
  }
  if (!hasLat || !hasLon) kind |= ROW_NO_POSITION;
  rows.kind[k] = kind;
  rows.dt[k] = dt;
  rows.lat[k] = lat;
  rows.lon[k] = lon;
  rows.alt[k] = alt;
  rows.flags[k] = flags;
  return i + 1;
}

/** The rows of `trace` from `i` (its `[`): the index after its `]`, or -1. */
function scanRows(b: Uint8Array, start: number, rows: Rows): number {
  let i = skipSpace(b, start + 1);
  if (b[i] === 93) return i + 1;
  for (let k = 0; ; k++) {
    rows.reserve(k);
    let end = b[i] === 91 ? plainRow(b, i, rows, k) : -1;
    if (end < 0) {
      rows.details.delete(k);
      end = skipValue(b, i);
      if (end < 0) return -1;
      try {
        rows.generic.set(k, parseSlice(b, i, end));
      } catch {
        return -1;
      }
      rows.kind[k] = ROW_GENERIC;
    }
    rows.n = k + 1;
    i = skipSpace(b, end);
    if (b[i] === 93) return i + 1;
    if (b[i] !== 44) return -1;
    i = skipSpace(b, i + 1);
  }
}

/**
 * Scans a whole readsb document (UTF-8, BOM already removed). `undefined`: not valid JSON, a
 * repeated top-level key, no `trace` array or no `icao`; the caller then parses the text.
 */
export function scanReadsb(b: Uint8Array): ScannedTrace | undefined {
  const rows = reusedRows();
  // No prototype: a key such as `__proto__` or `constructor` is an ordinary key, as in JSON.parse.
  const top = Object.create(null) as Record<string, unknown>;
  let sawTrace = false;
  let i = skipSpace(b, 0);
  if (b[i] !== 123) return undefined;
  i = skipSpace(b, i + 1);
  if (b[i] !== 125) {
    for (;;) {
      if (b[i] !== 34) return undefined;
      const keyEnd = skipValue(b, i);
      if (keyEnd < 0) return undefined;
      let key: unknown;
      try {
        key = parseSlice(b, i, keyEnd);
      } catch {
        return undefined;
      }
      if (typeof key !== 'string' || Object.hasOwn(top, key) || (key === 'trace' && sawTrace))
        return undefined;
      i = skipSpace(b, keyEnd);
      if (b[i] !== 58) return undefined;
      i = skipSpace(b, i + 1);
      if (key === 'trace' && b[i] === 91) {
        i = scanRows(b, i, rows);
        if (i < 0) return undefined;
        sawTrace = true;
      } else {
        const end = skipValue(b, i);
        if (end <= i) return undefined;
        try {
          top[key] = parseSlice(b, i, end);
        } catch {
          return undefined;
        }
        i = end;
      }
      i = skipSpace(b, i);
      if (b[i] === 125) break;
      if (b[i] !== 44) return undefined;
      i = skipSpace(b, i + 1);
    }
  }
  if (skipSpace(b, i + 1) !== b.length) return undefined;
  if (!sawTrace || !Object.hasOwn(top, 'icao')) return undefined;
  // Copies: the buffers are scanned into again by the next file.
  const n = rows.n;
  const result: ScannedTrace = {
    top,
    n,
    kind: rows.kind.slice(0, n),
    dt: rows.dt.slice(0, n),
    lat: rows.lat.slice(0, n),
    lon: rows.lon.slice(0, n),
    alt: rows.alt.slice(0, n),
    flags: rows.flags.slice(0, n),
    details: new Map(rows.details),
    generic: new Map(rows.generic),
  };
  if (rows.kind.length > KEEP_ROWS) shared = undefined;
  return result;
}

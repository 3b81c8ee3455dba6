/**
 * The text index's tables (see text-index.ts): the distinct lower-cased field values, value → flights,
 * and trigram bucket → values, built in steps; and the lookup of a needle in them.
 */
import type { Flight } from '../contract';

/** Trigrams of three ASCII characters each have their own bucket: 7 bits a character. */
const ASCII_BUCKETS = 1 << 21;
/** Any other trigram is hashed into one of these (a shared bucket only adds values to verify). */
const HASHED_BUCKETS = 1 << 18;
const BUCKETS = ASCII_BUCKETS + HASHED_BUCKETS;

function bucket(a: number, b: number, c: number): number {
  if ((a | b | c) < 128) return (a << 14) | (b << 7) | c;
  return (
    ASCII_BUCKETS + ((Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> 14)
  );
}

/** The indexed part: built over one flights array, immutable afterwards. */
export interface Tables {
  readonly flights: readonly Flight[];
  /** Distinct lower-cased field values. */
  readonly values: readonly string[];
  /** The flights (positions) having value v: `valueFlights[valueStart[v] .. valueStart[v + 1])`. */
  readonly valueStart: Int32Array;
  readonly valueFlights: Int32Array;
  /** Ids of the values containing trigram bucket b, ascending: `gramValues[gramStart[b] .. gramStart[b + 1])`. */
  readonly gramStart: Int32Array;
  readonly gramValues: Int32Array;
  /** Values shorter than three characters (no trigram) and values with a non-ASCII character. */
  readonly unlisted: Int32Array;
  /** Bit c of `chars[4v + (c >> 5)]` (c < 128, bit c & 31) set when value v contains character c. */
  readonly chars: Uint32Array;
}

/** Values (or flights) handled between two looks at the clock while building in idle time. */
const CHUNK = 8192;

// Scratch for the trigram passes: the last value counted in each bucket. Kept (one per module, ~9 MB)
// rather than allocated per build: a large typed array counts as external memory, and allocating
// several per build set off full collections of the whole heap (a fifth of the build at 100k). A build
// that starts while another one (paused in idle time) holds it gets its own.
let scratch: Int32Array | undefined;
let scratchHeld = false;

/**
 * Counts (`count[g]`, fill = false) or writes, last slot first (fill = true), the values `[from, to)`
 * into their trigram buckets, each value once per bucket.
 */
function grams(
  values: readonly string[],
  seen: Int32Array,
  [from, to]: [number, number],
  count: Int32Array,
  out?: Int32Array,
) {
  const step = out ? -1 : 1;
  for (let v = out ? to - 1 : from; out ? v >= from : v < to; v += step) {
    const s = values[v]!;
    let a = s.charCodeAt(0);
    let b = s.charCodeAt(1);
    for (let p = 2; p < s.length; p++) {
      const c = s.charCodeAt(p);
      const g = bucket(a, b, c);
      if (seen[g] !== v) {
        seen[g] = v;
        if (out) out[--count[g]!] = v;
        else count[g]!++;
      }
      a = b;
      b = c;
    }
  }
}

/** Sets the bits of the ASCII characters of values `[from, to)` (one-character needles read them). */
function charsOf(values: readonly string[], [from, to]: [number, number], chars: Uint32Array) {
  for (let v = from; v < to; v++) {
    const s = values[v]!;
    for (let p = 0; p < s.length; p++) {
      const c = s.charCodeAt(p);
      if (c < 128) chars[4 * v + (c >> 5)]! |= 1 << (c & 31);
    }
  }
}

/**
 * Builds the tables in steps: each `yield` is a point where the caller may stop until its next idle
 * slice. Draining it at once builds them in one go.
 */
export function* buildTables(flights: readonly Flight[]): Generator<void, Tables> {
  const n = flights.length;
  const values: string[] = [];
  // One map from each spelling met and from each lower-cased value to the value's id: the same string
  // object comes back on thousands of flights with its hash cached, and most text is lower case
  // already (toLowerCase then returns the same string), so the usual miss costs one get and one set.
  const ids = new Map<string, number>();
  let most = 0;
  for (let i = 0; i < n; i++) most += 6 + 3 * flights[i]!.sources.length;
  // The values of flight i are `flightValues[flightStart[i] .. flightStart[i + 1])`.
  const flightValues = new Int32Array(most);
  const flightStart = new Int32Array(n + 1);
  let k = 0;
  const add = (x: unknown) => {
    // `join` writes null and undefined as nothing; an empty field can never hold a non-empty needle.
    if (x === undefined || x === null || x === '') return;
    const text = String(x);
    let v = ids.get(text);
    if (v === undefined) {
      const lower = text.toLowerCase();
      if (lower !== text) v = ids.get(lower);
      if (v === undefined) {
        v = values.length;
        values.push(lower);
        if (lower !== text) ids.set(lower, v);
      }
      ids.set(text, v);
    }
    flightValues[k++] = v;
  };
  for (let i = 0; i < n; i++) {
    const f = flights[i]!;
    // Ids are unique, so interning them would only cost a map entry each; a duplicate value is harmless.
    flightValues[k++] = values.length;
    values.push(String(f.id).toLowerCase());
    add(f.callsign);
    add(f.registration);
    add(f.operator);
    add(f.cargo);
    add(f.notes);
    for (const s of f.sources) {
      add(s.publisher);
      add(s.title);
      add(s.url);
    }
    flightStart[i + 1] = k;
    if (i % CHUNK === CHUNK - 1) yield;
  }
  // Value → flights, by counting sort (positions come out ascending).
  const m = values.length;
  const valueStart = new Int32Array(m + 1);
  for (let p = 0; p < k; p++) valueStart[flightValues[p]! + 1]!++;
  for (let v = 0; v < m; v++) valueStart[v + 1]! += valueStart[v]!;
  const valueFlights = new Int32Array(k);
  const at = valueStart.slice(0, m);
  for (let i = 0; i < n; i++) {
    for (let p = flightStart[i]!; p < flightStart[i + 1]!; p++) valueFlights[at[flightValues[p]!]!++] = i;
    if (i % CHUNK === CHUNK - 1) yield;
  }

  // Trigram bucket → values: count, sum (gramStart[g] = end of bucket g), then write each bucket from
  // its end down, the values in descending order, so that gramStart[g] ends at its start and every list
  // is ascending.
  const own = scratchHeld;
  scratchHeld = true;
  const seen = own ? new Int32Array(BUCKETS) : (scratch ??= new Int32Array(BUCKETS));
  try {
    const gramStart = new Int32Array(BUCKETS + 1);
    seen.fill(-1);
    const chars = new Uint32Array(4 * m);
    for (let v = 0; v < m; v += CHUNK) {
      grams(values, seen, [v, Math.min(m, v + CHUNK)], gramStart);
      charsOf(values, [v, Math.min(m, v + CHUNK)], chars);
      yield;
    }
    for (let g = 1; g <= BUCKETS; g++) gramStart[g]! += gramStart[g - 1]!;
    const gramValues = new Int32Array(gramStart[BUCKETS]!);
    seen.fill(-1);
    for (let v = m; v > 0; v -= CHUNK) {
      grams(values, seen, [Math.max(0, v - CHUNK), v], gramStart, gramValues);
      yield;
    }
    const unlisted: number[] = [];
    for (let v = 0; v < m; v++) if (values[v]!.length < 3 || !isAscii(values[v]!)) unlisted.push(v);
    return {
      flights,
      values,
      valueStart,
      valueFlights,
      gramStart,
      gramValues,
      unlisted: Int32Array.from(unlisted),
      chars,
    };
  } finally {
    if (!own) scratchHeld = false;
  }
}

function isAscii(s: string): boolean {
  for (let p = 0; p < s.length; p++) if (s.charCodeAt(p) > 127) return false;
  return true;
}

const postings = (t: Tables, g: number) => t.gramValues.subarray(t.gramStart[g]!, t.gramStart[g + 1]!);

/**
 * The entries of sorted `a` also in sorted `b` (galloping through `b`, as `a` is the shorter), written
 * to `out`, which may be `a`'s own buffer (each entry is written at or before where it was read).
 */
function intersect(a: Int32Array, b: Int32Array, out: Int32Array): Int32Array {
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length && j < b.length; i++) {
    const x = a[i]!;
    let step = 1;
    let hi = j;
    while (hi < b.length && b[hi]! < x) {
      j = hi + 1;
      hi += step;
      step *= 2;
    }
    hi = Math.min(hi, b.length);
    while (j < hi) {
      const mid = (j + hi) >>> 1;
      if (b[mid]! < x) j = mid + 1;
      else hi = mid;
    }
    if (j < b.length && b[j] === x) out[n++] = x;
  }
  return out.subarray(0, n);
}

/** Sets `mask` to 1 at the flights of every value of `t` containing `needle` (lower-cased, no NUL). */
export function markMatches(t: Tables, needle: string, mask: Uint8Array): void {
  const { values, valueStart, valueFlights } = t;
  const mark = (v: number) => {
    for (let k = valueStart[v]!; k < valueStart[v + 1]!; k++) mask[valueFlights[k]!] = 1;
  };
  const check = (v: number) => {
    if (values[v]!.includes(needle)) mark(v);
  };
  if (needle.length === 1 && needle.charCodeAt(0) < 128) {
    const c = needle.charCodeAt(0);
    const word = c >> 5;
    const bit = 1 << (c & 31);
    for (let v = 0; v < values.length; v++) if ((t.chars[4 * v + word]! & bit) !== 0) mark(v);
    return;
  }
  if (!isAscii(needle) || needle.length < 2) {
    for (let v = 0; v < values.length; v++) check(v);
    return;
  }
  // Values without trigrams, or with trigrams in hashed buckets, are checked one by one.
  for (const v of t.unlisted) check(v);
  if (needle.length === 2) {
    // A value of three or more characters contains "ab" exactly when it has a trigram "abX" or "Xab"
    // (a value met in several of these buckets marks its flights again, which is harmless).
    const a = needle.charCodeAt(0);
    const b = needle.charCodeAt(1);
    for (let x = 0; x < 128; x++) {
      for (const v of postings(t, bucket(a, b, x))) mark(v);
      for (const v of postings(t, bucket(x, a, b))) mark(v);
    }
    return;
  }
  const lists: Int32Array[] = [];
  for (let p = 2; p < needle.length; p++)
    lists.push(postings(t, bucket(needle.charCodeAt(p - 2), needle.charCodeAt(p - 1), needle.charCodeAt(p))));
  lists.sort((x, y) => x.length - y.length);
  let candidates = lists[0]!;
  // One buffer for every step: a broad needle's lists hold most values, megabytes each at 1M flights.
  const buffer = lists.length > 1 ? new Int32Array(candidates.length) : candidates;
  for (let k = 1; k < lists.length && candidates.length > 0; k++)
    candidates = intersect(candidates, lists[k]!, buffer);
  // Three ASCII characters have a bucket of their own: its values all contain the needle.
  if (needle.length === 3) for (const v of candidates) mark(v);
  else for (const v of candidates) check(v);
}

/**
 * A trigram index for the text filter: a case-insensitive substring of any one of a flight's text
 * fields (id, callsign, registration, operator, cargo, notes, each source's publisher, title and url),
 * the same answer as `textHaystack(index)[i].includes(needle)` without reading every flight.
 *
 * The fields' distinct lower-cased values are indexed, not the flights: most values repeat (operators,
 * publishers, cargo), so the trigram postings hold one entry per value rather than per flight. A query
 * intersects the postings of the needle's trigrams, checks the surviving values with `includes` and
 * marks their flights in a mask, so that the filter's per-flight test is one array read. Two
 * characters read the buckets of "abX" and "Xab"; one ASCII character reads a bit set per value; a
 * shorter needle with a non-ASCII character checks every value.
 *
 * An index is built once per FlightIndex, on the first text query or before it in idle slices
 * (warmTextIndex with a deadline), since it takes about twice the scan's joined text. An in-place
 * edit (updateIndex) yields a new FlightIndex with the same positions: the new one reuses the old
 * trigram tables and reads the flights whose object changed from their own text, until too many have.
 */
import type { Flight } from '../contract';
import { textHaystack, type FlightIndex } from './flight-index';
import { buildTables, markMatches, type Tables } from './text-index-tables';

/** A FlightIndex's text index: tables over some flights array, plus the positions changed since. */
interface Build {
  /** The flights the tables index. */
  readonly flights: readonly Flight[];
  /** The build's remaining steps; dropped once done, with the maps and arrays only the build used. */
  steps: Generator<void, Tables> | undefined;
  tables?: Tables;
}

interface TextIndex {
  readonly build: Build;
  readonly flights: readonly Flight[];
  /** Positions whose flight is not the one the tables indexed, ascending, and their lower-cased text. */
  readonly changed: Int32Array;
  readonly changedText: readonly (readonly string[])[];
  /** The last few needles' masks (bounded: a mask is one byte a flight). */
  readonly recent: Map<string, Uint8Array>;
}

/** Beyond this many changed flights the tables are built again. */
const MAX_CHANGED = 2048;
const RECENT = 4;

const byIndex = new WeakMap<FlightIndex, TextIndex>();
// An in-place edit keeps `day` (see index-update.ts): the latest text index of each lineage, so the
// next index of that lineage can start from it.
const byLineage = new WeakMap<Int32Array, TextIndex>();

/** A flight's lower-cased text fields, as `textHaystack` joins them. */
function fieldsOf(f: Flight): string[] {
  const parts: unknown[] = [f.id, f.callsign, f.registration, f.operator, f.cargo, f.notes];
  for (const s of f.sources) parts.push(s.publisher, s.title, s.url);
  return parts.filter((x) => x !== undefined && x !== null).map((x) => String(x).toLowerCase());
}

function textIndexOf(index: FlightIndex): TextIndex {
  const cached = byIndex.get(index);
  if (cached) return cached;
  const { flights } = index;
  const prev = byLineage.get(index.day);
  let next: TextIndex | undefined;
  if (prev && prev.flights.length === flights.length) {
    // Flights are never modified: a position whose object is the tables' own reads from the tables.
    const changed = new Set(prev.changed);
    const base = prev.build.flights;
    const old = prev.flights;
    for (let i = 0; i < flights.length && changed.size <= MAX_CHANGED; i++)
      if (flights[i] !== old[i]) changed.add(i);
    if (changed.size <= MAX_CHANGED) {
      const positions = Int32Array.from([...changed].filter((i) => flights[i] !== base[i])).sort();
      const changedText = Array.from(positions, (i) => fieldsOf(flights[i]!));
      next = { build: prev.build, flights, changed: positions, changedText, recent: new Map() };
    }
  }
  next ??= {
    build: { flights, steps: buildTables(flights) },
    flights,
    changed: new Int32Array(0),
    changedText: [],
    recent: new Map(),
  };
  byIndex.set(index, next);
  byLineage.set(index.day, next);
  return next;
}

/** Runs the build's steps while `more()` says so (all of them by default); the tables once done. */
function advance(build: Build, more: () => boolean = () => true): Tables | undefined {
  while (!build.tables && more()) {
    const step = build.steps!.next();
    if (step.done) {
      build.tables = step.value;
      build.steps = undefined;
    }
  }
  return build.tables;
}

/**
 * Builds the text index of `index` ahead of the first text filter. With `timeLeft` (an idle
 * deadline's `timeRemaining`), it stops when that reaches 1 ms and returns false; call it again in the
 * next idle slice to go on. Returns true once the index is built.
 */
export function warmTextIndex(index: FlightIndex, timeLeft?: () => number): boolean {
  return advance(textIndexOf(index).build, timeLeft && (() => timeLeft() > 1)) !== undefined;
}

/**
 * A mask over the index's positions: 1 where the flight has `needle` (trimmed, lower-cased,
 * non-empty) inside one of its text fields. The same needle again returns the same mask.
 */
export function textMatches(index: FlightIndex, needle: string): Uint8Array {
  const ti = textIndexOf(index);
  const recent = ti.recent.get(needle);
  if (recent) {
    ti.recent.delete(needle);
    ti.recent.set(needle, recent);
    return recent;
  }
  const mask = needle.includes('\u0000') ? scan(index, needle) : lookUp(ti, needle);
  if (ti.recent.size >= RECENT) ti.recent.delete(ti.recent.keys().next().value as string);
  ti.recent.set(needle, mask);
  return mask;
}

/** A needle holding the NUL separator may span two fields of the joined text: the plain scan. */
function scan(index: FlightIndex, needle: string): Uint8Array {
  const texts = textHaystack(index);
  return Uint8Array.from(texts, (s) => (s.includes(needle) ? 1 : 0));
}

function lookUp(ti: TextIndex, needle: string): Uint8Array {
  const mask = new Uint8Array(ti.flights.length);
  markMatches(advance(ti.build)!, needle, mask);
  ti.changed.forEach((i, k) => (mask[i] = ti.changedText[k]!.some((s) => s.includes(needle)) ? 1 : 0));
  return mask;
}

/** Bytes held by the index's typed arrays and its distinct values (one byte a character, as V8 stores ASCII). */
export function textIndexBytes(index: FlightIndex): number {
  const t = advance(textIndexOf(index).build)!;
  let chars = 0;
  for (const v of t.values) chars += v.length + 16;
  return (
    chars +
    8 * t.values.length +
    t.valueStart.byteLength +
    t.valueFlights.byteLength +
    t.gramStart.byteLength +
    t.gramValues.byteLength +
    t.unlisted.byteLength +
    t.chars.byteLength
  );
}

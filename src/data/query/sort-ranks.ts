/**
 * Sorting the table at a million flights: one rank column per sort key over the index's positions,
 * built once and cached, so that sorting a view is a counting sort of Int32Arrays with no string
 * compare per flight (issue 16: sort by any column at 1M within 100 ms; the per-view Set, Map and
 * collator work of `sortFlights` took 200–470 ms there).
 */
import { CONFIDENCES } from '../contract';
import type { Flight, SortKey } from '../contract';
import type { FlightIndex } from './flight-index';

/** The sort keys a rank column serves (date is the index order itself). */
export type RankKey = Exclude<SortKey, 'date'>;

export interface RankColumn {
  /** Rank of flight i's value, per index position; collator-equal values share a rank; missing = -1. */
  readonly ranks: Int32Array;
  /** Ranks run 0 … count-1. */
  readonly count: number;
  /** Rank of each value met (as `valueOf` gives it): what patching a column after an edit reads. */
  readonly rankOf: ReadonlyMap<string, number>;
}

/** The comparison `sortFlights` uses: numeric-aware, so "4K-AZ9" comes before "4K-AZ10". */
export const sortCollator = new Intl.Collator('en', { numeric: true });

/** The value a flight sorts by, per key (`sources`: the first source's publisher). */
const valueOf: Record<RankKey, (f: Flight) => string | undefined> = {
  origin: (f) => f.origin,
  destination: (f) => f.destination,
  operator: (f) => f.operator,
  callsign: (f) => f.callsign,
  aircraftType: (f) => f.aircraftType,
  registration: (f) => f.registration,
  confidence: (f) => f.confidence,
  sources: (f) => f.sources[0]?.publisher,
};

/**
 * Ranks of interned values: the distinct values (few next to flights) go through the collator once,
 * then each flight's rank is one typed-array read. An id with no value (-1) ranks -1.
 */
function ranksOfIds(ids: Int32Array, values: readonly string[]): RankColumn {
  const order = values.map((_, id) => id).sort((a, b) => sortCollator.compare(values[a]!, values[b]!));
  const rankOfId = new Int32Array(values.length);
  const rankOf = new Map<string, number>();
  let rank = -1;
  // order is a permutation of 0 … values.length-1, so every read below is in range.
  for (let k = 0; k < order.length; k++) {
    const id = order[k]!;
    if (k === 0 || sortCollator.compare(values[order[k - 1]!]!, values[id]!) !== 0) rank++;
    rankOfId[id] = rank;
    rankOf.set(values[id]!, rank);
  }
  const ranks = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    ranks[i] = id < 0 ? -1 : rankOfId[id]!;
  }
  return { ranks, count: rank + 1, rankOf };
}

/** Flights read per step of a build that reads the flight objects (a few ms each at 1M flights). */
const SLICE = 1 << 14;

/** A column's build as steps: it yields between slices of flights, so it can run in idle time. */
type Build = Generator<void, RankColumn>;

/** Interns one text per flight (undefined = -1) for the keys the index keeps no column of. */
function* internTexts(flights: readonly Flight[], textOf: (f: Flight) => string | undefined) {
  const idOf = new Map<string, number>();
  const values: string[] = [];
  const ids = new Int32Array(flights.length);
  // Runs of one value are common (a publisher over consecutive flights): skip the lookup.
  let last: string | undefined;
  let lastId = -1;
  for (let i = 0; i < flights.length; i++) {
    if (i % SLICE === SLICE - 1) yield;
    const text = textOf(flights[i]!);
    if (text !== last) {
      last = text;
      if (text === undefined) lastId = -1;
      else {
        let id = idOf.get(text);
        if (id === undefined) {
          id = values.length;
          values.push(text);
          idOf.set(text, id);
        }
        lastId = id;
      }
    }
    ids[i] = lastId;
  }
  return { ids, values };
}

const CONFIDENCE_RANKS: ReadonlyMap<string, number> = new Map(CONFIDENCES.map((c, i) => [c, i]));

function* confidenceRanks(index: FlightIndex): Build {
  const { confidence, flights } = index;
  const ranks = new Int32Array(flights.length);
  const synthetic = CONFIDENCES.indexOf('synthetic');
  // The index's code is exact except that it counts an unknown value as synthetic, where the sort (as
  // CONFIDENCES.indexOf) puts it with the missing ones: only those flights are read.
  for (let i = 0; i < ranks.length; i++) {
    if (i % SLICE === SLICE - 1) yield;
    const c = confidence[i]!;
    ranks[i] = c === synthetic && flights[i]!.confidence !== 'synthetic' ? -1 : c;
  }
  return { ranks, count: CONFIDENCES.length, rankOf: CONFIDENCE_RANKS };
}

function* buildRanks(index: FlightIndex, key: RankKey): Build {
  switch (key) {
    case 'confidence':
      return yield* confidenceRanks(index);
    // Interned by the index already: a few ms at 1M flights, no step.
    case 'origin':
      return ranksOfIds(index.origin, index.airports);
    case 'destination':
      return ranksOfIds(index.destination, index.airports);
    case 'operator':
      return ranksOfIds(index.operator, index.operators);
    case 'registration':
    case 'aircraftType':
    case 'callsign':
    case 'sources': {
      // Not lazyColumn for registration and type: its Int32Array.from(flights, fn) measured 2–3× this
      // loop at 1M flights, and a sort needs no id → value table kept.
      // Sources by the first publisher as written: the index interns publishers by publisherKey,
      // which joins spellings the collator tells apart, so its publisher ids would change the order.
      const { ids, values } = yield* internTexts(index.flights, valueOf[key]);
      return ranksOfIds(ids, values);
    }
  }
}

/**
 * The column of `flights`, from the column of the same key over `before` (an index an edit replaced
 * in place: same length, a few flights swapped): only the swapped flights are ranked. Undefined when
 * a swapped flight's value has no rank yet (a new value moves the others' ranks) or the lengths differ.
 */
function patchRanks(
  before: readonly Flight[],
  column: RankColumn,
  flights: readonly Flight[],
  key: RankKey,
): RankColumn | undefined {
  if (before.length !== flights.length) return undefined;
  const { rankOf } = column;
  let ranks: Int32Array | undefined;
  // Same length, so i is in range of both arrays and of column.ranks.
  for (let i = 0; i < flights.length; i++) {
    const f = flights[i]!;
    if (f === before[i]) continue;
    const value = valueOf[key](f);
    const r = value === undefined ? -1 : rankOf.get(value);
    if (r === undefined) return undefined;
    if (r === column.ranks[i]) continue;
    ranks ??= column.ranks.slice();
    ranks[i] = r;
  }
  return ranks ? { ranks, count: column.count, rankOf } : column;
}

/**
 * Cached by the index's flights array: ranks depend on the flights alone, and an index is never
 * modified (updateIndex returns a new index, with a new flights array when any flight changed, and
 * keeps the array when none did, so its columns are reused).
 */
const cache = new WeakMap<readonly Flight[], Map<RankKey, RankColumn>>();
/** Builds begun in idle time (warmRankColumns) and not finished yet. */
const started = new WeakMap<readonly Flight[], Map<RankKey, Build>>();
/** The last two flights arrays given columns, newest first: an edit's new index patches theirs. */
let recent: WeakRef<readonly Flight[]>[] = [];

function columnsOf<V>(map: WeakMap<readonly Flight[], Map<RankKey, V>>, flights: readonly Flight[]) {
  let byKey = map.get(flights);
  if (!byKey) map.set(flights, (byKey = new Map()));
  return byKey;
}

function keep(flights: readonly Flight[], key: RankKey, column: RankColumn): RankColumn {
  columnsOf(cache, flights).set(key, column);
  started.get(flights)?.delete(key);
  if (recent[0]?.deref() !== flights) recent = [new WeakRef(flights), ...recent.slice(0, 1)];
  return column;
}

/** The column patched from the last flights array's (an edit's new index), if that works. */
function patched(flights: readonly Flight[], key: RankKey): RankColumn | undefined {
  for (const ref of recent) {
    const before = ref.deref();
    const previous = before && before !== flights ? cache.get(before)?.get(key) : undefined;
    if (previous) return patchRanks(before!, previous, flights, key);
  }
  return undefined;
}

function finish(build: Build): RankColumn {
  for (;;) {
    const step = build.next();
    if (step.done) return step.value;
  }
}

/** The rank column of `key` over the index's positions, built on the first sort by that key. */
export function rankColumn(index: FlightIndex, key: RankKey): RankColumn {
  const { flights } = index;
  const column = cache.get(flights)?.get(key);
  if (column) return column;
  const build = started.get(flights)?.get(key);
  return keep(
    flights,
    key,
    build ? finish(build) : (patched(flights, key) ?? finish(buildRanks(index, key))),
  );
}

/** The keys warmed, cheapest first (the index interns the first three; the others read every flight). */
const WARM: RankKey[] = [
  'operator',
  'origin',
  'destination',
  'confidence',
  'sources',
  'aircraftType',
  'registration',
  'callsign',
];

/**
 * Builds (or patches) every key's rank column ahead of the first sort by it: at 1M flights a key the
 * index does not intern costs 200–500 ms to build, the sort on a built column ~40 ms. With `timeLeft`
 * (an idle deadline's `timeRemaining`) it stops when that reaches 1 ms and returns false; call it again
 * in the next idle slice to go on. Returns true once every column is built.
 */
export function warmRankColumns(index: FlightIndex, timeLeft?: () => number): boolean {
  const { flights } = index;
  for (const key of WARM) {
    if (cache.get(flights)?.has(key)) continue;
    if (timeLeft && timeLeft() <= 1) return false;
    const builds = columnsOf(started, flights);
    let build = builds.get(key);
    if (!build) {
      const patch = patched(flights, key);
      if (patch) {
        keep(flights, key, patch);
        continue;
      }
      builds.set(key, (build = buildRanks(index, key)));
    }
    for (;;) {
      const step = build.next();
      if (step.done) {
        keep(flights, key, step.value);
        break;
      }
      if (timeLeft && timeLeft() <= 1) return false;
    }
  }
  return true;
}

const walked = new WeakMap<readonly Flight[], { all: readonly Flight[]; positions: Int32Array }>();

/**
 * Index positions of `flights`, when they are a subsequence of the index's flights in index order
 * (what computeView returns); undefined otherwise. One pointer walk, no hashing: O(index size).
 * Remembered per array, which is taken as unchanged once given (as the store's memos take it).
 */
export function positionsIn(index: FlightIndex, flights: readonly Flight[]): Int32Array | undefined {
  const all = index.flights;
  // Re-sorting one view by another key (clicking headers) walks once, not per click.
  const known = walked.get(flights);
  if (known?.all === all) return known.positions;
  const positions = new Int32Array(flights.length);
  let j = 0;
  for (let k = 0; k < flights.length; k++) {
    const f = flights[k];
    while (j < all.length && all[j] !== f) j++;
    if (j === all.length) return undefined;
    positions[k] = j++;
  }
  walked.set(flights, { all, positions });
  return positions;
}

/**
 * Stable counting sort of `flights` (at index `positions`) by the rank column; missing values last
 * in both directions, ties in input order. Typed arrays only, plus the output array.
 */
export function sortByRanks(
  flights: readonly Flight[],
  positions: Int32Array,
  column: RankColumn,
  desc: boolean,
): Flight[] {
  const { ranks, count } = column;
  const m = flights.length;
  // Bucket per flight: its rank (reversed when descending); bucket `count` holds the missing values.
  const bucket = new Int32Array(m);
  const next = new Int32Array(count + 2);
  // k < m = positions.length; a position is < ranks.length; a bucket is in 0 … count.
  for (let k = 0; k < m; k++) {
    const r = ranks[positions[k]!]!;
    const b = r < 0 ? count : desc ? count - 1 - r : r;
    bucket[k] = b;
    next[b + 1]!++;
  }
  for (let b = 1; b < next.length; b++) next[b]! += next[b - 1]!;
  const out = new Array<Flight>(m);
  for (let k = 0; k < m; k++) out[next[bucket[k]!]!++] = flights[k]!;
  return out;
}

/**
 * The flight index: the dataset's flights in time order plus per-flight columns as typed arrays, so
 * that filtering and aggregation touch numbers, not strings.
 */
import { fastDayToDate } from '../contract';
import { timeOrder } from './index-order';
import { IndexInput, Interner, takeIndexInput } from './index-input';
import type { Dataset, Flight } from '../contract';

export interface FlightIndex {
  readonly dataset: Dataset;
  /**
   * The flights in time order: `date`, then `arrivalTime ?? departureTime` as an instant (a flight
   * without a time comes after the timed ones of its day), then `id` (code-unit order), then input order.
   */
  readonly flights: readonly Flight[];
  /** Day number (days since 1970-01-01 UTC) of each flight's `date`, ascending. */
  readonly day: Int32Array;
  /**
   * Day number of each flight's last possible day: its `dateEnd` when later than `date` (an imprecise
   * date, schema v2), else the same as `day`. Not sorted.
   */
  readonly dayEnd: Int32Array;
  /** Ids into `airports` (copied from the flight's route). */
  readonly origin: Int32Array;
  readonly destination: Int32Array;
  /** Ids into `routeOrigin` / `routeDestination`. */
  readonly route: Int32Array;
  /** Ids into `operators`; -1 where the field is absent. (Aircraft type and registration: lazyColumn.) */
  readonly operator: Int32Array;
  /** Position of the flight's confidence in `CONFIDENCES`. */
  readonly confidence: Uint8Array;
  /** 1 when the flight has two or more independent sources (distinct publishers, see publisherKey). */
  readonly multiSource: Uint8Array;
  /**
   * Publisher ids of flight i are `publisherIds[publisherStart[i] .. publisherStart[i + 1])`. Publishers
   * are interned by `publisherKey`, so every spelling of one publisher (and its republications) has one id.
   */
  readonly publisherStart: Int32Array;
  readonly publisherIds: Int32Array;
  /** Interned values, id → value. */
  readonly airports: readonly string[];
  readonly operators: readonly string[];
  /** Each publisher as the first flight citing it writes its original (`originalPublisher`). */
  readonly publishers: readonly string[];
  /** `publisherKey` → publisher id. */
  readonly publisherIdOf: ReadonlyMap<string, number>;
  /** Airport ids of each route's ends. */
  readonly routeOrigin: Int32Array;
  readonly routeDestination: Int32Array;
  /** Value → id. */
  readonly airportIds: ReadonlyMap<string, number>;
  readonly operatorIds: ReadonlyMap<string, number>;
}

/** Set on an `order` entry once its position has been filled (n < 2^31, so the bit is free). */
const DONE = 0x80000000;

/** Builds the index of a dataset: flights in time order and their columns. The dataset is not modified. */
export function createIndex(dataset: Dataset): FlightIndex {
  const input = dataset.flights;
  const n = input.length;
  // The first pass (index-input.ts), unless a streamed import made it batch by batch as they came.
  const first = takeIndexInput(input) ?? new IndexInput(n).add(input);
  const { day, dayEnd, instant, route, operator, confidence, inPublisherEnd, inPublisherIds } =
    first.columns();
  const { airports, operators, publishers, routeOrigin, routeDestination } = first;
  const order = timeOrder(input, day, instant);

  const routeFrom = Int32Array.from(routeOrigin);
  const routeTo = Int32Array.from(routeDestination);
  const gathered = gatherInTimeOrder(input, order, route, routeFrom, routeTo, inPublisherEnd, inPublisherIds);
  putInTimeOrder(order, day, dayEnd, route, operator, confidence);
  const { flights, origin, destination, multiSource, publisherStart, publisherIds } = gathered;

  return {
    dataset,
    origin,
    destination,
    flights,
    day,
    dayEnd: dayEnd ?? day.slice(),
    route,
    operator,
    confidence,
    multiSource,
    publisherStart,
    publisherIds,
    airports: airports.values,
    operators: operators.values,
    publishers: publishers.names,
    publisherIdOf: publishers.ids,
    routeOrigin: routeFrom,
    routeDestination: routeTo,
    airportIds: airports.ids,
    operatorIds: operators.ids,
  };
}

/**
 * The columns built in time order: flights, route ends, publishers. Each pass is its own function of
 * arrays passed one by one: a build runs each loop once, in optimised code only once V8 has compiled
 * it mid-loop, and in one long function the code after the first loop, with no type feedback yet in
 * this build, threw it back to the interpreter (see readFlights in index-input.ts).
 */
function gatherInTimeOrder(
  input: readonly Flight[],
  order: Uint32Array,
  route: Int32Array,
  routeFrom: Int32Array,
  routeTo: Int32Array,
  inPublisherEnd: Int32Array,
  inPublisherIds: readonly number[],
) {
  const n = input.length;
  const flights: Flight[] = new Array<Flight>(n);
  const origin = new Int32Array(n);
  const destination = new Int32Array(n);
  const multiSource = new Uint8Array(n);
  const publisherStart = new Int32Array(n + 1);
  const publisherIds = new Int32Array(inPublisherIds.length);
  let p = 0;
  // Every input-order array has n entries and `order` is a permutation of 0 … n-1 (checked: k < n),
  // so the `!` reads at i and k are in range; r < routeFrom.length, s < inPublisherIds.length likewise.
  for (let i = 0; i < n; i++) {
    const k = order[i]!;
    if (!(k < n)) throw new Error(`time order: position ${k} is out of range`);
    flights[i] = input[k]!;
    const r = route[k]!;
    origin[i] = routeFrom[r]!;
    destination[i] = routeTo[r]!;
    const from = k === 0 ? 0 : inPublisherEnd[k - 1]!;
    const to = inPublisherEnd[k]!;
    let multi = 0;
    for (let s = from; s < to; s++) {
      const id = inPublisherIds[s]!;
      if (id !== inPublisherIds[from]!) multi = 1;
      publisherIds[p++] = id;
    }
    multiSource[i] = multi;
    publisherStart[i + 1] = p;
  }
  return { flights, origin, destination, multiSource, publisherStart, publisherIds };
}

/**
 * Puts the columns read in input order in time order in place, one cycle of the permutation at a
 * time: position j takes what was at order[j]. Marking order[j] DONE leaves `order` spent.
 */
function putInTimeOrder(
  order: Uint32Array,
  day: Int32Array,
  dayEnd: Int32Array | undefined,
  route: Int32Array,
  operator: Int32Array,
  confidence: Uint8Array,
): void {
  const n = order.length;
  for (let i = 0; i < n; i++) {
    if (order[i]! >= DONE) continue;
    const dayI = day[i]!;
    const endI = dayEnd?.[i] ?? 0;
    const routeI = route[i]!;
    const operatorI = operator[i]!;
    const confidenceI = confidence[i]!;
    let j = i;
    for (;;) {
      const k = order[j]!; // < n: checked by gatherInTimeOrder, and not yet DONE (cycles are disjoint)
      order[j] = k + DONE;
      if (k === i) break;
      day[j] = day[k]!;
      if (dayEnd) dayEnd[j] = dayEnd[k]!;
      route[j] = route[k]!;
      operator[j] = operator[k]!;
      confidence[j] = confidence[k]!;
      j = k;
    }
    day[j] = dayI;
    if (dayEnd) dayEnd[j] = endI;
    route[j] = routeI;
    operator[j] = operatorI;
    confidence[j] = confidenceI;
  }
}

/** First index i with `day[i] >= target` (binary search; `day` is ascending). */
export function lowerBound(day: Int32Array, target: number): number {
  let lo = 0;
  let hi = day.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (day[mid]! < target)
      lo = mid + 1; // lo ≤ mid < hi ≤ day.length
    else hi = mid;
  }
  return lo;
}

/**
 * The largest number of days a flight's date range reaches past its `date` (`dayEnd - day`; 0 when
 * every date is known). A range filter starts its binary search that many days earlier.
 */
export function maxReach(index: FlightIndex): number {
  return spanOf(index).reach;
}

/** The last day any flight may have been on: the largest `dayEnd` (NaN when there are none). */
export function lastDay(index: FlightIndex): number {
  return spanOf(index).last;
}

// Both are a pass over a million days, asked on every filter change: once per `dayEnd` column (an
// index is never modified, and an update that moves no flight keeps the column).
const spans = new WeakMap<Int32Array, { day: Int32Array; reach: number; last: number }>();
function spanOf(index: FlightIndex): { reach: number; last: number } {
  const { day, dayEnd } = index;
  let span = spans.get(dayEnd);
  if (span?.day === day) return span;
  let reach = 0;
  let last = day[day.length - 1] ?? NaN;
  // dayEnd and day have the same length (n); only an imprecise flight can end after the last day.
  for (let i = 0; i < day.length; i++) {
    const e = dayEnd[i]!;
    if (e - day[i]! > reach) reach = e - day[i]!;
    if (e > last) last = e;
  }
  span = { day, reach, last };
  spans.set(dayEnd, span);
  return span;
}

/**
 * The first and last dates of the indexed flights (the last reaching to the end of an imprecise
 * date), or undefined when there are none.
 */
export function dataSpan(index: FlightIndex): { from: string; to: string } | undefined {
  const first = index.day[0];
  if (first === undefined) return undefined;
  return { from: fastDayToDate(first), to: fastDayToDate(lastDay(index)) };
}

type LazyField = 'registration' | 'aircraftType';
interface LazyColumn {
  ids: Int32Array;
  values: readonly string[];
  idOf: ReadonlyMap<string, number>;
}
const lazyColumns: Record<LazyField, WeakMap<FlightIndex, LazyColumn>> = {
  registration: new WeakMap(),
  aircraftType: new WeakMap(),
};

/**
 * Ids per flight (-1 when absent) and the distinct values of a field only some filters use, built on
 * the first such query: most sessions never filter by registration or aircraft type, and each
 * interned column costs a Map lookup per flight when the index is built.
 */
export function lazyColumn(index: FlightIndex, field: LazyField): LazyColumn {
  const cache = lazyColumns[field];
  let column = cache.get(index);
  if (!column) {
    const interner = new Interner();
    const ids = Int32Array.from(index.flights, (f) => interner.optional(f[field]));
    column = { ids, values: interner.values, idOf: interner.ids };
    cache.set(index, column);
  }
  return column;
}

const haystacks = new WeakMap<FlightIndex, string[]>();

/**
 * Lower-cased text of each flight (id, callsign, registration, operator, cargo, notes, and each source's
 * publisher, title and url), joined by NUL so a match never spans two fields. Built once, on the
 * first text query, so the index itself stays cheap to build.
 */
export function textHaystack(index: FlightIndex): readonly string[] {
  let texts = haystacks.get(index);
  if (texts) return texts;
  texts = index.flights.map((f) => {
    const parts = [f.id, f.callsign, f.registration, f.operator, f.cargo, f.notes];
    for (const s of f.sources) parts.push(s.publisher, s.title, s.url);
    return parts
      .filter((x) => x !== undefined)
      .join('\u0000')
      .toLowerCase();
  });
  haystacks.set(index, texts);
  return texts;
}

/**
 * Updating the flight index after one step, instead of building it again: an edit at 100,000 flights
 * must be saved and painted within 50 ms, and `createIndex` alone takes ~40 ms there.
 *
 * The previous index is reused when the step only changes flights in place without moving them in the
 * time order (same `date`, `dateEnd`, `arrivalTime`, `departureTime`, `id`): the flights keep their
 * positions, so only their columns change. The typed arrays that change are copied (an index is never
 * modified: selectors and caches keyed by the old one stay right), and new operators, airports,
 * publishers and routes are interned at the end of their tables.
 *
 * The result is equal to `createIndex` of the new dataset in meaning, not in every id: a value the
 * step made unused stays in its table (an operator no flight has any more), and a new value's id is the
 * next free one rather than its first-met position. Every reader goes through the ids (counts of 0 are
 * skipped), so nothing shows the difference; the property test compares the two column by column.
 *
 * Anything else — adds, deletes, a changed time-order key, a replace, or an index with a column this
 * module does not know — falls back to `createIndex`. Caches keyed by the index (`lazyColumn`) are
 * rebuilt for the new index on their first use; the text index and the sort rank columns start from
 * the previous index's tables (text-index.ts, sort-ranks.ts).
 */
import { CONFIDENCES, originalPublisher, publisherKey } from '../contract';
import type { Confidence, Dataset, Flight } from '../contract';
import type { FlightChange, Step } from '../edit';
import { createIndex, type FlightIndex } from './flight-index';

/** The fields that decide a flight's position in the time order (and the `day` column). */
const ORDER_KEYS = ['id', 'date', 'dateEnd', 'arrivalTime', 'departureTime'] as const;

/** Columns this module rewrites. */
const REWRITTEN = new Set([
  'dataset',
  'flights',
  'origin',
  'destination',
  'route',
  'operator',
  'confidence',
  'multiSource',
  'publisherStart',
  'publisherIds',
  'airports',
  'operators',
  'publishers',
  'publisherIdOf',
  'routeOrigin',
  'routeDestination',
  'airportIds',
  'operatorIds',
]);
/** Columns derived from the time-order keys only, so an in-place change leaves them as they are. */
const CARRIED = new Set(['day', 'dayEnd']);

const confidenceCode = (c: Confidence) => {
  const i = CONFIDENCES.indexOf(c);
  return i < 0 ? CONFIDENCES.indexOf('synthetic') : i;
};

const keepsOrder = (c: FlightChange): c is { before: Flight; after: Flight } =>
  c.before !== null && c.after !== null && ORDER_KEYS.every((k) => c.before![k] === c.after![k]);

/** A table of interned strings, copied on its first new value. */
class Table {
  private copied = false;
  constructor(
    public values: readonly string[],
    public ids: ReadonlyMap<string, number>,
  ) {}
  id(key: string, value = key): number {
    const id = this.ids.get(key);
    if (id !== undefined) return id;
    if (!this.copied) {
      this.values = this.values.slice();
      this.ids = new Map(this.ids);
      this.copied = true;
    }
    const next = this.values.length;
    (this.values as string[]).push(value);
    (this.ids as Map<string, number>).set(key, next);
    return next;
  }
}

/** Positions in `flights` of the changes' `before` flights (by identity); undefined if one is missing. */
function positionsOf(
  flights: readonly Flight[],
  changes: readonly { before: Flight }[],
): number[] | undefined {
  if (changes.length <= 16) {
    const out = changes.map((c) => flights.indexOf(c.before));
    return out.includes(-1) ? undefined : out;
  }
  const wanted = new Map<Flight, number>();
  changes.forEach((c, k) => wanted.set(c.before, k));
  const out = new Array<number>(changes.length).fill(-1);
  for (let i = 0; i < flights.length; i++) {
    const k = wanted.get(flights[i]!);
    if (k !== undefined) out[k] = i;
  }
  return out.includes(-1) ? undefined : out;
}

/** A typed array copied on the first write that changes it. */
function copyOnWrite<T extends Int32Array | Uint8Array>(array: T) {
  let out = array;
  return {
    set(i: number, v: number) {
      if (out[i] === v) return;
      if (out === array) out = array.slice() as T;
      out[i] = v;
    },
    get: () => out,
  };
}

/**
 * The index of `dataset`, the result of `step` (direction 'apply') or of its undo ('revert') on the
 * dataset `prev` indexes. Reuses `prev` where it can (see the module comment).
 */
export function updateIndex(
  prev: FlightIndex,
  dataset: Dataset,
  step: Step,
  direction: 'apply' | 'revert' = 'apply',
): FlightIndex {
  if (step.replace) return createIndex(dataset);
  if (Object.keys(prev).some((k) => !REWRITTEN.has(k) && !CARRIED.has(k))) return createIndex(dataset);
  const raw = step.flights ?? [];
  if (raw.length === 0)
    return dataset.flights === prev.dataset.flights ? { ...prev, dataset } : createIndex(dataset);
  const changes = direction === 'apply' ? raw : raw.map((c) => ({ before: c.after, after: c.before }));
  if (!changes.every(keepsOrder) || dataset.flights.length !== prev.flights.length)
    return createIndex(dataset);
  const at = positionsOf(prev.flights, changes);
  if (!at) return createIndex(dataset);

  const airports = new Table(prev.airports, prev.airportIds);
  const operators = new Table(prev.operators, prev.operatorIds);
  const publishers = new Table(prev.publishers, prev.publisherIdOf);
  let routeOrigin = prev.routeOrigin;
  let routeDestination = prev.routeDestination;
  let routeOf: Map<string, number> | undefined;
  const routeId = (o: number, d: number, old: number): number => {
    if (prev.routeOrigin[old] === o && prev.routeDestination[old] === d) return old;
    if (!routeOf) {
      routeOf = new Map();
      for (let r = 0; r < routeOrigin.length; r++) routeOf.set(`${routeOrigin[r]},${routeDestination[r]}`, r);
    }
    const key = `${o},${d}`;
    let r = routeOf.get(key);
    if (r === undefined) {
      r = routeOrigin.length;
      routeOf.set(key, r);
      routeOrigin = Int32Array.from([...routeOrigin, o]);
      routeDestination = Int32Array.from([...routeDestination, d]);
    }
    return r;
  };

  const flights = prev.flights.slice();
  const origin = copyOnWrite(prev.origin);
  const destination = copyOnWrite(prev.destination);
  const route = copyOnWrite(prev.route);
  const operator = copyOnWrite(prev.operator);
  const confidence = copyOnWrite(prev.confidence);
  const multiSource = copyOnWrite(prev.multiSource);
  // Publisher ids of each changed flight, by position; spliced into the flat arrays below.
  const sourceIds = new Map<number, number[]>();
  let resized = false;

  changes.forEach((c, k) => {
    const i = at[k]!;
    const f = c.after;
    flights[i] = f;
    const o = airports.id(f.origin);
    const d = airports.id(f.destination);
    route.set(i, routeId(o, d, prev.route[i]!));
    origin.set(i, o);
    destination.set(i, d);
    operator.set(i, f.operator === undefined ? -1 : operators.id(f.operator));
    confidence.set(i, confidenceCode(f.confidence));
    const ids = f.sources.map((s) =>
      publishers.id(publisherKey(s.publisher), originalPublisher(s.publisher)),
    );
    multiSource.set(i, ids.some((id) => id !== ids[0]) ? 1 : 0);
    sourceIds.set(i, ids);
    if (ids.length !== prev.publisherStart[i + 1]! - prev.publisherStart[i]!) resized = true;
  });

  let publisherStart = prev.publisherStart;
  let publisherIds: Int32Array;
  if (!resized) {
    publisherIds = prev.publisherIds.slice();
    for (const [i, ids] of sourceIds) publisherIds.set(ids, publisherStart[i]!);
  } else {
    const n = flights.length;
    let total = prev.publisherIds.length;
    for (const [i, ids] of sourceIds)
      total += ids.length - (prev.publisherStart[i + 1]! - prev.publisherStart[i]!);
    publisherStart = new Int32Array(n + 1);
    publisherIds = new Int32Array(total);
    let p = 0;
    for (let i = 0; i < n; i++) {
      const ids = sourceIds.get(i);
      if (ids) publisherIds.set(ids, p);
      else
        publisherIds.set(prev.publisherIds.subarray(prev.publisherStart[i]!, prev.publisherStart[i + 1]!), p);
      p += ids ? ids.length : prev.publisherStart[i + 1]! - prev.publisherStart[i]!;
      publisherStart[i + 1] = p;
    }
  }

  return {
    ...prev,
    dataset,
    flights,
    origin: origin.get(),
    destination: destination.get(),
    route: route.get(),
    operator: operator.get(),
    confidence: confidence.get(),
    multiSource: multiSource.get(),
    publisherStart,
    publisherIds,
    airports: airports.values,
    airportIds: airports.ids,
    operators: operators.values,
    operatorIds: operators.ids,
    publishers: publishers.values,
    publisherIdOf: publishers.ids,
    routeOrigin,
    routeDestination,
  };
}

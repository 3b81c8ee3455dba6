/**
 * The first pass of an index build (flight-index.ts createIndex): one read of each flight object, in
 * input order, into columns in input order, which the build then puts in time order. A streamed import
 * feeds it batch by batch as the flights arrive (`add`), while the worker is still reading, and
 * remembers it for the dataset's flights (`rememberIndexInput`): the build after the last batch then
 * starts from the time order.
 */
import { fastDayNumber, originalPublisher, publisherKey } from '../contract';
import type { Confidence, Flight } from '../contract';
import { instantOf } from './index-order';

/** Position in CONFIDENCES (an unknown value counts as synthetic); comparisons beat a Map lookup here. */
function confidenceCode(c: Confidence): number {
  return c === 'synthetic' ? 3 : c === 'inferred' ? 2 : c === 'reported' ? 1 : c === 'confirmed' ? 0 : 3;
}

/** The id of `value` in (ids, values), added at the end when new. */
function internedId(ids: Map<string, number>, values: string[], value: string): number {
  let id = ids.get(value);
  if (id === undefined) {
    id = values.length;
    values.push(value);
    ids.set(value, id);
  }
  return id;
}

export class Interner {
  readonly values: string[] = [];
  readonly ids = new Map<string, number>();
  id(value: string): number {
    return internedId(this.ids, this.values, value);
  }
  optional(value: string | undefined): number {
    return value === undefined ? -1 : this.id(value);
  }
}

/** Interns publishers by publisherKey; the name kept is the first one met. */
export class PublisherInterner {
  readonly names: string[] = [];
  readonly ids = new Map<string, number>();
  // The same text is met again and again (one publisher on thousands of flights): its id, without
  // normalising it again.
  readonly byText = new Map<string, number>();
  id(publisher: string): number {
    return publisherId(this.byText, this.ids, this.names, publisher);
  }
}

/** A publisher text's id: looked up by its text, else interned by its publisherKey. */
function publisherId(
  byText: Map<string, number>,
  ids: Map<string, number>,
  names: string[],
  publisher: string,
): number {
  let id = byText.get(publisher);
  if (id !== undefined) return id;
  const key = publisherKey(publisher);
  id = ids.get(key);
  if (id === undefined) {
    id = names.length;
    names.push(originalPublisher(publisher));
    ids.set(key, id);
  }
  byText.set(publisher, id);
  return id;
}

/** The input-order columns, each exactly `length` long. */
export interface InputColumns {
  day: Int32Array;
  /** Allocated at the first flight with a dateEnd (most have none). */
  dayEnd: Int32Array | undefined;
  instant: Float64Array;
  route: Int32Array;
  operator: Int32Array;
  confidence: Uint8Array;
  /** End of flight k's publishers in `inPublisherIds` (they start where flight k - 1's end). */
  inPublisherEnd: Int32Array;
  inPublisherIds: number[];
}

function grown<T extends Int32Array | Float64Array | Uint8Array>(
  array: T,
  capacity: number,
  make: (n: number) => T,
): T {
  const next = make(capacity);
  next.set(array);
  return next;
}

export class IndexInput {
  /** Flights read so far. */
  length = 0;
  readonly airports = new Interner();
  readonly operators = new Interner();
  readonly publishers = new PublisherInterner();
  readonly routeOrigin: number[] = [];
  readonly routeDestination: number[] = [];
  // Route id by origin, then destination: two lookups, no key string to build.
  private readonly routeIds = new Map<string, Map<string, number>>();
  private day: Int32Array;
  private dayEnd: Int32Array | undefined;
  private instant: Float64Array;
  private route: Int32Array;
  private operator: Int32Array;
  private confidence: Uint8Array;
  private inPublisherEnd: Int32Array;
  // A plain array: on the JS heap, so growing it does not count as external memory.
  private readonly inPublisherIds: number[] = [];
  // The validator hands every flight of one day the same date string: runs of one day cost a compare.
  private lastDate: string | undefined;
  private lastDay = 0;

  /**
   * `capacity`: the flights expected (the columns grow past it). Typed arrays live outside the JS heap:
   * a build that allocates more than V8's 64 MB of external memory since the last GC starts a full mark
   * of the heap, so a whole build sizes them once.
   */
  constructor(capacity: number) {
    this.day = new Int32Array(capacity);
    this.instant = new Float64Array(capacity);
    this.route = new Int32Array(capacity);
    this.operator = new Int32Array(capacity);
    this.confidence = new Uint8Array(capacity);
    this.inPublisherEnd = new Int32Array(capacity);
  }

  /** Reads `flights` as the next ones after those already read. */
  add(flights: readonly Flight[]): this {
    const from = this.length;
    const to = from + flights.length;
    if (to > this.day.length) this.grow(Math.max(to, this.day.length * 2));
    const { airports, operators, publishers } = this;
    // Positional arguments, not objects: see readFlights.
    [this.dayEnd, this.lastDate, this.lastDay] = readFlights(
      flights,
      from,
      this.day,
      this.dayEnd,
      this.instant,
      this.route,
      this.operator,
      this.confidence,
      this.inPublisherEnd,
      this.inPublisherIds,
      this.lastDate,
      this.lastDay,
      this.routeIds,
      this.routeOrigin,
      this.routeDestination,
      airports.ids,
      airports.values,
      operators.ids,
      operators.values,
      publishers.byText,
      publishers.ids,
      publishers.names,
    );
    this.length = to;
    return this;
  }

  /** The columns of the flights read, each `length` long (the build permutes them in place). */
  columns(): InputColumns {
    const n = this.length;
    const fit = <T extends Int32Array | Float64Array | Uint8Array>(a: T): T =>
      a.length === n ? a : (a.slice(0, n) as T);
    return {
      day: fit(this.day),
      dayEnd: this.dayEnd && fit(this.dayEnd),
      instant: fit(this.instant),
      route: fit(this.route),
      operator: fit(this.operator),
      confidence: fit(this.confidence),
      inPublisherEnd: fit(this.inPublisherEnd),
      inPublisherIds: this.inPublisherIds,
    };
  }

  private grow(capacity: number): void {
    this.day = grown(this.day, capacity, (n) => new Int32Array(n));
    if (this.dayEnd) this.dayEnd = grown(this.dayEnd, capacity, (n) => new Int32Array(n));
    this.instant = grown(this.instant, capacity, (n) => new Float64Array(n));
    this.route = grown(this.route, capacity, (n) => new Int32Array(n));
    this.operator = grown(this.operator, capacity, (n) => new Int32Array(n));
    this.confidence = grown(this.confidence, capacity, (n) => new Uint8Array(n));
    this.inPublisherEnd = grown(this.inPublisherEnd, capacity, (n) => new Int32Array(n));
  }
}

/**
 * The loop of {@link IndexInput.add}, a free function of typed arrays, arrays and Maps passed one by
 * one. A build runs it once per dataset, so it runs in optimised code only once V8 has compiled it
 * mid-loop. Code that reads an object's fields is compiled against that object's hidden class, and the
 * class of an object made per build (a class instance, a literal, a spread) dies with it at the next
 * full GC and throws the code away: the next build starts again in the interpreter. The arguments
 * here have classes that never die (measured: the 100k build after a full GC, 93 → 55 ms, mean of 30).
 * Returns the new dayEnd column (when one was needed), the last date read and its day number.
 */
function readFlights(
  flights: readonly Flight[],
  from: number,
  day: Int32Array,
  dayEndSoFar: Int32Array | undefined,
  instant: Float64Array,
  route: Int32Array,
  operator: Int32Array,
  confidence: Uint8Array,
  inPublisherEnd: Int32Array,
  inPublisherIds: number[],
  lastDateSoFar: string | undefined,
  lastDaySoFar: number,
  routeIds: Map<string, Map<string, number>>,
  routeOrigin: number[],
  routeDestination: number[],
  airportIds: Map<string, number>,
  airports: string[],
  operatorIds: Map<string, number>,
  operators: string[],
  publisherByText: Map<string, number>,
  publisherIds: Map<string, number>,
  publishers: string[],
): [Int32Array | undefined, string | undefined, number] {
  let dayEnd = dayEndSoFar;
  let lastDate = lastDateSoFar;
  let lastDay = lastDaySoFar;
  // Flights in a row mostly cite the same publisher: a compare, not a lookup.
  let lastPublisher: string | undefined;
  let lastPublisherId = -1;
  const to = from + flights.length;
  for (let k = from; k < to; k++) {
    const f = flights[k - from]!; // k - from < flights.length
    const date = f.date;
    if (date !== lastDate) {
      lastDate = date;
      lastDay = fastDayNumber(date);
    }
    day[k] = lastDay;
    const end = f.dateEnd;
    if (end !== undefined && dayEnd === undefined) {
      dayEnd = new Int32Array(day.length);
      dayEnd.set(day.subarray(0, k));
    }
    // The validator refuses a dateEnd before date; were one to slip in, it would read as no range.
    if (dayEnd !== undefined) dayEnd[k] = end === undefined ? lastDay : Math.max(lastDay, fastDayNumber(end));
    instant[k] = instantOf(f);
    let byDestination = routeIds.get(f.origin);
    if (!byDestination) routeIds.set(f.origin, (byDestination = new Map()));
    let r = byDestination.get(f.destination);
    if (r === undefined) {
      r = routeOrigin.length;
      byDestination.set(f.destination, r);
      routeOrigin.push(internedId(airportIds, airports, f.origin));
      routeDestination.push(internedId(airportIds, airports, f.destination));
    }
    route[k] = r;
    const op = f.operator;
    operator[k] = op === undefined ? -1 : internedId(operatorIds, operators, op);
    confidence[k] = confidenceCode(f.confidence);
    const sources = f.sources;
    for (let s = 0; s < sources.length; s++) {
      const publisher = sources[s]!.publisher;
      if (publisher !== lastPublisher) {
        lastPublisher = publisher;
        lastPublisherId = publisherId(publisherByText, publisherIds, publishers, publisher);
      }
      inPublisherIds.push(lastPublisherId);
    }
    inPublisherEnd[k] = inPublisherIds.length;
  }
  return [dayEnd, lastDate, lastDay];
}

const inputOf = new WeakMap<readonly Flight[], IndexInput>();

/**
 * Remembers that `input` read exactly `flights`, in order (a streamed import, batch by batch); the next
 * index build of those flights takes it. Ignored unless it read as many flights as there are.
 */
export function rememberIndexInput(flights: readonly Flight[], input: IndexInput): void {
  if (input.length === flights.length) inputOf.set(flights, input);
}

/** The input remembered for `flights` (then forgotten: a build permutes its columns in place). */
export function takeIndexInput(flights: readonly Flight[]): IndexInput | undefined {
  const input = inputOf.get(flights);
  inputOf.delete(flights);
  return input !== undefined && input.length === flights.length ? input : undefined;
}

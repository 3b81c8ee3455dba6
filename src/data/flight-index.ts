/**
 * The flight index: the dataset's flights in time order plus per-flight columns as typed arrays, so
 * that filtering and aggregation touch numbers, not strings.
 */
import { dayNumber, dayToDate } from './time';
import { CONFIDENCES } from './types';
import type { Confidence, Dataset, Flight } from './types';

export interface FlightIndex {
  readonly dataset: Dataset;
  /**
   * The flights in time order: `date`, then `arrivalTime ?? departureTime` as an instant (a flight
   * without a time comes after the timed ones of its day), then `id` (code-unit order), then input order.
   */
  readonly flights: readonly Flight[];
  /** Day number (days since 1970-01-01 UTC) of each flight's `date`, ascending. */
  readonly day: Int32Array;
  /** Ids into `airports`. */
  readonly origin: Int32Array;
  readonly destination: Int32Array;
  /** Ids into `routeOrigin` / `routeDestination`. */
  readonly route: Int32Array;
  /** Ids into `operators`, `aircraftTypes`, `registrations`; -1 where the field is absent. */
  readonly operator: Int32Array;
  readonly aircraft: Int32Array;
  readonly registration: Int32Array;
  /** Position of the flight's confidence in `CONFIDENCES`. */
  readonly confidence: Uint8Array;
  /** 1 when the flight has two or more sources. */
  readonly multiSource: Uint8Array;
  /** Publisher ids of flight i are `publisherIds[publisherStart[i] .. publisherStart[i + 1])`. */
  readonly publisherStart: Int32Array;
  readonly publisherIds: Int32Array;
  /** Interned values, id → value. */
  readonly airports: readonly string[];
  readonly operators: readonly string[];
  readonly aircraftTypes: readonly string[];
  readonly registrations: readonly string[];
  readonly publishers: readonly string[];
  /** Airport ids of each route's ends. */
  readonly routeOrigin: Int32Array;
  readonly routeDestination: Int32Array;
  /** Value → id. */
  readonly airportIds: ReadonlyMap<string, number>;
  readonly operatorIds: ReadonlyMap<string, number>;
  readonly aircraftTypeIds: ReadonlyMap<string, number>;
}

const CONFIDENCE_CODE = new Map<Confidence, number>(CONFIDENCES.map((c, i) => [c, i]));

class Interner {
  readonly values: string[] = [];
  readonly ids = new Map<string, number>();
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
  optional(value: string | undefined): number {
    return value === undefined ? -1 : this.id(value);
  }
}

/** Instant in ms of the flight's arrival (or departure) time; +Infinity when it has none. */
export function instantOf(flight: Flight): number {
  const t = flight.arrivalTime ?? flight.departureTime;
  if (t === undefined) return Infinity;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? Infinity : ms;
}

/**
 * The permutation that puts the flights in time order. A counting sort on the day number does most
 * of the work (stable, linear); only flights sharing a day are compared by instant and id.
 */
function timeOrder(flights: readonly Flight[], day: Int32Array): Uint32Array {
  const n = flights.length;
  const order = new Uint32Array(n);
  if (n === 0) return order;
  let min = day[0];
  let max = day[0];
  for (let i = 1; i < n; i++) {
    const d = day[i];
    if (d < min) min = d;
    else if (d > max) max = d;
  }
  const instant = new Float64Array(n);
  for (let i = 0; i < n; i++) instant[i] = instantOf(flights[i]);
  const compare = (a: number, b: number): number => {
    const byDay = day[a] - day[b];
    if (byDay !== 0) return byDay;
    const ta = instant[a];
    const tb = instant[b];
    if (ta !== tb) return ta < tb ? -1 : 1;
    const ia = flights[a].id;
    const ib = flights[b].id;
    if (ia !== ib) return ia < ib ? -1 : 1;
    return a - b;
  };
  const span = max - min + 1;
  if (!(span <= 4 * n + 4096)) {
    // Sparse or nonsensical spread of dates: a comparison sort is cheaper than a huge count table.
    for (let i = 0; i < n; i++) order[i] = i;
    return order.sort(compare);
  }
  const start = new Int32Array(span + 1);
  for (let i = 0; i < n; i++) start[day[i] - min + 1]++;
  for (let k = 1; k <= span; k++) start[k] += start[k - 1];
  const next = start.slice(0, span);
  for (let i = 0; i < n; i++) order[next[day[i] - min]++] = i;
  for (let k = 0; k < span; k++) {
    const s = start[k];
    const e = start[k + 1];
    if (e - s < 2) continue;
    let sorted = true;
    for (let j = s + 1; j < e && sorted; j++) sorted = compare(order[j - 1], order[j]) < 0;
    if (!sorted) order.subarray(s, e).sort(compare);
  }
  return order;
}

/** Builds the index of a dataset: flights in time order and their columns. The dataset is not modified. */
export function createIndex(dataset: Dataset): FlightIndex {
  const input = dataset.flights;
  const n = input.length;
  const inputDay = new Int32Array(n);
  for (let i = 0; i < n; i++) inputDay[i] = dayNumber(input[i].date);
  const order = timeOrder(input, inputDay);

  const flights: Flight[] = new Array<Flight>(n);
  const day = new Int32Array(n);
  const origin = new Int32Array(n);
  const destination = new Int32Array(n);
  const route = new Int32Array(n);
  const operator = new Int32Array(n);
  const aircraft = new Int32Array(n);
  const registration = new Int32Array(n);
  const confidence = new Uint8Array(n);
  const multiSource = new Uint8Array(n);
  const publisherStart = new Int32Array(n + 1);
  let publisherIds = new Int32Array(Math.max(16, n + (n >> 1)));

  const airports = new Interner();
  const operators = new Interner();
  const aircraftTypes = new Interner();
  const registrations = new Interner();
  const publishers = new Interner();
  // Route id by origin id * 2^21 + destination id: a number key is much cheaper than a string key.
  const routeIds = new Map<number, number>();
  const routeOrigin: number[] = [];
  const routeDestination: number[] = [];

  let p = 0;
  for (let i = 0; i < n; i++) {
    const k = order[i];
    const f = input[k];
    flights[i] = f;
    day[i] = inputDay[k];
    const o = airports.id(f.origin);
    const d = airports.id(f.destination);
    origin[i] = o;
    destination[i] = d;
    const routeKey = o * 2_097_152 + d;
    let r = routeIds.get(routeKey);
    if (r === undefined) {
      r = routeOrigin.length;
      routeIds.set(routeKey, r);
      routeOrigin.push(o);
      routeDestination.push(d);
    }
    route[i] = r;
    operator[i] = operators.optional(f.operator);
    aircraft[i] = aircraftTypes.optional(f.aircraftType);
    registration[i] = registrations.optional(f.registration);
    confidence[i] = CONFIDENCE_CODE.get(f.confidence) ?? CONFIDENCES.length - 1;
    const sources = f.sources;
    multiSource[i] = sources.length > 1 ? 1 : 0;
    if (p + sources.length > publisherIds.length) {
      const grown = new Int32Array(Math.max(publisherIds.length * 2, p + sources.length));
      grown.set(publisherIds);
      publisherIds = grown;
    }
    for (let s = 0; s < sources.length; s++) publisherIds[p++] = publishers.id(sources[s].publisher);
    publisherStart[i + 1] = p;
  }

  return {
    dataset,
    flights,
    day,
    origin,
    destination,
    route,
    operator,
    aircraft,
    registration,
    confidence,
    multiSource,
    publisherStart,
    publisherIds: publisherIds.slice(0, p),
    airports: airports.values,
    operators: operators.values,
    aircraftTypes: aircraftTypes.values,
    registrations: registrations.values,
    publishers: publishers.values,
    routeOrigin: Int32Array.from(routeOrigin),
    routeDestination: Int32Array.from(routeDestination),
    airportIds: airports.ids,
    operatorIds: operators.ids,
    aircraftTypeIds: aircraftTypes.ids,
  };
}

/** First index i with `day[i] >= target` (binary search; `day` is ascending). */
export function lowerBound(day: Int32Array, target: number): number {
  let lo = 0;
  let hi = day.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (day[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first and last dates of the indexed flights, or undefined when there are none. */
export function dataSpan(index: FlightIndex): { from: string; to: string } | undefined {
  const n = index.day.length;
  if (n === 0) return undefined;
  return { from: dayToDate(index.day[0]), to: dayToDate(index.day[n - 1]) };
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

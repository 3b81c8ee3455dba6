/**
 * The Aircraft list's per-dataset part. `listAircraft` resolves and groups each flight's values by
 * airframe (17–145 ms at 100,000 flights in the browser, after every filter change). Here that work is
 * done once per dataset index and identity function (`airframesIndex`): each flight's airframe, its
 * registration, type and operator as slots (one per airframe and value, numbered contiguously per
 * airframe), own or derived with the source, its route slot and its conflict flag. A view
 * (`listAircraftIn`, airframes-view.ts) then only counts its flights into typed arrays.
 */
import type { Flight } from '../contract';
import { airframeColumn, type FlightIndex } from '../query';
import type { AircraftList, AircraftSummary } from './airframes';
import { compareFlightTime } from './history';
import { present } from './normalize';
import type { FlightIdentity } from './types';

type IdentityOf = (f: Flight) => FlightIdentity | undefined;

// As airframes.ts's (compareValues).
const collator = new Intl.Collator('en', { numeric: true });

/** The per-dataset part: columns aligned with `index.flights`, slots grouped by airframe. */
export interface AirframesIndex {
  readonly index: FlightIndex;
  readonly identityOf: IdentityOf | undefined;
  /** Airframe id per flight (-1: neither icao24 nor registration); `keys[id]` is its airframe key. */
  readonly airframe: Int32Array;
  readonly keys: readonly string[];
  /** Per flight and field (registration, type, operator): its value slot, -1 when it has none. */
  readonly valueSlot: readonly [Int32Array, Int32Array, Int32Array];
  /** Per flight and field: -1 for the flight's own value, else the source slot of the derived one. */
  readonly sourceSlot: readonly [Int32Array, Int32Array, Int32Array];
  /** Airframe a's value slots are `slotStart[a] .. slotStart[a + 1]`; each has a field and a value. */
  readonly slotStart: Int32Array;
  readonly slotField: Uint8Array;
  readonly slotValue: readonly string[];
  /**
   * Where each slot's value sorts by compareValues' last key (the collator, then code units), among
   * the values of airframes with two or more of that field; 0 for an airframe's only value.
   */
  readonly slotRank: Int32Array;
  /**
   * Value slot s's source slots (one per source text that derived it) are `sourceFirst[s] ..
   * sourceFirst[s + 1]`, in the order the dataset first meets them; `sourceText` holds their texts.
   */
  readonly sourceFirst: Int32Array;
  readonly sourceText: readonly string[];
  /** Per flight its route slot; airframe a's route slots are `routeStart[a] ..`, each one route id. */
  readonly routeSlot: Int32Array;
  readonly routeStart: Int32Array;
  readonly routeOfSlot: Int32Array;
  /** `ORIG>DEST` per route id of the index: one string per route for every list. */
  readonly routeKeys: readonly string[];
  /** 1 for a flight with an identity conflict. */
  readonly conflict: Uint8Array;
  /**
   * Per flight its combination (-1 without an airframe): flights with the same airframe, value and
   * source slots, route slot and conflict flag share one, so a view counts combinations, not each
   * flight's eight columns (a few thousand of them for a million flights of a few hundred airframes).
   */
  readonly combo: Int32Array;
  readonly combos: Combos;
  /**
   * Per flight the position of the first flight it ties with in `compareFlightTime` (same date, instant
   * and id), else its own; undefined when no two flights tie (ids are unique in a valid dataset).
   */
  readonly tieStart: Int32Array | undefined;
  /** Airframe a's flights are `flightOrder[flightStart[a] .. flightStart[a + 1]]`, in index order. */
  readonly flightStart: Int32Array;
  readonly flightOrder: Int32Array;
  /** Per source slot its value slot (the inverse of `sourceFirst`). */
  readonly sourceOwner: Int32Array;
  /**
   * The stamped view's counters, per airframe, per slot, per source slot: kept between views (each
   * airframe's zeroed when it is counted again), so that a view a few flights from it adjusts them.
   */
  readonly scratch: Scratch;
  readonly previous: Previous;
}

/** Per combination: its airframe, route slot, conflict flag, and per field its value and source slot. */
export interface Combos {
  airframe: Int32Array;
  routeSlot: Int32Array;
  conflict: Uint8Array;
  /** Value slot of field k at `3 * c + k` (-1: none); `sourceSlot` likewise (-1: the flight's own). */
  valueSlot: Int32Array;
  sourceSlot: Int32Array;
  /** The view's counters, zeroed again after each. */
  count: Int32Array;
  first: Int32Array;
  last: Int32Array;
}

interface Scratch {
  count: Int32Array;
  first: Int32Array;
  last: Int32Array;
  /** Position + 1 of the latest flight with a registration; 0 for none. */
  latestReg: Int32Array;
  conflicts: Int32Array;
  own: Int32Array;
  derived: Int32Array;
  /** Position + 1 of the view's first flight with each source slot; 0 when not met. */
  sourceMet: Int32Array;
  /** The view's flights with each source slot. */
  sourceCount: Int32Array;
  routeCount: Int32Array;
  /**
   * 1 for an airframe with a flight the previous view did not have, or (listing from the changes) one
   * to count again; 2 for one whose counters are adjusted.
   */
  changed: Uint8Array;
}

/**
 * The previous view, so that an airframe whose flights in the view are the same as in the one before
 * keeps its summary object: after a date change most airframes' flights are (the summaries, not the
 * counting, are most of the time with 20,000 airframes).
 */
interface Previous {
  /**
   * Per position the number of the stamped view when it has that flight: the previous view's flights
   * are those stamped `view`, so no table is cleared between views.
   */
  stamp: Uint32Array;
  view: number;
  /** The stamped view's airframes and, by airframe, their summaries. */
  seen: number[];
  summary: (AircraftSummary | undefined)[];
  /**
   * The stamped view's positions, its flights without an airframe, and per airframe its first
   * position in it: what a view that differs from it in a few flights is listed from (airframes-view's
   * `listChanged`). Undefined when the stamps do not describe a view.
   */
  positions?: Int32Array;
  /** The stamped view's airframes in list order (busiest first). */
  order: number[];
  unidentified: number;
  firstOf: Int32Array;
  /** Airframe a's counters are the stamped view's when `countedIn[a] === counted`. */
  countedIn: Uint32Array;
  counted: number;
  /**
   * The list of every flight of the index, once met: a view of all the flights (no filter, or one
   * every flight passes) is a common one, and is then not counted again, nor does it replace the
   * stamped view (so a filter toggled off and on again finds its view). A view a few flights short of
   * every flight is listed from it (see `listChanged`).
   */
  whole?: Whole;
}

/** The list of every flight: its airframes as met and in list order, and positions 0 … n − 1. */
export interface Whole {
  list: AircraftList;
  seen: number[];
  order: number[];
  flights: readonly Flight[];
  positions?: Int32Array;
}

/** One flight's resolved value of a field and, when a source derived it, that source. */
interface Resolved {
  value: (string | undefined)[];
  source: (string | undefined)[];
}

function resolve(f: Flight, identity: FlightIdentity | undefined, out: Resolved): void {
  // Each field read by name: a computed key would make these loads megamorphic (a third of the build).
  const { registration, aircraftType, operator } = f;
  out.value[0] = present(registration) ? registration : undefined;
  out.value[1] = present(aircraftType) ? aircraftType : undefined;
  out.value[2] = present(operator) ? operator : undefined;
  out.source[0] = out.source[1] = out.source[2] = undefined;
  if (!identity) return;
  for (const d of identity.derived) {
    // A derived value exists only for a field the flight lacks (the resolver's rule); the first counts.
    const k =
      d.field === 'registration' ? 0 : d.field === 'aircraftType' ? 1 : d.field === 'operator' ? 2 : -1;
    if (k >= 0 && out.value[k] === undefined) {
      out.value[k] = d.value;
      out.source[k] = d.source;
    }
  }
}

/**
 * compareValues ends on `collator.compare` (~0.4 µs a call): run per view, sorting 20,000 airframes'
 * values took most of the list's time. Values are ranked once here instead, and only those an
 * airframe has to sort (it has two or more of that field).
 */
function collationRanks(slotStart: Int32Array, slotField: number[], slotValue: string[]): Int32Array {
  const rank = new Int32Array(slotField.length);
  const ranked = new Set<string>();
  const perField = [0, 0, 0];
  for (let a = 0; a + 1 < slotStart.length; a++) {
    const s0 = slotStart[a]!;
    const s1 = slotStart[a + 1]!;
    if (s1 - s0 < 2) continue;
    perField[0] = perField[1] = perField[2] = 0;
    for (let s = s0; s < s1; s++) perField[slotField[s]!]!++;
    for (let s = s0; s < s1; s++) if (perField[slotField[s]!]! > 1) ranked.add(slotValue[s]!);
  }
  if (ranked.size === 0) return rank;
  const order = [...ranked].sort((x, y) => collator.compare(x, y) || (x < y ? -1 : x > y ? 1 : 0));
  const rankOf = new Map(order.map((v, i) => [v, i]));
  for (let s = 0; s < slotValue.length; s++) rank[s] = rankOf.get(slotValue[s]!) ?? 0;
  return rank;
}

/**
 * Puts the source slots in value-slot order (a stable counting sort, so each value's stay in the order
 * first met) and renumbers the flights' source slots to match; returns where each value's begin.
 */
function bySlot(
  sourceOfSlot: number[],
  slots: number,
  sourceSlot: readonly Int32Array[],
  sourceText: string[],
): Int32Array {
  const first = new Int32Array(slots + 1);
  for (const s of sourceOfSlot) first[s + 1]!++;
  for (let s = 0; s < slots; s++) first[s + 1]! += first[s]!;
  const fill = first.slice(0, slots);
  const newId = new Int32Array(sourceOfSlot.length);
  const texts = sourceText.slice();
  sourceOfSlot.forEach((s, q) => {
    newId[q] = fill[s]!++;
    sourceText[newId[q]!] = texts[q]!;
  });
  for (const column of sourceSlot)
    for (let i = 0; i < column.length; i++) if (column[i]! >= 0) column[i] = newId[column[i]!]!;
  return first;
}

/** Per source slot the value slot it belongs to. */
function ownersOf(sourceFirst: Int32Array): Int32Array {
  const owner = new Int32Array(sourceFirst[sourceFirst.length - 1]!);
  for (let s = 0; s + 1 < sourceFirst.length; s++) owner.fill(s, sourceFirst[s]!, sourceFirst[s + 1]!);
  return owner;
}

/** Flight positions grouped by airframe (counting sort), each group in index order. */
function byAirframe(airframe: Int32Array, airframes: number): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(airframes + 1);
  for (let i = 0; i < airframe.length; i++) if (airframe[i]! >= 0) start[airframe[i]! + 1]!++;
  for (let a = 0; a < airframes; a++) start[a + 1]! += start[a]!;
  const fill = start.slice(0, airframes);
  const order = new Int32Array(start[airframes]!);
  for (let i = 0; i < airframe.length; i++) if (airframe[i]! >= 0) order[fill[airframe[i]!]!++] = i;
  return { start, order };
}

/**
 * Each flight's combination of airframe, value and source slots, route slot and conflict flag,
 * numbered airframe by airframe. Slots are the airframe's own, so two flights of one airframe share a
 * combination when these eight numbers match: keyed by them as a string in a map per airframe.
 */
function combinations(
  airframe: Int32Array,
  start: Int32Array,
  order: Int32Array,
  valueSlot: readonly [Int32Array, Int32Array, Int32Array],
  sourceSlot: readonly [Int32Array, Int32Array, Int32Array],
  routeSlot: Int32Array,
  conflict: Uint8Array,
): { combo: Int32Array; combos: Combos } {
  const combo = new Int32Array(airframe.length).fill(-1);
  const [r0, r1, r2] = valueSlot;
  const [q0, q1, q2] = sourceSlot;
  const ofAirframe: number[] = [];
  const values: number[] = [];
  const sources: number[] = [];
  const routes: number[] = [];
  const conflicts: number[] = [];
  const ids = new Map<string, number>();
  for (let a = 0; a + 1 < start.length; a++) {
    ids.clear();
    // Flights of one airframe mostly repeat the combination before: that one is checked first.
    let last = -1;
    let lastKey = '';
    for (let k = start[a]!; k < start[a + 1]!; k++) {
      const i = order[k]!;
      const key = `${r0[i]},${q0[i]},${r1[i]},${q1[i]},${r2[i]},${q2[i]},${routeSlot[i]},${conflict[i]}`;
      let c = key === lastKey ? last : (ids.get(key) ?? -1);
      if (c < 0) {
        ids.set(key, (c = ofAirframe.length));
        ofAirframe.push(a);
        values.push(r0[i]!, r1[i]!, r2[i]!);
        sources.push(q0[i]!, q1[i]!, q2[i]!);
        routes.push(routeSlot[i]!);
        conflicts.push(conflict[i]!);
      }
      combo[i] = last = c;
      lastKey = key;
    }
  }
  const C = ofAirframe.length;
  return {
    combo,
    combos: {
      airframe: Int32Array.from(ofAirframe),
      routeSlot: Int32Array.from(routes),
      conflict: Uint8Array.from(conflicts),
      valueSlot: Int32Array.from(values),
      sourceSlot: Int32Array.from(sources),
      count: new Int32Array(C),
      first: new Int32Array(C),
      last: new Int32Array(C),
    },
  };
}

/**
 * The per-dataset part of the Aircraft list for this index and identity function. Build it again when
 * either changes (an edit makes a new index; loading tables or a database a new identity function).
 */
export function airframesIndex(index: FlightIndex, identityOf?: IdentityOf): AirframesIndex {
  const flights = index.flights;
  const n = flights.length;
  const { ids: airframe, idOf } = airframeColumn(index);
  const keys = [...idOf.keys()]; // ids are given in insertion order
  const A = keys.length;
  const { start, order } = byAirframe(airframe, A);

  const valueSlot = [new Int32Array(n), new Int32Array(n), new Int32Array(n)] as const;
  const sourceSlot = [new Int32Array(n), new Int32Array(n), new Int32Array(n)] as const;
  const routeSlot = new Int32Array(n);
  const conflict = new Uint8Array(n);
  const slotStart = new Int32Array(A + 1);
  const routeStart = new Int32Array(A + 1);
  const slotField: number[] = [];
  const slotValue: string[] = [];
  const sourceOfSlot: number[] = [];
  const sourceText: string[] = [];
  const routeOfSlot: number[] = [];
  // Route slot of each route for the airframe being filled (stamped by airframe: no clearing).
  const routes = index.routeOrigin.length;
  const routeSlotOf = new Int32Array(routes);
  const routeStamp = new Int32Array(routes).fill(-1);

  // First, in index order (the flight objects read in sequence, not hopping through the heap by
  // airframe): each flight's resolved values and sources as ids of the strings, interned per field.
  const valueIds = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
  const values: string[][] = [[], [], []];
  const sourceIds = new Map<string, number>();
  const sources: string[] = [];
  const r: Resolved = { value: [undefined, undefined, undefined], source: [undefined, undefined, undefined] };
  for (let i = 0; i < n; i++) {
    if (airframe[i]! < 0) {
      for (const column of [...valueSlot, ...sourceSlot]) column[i] = -1;
      continue;
    }
    const f = flights[i]!;
    const identity = identityOf?.(f);
    if (identity && identity.conflicts.length > 0) conflict[i] = 1;
    resolve(f, identity, r);
    for (let field = 0; field < 3; field++) {
      const value = r.value[field];
      let id = -1;
      if (value !== undefined) {
        const ids = valueIds[field]!;
        id = ids.get(value) ?? -1;
        if (id < 0) {
          ids.set(value, (id = values[field]!.length));
          values[field]!.push(value);
        }
      }
      valueSlot[field as 0 | 1 | 2][i] = id;
      const source = r.source[field];
      let q = -1;
      if (source !== undefined) {
        q = sourceIds.get(source) ?? -1;
        if (q < 0) {
          sourceIds.set(source, (q = sources.length));
          sources.push(source);
        }
      }
      sourceSlot[field as 0 | 1 | 2][i] = q;
    }
  }

  // Then airframe by airframe, on numbers only: value ids become slots (one per airframe and value),
  // source ids source slots, routes route slots. Slots of a value or route are found by stamping it
  // with the airframe, not by clearing a table per airframe.
  const valueStamp = values.map((v) => new Int32Array(v.length).fill(-1));
  const valueSlotOf = values.map((v) => new Int32Array(v.length));
  const sourceTextId: number[] = [];
  for (let a = 0; a < A; a++) {
    const sourceBase = sourceOfSlot.length;
    slotStart[a] = slotField.length;
    routeStart[a] = routeOfSlot.length;
    for (let k = start[a]!; k < start[a + 1]!; k++) {
      const i = order[k]!;
      for (let field = 0; field < 3; field++) {
        const slotOf = valueSlot[field as 0 | 1 | 2];
        const id = slotOf[i]!;
        if (id < 0) continue;
        const stamp = valueStamp[field]!;
        const slotOfValue = valueSlotOf[field]!;
        if (stamp[id] !== a) {
          stamp[id] = a;
          slotOfValue[id] = slotField.length;
          slotField.push(field);
          slotValue.push(values[field]![id]!);
        }
        const slot = slotOfValue[id]!;
        slotOf[i] = slot;
        const sourceOf = sourceSlot[field as 0 | 1 | 2];
        const source = sourceOf[i]!;
        if (source < 0) continue;
        // An airframe has one to a few sources: a scan of its own.
        let q = sourceBase;
        while (q < sourceOfSlot.length && !(sourceOfSlot[q] === slot && sourceTextId[q] === source)) q++;
        if (q === sourceOfSlot.length) {
          sourceOfSlot.push(slot);
          sourceTextId.push(source);
          sourceText.push(sources[source]!);
        }
        sourceOf[i] = q;
      }
      const route = index.route[i]!;
      if (routeStamp[route] !== a) {
        routeStamp[route] = a;
        routeSlotOf[route] = routeOfSlot.length;
        routeOfSlot.push(route);
      }
      routeSlot[i] = routeSlotOf[route]!;
    }
  }
  slotStart[A] = slotField.length;
  routeStart[A] = routeOfSlot.length;
  const sourceFirst = bySlot(sourceOfSlot, slotField.length, sourceSlot, sourceText);
  const slotRank = collationRanks(slotStart, slotField, slotValue);

  // The latest flight with a registration labels the airframe. The index is in compareFlightTime
  // order, so the latest is the last one met, except among flights that tie (the first of them wins).
  let tieStart: Int32Array | undefined;
  for (let i = 1; i < n; i++) {
    const p = flights[i - 1]!;
    const f = flights[i]!;
    if (p.id !== f.id || compareFlightTime(p, f) !== 0) continue;
    if (!tieStart) tieStart = Int32Array.from({ length: n }, (_, j) => j);
    tieStart[i] = tieStart[i - 1]!;
  }

  const S = slotField.length;
  const { combo, combos } = combinations(airframe, start, order, valueSlot, sourceSlot, routeSlot, conflict);
  return {
    index,
    identityOf,
    airframe,
    keys,
    valueSlot,
    sourceSlot,
    slotStart,
    slotField: Uint8Array.from(slotField),
    slotValue,
    slotRank,
    sourceFirst,
    sourceText,
    routeSlot,
    routeStart,
    routeOfSlot: Int32Array.from(routeOfSlot),
    routeKeys: Array.from(
      { length: routes },
      (_, r) => `${index.airports[index.routeOrigin[r]!]}>${index.airports[index.routeDestination[r]!]}`,
    ),
    conflict,
    combo,
    combos,
    tieStart,
    flightStart: start,
    flightOrder: order,
    sourceOwner: ownersOf(sourceFirst),
    scratch: {
      count: new Int32Array(A),
      first: new Int32Array(A),
      last: new Int32Array(A),
      latestReg: new Int32Array(A),
      conflicts: new Int32Array(A),
      own: new Int32Array(S),
      derived: new Int32Array(S),
      sourceMet: new Int32Array(sourceText.length),
      sourceCount: new Int32Array(sourceText.length),
      routeCount: new Int32Array(routeOfSlot.length),
      changed: new Uint8Array(A),
    },
    previous: {
      stamp: new Uint32Array(n),
      view: 1,
      seen: [],
      summary: new Array<AircraftSummary | undefined>(A).fill(undefined),
      order: [],
      unidentified: 0,
      firstOf: new Int32Array(A),
      countedIn: new Uint32Array(A),
      counted: 1,
    },
  };
}

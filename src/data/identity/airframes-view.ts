/**
 * The Aircraft list of one view from the per-dataset part (airframes-index.ts): the view's flights
 * counted into typed arrays, summaries built only for the airframes it has and kept from the view
 * before for those whose flights did not change. The result equals `listAircraft` of the same flights.
 */
import type { Flight } from '../contract';
import { airframeLabel } from '../patterns';
import {
  listAircraft,
  type AircraftList,
  type AircraftRoute,
  type AircraftSummary,
  type AirframeValue,
} from './airframes';
import type { AirframesIndex } from './airframes-index';

const compareRoutes = (a: AircraftRoute, b: AircraftRoute) =>
  b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The Aircraft list of `flights`, a subsequence of the index's flights (a view's, in index order):
 * equal to `listAircraft(flights, identityOf)`. `positions`, when given, are their positions in the
 * index (the view's); without them one walk of both arrays finds them. Flights that are not such a
 * subsequence are grouped by `listAircraft` itself.
 */
export function listAircraftIn(
  ai: AirframesIndex,
  flights: readonly Flight[],
  positions?: Int32Array,
): AircraftList {
  try {
    const at = positions ?? positionsIn(ai.index.flights, flights);
    return (at && countAndSummarise(ai, flights, at)) ?? listAircraft(flights, ai.identityOf);
  } catch (error) {
    // The counters are shared by every view of this part: never leave one half counted.
    for (const c of Object.values(ai.scratch)) c.fill(0);
    const { combos } = ai;
    for (const c of [combos.count, combos.first, combos.last]) c.fill(0);
    forgetPrevious(ai);
    throw error;
  }
}

/** The positions of `flights` in `all` when they are a subsequence of it, else undefined. */
function positionsIn(all: readonly Flight[], flights: readonly Flight[]): Int32Array | undefined {
  const out = new Int32Array(flights.length);
  let j = 0;
  for (let i = 0; i < all.length && j < flights.length; i++) if (all[i] === flights[j]) out[j++] = i;
  return j === flights.length ? out : undefined;
}

/** No summary is kept from the views before (their stamps never match again). */
function forgetPrevious(ai: AirframesIndex): void {
  const { previous } = ai;
  previous.view += 2;
  previous.wasWhole = false;
  previous.seen = [];
  previous.summary.fill(undefined);
}

function countAndSummarise(
  ai: AirframesIndex,
  flights: readonly Flight[],
  positions: Int32Array,
): AircraftList | undefined {
  const all = ai.index.flights;
  const { combo, combos, tieStart, scratch, previous } = ai;
  const { count, first, last, latestReg, conflicts, own, derived, sourceMet, routeCount, changed } = scratch;
  const m = flights.length;
  if (positions.length !== m) return undefined;
  const { whole } = previous;
  // The same array as last time (the store keeps the unfiltered view) needs no compare at all.
  if (whole && m === all.length && m > 0 && (whole.flights === flights || sameFlights(all, flights))) {
    // Every flight: the list met before. The next view compares with all of them (none is new).
    const { list, seen } = whole;
    previous.wasWhole = true;
    for (const a of previous.seen) previous.summary[a] = undefined;
    previous.seen = seen;
    const byKey = new Map(list.aircraft.map((summary) => [summary.key, summary]));
    for (const a of seen) previous.summary[a] = byKey.get(ai.keys[a]!);
    return list;
  }
  if (previous.view >= 0xfffffff0) {
    previous.stamp.fill(0);
    previous.view = 1;
    forgetPrevious(ai);
  }
  const { stamp } = previous;
  const before = previous.view;
  const now = before + 1;
  // After a view of every flight no flight is new; the stamps then date from the view before it.
  const afterWhole = previous.wasWhole;
  const seenCombos: number[] = [];
  let unidentified = 0;
  // The hot loop: each flight only counts its combination (airframe, values, sources, route, conflict).
  for (let k = 0; k < m; k++) {
    const i = positions[k]!;
    if (all[i] !== flights[k]) {
      // Not this index's flights after all (not expected): forget what this loop counted.
      for (const c of seenCombos) combos.count[c] = 0;
      changed.fill(0);
      forgetPrevious(ai);
      return undefined;
    }
    const c = combo[i]!;
    if (c < 0) {
      unidentified++;
      continue;
    }
    if (combos.count[c]!++ === 0) {
      seenCombos.push(c);
      combos.first[c] = i;
    }
    combos.last[c] = i;
    if (!afterWhole && stamp[i] !== before) changed[combos.airframe[c]!] = 1;
    stamp[i] = now;
  }
  previous.view = now;
  previous.wasWhole = false;

  // Then per combination, in the order the view first met them (so airframes and sources are met in
  // the flights' order): its count into the airframe's counters.
  const seen: number[] = [];
  let met = 0;
  const { airframe: comboAirframe, valueSlot, sourceSlot, routeSlot, conflict } = combos;
  for (const c of seenCombos) {
    const a = comboAirframe[c]!;
    const n = combos.count[c]!;
    combos.count[c] = 0;
    if (count[a] === 0) {
      seen.push(a);
      first[a] = combos.first[c]!;
    }
    count[a]! += n;
    const lastOf = combos.last[c]!;
    if (lastOf > last[a]!) last[a] = lastOf;
    conflicts[a]! += conflict[c]! * n;
    for (let field = 0; field < 3; field++) {
      const slot = valueSlot[3 * c + field]!;
      if (slot < 0) continue;
      const q = sourceSlot[3 * c + field]!;
      if (q < 0) own[slot]! += n;
      else {
        derived[slot]! += n;
        if (sourceMet[q] === 0) sourceMet[q] = ++met;
      }
      // Without ties the latest flight with a registration is the last one the view has.
      if (field === 0 && tieStart === undefined && lastOf + 1 > latestReg[a]!) latestReg[a] = lastOf + 1;
    }
    routeCount[routeSlot[c]!]! += n;
  }
  if (tieStart !== undefined) latestAmongTies(ai, positions, tieStart);

  // An airframe's summary depends only on which of its flights the view has: the same ones (none new,
  // as many) give the same summary, so the previous object is kept.
  const aircraft = seen.map((a) => {
    const kept = previous.summary[a];
    const summary = changed[a] === 0 && kept?.count === count[a] ? kept : summaryOf(ai, a);
    clearCounters(ai, a);
    return summary;
  });
  for (const a of previous.seen) previous.summary[a] = undefined;
  seen.forEach((a, k) => (previous.summary[a] = aircraft[k]));
  previous.seen = seen;
  // Busiest first; ties keep the order of their first flight, as listAircraft's stable sort does.
  const order = seen.map((_, k) => k);
  order.sort((x, y) => aircraft[y]!.count - aircraft[x]!.count || x - y);
  const list = { aircraft: order.map((k) => aircraft[k]!), unidentified };
  if (m === all.length) previous.whole = { list, seen, flights };
  return list;
}

/** Whether `flights` are `all`, element by element (a pointer compare each). */
function sameFlights(all: readonly Flight[], flights: readonly Flight[]): boolean {
  for (let k = 0; k < flights.length; k++) if (all[k] !== flights[k]) return false;
  return true;
}

/**
 * latestReg when some flights tie in time (only with duplicate ids): flight by flight, the latest with
 * a registration, the first of the latest tie.
 */
function latestAmongTies(ai: AirframesIndex, positions: Int32Array, tieStart: Int32Array): void {
  const { airframe, valueSlot, scratch } = ai;
  const { latestReg } = scratch;
  const regSlot = valueSlot[0];
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k]!;
    const a = airframe[i]!;
    if (a < 0 || regSlot[i]! < 0) continue;
    const latest = latestReg[a]! - 1;
    if (latest < 0 || tieStart[i] !== tieStart[latest]) latestReg[a] = i + 1;
  }
}

/** Airframe a's summary from the view's counters. */
function summaryOf(ai: AirframesIndex, a: number): AircraftSummary {
  const { scratch, slotStart, slotField, slotValue, sourceFirst, sourceText } = ai;
  const { own, derived, sourceMet, routeCount } = scratch;
  const s0 = slotStart[a]!;
  const s1 = slotStart[a + 1]!;
  const picked: [number[], number[], number[]] = [[], [], []];
  for (let s = s0; s < s1; s++) if (own[s]! + derived[s]! > 0) picked[slotField[s]!]!.push(s);
  // compareValues on the slots: own first, more own, more derived, then the collation rank.
  const { slotRank } = ai;
  const compareSlots = (x: number, y: number) => {
    const ox = own[x]!;
    const oy = own[y]!;
    if (ox > 0 !== oy > 0) return ox > 0 ? -1 : 1;
    return oy - ox || derived[y]! - derived[x]! || slotRank[x]! - slotRank[y]!;
  };
  const lists = picked.map((slots) => {
    if (slots.length > 1) slots.sort(compareSlots);
    return slots.map((s): AirframeValue => {
      const sources: string[] = [];
      const q0 = sourceFirst[s]!;
      const q1 = sourceFirst[s + 1]!;
      for (let q = q0; q < q1; q++) if (sourceMet[q]! > 0) sources.push(sourceText[q]!);
      // In the order the view met them, which may not be the dataset's.
      if (sources.length > 1) {
        const met = new Map<string, number>();
        for (let q = q0; q < q1; q++) if (sourceMet[q]! > 0) met.set(sourceText[q]!, sourceMet[q]!);
        sources.sort((x, y) => met.get(x)! - met.get(y)!);
      }
      return { value: slotValue[s]!, own: own[s]!, derived: derived[s]!, sources };
    });
  }) as [AirframeValue[], AirframeValue[], AirframeValue[]];

  const { index, routeOfSlot } = ai;
  const routes: AircraftRoute[] = [];
  for (let q = ai.routeStart[a]!; q < ai.routeStart[a + 1]!; q++) {
    const c = routeCount[q]!;
    if (c === 0) continue;
    const r = routeOfSlot[q]!;
    routes.push({
      key: ai.routeKeys[r]!,
      origin: index.airports[index.routeOrigin[r]!]!,
      destination: index.airports[index.routeDestination[r]!]!,
      count: c,
    });
  }

  const { count, first, last, latestReg, conflicts } = scratch;
  const flights = index.flights;
  const key = ai.keys[a]!;
  const latest = latestReg[a]! - 1;
  const registration = latest < 0 ? undefined : slotValue[ai.valueSlot[0][latest]!]!;
  const out: AircraftSummary = {
    key,
    label: registration ?? airframeLabel(key),
    registrations: lists[0],
    aircraftTypes: lists[1],
    operators: lists[2],
    count: count[a]!,
    first: flights[first[a]!]!.date,
    last: flights[last[a]!]!.date,
    routes: routes.length > 1 ? routes.sort(compareRoutes) : routes,
    conflicts: conflicts[a]!,
  };
  if (!key.startsWith('reg:')) out.icao24 = key;
  if (registration !== undefined) out.registration = registration;
  return out;
}

/** Zeroes airframe a's counters for the next view. */
function clearCounters(ai: AirframesIndex, a: number): void {
  const { slotStart, sourceFirst, routeStart, scratch } = ai;
  const s0 = slotStart[a]!;
  const s1 = slotStart[a + 1]!;
  scratch.own.fill(0, s0, s1);
  scratch.derived.fill(0, s0, s1);
  scratch.sourceMet.fill(0, sourceFirst[s0]!, sourceFirst[s1]!);
  scratch.routeCount.fill(0, routeStart[a]!, routeStart[a + 1]!);
  scratch.count[a] = 0;
  scratch.last[a] = 0;
  scratch.latestReg[a] = 0;
  scratch.conflicts[a] = 0;
  scratch.changed[a] = 0;
}

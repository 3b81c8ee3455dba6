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
 * equal to `listAircraft(flights, identityOf)`. Flights that are not such a subsequence are grouped
 * by `listAircraft` itself.
 */
export function listAircraftIn(ai: AirframesIndex, flights: readonly Flight[]): AircraftList {
  try {
    return countAndSummarise(ai, flights);
  } catch (error) {
    // The counters are shared by every view of this part: never leave one half counted.
    for (const c of Object.values(ai.scratch)) c.fill(0);
    const { previous } = ai;
    previous.passed.fill(0);
    previous.size = 0;
    previous.seen = [];
    previous.summary.fill(undefined);
    throw error;
  }
}

function countAndSummarise(ai: AirframesIndex, flights: readonly Flight[]): AircraftList {
  const all = ai.index.flights;
  const { airframe, valueSlot, sourceSlot, routeSlot, conflict, tieStart, scratch } = ai;
  const { count, first, last, latestReg, conflicts, own, derived, sourceMet, routeCount, changed } = scratch;
  const { passed, spare: positions } = ai.previous;
  const [regSlot, typeSlot, opSlot] = valueSlot;
  const [regSource, typeSource, opSource] = sourceSlot;
  const seen: number[] = [];
  let unidentified = 0;
  let met = 0;
  // One walk of both arrays finds each flight's position: the view's are the index's, in its order.
  let j = 0;
  const m = flights.length;
  for (let i = 0; i < all.length && j < m; i++) {
    if (all[i] !== flights[j]) continue;
    positions[j++] = i;
    const a = airframe[i]!;
    if (a < 0) {
      unidentified++;
      continue;
    }
    if (count[a]!++ === 0) {
      seen.push(a);
      first[a] = i;
    }
    last[a] = i;
    if (passed[i] === 0) changed[a] = 1;
    conflicts[a]! += conflict[i]!;
    const reg = regSlot[i]!;
    if (reg >= 0) {
      const q = regSource[i]!;
      if (q < 0) own[reg]!++;
      else {
        derived[reg]!++;
        if (sourceMet[q] === 0) sourceMet[q] = ++met;
      }
      const latest = latestReg[a]! - 1;
      if (latest < 0 || tieStart === undefined || tieStart[i] !== tieStart[latest]) latestReg[a] = i + 1;
    }
    const type = typeSlot[i]!;
    if (type >= 0) {
      const q = typeSource[i]!;
      if (q < 0) own[type]!++;
      else {
        derived[type]!++;
        if (sourceMet[q] === 0) sourceMet[q] = ++met;
      }
    }
    const op = opSlot[i]!;
    if (op >= 0) {
      const q = opSource[i]!;
      if (q < 0) own[op]!++;
      else {
        derived[op]!++;
        if (sourceMet[q] === 0) sourceMet[q] = ++met;
      }
    }
    routeCount[routeSlot[i]!]!++;
  }
  if (j < m) {
    // Not a subsequence of the index (not expected): group directly; the previous view stays.
    for (const a of seen) clearCounters(ai, a);
    return listAircraft(flights, ai.identityOf);
  }
  const previous = ai.previous;
  // An airframe's summary depends only on which of its flights the view has: the same ones (none new,
  // as many) give the same summary, so the previous object is kept.
  const aircraft = seen.map((a) => {
    const before = previous.summary[a];
    const summary = changed[a] === 0 && before?.count === count[a] ? before : summaryOf(ai, a);
    clearCounters(ai, a);
    return summary;
  });
  for (let k = 0; k < previous.size; k++) passed[previous.positions[k]!] = 0;
  for (let k = 0; k < m; k++) passed[positions[k]!] = 1;
  for (const a of previous.seen) previous.summary[a] = undefined;
  seen.forEach((a, k) => (previous.summary[a] = aircraft[k]));
  previous.seen = seen;
  previous.spare = previous.positions;
  previous.positions = positions;
  previous.size = m;
  // Busiest first; ties keep the order of their first flight, as listAircraft's stable sort does.
  const order = seen.map((_, k) => k);
  order.sort((x, y) => aircraft[y]!.count - aircraft[x]!.count || x - y);
  return { aircraft: order.map((k) => aircraft[k]!), unidentified };
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
  scratch.latestReg[a] = 0;
  scratch.conflicts[a] = 0;
  scratch.changed[a] = 0;
}

/**
 * The Aircraft list of one view from the per-dataset part (airframes-index.ts): the view's flights
 * counted into typed arrays, summaries built only for the airframes it has and kept from the view
 * before for those whose flights did not change. A view that differs from the one before in a few
 * flights of a few airframes (a date step over many airframes) is listed from those flights alone
 * (`listChanged`). The result equals `listAircraft` of the same flights.
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
import type { AirframesIndex, Whole } from './airframes-index';

/**
 * 'auto' lists from the changes when they are few (an eighth of the view's flights, costing a quarter
 * as much as counting it), else counts the view; 'changes' lists from them whenever the view before
 * is known, and 'recount' so too but counts each changed airframe again rather than adjusting its
 * counters (both for tests of those paths on small data).
 */
export type ListingPath = 'auto' | 'changes' | 'recount';

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
  path: ListingPath = 'auto',
): AircraftList {
  try {
    const at = positions ?? positionsIn(ai.index.flights, flights);
    return (at && countAndSummarise(ai, flights, at, path)) ?? listAircraft(flights, ai.identityOf);
  } catch (error) {
    // The counters are shared by every view of this part: never leave one half counted.
    for (const c of Object.values(ai.scratch)) c.fill(0);
    const { combos } = ai;
    for (const c of [combos.count, combos.first, combos.last]) c.fill(0);
    ai.previous.seen = [];
    forgetPrevious(ai);
    throw error;
  }
}

/** The positions of `flights` in `all` when they are a subsequence of it, else undefined. */
function positionsIn(all: readonly Flight[], flights: readonly Flight[]): Int32Array | undefined {
  const out = new Int32Array(flights.length);
  let j = 0;
  for (let i = 0; i < all.length && j < flights.length; i++) if (Object.is(all[i], flights[j])) out[j++] = i;
  return j === flights.length ? out : undefined;
}

/** No summary is kept from the views before (their stamps never match again). */
function forgetPrevious(ai: AirframesIndex): void {
  const { previous } = ai;
  for (const a of previous.seen) clearCounters(ai, a);
  previous.counted++;
  previous.view += 2;
  previous.seen = [];
  previous.summary.fill(undefined);
  previous.positions = undefined;
}

function countAndSummarise(
  ai: AirframesIndex,
  flights: readonly Flight[],
  positions: Int32Array,
  path: ListingPath,
): AircraftList | undefined {
  const all = ai.index.flights;
  const { combo, combos, tieStart, scratch, previous } = ai;
  const { count, first, last, latestReg, changed } = scratch;
  const m = flights.length;
  if (positions.length !== m) return undefined;
  const { whole } = previous;
  // The same array as last time (the store keeps the unfiltered view) needs no compare at all.
  if (whole && m === all.length && m > 0 && (whole.flights === flights || sameFlights(all, flights))) {
    // Every flight: the list met before. The stamped view stays the one to compare the next with.
    return whole.list;
  }
  if (previous.view >= 0xfffffff0) {
    previous.stamp.fill(0);
    previous.view = 1;
    forgetPrevious(ai);
  }
  const changes = listChanged(ai, flights, positions, path);
  if (changes) return changes;
  // The counters are the stamped view's: zeroed before this view is counted into them.
  for (const a of previous.seen) clearCounters(ai, a);
  const { stamp } = previous;
  const before = previous.view;
  const now = before + 1;
  const seenCombos: number[] = [];
  let unidentified = 0;
  // The hot loop: each flight only counts its combination (airframe, values, sources, route, conflict).
  for (let k = 0; k < m; k++) {
    const i = positions[k]!;
    if (!Object.is(all[i], flights[k])) {
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
    if (stamp[i] !== before) changed[combos.airframe[c]!] = 1;
    stamp[i] = now;
  }
  previous.view = now;

  // Then per combination, in the order the view first met them (so airframes and sources are met in
  // the flights' order): its count into the airframe's counters.
  const seen: number[] = [];
  const { airframe: comboAirframe, valueSlot } = combos;
  for (const c of seenCombos) {
    const a = comboAirframe[c]!;
    const n = combos.count[c]!;
    combos.count[c] = 0;
    if (count[a] === 0) {
      seen.push(a);
      first[a] = combos.first[c]!;
    }
    const lastOf = combos.last[c]!;
    if (lastOf > last[a]!) last[a] = lastOf;
    // Combinations come in the order of their first flight: the first to have a source has its first.
    countCombination(ai, a, c, n, combos.first[c]!);
    // Without ties the latest flight with a registration is the last one the view has.
    if (tieStart === undefined && valueSlot[3 * c]! >= 0 && lastOf + 1 > latestReg[a]!)
      latestReg[a] = lastOf + 1;
  }
  if (tieStart !== undefined) latestAmongTies(ai, positions, tieStart);

  // An airframe's summary depends only on which of its flights the view has: the same ones (none new,
  // as many) give the same summary, so the previous object is kept.
  const aircraft = seen.map((a) => {
    const kept = previous.summary[a];
    const summary = changed[a] === 0 && kept?.count === count[a] ? kept : summaryOf(ai, a);
    previous.firstOf[a] = first[a]!;
    previous.countedIn[a] = previous.counted;
    changed[a] = 0;
    return summary;
  });
  for (const a of previous.seen) previous.summary[a] = undefined;
  seen.forEach((a, k) => (previous.summary[a] = aircraft[k]));
  return remember(ai, flights, positions, seen, busiestFirst(ai, seen), unidentified);
}

/**
 * The list of these airframes in `order` (busiest first, their summaries in `previous.summary`),
 * which becomes the view before the next one.
 */
function remember(
  ai: AirframesIndex,
  flights: readonly Flight[],
  positions: Int32Array,
  seen: number[],
  order: number[],
  unidentified: number,
): AircraftList {
  const { previous } = ai;
  const all = ai.index.flights;
  const { summary } = previous;
  const aircraft = new Array<AircraftSummary>(order.length);
  for (let k = 0; k < order.length; k++) aircraft[k] = summary[order[k]!]!;
  const list = { aircraft, unidentified };
  previous.seen = seen;
  previous.order = order;
  previous.positions = positions;
  previous.unidentified = unidentified;
  if (flights.length === all.length) previous.whole = { list, seen, order, flights };
  return list;
}

/**
 * Busiest first; ties in the order of their first flight in the view, as listAircraft's stable sort
 * keeps them. One number per airframe sorted as a typed array: a comparator reading 20,000 summary
 * objects took ~3 ms. The key is exact (below 2^53) for up to 90 million flights, and since a
 * position belongs to one airframe, it names its airframe.
 */
function busiestFirst(ai: AirframesIndex, airframes: readonly number[]): number[] {
  const { summary, firstOf } = ai.previous;
  const n = ai.index.flights.length;
  const keys = new Float64Array(airframes.length);
  for (let k = 0; k < airframes.length; k++) {
    const a = airframes[k]!;
    keys[k] = (n - summary[a]!.count) * n + firstOf[a]!;
  }
  keys.sort();
  const { airframe } = ai;
  const order = new Array<number>(keys.length);
  for (let k = 0; k < keys.length; k++) order[k] = airframe[keys[k]! % n]!;
  return order;
}

/** Whether airframe a comes before b in the list (the order busiestFirst sorts by). */
function comesBefore(ai: AirframesIndex, a: number, b: number): boolean {
  const { summary, firstOf } = ai.previous;
  const ca = summary[a]!.count;
  const cb = summary[b]!.count;
  return ca > cb || (ca === cb && firstOf[a]! < firstOf[b]!);
}

/**
 * The list of a view that differs from the stamped one in a few flights: only the airframes of the
 * flights that entered or left are counted again (from their own flights) and summarised; every other
 * airframe keeps its summary. Undefined, with nothing changed, when the view before is not known or
 * the changes are too many for this to pay (see ListingPath).
 */
function listChanged(
  ai: AirframesIndex,
  flights: readonly Flight[],
  positions: Int32Array,
  path: ListingPath,
): AircraftList | undefined {
  const { previous } = ai;
  const all = ai.index.flights;
  const m = positions.length;
  const auto = path === 'auto';
  // Counting an airframe again walks all of its flights: with a few busy airframes that is the view
  // again, unless its counters (the stamped view's) can be adjusted.
  const limits = {
    changes: auto ? m >> 3 : Infinity,
    work: auto ? m >> 2 : Infinity,
    adjust: path !== 'recount' && ai.tieStart === undefined,
  };
  // From the stamped view, or from the list of every flight when that is nearer (every flight but
  // these m: a filter applied after the filters were cleared).
  const { whole } = previous;
  const fromWhole = whole ? all.length - m : Infinity;
  let changes: Changes | 'mismatch' | undefined;
  if (previous.positions && fromWhole > 0)
    changes = changesFrom(ai, previous.positions, flights, positions, {
      ...limits,
      changes: Math.min(limits.changes, fromWhole),
    });
  if (changes === 'mismatch') return undefined;
  if (!changes && whole && fromWhole <= limits.changes) {
    rebaseOnWhole(ai, whole);
    changes = changesFrom(ai, previous.positions!, flights, positions, limits);
  }
  if (!changes || changes === 'mismatch') return undefined;
  const { added, removed, touched } = changes;
  const { changed } = ai.scratch;
  const unidentified = previous.unidentified + changes.unidentified;

  // The airframes that did not change keep their place: the changed ones are sorted and merged in.
  const seen = previous.seen.filter((a) => changed[a] === 0);
  const kept = previous.order.filter((a) => changed[a] === 0);
  const { stamp, view } = previous;
  for (const i of removed) stamp[i] = 0;
  for (const i of added) stamp[i] = view;
  adjustCounters(ai, removed, added);
  // (recount and clearCounters zero an airframe's mark: nothing reads it after this.)
  const summaries = touched.map((a) => {
    if (changed[a] === 2) repair(ai, a, view);
    else recount(ai, a, view);
    previous.countedIn[a] = previous.counted;
    const summary = ai.scratch.count[a]! > 0 ? summaryOf(ai, a) : undefined;
    if (summary) previous.firstOf[a] = ai.scratch.first[a]!;
    else clearCounters(ai, a);
    return summary;
  });
  const listed: number[] = [];
  touched.forEach((a, k) => {
    const summary = summaries[k];
    previous.summary[a] = summary;
    if (summary) {
      seen.push(a);
      listed.push(a);
    }
    changed[a] = 0;
  });
  const moved = busiestFirst(ai, listed);
  const order = new Array<number>(kept.length + moved.length);
  for (let k = 0, x = 0, y = 0; k < order.length; k++)
    order[k] =
      y === moved.length || (x < kept.length && comesBefore(ai, kept[x]!, moved[y]!))
        ? kept[x++]!
        : moved[y++]!;
  return remember(ai, flights, positions, seen, order, unidentified);
}

interface Changes {
  added: number[];
  removed: number[];
  /** The airframes of those flights, each marked in `scratch.changed`. */
  touched: number[];
  /** Flights without an airframe: how many more this view has. */
  unidentified: number;
}

/**
 * The positions that enter and leave from `before` to `positions` (both ascending), and their
 * airframes, in one walk that also checks the flights are the index's at those positions ('mismatch'
 * if not, or not ascending). Undefined, with no airframe left marked, once there are more than
 * `limits.changes` or their airframes have more than `limits.work` flights in all.
 */
function changesFrom(
  ai: AirframesIndex,
  before: Int32Array,
  flights: readonly Flight[],
  positions: Int32Array,
  limits: { changes: number; work: number; adjust: boolean },
): Changes | 'mismatch' | undefined {
  const all = ai.index.flights;
  const { airframe, flightStart } = ai;
  const { countedIn, counted } = ai.previous;
  const { changed } = ai.scratch;
  const m = positions.length;
  const p = before.length;
  if (Math.abs(m - p) > limits.changes) return undefined;
  const added: number[] = [];
  const removed: number[] = [];
  const touched: number[] = [];
  let unidentified = 0;
  let work = 0;
  const touch = (i: number, sign: number) => {
    const a = airframe[i]!;
    if (a < 0) unidentified += sign;
    else if (changed[a] === 2) work++;
    else if (changed[a] === 0) {
      touched.push(a);
      // Counters that are the stamped view's are adjusted, flight by flight; others counted again.
      if (limits.adjust && countedIn[a] === counted) {
        changed[a] = 2;
        work++;
      } else {
        changed[a] = 1;
        work += flightStart[a + 1]! - flightStart[a]!;
      }
    }
  };
  const tooMany = () => added.length + removed.length > limits.changes || work > limits.work;
  const giveUp = <T>(result: T): T => {
    for (const a of touched) changed[a] = 0;
    return result;
  };
  let j = 0;
  let last = -1;
  for (let k = 0; k < m; k++) {
    const i = positions[k]!;
    // Object.is, not !==, in these per-view checks: over 750,000 flights it took 2 ms against 12 in
    // Node 20, and 1.1 against 1.4–3.0 in Chromium 156 (same identity test for objects).
    if (i <= last || !Object.is(all[i], flights[k])) return giveUp('mismatch');
    last = i;
    while (j < p && before[j]! < i) {
      removed.push(before[j]!);
      touch(before[j++]!, -1);
    }
    if (j < p && before[j] === i) j++;
    else {
      added.push(i);
      touch(i, 1);
    }
    if (tooMany()) return giveUp(undefined);
  }
  while (j < p) {
    removed.push(before[j]!);
    touch(before[j++]!, -1);
  }
  return tooMany() ? giveUp(undefined) : { added, removed, touched, unidentified };
}

/** Makes the list of every flight the stamped view, with its summaries, order and first positions. */
function rebaseOnWhole(ai: AirframesIndex, whole: Whole): void {
  const { previous, flightStart, flightOrder } = ai;
  const n = ai.index.flights.length;
  for (const a of previous.seen) previous.summary[a] = undefined;
  whole.order.forEach((a, k) => {
    previous.summary[a] = whole.list.aircraft[k];
    previous.firstOf[a] = flightOrder[flightStart[a]!]!;
  });
  previous.seen = whole.seen;
  previous.order = whole.order;
  previous.unidentified = whole.list.unidentified;
  previous.stamp.fill(previous.view);
  // The counters are still the view's before: count each airframe again before adjusting it.
  previous.counted++;
  previous.positions = whole.positions ??= Int32Array.from({ length: n }, (_, i) => i);
}

/**
 * Airframe a's counters from its own flights that the stamped view has, as countAndSummarise fills
 * them: in index order, so sources are met, and the latest registration found, in the same order.
 */
function recount(ai: AirframesIndex, a: number, view: number): void {
  const { flightStart, flightOrder, combo, combos, tieStart } = ai;
  const { stamp } = ai.previous;
  const { count, first, last, latestReg } = ai.scratch;
  const { valueSlot } = combos;
  clearCounters(ai, a);
  for (let k = flightStart[a]!; k < flightStart[a + 1]!; k++) {
    const i = flightOrder[k]!;
    if (stamp[i] !== view) continue;
    const c = combo[i]!;
    if (count[a] === 0) first[a] = i;
    last[a] = i;
    countCombination(ai, a, c, 1, i);
    if (valueSlot[3 * c]! >= 0) {
      // As latestAmongTies: among flights that tie, the first of the latest tie labels the airframe.
      const latest = latestReg[a]! - 1;
      if (tieStart === undefined || latest < 0 || tieStart[i] !== tieStart[latest]) latestReg[a] = i + 1;
    }
  }
}

/**
 * The counters of the airframes marked 2 in `scratch.changed`, less the flights that left and plus
 * those that entered (the stamps already this view's). Counts subtract exactly; a first, last or
 * latest position, or a source's first flight, that left is found again by `repair`.
 */
function adjustCounters(ai: AirframesIndex, removed: readonly number[], added: readonly number[]): void {
  const { airframe, combo, combos, scratch } = ai;
  const { count, first, last, latestReg, changed } = scratch;
  for (const [list, sign] of [
    [removed, -1],
    [added, 1],
  ] as const) {
    for (const i of list) {
      const a = airframe[i]!;
      if (a < 0 || changed[a] !== 2) continue;
      const c = combo[i]!;
      if (sign > 0) {
        if (count[a] === 0 || i < first[a]!) first[a] = i;
        if (i > last[a]!) last[a] = i;
      }
      countCombination(ai, a, c, sign, i);
      if (sign > 0 && combos.valueSlot[3 * c]! >= 0 && i + 1 > latestReg[a]!) latestReg[a] = i + 1;
    }
  }
}

/**
 * Adds n flights (n < 0: removes them) of combination c, of airframe a, to its counters: counts of
 * flights, conflicts, values, sources and routes, and the first flight of each source, at position
 * `at` or later for the flights added.
 */
function countCombination(ai: AirframesIndex, a: number, c: number, n: number, at: number): void {
  const { count, conflicts, own, derived, sourceMet, sourceCount, routeCount } = ai.scratch;
  const { valueSlot, sourceSlot, routeSlot, conflict } = ai.combos;
  count[a]! += n;
  conflicts[a]! += n * conflict[c]!;
  for (let field = 0; field < 3; field++) {
    const slot = valueSlot[3 * c + field]!;
    if (slot < 0) continue;
    const q = sourceSlot[3 * c + field]!;
    if (q < 0) own[slot]! += n;
    else {
      derived[slot]! += n;
      sourceCount[q]! += n;
      if (n > 0 && (sourceMet[q] === 0 || at + 1 < sourceMet[q]!)) sourceMet[q] = at + 1;
    }
  }
  routeCount[routeSlot[c]!]! += n;
}

/**
 * After adjustCounters (no flights tie): airframe a's first and last flight, latest registration
 * and each source's first flight, where the one recorded left the view, found again from it in the
 * airframe's own flights (a date step only skips the flights that left).
 */
function repair(ai: AirframesIndex, a: number, view: number): void {
  const { flightStart, flightOrder, scratch, sourceFirst, slotStart, sourceOwner, slotField } = ai;
  const { stamp } = ai.previous;
  const { count, first, last, latestReg, sourceMet, sourceCount } = scratch;
  if (count[a] === 0) return;
  const start = flightStart[a]!;
  const end = flightStart[a + 1]!;
  const has = (i: number) => stamp[i] === view;
  // Where position i is among the airframe's flights (it is one of them).
  const at = (i: number) => {
    let lo = start;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (flightOrder[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const forward = (from: number, ok: (i: number) => boolean) => {
    for (let k = at(from); k < end; k++)
      if (has(flightOrder[k]!) && ok(flightOrder[k]!)) return flightOrder[k]!;
    return -1;
  };
  const backward = (from: number, ok: (i: number) => boolean) => {
    for (let k = at(from); k >= start; k--)
      if (has(flightOrder[k]!) && ok(flightOrder[k]!)) return flightOrder[k]!;
    return -1;
  };
  const any = () => true;
  if (!has(first[a]!)) first[a] = forward(first[a]!, any);
  if (!has(last[a]!)) last[a] = backward(last[a]!, any);
  const registration = ai.valueSlot[0];
  if (latestReg[a]! > 0 && !has(latestReg[a]! - 1))
    latestReg[a] = backward(latestReg[a]! - 1, (i) => registration[i]! >= 0) + 1;
  for (let q = sourceFirst[slotStart[a]!]!; q < sourceFirst[slotStart[a + 1]!]!; q++) {
    if (sourceCount[q] === 0) sourceMet[q] = 0;
    else if (!has(sourceMet[q]! - 1)) {
      const column = ai.sourceSlot[slotField[sourceOwner[q]!]! as 0 | 1 | 2];
      sourceMet[q] = forward(sourceMet[q]! - 1, (i) => column[i] === q) + 1;
    }
  }
}

/** Whether `flights` are `all`, element by element (a pointer compare each). */
function sameFlights(all: readonly Flight[], flights: readonly Flight[]): boolean {
  for (let k = 0; k < flights.length; k++) if (!Object.is(all[k], flights[k])) return false;
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
  scratch.sourceCount.fill(0, sourceFirst[s0]!, sourceFirst[s1]!);
  scratch.routeCount.fill(0, routeStart[a]!, routeStart[a + 1]!);
  scratch.count[a] = 0;
  scratch.last[a] = 0;
  scratch.latestReg[a] = 0;
  scratch.conflicts[a] = 0;
  scratch.changed[a] = 0;
}

/**
 * Everything the dashboard's views read, computed in one pass over the filtered slice of the index.
 */
import type { FilterContext } from './identity-filters';
import { dayNumber, isIsoDate } from '../contract';
import { fastDayToDate } from '../contract';
import { CONFIDENCES } from '../contract';
import type { AirportSummary, BinUnit, ConfidenceCounts, Filters, Flight, RouteSummary } from '../contract';
import { compareAirports, compareRoutes } from './aggregate';
import { binLayout, binsFromCounts, emptyCounts, spreadOverBins } from './bins';
import type { BinLayout, ViewBin } from './bins';
import { ALL_CONFIDENCES, compileFilters } from './compile-filters';
import { lastDay } from './flight-index';
import type { FlightIndex } from './flight-index';

export interface FlightView {
  /** The flights that pass the filters, in index (time) order. */
  flights: Flight[];
  /** Their positions in the index, ascending: what per-view counters read instead of the objects. */
  positions: Int32Array;
  /** As aggregateRoutes(flights) in tests/oracles/query.ts. */
  routes: RouteSummary[];
  /** As aggregateAirports(flights) (tests/oracles/query.ts). */
  airports: AirportSummary[];
  /**
   * As binTimeline(flights, unit, range) (tests/oracles/query.ts) for flights on a known day; a flight
   * with an imprecise date is spread over its days in `uncertain` (see ViewBin).
   */
  bins: ViewBin[];
  /** The inclusive range the bins cover: the filter's, each open end taken from the data; none if empty. */
  range: { from: string; to: string } | undefined;
  confidenceCounts: ConfidenceCounts;
  /** Counts by confidence under every filter except the confidence filter (for the checkboxes). */
  confidenceCountsIgnoringConfidence: ConfidenceCounts;
  total: number;
  /** How many of the passing flights have an imprecise date (`dateEnd` after `date`). */
  uncertain: number;
}

const K = CONFIDENCES.length;

/** Flat route × value mark tables up to this many cells; beyond it, Sets in a second pass. */
const MAX_MARKS = 1 << 24;

/**
 * Distinct values (operator or publisher ids) per route over the passing flights, when the flat
 * tables would be too large: a second pass with Sets. Rare (thousands of routes × publishers).
 */
function distinctBySets(
  index: FlightIndex,
  lo: number,
  hi: number,
  passes: (i: number) => boolean,
): { operators: Map<number, Set<number>>; publishers: Map<number, Set<number>> } {
  const operators = new Map<number, Set<number>>();
  const publishers = new Map<number, Set<number>>();
  const add = (m: Map<number, Set<number>>, r: number, v: number) => {
    let set = m.get(r);
    if (!set) m.set(r, (set = new Set()));
    set.add(v);
  };
  const { route, operator, publisherStart, publisherIds } = index;
  // 0 ≤ lo ≤ i < hi ≤ n: every column has n (publisherStart n + 1) entries; p < publisherStart[n].
  for (let i = lo; i < hi; i++) {
    if (!passes(i)) continue;
    const r = route[i]!;
    const op = operator[i]!;
    if (op >= 0) add(operators, r, op);
    const end = publisherStart[i + 1]!;
    for (let p = publisherStart[i]!; p < end; p++) add(publishers, r, publisherIds[p]!);
  }
  return { operators, publishers };
}

function countsOf(values: Int32Array): ConfidenceCounts {
  const c = emptyCounts();
  CONFIDENCES.forEach((name, j) => (c[name] = values[j] ?? 0));
  return c;
}

/** Per-query counters, all typed arrays: the hot loop touches nothing else. */
interface Tally {
  routeCount: Int32Array;
  routeConf: Int32Array;
  routeFirst: Int32Array;
  routeLast: Int32Array;
  routeMulti: Uint8Array;
  /** Route × operator and route × publisher marks (empty when too large: see distinctBySets). */
  operatorMarks: Uint8Array;
  publisherMarks: Uint8Array;
  nOperators: number;
  nPublishers: number;
  ignoring: Int32Array;
  binCounts: Int32Array;
  /** Imprecise flights: weight and count per bin, and how many passed. */
  uncertainWeights: Float64Array;
  uncertainFlights: Int32Array;
  uncertain: number;
}

function newTally(
  nRoutes: number,
  nOperators: number,
  nPublishers: number,
  binCounts: Int32Array,
  nBins: number,
): Tally {
  return {
    routeCount: new Int32Array(nRoutes),
    routeConf: new Int32Array(nRoutes * K),
    routeFirst: new Int32Array(nRoutes),
    routeLast: new Int32Array(nRoutes),
    routeMulti: new Uint8Array(nRoutes),
    operatorMarks: new Uint8Array(nRoutes * nOperators),
    publisherMarks: new Uint8Array(nRoutes * nPublishers),
    nOperators,
    nPublishers,
    ignoring: new Int32Array(K),
    binCounts,
    uncertainWeights: new Float64Array(nBins),
    uncertainFlights: new Int32Array(nBins),
    uncertain: 0,
  };
}

/**
 * The one pass over the slice `[lo, hi)`. Kept apart from computeView so that it stays optimised
 * whatever shapes of filters computeView sees; `out` collects passing flights unless all pass.
 */
function tally(
  index: FlightIndex,
  t: Tally,
  lo: number,
  hi: number,
  test: ((i: number) => boolean) | undefined,
  confidenceMask: number,
  layout: BinLayout,
  out: Flight[] | undefined,
  positions: Int32Array,
): number {
  const { day, dayEnd, route, confidence, operator, multiSource, publisherStart, publisherIds, flights } =
    index;
  const { binOfDay, fromDay: from } = layout;
  const { routeCount, routeConf, routeFirst, routeLast, routeMulti, operatorMarks, publisherMarks } = t;
  const { ignoring, binCounts, nOperators, nPublishers } = t;
  const marks = nOperators > 0 || nPublishers > 0;
  // The `!` reads are at i with 0 ≤ lo ≤ i < hi ≤ n (each column has n entries, publisherStart n + 1)
  // or at p < publisherStart[n] = publisherIds.length. The counters are indexed by ids the index
  // interned (route < nRoutes, confidence < K, day within the bins' range), so `?? 0` never applies.
  let passed = 0;
  for (let i = lo; i < hi; i++) {
    if (test !== undefined && !test(i)) continue;
    const c = confidence[i]!;
    ignoring[c] = (ignoring[c] ?? 0) + 1;
    if (((confidenceMask >> c) & 1) === 0) continue;
    if (out !== undefined) out.push(flights[i]!);
    positions[passed++] = i;
    const r = route[i]!;
    const d = day[i]!;
    const e = dayEnd[i]!;
    const count = routeCount[r] ?? 0;
    // Flights come in `date` order, so the first is the earliest; the last day is the latest end.
    if (count === 0) routeFirst[r] = d;
    if (count === 0 || e > routeLast[r]!) routeLast[r] = e;
    routeCount[r] = count + 1;
    const rc = r * K + c;
    routeConf[rc] = (routeConf[rc] ?? 0) + 1;
    routeMulti[r] = (routeMulti[r] ?? 0) | multiSource[i]!;
    if (e === d) {
      const bc = (binOfDay[d - from] ?? 0) * K + c;
      binCounts[bc] = (binCounts[bc] ?? 0) + 1;
    } else {
      t.uncertain++;
      spreadOverBins(layout, d, e, t.uncertainWeights, t.uncertainFlights);
    }
    if (!marks) continue;
    const op = operator[i]!;
    if (op >= 0) operatorMarks[r * nOperators + op] = 1;
    const end = publisherStart[i + 1]!;
    for (let p = publisherStart[i]!; p < end; p++) publisherMarks[r * nPublishers + publisherIds[p]!] = 1;
  }
  return passed;
}

/**
 * Filters the index and computes every view's data in one pass: the passing flights, routes,
 * airports, timeline bins over the filter's range (open ends: the data's span), confidence counts,
 * and the confidence counts the confidence filter alone would leave.
 */
export function computeView(
  index: FlightIndex,
  filters: Filters,
  unit: BinUnit,
  context?: FilterContext,
): FlightView {
  const { lo, hi, confidenceMask, test } = compileFilters(index, filters, context);
  const n = index.day.length;

  const from = filters.from && isIsoDate(filters.from) ? dayNumber(filters.from) : (index.day[0] ?? NaN);
  const to = filters.to && isIsoDate(filters.to) ? dayNumber(filters.to) : n > 0 ? lastDay(index) : NaN;
  const hasRange = !Number.isNaN(from) && !Number.isNaN(to) && from <= to;
  const layout = binLayout(hasRange ? from : 0, hasRange ? to : -1, unit);
  const nBins = Math.max(0, layout.bounds.length - 1);
  const binCounts = new Int32Array(nBins * K);

  const nRoutes = index.routeOrigin.length;
  const nOperators = index.operators.length;
  const nPublishers = index.publishers.length;
  const flat = nRoutes * Math.max(nOperators, nPublishers) <= MAX_MARKS;
  const t = newTally(nRoutes, flat ? nOperators : 0, flat ? nPublishers : 0, binCounts, nBins);
  const allPass = !test && confidenceMask === ALL_CONFIDENCES;
  const flights = allPass ? index.flights.slice(lo, hi) : [];
  const slots = new Int32Array(Math.max(0, hi - lo));
  const passed = tally(index, t, lo, hi, test, confidenceMask, layout, allPass ? undefined : flights, slots);
  // A view keeps few flights of a large slice: the positions' buffer is not kept at the slice's size.
  const positions = passed * 2 < slots.length ? slots.slice(0, passed) : slots.subarray(0, passed);
  const {
    routeCount,
    routeConf,
    routeFirst,
    routeLast,
    routeMulti,
    operatorMarks,
    publisherMarks,
    ignoring,
  } = t;
  const sets = flat
    ? undefined
    : distinctBySets(
        index,
        lo,
        hi,
        (i) => (test === undefined || test(i)) && ((confidenceMask >> (index.confidence[i] ?? 0)) & 1) === 1,
      );
  const operatorsOf = (r: number): string[] => {
    const names: string[] = [];
    const { operators } = index;
    if (sets) for (const id of sets.operators.get(r) ?? []) names.push(operators[id] ?? '');
    else
      for (let v = 0; v < nOperators; v++)
        if (operatorMarks[r * nOperators + v] === 1) names.push(operators[v] ?? '');
    return names.sort();
  };
  const publishersOf = (r: number): number => {
    if (sets) return sets.publishers.get(r)?.size ?? 0;
    let count = 0;
    for (let v = 0; v < nPublishers; v++) count += publisherMarks[r * nPublishers + v] ?? 0;
    return count;
  };

  const departures = new Int32Array(index.airports.length);
  const arrivals = new Int32Array(index.airports.length);
  const routes: RouteSummary[] = [];
  // r < nRoutes = routeOrigin.length = routeDestination.length = routeCount.length (and the other route tables).
  for (let r = 0; r < nRoutes; r++) {
    const count = routeCount[r]!;
    if (count === 0) continue;
    const o = index.routeOrigin[r]!;
    const dst = index.routeDestination[r]!;
    departures[o] = (departures[o] ?? 0) + count;
    arrivals[dst] = (arrivals[dst] ?? 0) + count;
    const conf = countsOf(routeConf.subarray(r * K, r * K + K));
    const origin = index.airports[o] ?? '';
    const destination = index.airports[dst] ?? '';
    routes.push({
      key: `${origin}>${destination}`,
      origin,
      destination,
      count,
      firstDate: fastDayToDate(routeFirst[r]!),
      lastDate: fastDayToDate(routeLast[r]!),
      operators: operatorsOf(r),
      confidence: conf,
      publishers: publishersOf(r),
      weakEvidence: conf.confirmed === 0 || routeMulti[r] === 0,
    });
  }
  routes.sort(compareRoutes);

  const airports: AirportSummary[] = [];
  // a < airports.length = departures.length = arrivals.length.
  for (let a = 0; a < index.airports.length; a++) {
    const total = departures[a]! + arrivals[a]!;
    if (total > 0) {
      airports.push({ icao: index.airports[a]!, arrivals: arrivals[a]!, departures: departures[a]!, total });
    }
  }
  airports.sort(compareAirports);

  const passing = new Int32Array(K);
  for (let j = 0; j < K; j++) passing[j] = ((confidenceMask >> j) & 1) === 1 ? ignoring[j]! : 0;
  return {
    flights,
    positions,
    routes,
    airports,
    bins: binsFromCounts(layout, binCounts, { weights: t.uncertainWeights, flights: t.uncertainFlights }),
    range: hasRange ? { from: fastDayToDate(from), to: fastDayToDate(to) } : undefined,
    confidenceCounts: countsOf(passing),
    confidenceCountsIgnoringConfidence: countsOf(ignoring),
    total: flights.length,
    uncertain: t.uncertain,
  };
}

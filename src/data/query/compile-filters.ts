/**
 * Filtering over the flight index. The date range is found by binary search on the day numbers; the
 * other filters run over that slice only, on the interned columns.
 *
 * Filter semantics (every filter combines with AND):
 * - `from`/`to`: inclusive UTC calendar days (`[from 00:00Z, to+1 00:00Z)` on `date`); an absent or
 *   malformed end is open; `from` after `to` matches nothing. A flight with an imprecise date
 *   (`date` … `dateEnd`) passes when its range overlaps the filter's.
 * - `operators`, `aircraftTypes`, `confidences`: any of, exact (case-sensitive); empty = no filter.
 * - `airport` (either end), `origin`, `destination`: exact ICAO code, trimmed and upper-cased first.
 * - `registration`: case-insensitive substring ("az1" finds "4K-AZ100").
 * - `text`: case-insensitive substring over id, callsign, registration, operator, cargo, notes and
 *   each source's publisher, title and url (never across two fields).
 * - `publishers` (any of a flight's source publishers), `minPublishers` (distinct publishers ≥ N) and
 *   `area` (either airport inside): see extra-filters.ts.
 * - `aircraft` (airframe keys) and `identityConflict`: see identity-filters.ts.
 * Blank strings (after trimming) mean no filter.
 */
import { dayRange, isIsoDate } from '../contract';
import { CONFIDENCES } from '../contract';
import type { Filters } from '../contract';
import { lazyColumn, lowerBound, maxReach } from './flight-index';
import { textMatches } from './text-index';
import type { FlightIndex } from './flight-index';
import { extraFilterTests } from './extra-filters';
import { identityFilterTests, type FilterContext } from './identity-filters';

/** Every confidence allowed. */
export const ALL_CONFIDENCES = (1 << CONFIDENCES.length) - 1;

/** Filters compiled against one index: a slice of it plus per-flight tests. */
export interface CompiledFilters {
  /**
   * The slice `[lo, hi)` of the index that holds every flight the date range may keep. It starts
   * early enough for an imprecise date that begins before `from` and ends after it; `test` then
   * checks those flights' ends.
   */
  lo: number;
  hi: number;
  /** Bit c set = confidence code c passes. */
  confidenceMask: number;
  /**
   * Every filter except confidence, and the date range where the slice alone does not decide it;
   * undefined when there is none.
   */
  test: ((i: number) => boolean) | undefined;
}

const blank = (s: string | undefined): boolean => s === undefined || s.trim() === '';

function maskOf(values: readonly string[] | undefined, ids: ReadonlyMap<string, number>, size: number) {
  if (!values || values.length === 0) return undefined;
  const mask = new Uint8Array(size);
  for (const v of values) {
    const id = ids.get(v);
    if (id !== undefined) mask[id] = 1;
  }
  return mask;
}

/** Compiles filters against an index (used by queryFlights and computeView). */
export function compileFilters(
  index: FlightIndex,
  filters: Filters,
  context?: FilterContext,
): CompiledFilters {
  const fromDay = filters.from && isIsoDate(filters.from) ? filters.from : undefined;
  const toDay = filters.to && isIsoDate(filters.to) ? filters.to : undefined;
  const [start, end] = dayRange(fromDay, toDay);
  // Sorted by `date`, so every flight from `exactLo` on starts inside the range; one before it may
  // still overlap with its `dateEnd`, at most maxReach days back.
  const exactLo = start === -Infinity ? 0 : lowerBound(index.day, start);
  // (A reversed range matches nothing, imprecise dates included.)
  const reach = start === -Infinity || start >= end ? 0 : maxReach(index);
  const lo = reach === 0 ? exactLo : lowerBound(index.day, start - reach);
  const hi = end === Infinity ? index.day.length : lowerBound(index.day, end);
  let confidenceMask = ALL_CONFIDENCES;
  if (filters.confidences && filters.confidences.length > 0) {
    confidenceMask = 0;
    for (const c of filters.confidences) {
      const code = CONFIDENCES.indexOf(c);
      if (code >= 0) confidenceMask |= 1 << code;
    }
  }

  const tests: ((i: number) => boolean)[] = [];
  if (lo < exactLo) {
    const { dayEnd } = index;
    // First, so the flights that merely precede the range stop here.
    tests.push((i) => i >= exactLo || (dayEnd[i] ?? -Infinity) >= start);
  }
  const operatorMask = maskOf(filters.operators, index.operatorIds, index.operators.length);
  if (operatorMask) {
    const col = index.operator;
    // An absent value (-1) or a position outside the column reads undefined: no match.
    tests.push((i) => operatorMask[col[i] ?? -1] === 1);
  }
  if (filters.aircraftTypes && filters.aircraftTypes.length > 0) {
    const { ids: col, values, idOf } = lazyColumn(index, 'aircraftType');
    const aircraftMask = maskOf(filters.aircraftTypes, idOf, values.length) as Uint8Array;
    tests.push((i) => aircraftMask[col[i] ?? -1] === 1);
  }
  // Airport filters become a mask over routes: a route's ends decide for all its flights.
  const airportId = (code: string) => index.airportIds.get(code.trim().toUpperCase()) ?? -1;
  const routeTests: ((r: number) => boolean)[] = [];
  if (!blank(filters.airport)) {
    const a = airportId(filters.airport as string);
    routeTests.push((r) => index.routeOrigin[r] === a || index.routeDestination[r] === a);
  }
  if (!blank(filters.origin)) {
    const a = airportId(filters.origin as string);
    routeTests.push((r) => index.routeOrigin[r] === a);
  }
  if (!blank(filters.destination)) {
    const a = airportId(filters.destination as string);
    routeTests.push((r) => index.routeDestination[r] === a);
  }
  if (routeTests.length > 0) {
    const mask = new Uint8Array(index.routeOrigin.length);
    for (let r = 0; r < mask.length; r++) mask[r] = routeTests.every((t) => t(r)) ? 1 : 0;
    const col = index.route;
    tests.push((i) => mask[col[i] ?? -1] === 1);
  }
  if (!blank(filters.registration)) {
    const needle = (filters.registration as string).trim().toLowerCase();
    const { ids: col, values } = lazyColumn(index, 'registration');
    const mask = Uint8Array.from(values, (r) => (r.toLowerCase().includes(needle) ? 1 : 0));
    tests.push((i) => mask[col[i] ?? -1] === 1);
  }
  if (!blank(filters.text)) {
    const needle = (filters.text as string).trim().toLowerCase();
    // One index lookup for the whole filter (text-index.ts), then a read per flight.
    const mask = textMatches(index, needle);
    tests.push((i) => mask[i] === 1);
  }
  tests.push(...extraFilterTests(index, filters));
  tests.push(...identityFilterTests(index, filters, context));
  let test: ((i: number) => boolean) | undefined;
  if (tests.length === 1) test = tests[0];
  else if (tests.length > 1) {
    test = (i) => {
      for (let t = 0; t < tests.length; t++) if (!tests[t]!(i)) return false;
      return true;
    };
  }
  // Built once, complete: objects changed after creation change shape and deoptimise their readers.
  return { lo, hi: Math.max(lo, hi), confidenceMask, test };
}

/**
 * The query API: build the index once per dataset, then filter it or compute every view in one pass.
 * Filter semantics are documented in compile-filters.ts.
 */
import type { Filters, Flight } from '../contract';
import { ALL_CONFIDENCES, compileFilters } from './compile-filters';
import type { FlightIndex } from './flight-index';

/** The flights that pass the filters, in index (time) order. */
export function queryFlights(index: FlightIndex, filters: Filters): Flight[] {
  const { lo, hi, confidenceMask, test } = compileFilters(index, filters);
  if (!test && confidenceMask === ALL_CONFIDENCES) return index.flights.slice(lo, hi);
  const out: Flight[] = [];
  const conf = index.confidence;
  for (let i = lo; i < hi; i++) {
    if (((confidenceMask >> conf[i]) & 1) === 1 && (!test || test(i))) out.push(index.flights[i]);
  }
  return out;
}

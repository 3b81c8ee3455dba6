/**
 * The patterns the Patterns panel shows, from the same filtered flights as every other view, each
 * memoized on its inputs so a filter change recomputes only the pattern on show.
 */
import type { Filters, Flight } from '../data/contract';
import { computeView, type FilterContext, type FlightIndex } from '../data/query';
import { selectLiveFilterContext } from './identity-selectors';
import {
  comparePeriods,
  flightsByAircraft,
  groundTimes,
  rhythmCounts,
  seriesBy,
  type Period,
  type RhythmEnd,
  type SeriesKey,
  type SeriesUnit,
} from '../data/patterns';
import { memoizeLast } from './memo';
import { selectOverview, selectView } from './selectors';
import type { AirliftState } from './store';

const noFlights: readonly Flight[] = [];

// The charts follow the filters as set, not as the held views show them (store.ts, heldFilters): a chart
// open in the Patterns dialog updates first. Unheld, both are the same view, computed once.
const liveViewOf = memoizeLast((index: FlightIndex | null, filters: Filters, context: FilterContext) =>
  index ? computeView(index, filters, 'year', context) : null,
);
const viewFlights = (s: AirliftState) =>
  (s.heldFilters === null ? selectView(s) : liveViewOf(s.index, s.filters, selectLiveFilterContext(s)))
    ?.flights ?? noFlights;
const liveOverviewOf = memoizeLast((index: FlightIndex | null, filters: Filters, context: FilterContext) =>
  index ? computeView(index, filters, 'year', context) : null,
);
const nonDateFiltersOf = memoizeLast((key: string): Filters => JSON.parse(key) as Filters);
const overviewFlights = (s: AirliftState) => {
  if (s.heldFilters === null) return selectOverview(s)?.flights ?? noFlights;
  const { from: _from, to: _to, ...rest } = s.filters;
  return (
    liveOverviewOf(s.index, nonDateFiltersOf(JSON.stringify(rest)), selectLiveFilterContext(s))?.flights ??
    noFlights
  );
};

const comparisonOf = memoizeLast((flights: readonly Flight[], a: Period, b: Period) =>
  comparePeriods(flights, a, b),
);
/**
 * Period A against period B over the flights that pass every filter but the date range (the two
 * periods take its place).
 */
export const selectComparison = (s: AirliftState, a: Period, b: Period) =>
  comparisonOf(overviewFlights(s), a, b);

const seriesOf = memoizeLast((flights: readonly Flight[], by: SeriesKey, unit: SeriesUnit) =>
  seriesBy(flights, by, unit),
);
/** Flights per destination (or operator, or aircraft) and month or quarter, of the current filter. */
export const selectSeries = (s: AirliftState, by: SeriesKey, unit: SeriesUnit) =>
  seriesOf(viewFlights(s), by, unit);

const rhythmOf = memoizeLast(
  (flights: readonly Flight[], end: RhythmEnd, zoneOf: ((icao: string) => string | undefined) | undefined) =>
    rhythmCounts(flights, end, zoneOf),
);
// The grid counts under every filter but its own cell filter (`when`), as the confidence checkboxes
// count under every filter but confidence: a click on a cell narrows the other views, not the grid.
const withoutWhenOf = memoizeLast((key: string): Filters => JSON.parse(key) as Filters);
const gridViewOf = memoizeLast((index: FlightIndex | null, filters: Filters, context: FilterContext) =>
  index ? computeView(index, filters, 'year', context) : null,
);
function gridFlights(s: AirliftState): readonly Flight[] {
  const { when, ...rest } = s.filters;
  if (!when) return viewFlights(s);
  return (
    gridViewOf(s.index, withoutWhenOf(JSON.stringify(rest)), selectLiveFilterContext(s))?.flights ?? noFlights
  );
}

/** Departures or arrivals by weekday and hour (UTC without `zoneOf`), under every filter but `when`. */
export const selectRhythm = (
  s: AirliftState,
  end: RhythmEnd,
  zoneOf?: (icao: string) => string | undefined,
) => rhythmOf(gridFlights(s), end, zoneOf);

// Each aircraft's flights in time order change only with the dataset: sorted once, not per filter change.
const byAircraftOf = memoizeLast((flights: readonly Flight[]) => flightsByAircraft(flights));
const passingFlights = memoizeLast((flights: readonly Flight[]) => new Set(flights));
const groundTimesOf = memoizeLast((all: readonly Flight[], shown: readonly Flight[], airport: string) => {
  const passing = passingFlights(shown);
  return groundTimes(all, airport, { countsArrival: (f) => passing.has(f), byAircraft: byAircraftOf(all) });
});
/**
 * Turnarounds at an airport for the arrivals of the current filter, each paired with the aircraft's next
 * flight among all the dataset's flights (a filter on the destination must not hide the departure).
 */
export const selectGroundTimes = (s: AirliftState, airport: string) =>
  groundTimesOf(s.dataset?.flights ?? noFlights, viewFlights(s), airport);

const paneComparisonOf = memoizeLast((flights: readonly Flight[], a: Period, b: Period) =>
  comparePeriods(flights, a, b),
);
/**
 * The comparison the analyst set (shaded on the timeline, drawn on the map, in the brief), if any: over
 * the views' filters, so it moves with them.
 */
export const selectActiveComparison = (s: AirliftState) =>
  !s.comparison
    ? undefined
    : s.heldFilters === null
      ? selectComparison(s, s.comparison.a, s.comparison.b)
      : paneComparisonOf(selectOverview(s)?.flights ?? noFlights, s.comparison.a, s.comparison.b);

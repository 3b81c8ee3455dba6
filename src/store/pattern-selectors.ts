/**
 * The patterns the Patterns panel shows, from the same filtered flights as every other view, each
 * memoized on its inputs so a filter change recomputes only the pattern on show.
 */
import type { AirportSummary, Filters, Flight } from '../data/contract';
import {
  compareAirports,
  computeView,
  groundTimesAt,
  passingPositions,
  seriesAt,
  type FilterContext,
  type FlightIndex,
} from '../data/query';
import { selectLiveFilterContext } from './identity-selectors';
import {
  comparePeriods,
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

// The series read the index's columns at the passing positions (query/series-index.ts: reading each
// imported flight's own strings was most of its time).
const livePositionsOf = memoizeLast(
  (index: FlightIndex | null, filters: Filters, context: FilterContext): Int32Array =>
    index ? passingPositions(index, filters, context) : new Int32Array(0),
);
const seriesOf = memoizeLast(
  (index: FlightIndex | null, positions: Int32Array, by: SeriesKey, unit: SeriesUnit) =>
    index ? seriesAt(index, positions, by, unit) : seriesBy([], by, unit),
);
/** Flights per destination (or operator, or aircraft) and month or quarter, of the current filter. */
export const selectSeries = (s: AirliftState, by: SeriesKey, unit: SeriesUnit) =>
  seriesOf(s.index, livePositionsOf(s.index, s.filters, selectLiveFilterContext(s)), by, unit);

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

const maskOf = memoizeLast((index: FlightIndex | null, positions: Int32Array) => {
  const mask = new Uint8Array(index?.flights.length ?? 0);
  for (let k = 0; k < positions.length; k++) mask[positions[k]!] = 1;
  return mask;
});
// Over the index (query/ground-time-index.ts): each airframe's order and the instants once per index, the
// arrivals counted as a mask over positions.
const groundTimesOf = memoizeLast((index: FlightIndex | null, counted: Uint8Array, airport: string) =>
  index ? groundTimesAt(index, airport, counted) : groundTimes([], airport),
);
/**
 * Turnarounds at an airport for the arrivals of the current filter, each paired with the aircraft's next
 * flight among all the dataset's flights (a filter on the destination must not hide the departure).
 */
export const selectGroundTimes = (s: AirliftState, airport: string) =>
  groundTimesOf(
    s.index,
    maskOf(s.index, livePositionsOf(s.index, s.filters, selectLiveFilterContext(s))),
    airport,
  );

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

const arrivalsFromView = memoizeLast((airports: readonly AirportSummary[] | undefined) =>
  (airports ?? []).filter((a) => a.arrivals > 0).map((a) => ({ icao: a.icao, arrivals: a.arrivals })),
);
const arrivalsOf = memoizeLast((flights: readonly Flight[]) => {
  const byIcao = new Map<string, AirportSummary>();
  const at = (icao: string) => {
    let a = byIcao.get(icao);
    if (!a) byIcao.set(icao, (a = { icao, arrivals: 0, departures: 0, total: 0 }));
    a.total++;
    return a;
  };
  for (const f of flights) {
    at(f.destination).arrivals++;
    at(f.origin).departures++;
  }
  // Busiest first, as the view lists its airports.
  return arrivalsFromView([...byIcao.values()].sort(compareAirports));
});
/** The airports the current filter's flights arrive at, busiest first (Time on the ground's choices). */
export const selectArrivalAirports = (s: AirliftState): readonly { icao: string; arrivals: number }[] =>
  s.heldFilters === null ? arrivalsFromView(selectView(s)?.airports) : arrivalsOf(viewFlights(s));

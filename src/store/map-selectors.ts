/**
 * What the map draws, derived once per change with stable references: react-leaflet compares
 * `positions`, `center` and `pathOptions` by reference, so the same route or airport must get the very
 * same arrays after a filter change.
 */
import { arrowHead, routeArc, type LatLon } from '../data/geo';
import { computeView, type FilterContext, type FlightIndex } from '../data/query';
import { selectFilterContext } from './identity-selectors';
import type { Airport, AirportSummary, Filters, Flight, RouteSummary } from '../data/contract';
import { memoizeLast } from './memo';
import { selectAirportsByIcao, selectSelectionFlights, selectView } from './selectors';
import { paneFilters, type AirliftState } from './store';

export interface RouteGeometry {
  /** The great-circle arc, bent to one side so A→B and B→A stay apart. */
  arc: LatLon[];
  /** The arrow head at the arc's end. */
  arrow: LatLon[];
}

// One cache per airports table (the dataset's): it holds at most one entry per route of that dataset,
// and goes with the table when another dataset loads.
const geometryCaches = new WeakMap<ReadonlyMap<string, Airport>, Map<string, RouteGeometry>>();

/** The arc and arrow of a route between two known, distinct airports; the same object on every call. */
export function routeGeometry(
  airports: ReadonlyMap<string, Airport>,
  route: Pick<RouteSummary, 'key' | 'origin' | 'destination'>,
): RouteGeometry | undefined {
  const from = airports.get(route.origin);
  const to = airports.get(route.destination);
  if (!from || !to || route.origin === route.destination) return undefined;
  let cache = geometryCaches.get(airports);
  if (!cache) geometryCaches.set(airports, (cache = new Map()));
  let g = cache.get(route.key);
  if (!g) {
    const arc = routeArc([from.lat, from.lon], [to.lat, to.lon]);
    g = { arc, arrow: arrowHead(arc) };
    cache.set(route.key, g);
  }
  return g;
}

const maxTotalOf = memoizeLast((list: readonly AirportSummary[] | undefined) =>
  (list ?? []).reduce((m, a) => Math.max(m, a.total), 0),
);
/** The busiest shown airport's flight count (markers are sized against it). */
export const selectMaxAirportTotal = (s: AirliftState) => maxTotalOf(selectView(s)?.airports);

const centersOf = memoizeLast(
  (airports: ReadonlyMap<string, Airport>) =>
    new Map([...airports].map(([icao, a]) => [icao, [a.lat, a.lon] as LatLon])),
);

export interface AirportMarker {
  summary: AirportSummary;
  airport: Airport;
  /** The same array for an airport as long as the dataset is the same. */
  center: LatLon;
}
function markersFor(
  list: readonly AirportSummary[] | undefined,
  airports: ReadonlyMap<string, Airport>,
): AirportMarker[] {
  const centers = centersOf(airports);
  const markers: AirportMarker[] = [];
  for (const summary of list ?? []) {
    const airport = airports.get(summary.icao);
    const center = centers.get(summary.icao);
    if (airport && center) markers.push({ summary, airport, center });
  }
  return markers;
}
const markersOf = memoizeLast(markersFor);
/** The shown airports whose position is known, in the view's order. */
export const selectAirportMarkers = (s: AirliftState) =>
  markersOf(selectView(s)?.airports, selectAirportsByIcao(s));

const spansOf = memoizeLast((routes: readonly RouteSummary[] | undefined) => {
  const spans = new Map<string, readonly [string, string]>();
  for (const r of routes ?? []) {
    for (const icao of [r.origin, r.destination]) {
      const s = spans.get(icao);
      spans.set(
        icao,
        s
          ? [r.firstDate < s[0] ? r.firstDate : s[0], r.lastDate > s[1] ? r.lastDate : s[1]]
          : [r.firstDate, r.lastDate],
      );
    }
  }
  return spans;
});
/** First and last date of the shown flights touching each airport (from the routes). */
export const selectAirportSpans = (s: AirliftState): ReadonlyMap<string, readonly [string, string]> =>
  spansOf(selectView(s)?.routes);

const routesByKeyOf = memoizeLast(
  (routes: readonly RouteSummary[] | undefined) => new Map((routes ?? []).map((r) => [r.key, r])),
);
/** The shown routes by key (a tooltip reads its one route). */
export const selectRoutesByKey = (s: AirliftState) => routesByKeyOf(selectView(s)?.routes);

const airportSummariesOf = memoizeLast(
  (list: readonly AirportSummary[] | undefined) => new Map((list ?? []).map((a) => [a.icao, a])),
);
/** The shown airports' counts by ICAO code. */
export const selectAirportSummaries = (s: AirliftState) => airportSummariesOf(selectView(s)?.airports);

const fitPointsOf = memoizeLast((markers: readonly AirportMarker[]) => markers.map((m) => m.center));

// The map-area filter follows the map, so fitting to what it lets through could never widen the view
// (and does nothing once it has emptied it). Keyed on the other filters' content, like the overview.
const nonAreaFiltersOf = memoizeLast((key: string): Filters => JSON.parse(key) as Filters);
const nonAreaPointsOf = memoizeLast(
  (
    index: FlightIndex | null,
    filters: Filters,
    airports: ReadonlyMap<string, Airport>,
    context: FilterContext,
  ): LatLon[] => {
    // Only the airports are read: year bins are the fewest the view can make (10,000 years: 10,000 bins).
    const view = index ? computeView(index, filters, 'year', context) : null;
    return markersFor(view?.airports, airports).map((m) => m.center);
  },
);

/**
 * What "Fit to data" frames: the airports of the flights that pass every filter but the map area
 * (the area then follows the fitted map). Without an area filter, the shown airports.
 */
export const selectFitPoints = (s: AirliftState): readonly LatLon[] => {
  const filters = paneFilters(s);
  if (!filters.area) return fitPointsOf(selectAirportMarkers(s));
  const { area: _area, ...rest } = filters;
  return nonAreaPointsOf(
    s.index,
    nonAreaFiltersOf(JSON.stringify(rest)),
    selectAirportsByIcao(s),
    selectFilterContext(s),
  );
};

const selectedRouteKeysOf = memoizeLast(
  (selection: AirliftState['selection'], flights: readonly Flight[]): ReadonlySet<string> => {
    if (selection?.kind === 'route') return new Set([selection.key]);
    if (selection?.kind !== 'aircraft') return NO_KEYS;
    return new Set(flights.map((f) => `${f.origin}>${f.destination}`));
  },
);
const NO_KEYS: ReadonlySet<string> = new Set();
/**
 * The routes the map draws as selected: the selected route, or every route the selected aircraft flew
 * in the filter (an aircraft selection highlights its flights as a route selection does).
 */
export const selectSelectedRouteKeys = (s: AirliftState): ReadonlySet<string> =>
  selectedRouteKeysOf(s.selection, selectSelectionFlights(s));

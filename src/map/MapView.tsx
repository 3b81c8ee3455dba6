import 'leaflet/dist/leaflet.css';
import './map.css';
import { memo, useEffect, useMemo, useRef } from 'react';
import { create } from 'zustand';
import type { LeafletEventHandlerFnMap, PathOptions, Tooltip as LeafletTooltip } from 'leaflet';
import {
  CircleMarker,
  GeoJSON,
  MapContainer,
  Polygon,
  Polyline,
  TileLayer,
  Tooltip,
  useMap,
} from 'react-leaflet';
import { boundsOf, type LatLon } from '../data/geo';
import type { Airport, RouteSummary } from '../data/contract';
import { selectAirportsByIcao, selectView } from '../store/selectors';
import { useAirlift } from '../store/store';
import { useTheme, type Theme } from '../app/theme';
import { countriesGeoJson } from './countries';
import { MapAreaSync, MapAreaToggle } from './MapAreaFilter';
import { MapLegend } from './MapLegend';
import { airportRadius, routeShapes } from './route-style';
import { airportCode, labelOffset, useAirportLabelSides } from './airport-labels';
import type { LabelSide } from './label-placement';
import { describeMix, formatSpan } from '../data/query';

// An online tile layer is opt-in by configuration (VITE_TILE_URL at build time); off by default and in tests.
const TILE_URL = import.meta.env.VITE_TILE_URL as string | undefined;
const TILE_ATTRIBUTION =
  (import.meta.env.VITE_TILE_ATTRIBUTION as string | undefined) ?? '&copy; OpenStreetMap contributors';

const countryStyle: Record<Theme, PathOptions> = {
  light: { color: '#9aa5b1', weight: 0.6, fillColor: '#e7ebef', fillOpacity: 1 },
  dark: { color: '#4b5663', weight: 0.6, fillColor: '#232b35', fillOpacity: 1 },
};

export function MapView() {
  const requestFit = useAirlift((s) => s.requestFit);
  const { theme } = useTheme();
  return (
    <section className="map-wrap" aria-label="Map of airports and routes">
      <MapContainer className="map" preferCanvas center={[36, 42]} zoom={4} minZoom={2} worldCopyJump={false}>
        {TILE_URL ? (
          <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />
        ) : (
          <GeoJSON
            data={countriesGeoJson()}
            style={countryStyle[theme]}
            interactive={false}
            attribution="Countries: Natural Earth"
          />
        )}
        <RoutesLayer dark={theme === 'dark'} />
        <AirportsLayer dark={theme === 'dark'} />
        <FitController />
        <MapAreaSync />
      </MapContainer>
      <MapLegend />
      <div className="map-controls">
        <button type="button" onClick={requestFit}>
          Fit to data
        </button>
        <MapAreaToggle />
      </div>
    </section>
  );
}

/** The route under the pointer: only its tooltip renders its details. */
const useHoveredRoute = create<{ key?: string }>()(() => ({}));

const routeHandlers = new Map<string, LeafletEventHandlerFnMap>();
function routeEvents(key: string): LeafletEventHandlerFnMap {
  let h = routeHandlers.get(key);
  if (!h) {
    h = {
      click: () => useAirlift.getState().select({ kind: 'route', key }),
      mouseover: () => useHoveredRoute.setState({ key }),
      mouseout: () => useHoveredRoute.setState((s) => (s.key === key ? { key: undefined } : s)),
    };
    routeHandlers.set(key, h);
  }
  return h;
}

function RoutesLayer({ dark }: { dark: boolean }) {
  const routes = useAirlift((s) => selectView(s)?.routes);
  const airports = useAirlift(selectAirportsByIcao);
  const selectedKey = useAirlift((s) => (s.selection?.kind === 'route' ? s.selection.key : undefined));
  const shapes = useMemo(
    () => routeShapes(routes ?? [], airports, selectedKey, dark),
    [routes, airports, selectedKey, dark],
  );
  useDebugHook(shapes);
  return (
    <>
      {shapes.map(({ route, arc, line }) => (
        <Polyline key={route.key} positions={arc} pathOptions={line} eventHandlers={routeEvents(route.key)}>
          <RouteLabel routeKey={route.key} />
        </Polyline>
      ))}
      {shapes.map(({ route, arrow, head }) => (
        <Polygon key={`${route.key}:arrow`} positions={arrow} pathOptions={head} interactive={false} />
      ))}
    </>
  );
}

/** Memoized on the key, so a filter change does not re-render every route's tooltip. */
const RouteLabel = memo(function RouteLabel({ routeKey }: { routeKey: string }) {
  const hovered = useHoveredRoute((s) => s.key === routeKey);
  return <Tooltip sticky>{hovered ? <RouteTooltip routeKey={routeKey} /> : <span>{routeKey}</span>}</Tooltip>;
});

function RouteTooltip({ routeKey }: { routeKey: string }) {
  const route = useAirlift((s) => selectView(s)?.routes.find((r) => r.key === routeKey));
  const airports = useAirlift(selectAirportsByIcao);
  if (!route) return null;
  return (
    <div className="map-tip">
      <strong>
        {route.origin} → {route.destination}
      </strong>
      <div>
        {airports.get(route.origin)?.name ?? route.origin} →{' '}
        {airports.get(route.destination)?.name ?? route.destination}
      </div>
      <div>
        {route.count} {route.count === 1 ? 'flight' : 'flights'},{' '}
        {formatSpan(route.firstDate, route.lastDate)}
      </div>
      <div>{describeMix(route.confidence)}</div>
      <div>
        {route.publishers} {route.publishers === 1 ? 'publisher' : 'publishers'}
        {route.weakEvidence ? ' · no confirmed or multi-source evidence' : ''}
      </div>
    </div>
  );
}

const airportStyle: Record<Theme, PathOptions> = {
  light: { color: '#1f2937', weight: 1, fillColor: '#ffffff', fillOpacity: 0.95 },
  dark: { color: '#e5e7eb', weight: 1, fillColor: '#374151', fillOpacity: 0.95 },
};
const airportSelectedStyle: PathOptions = {
  color: '#111827',
  weight: 3,
  fillColor: '#fde68a',
  fillOpacity: 1,
};

/** Which airport the pointer is over: only that marker's label grows into the full tooltip. */
const useHoveredAirport = create<{ icao?: string }>()(() => ({}));

const airportHandlers = new Map<string, LeafletEventHandlerFnMap>();
function airportEvents(icao: string): LeafletEventHandlerFnMap {
  let h = airportHandlers.get(icao);
  if (!h) {
    h = {
      click: () => useAirlift.getState().select({ kind: 'airport', icao }),
      mouseover: () => useHoveredAirport.setState({ icao }),
      mouseout: () => useHoveredAirport.setState((s) => (s.icao === icao ? { icao: undefined } : s)),
    };
    airportHandlers.set(icao, h);
  }
  return h;
}

/** Airports sized by flights; labelled with ICAO/IATA (placed clear of each other) when few enough to read. */
function AirportsLayer({ dark }: { dark: boolean }) {
  const list = useAirlift((s) => selectView(s)?.airports);
  const airports = useAirlift(selectAirportsByIcao);
  const selectedIcao = useAirlift((s) => (s.selection?.kind === 'airport' ? s.selection.icao : undefined));
  const max = (list ?? []).reduce((m, a) => Math.max(m, a.total), 0);
  const labelSides = useAirportLabelSides(list, airports, max);
  return (
    <>
      {(list ?? []).map((summary) => {
        const airport = airports.get(summary.icao);
        if (!airport) return null;
        const radius = airportRadius(summary.total, max);
        return (
          <CircleMarker
            key={summary.icao}
            center={[airport.lat, airport.lon]}
            radius={radius}
            pathOptions={
              summary.icao === selectedIcao ? airportSelectedStyle : airportStyle[dark ? 'dark' : 'light']
            }
            eventHandlers={airportEvents(summary.icao)}
          >
            <AirportLabel
              airport={airport}
              labelled={labelSides !== undefined}
              side={labelSides?.get(summary.icao)}
              radius={Math.round(radius)}
            />
          </CircleMarker>
        );
      })}
    </>
  );
}

/**
 * The label/tooltip. With few airports it is permanent, on its placed side, or hidden until hovered
 * when it has no free side; with many it shows on hover only. Memoized, so a filter change does not
 * re-render (and make Leaflet re-measure) every label; only the hovered one reads the counts.
 */
const AirportLabel = memo(function AirportLabel({
  airport,
  labelled,
  side,
  radius,
}: {
  airport: Airport;
  labelled: boolean;
  side: LabelSide | undefined;
  radius: number;
}) {
  const hovered = useHoveredAirport((s) => s.icao === airport.icao);
  const code = airportCode(airport);
  const tooltip = useRef<LeafletTooltip>(null);
  useEffect(() => {
    // Leaflet reads direction and offset at each update: move the label in place rather than
    // re-creating it (a re-created tooltip is briefly empty, and screen readers would see that).
    const t = tooltip.current;
    if (!t) return;
    t.options.direction = side ?? 'right';
    t.options.offset = labelOffset(side ?? 'right', radius);
    // The element exists once the tooltip is on the map, which may come after this effect.
    const markPlacement = () =>
      t.getElement()?.classList.toggle('is-unplaced', labelled && !side && !hovered);
    markPlacement();
    t.update();
    t.on('add', markPlacement);
    return () => {
      t.off('add', markPlacement);
    };
  }, [labelled, side, radius, hovered]);
  return (
    <Tooltip
      ref={tooltip}
      key={labelled ? 'permanent' : 'hover'}
      permanent={labelled}
      direction={side ?? 'right'}
      offset={labelOffset(side ?? 'right', radius)}
      className="airport-label"
    >
      {hovered ? <AirportDetails airport={airport} code={code} /> : <span className="map-tip">{code}</span>}
    </Tooltip>
  );
});

function AirportDetails({ airport, code }: { airport: Airport; code: string }) {
  const summary = useAirlift((s) => selectView(s)?.airports.find((a) => a.icao === airport.icao));
  const routes = useAirlift((s) => selectView(s)?.routes);
  const span = useMemo(() => airportSpans(routes ?? []).get(airport.icao), [routes, airport.icao]);
  return (
    <span className="map-tip">
      <strong>{code}</strong> {airport.name}
      <br />
      {summary ? `${summary.arrivals} in, ${summary.departures} out` : 'no flights'}
      {span ? ` · ${formatSpan(span[0], span[1])}` : ''}
    </span>
  );
}

/** First and last date of the flights touching each airport, from the routes. */
function airportSpans(routes: readonly RouteSummary[]): Map<string, [string, string]> {
  const spans = new Map<string, [string, string]>();
  for (const r of routes) {
    for (const icao of [r.origin, r.destination]) {
      const s = spans.get(icao);
      if (!s) spans.set(icao, [r.firstDate, r.lastDate]);
      else {
        if (r.firstDate < s[0]) s[0] = r.firstDate;
        if (r.lastDate > s[1]) s[1] = r.lastDate;
      }
    }
  }
  return spans;
}

/** Fits the map to the filtered airports when asked (on load and by the button), not on every filter change. */
function FitController() {
  const map = useMap();
  const fitRequest = useAirlift((s) => s.fitRequest);
  useEffect(() => {
    const fit = () => {
      const state = useAirlift.getState();
      const airports = selectAirportsByIcao(state);
      const points: LatLon[] = [];
      for (const a of selectView(state)?.airports ?? []) {
        const airport = airports.get(a.icao);
        if (airport) points.push([airport.lat, airport.lon]);
      }
      const bounds = boundsOf(points);
      // The grid may have resized the container since Leaflet measured it.
      map.invalidateSize();
      // More room at the top: the zoom buttons and our controls float there.
      if (bounds) {
        map.fitBounds(bounds, {
          paddingTopLeft: [40, 76],
          paddingBottomRight: [40, 40],
          maxZoom: 7,
          animate: false,
        });
      }
    };
    // Wait a frame so the layout has settled before measuring.
    const frame = requestAnimationFrame(fit);
    return () => cancelAnimationFrame(frame);
  }, [fitRequest, map]);
  return null;
}

/**
 * Lets browser tests find a route on the canvas (which has no DOM element per route): the pixel, in
 * page coordinates, of the middle of a route's arc. Read-only; exposes no data the page does not show.
 */
function useDebugHook(shapes: ReturnType<typeof routeShapes>) {
  const map = useMap();
  useEffect(() => {
    const w = window as unknown as { airliftMapDebug?: { routePoint(key: string): [number, number] | null } };
    w.airliftMapDebug = {
      routePoint(key) {
        const shape = shapes.find((s) => s.route.key === key);
        if (!shape) return null;
        const mid = shape.arc[Math.floor(shape.arc.length / 2)];
        const p = map.latLngToContainerPoint(mid);
        const rect = map.getContainer().getBoundingClientRect();
        return [rect.left + p.x, rect.top + p.y];
      },
    };
  }, [map, shapes]);
}

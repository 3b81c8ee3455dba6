import { memo, useMemo, useState } from 'react';
import type { LeafletEventHandlerFnMap } from 'leaflet';
import { Polygon, Polyline, Tooltip } from 'react-leaflet';
import { describeMix, formatSpan, pluralFlights } from '../data/query';
import { selectRoutesByKey } from '../store/map-selectors';
import { selectAirportsByIcao } from '../store/selectors';
import { useAirlift } from '../store/store';
import { routeEvidence, selectRouteShapes, type RouteShape } from './route-style';

/** Routes as arcs weighted by flights, with an arrow head each; click selects, hover explains. */
export function RoutesLayer({ dark }: { dark: boolean }) {
  const shapes = useAirlift((s) => selectRouteShapes(s, dark));
  // The route under the pointer: only its tooltip renders its details.
  const [hovered, setHovered] = useState<string | undefined>();
  return (
    <>
      {shapes.map((shape) => (
        <RouteLine
          key={shape.route.key}
          shape={shape}
          hovered={hovered === shape.route.key}
          setHovered={setHovered}
        />
      ))}
      {shapes.map(({ route, arrow, head }) => (
        <Polygon key={`${route.key}:arrow`} positions={arrow} pathOptions={head} interactive={false} />
      ))}
    </>
  );
}

type SetHovered = (update: (key: string | undefined) => string | undefined) => void;

const RouteLine = memo(function RouteLine({
  shape,
  hovered,
  setHovered,
}: {
  shape: RouteShape;
  hovered: boolean;
  setHovered: SetHovered;
}) {
  const key = shape.route.key;
  // Stable per route: react-leaflet re-binds handlers whenever the object changes.
  const handlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({
      click: () => useAirlift.getState().select({ kind: 'route', key }),
      mouseover: () => setHovered(() => key),
      mouseout: () => setHovered((k) => (k === key ? undefined : k)),
    }),
    [key, setHovered],
  );
  return (
    <Polyline positions={shape.arc} pathOptions={shape.line} eventHandlers={handlers}>
      <RouteLabel routeKey={key} hovered={hovered} />
    </Polyline>
  );
});

/** Memoized on the key, so a filter change does not re-render every route's tooltip. */
const RouteLabel = memo(function RouteLabel({ routeKey, hovered }: { routeKey: string; hovered: boolean }) {
  return <Tooltip sticky>{hovered ? <RouteTooltip routeKey={routeKey} /> : <span>{routeKey}</span>}</Tooltip>;
});

function RouteTooltip({ routeKey }: { routeKey: string }) {
  const route = useAirlift((s) => selectRoutesByKey(s).get(routeKey));
  const airports = useAirlift(selectAirportsByIcao);
  if (!route) return null;
  // The same rule that chose the line's style says what it means (and the legend states it).
  const evidence = routeEvidence(route);
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
        {pluralFlights(route.count)}, {formatSpan(route.firstDate, route.lastDate)}
      </div>
      <div>{describeMix(route.confidence)}</div>
      <div>{evidence.words}</div>
      <div>{evidence.sources}</div>
    </div>
  );
}

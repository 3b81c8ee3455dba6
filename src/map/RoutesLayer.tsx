import { memo, useMemo, useState } from 'react';
import type { LeafletEventHandlerFnMap } from 'leaflet';
import { CircleMarker, Pane, Polygon, Polyline, Tooltip } from 'react-leaflet';
import { describeMix, formatSpan, pluralFlights } from '../data/query';
import { describeDispute } from '../data/query/review';
import { selectRoutesByKey } from '../store/map-selectors';
import { selectRouteDisputes } from '../store/review-selectors';
import { selectAirportsByIcao } from '../store/selectors';
import { useAirlift } from '../store/store';
import {
  DISPUTE_PANE_Z,
  DISPUTE_PANES,
  DISPUTE_RING,
  DISPUTE_RING_RADIUS,
  selectDisputeMarks,
} from './dispute-style';
import { COMPARE_PANE, COMPARE_PANE_Z, selectCompareMarks } from './compare-style';
import { routeEvidence, selectRouteShapes, type RouteShape } from './route-style';

// The panes' own canvases lie over the routes' canvas: they must let the pointer through to it.
const BAND_PANE_STYLE = { zIndex: DISPUTE_PANE_Z.band, pointerEvents: 'none' } as const;
const RING_PANE_STYLE = { zIndex: DISPUTE_PANE_Z.ring, pointerEvents: 'none' } as const;

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
      <DisputeMarks dark={dark} />
      <CompareMarks />
    </>
  );
}

const COMPARE_PANE_STYLE = { zIndex: COMPARE_PANE_Z, pointerEvents: 'none' } as const;

/** With two periods compared: the routes that grew (solid) and shrank (dotted) from A to B. */
function CompareMarks() {
  const marks = useAirlift(selectCompareMarks);
  return (
    <Pane name={COMPARE_PANE} style={COMPARE_PANE_STYLE}>
      {marks.map((m) => (
        <Polyline key={m.key} positions={m.arc} pathOptions={m.style} interactive={false} />
      ))}
    </Pane>
  );
}

/** Routes with disputed flights: a band under the line and a ring at its middle (see dispute-style). */
function DisputeMarks({ dark }: { dark: boolean }) {
  const marks = useAirlift((s) => selectDisputeMarks(s, dark));
  return (
    <>
      <Pane name={DISPUTE_PANES.band} style={BAND_PANE_STYLE}>
        {marks.map((m) => (
          <Polyline key={m.key} positions={m.arc} pathOptions={m.band} interactive={false} />
        ))}
      </Pane>
      <Pane name={DISPUTE_PANES.ring} style={RING_PANE_STYLE}>
        {marks.map((m) => (
          <CircleMarker
            key={m.key}
            center={m.middle}
            radius={DISPUTE_RING_RADIUS}
            pathOptions={DISPUTE_RING}
            interactive={false}
          />
        ))}
      </Pane>
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
  const dispute = useAirlift((s) => selectRouteDisputes(s).get(routeKey));
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
      {dispute ? <div className="map-tip-disputed">{describeDispute(dispute)}</div> : null}
      <div>{evidence.words}</div>
      <div>{evidence.sources}</div>
    </div>
  );
}

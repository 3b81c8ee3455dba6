import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { LeafletEventHandlerFnMap, PathOptions, Tooltip as LeafletTooltip } from 'leaflet';
import { CircleMarker, Tooltip } from 'react-leaflet';
import type { Airport } from '../data/contract';
import { formatSpan } from '../data/query';
import {
  selectAirportMarkers,
  selectAirportSpans,
  selectAirportSummaries,
  selectMaxAirportTotal,
  type AirportMarker,
} from '../store/map-selectors';
import { selectAirportsByIcao, selectView } from '../store/selectors';
import { useAirlift } from '../store/store';
import { airportCode, labelOffset, useAirportLabelSides } from './airport-labels';
import type { LabelSide } from './label-placement';
import { airportRadius } from './route-style';

const airportStyle = {
  light: { color: '#1f2937', weight: 1, fillColor: '#ffffff', fillOpacity: 0.95 },
  dark: { color: '#e5e7eb', weight: 1, fillColor: '#374151', fillOpacity: 0.95 },
} satisfies Record<'light' | 'dark', PathOptions>;
const airportSelectedStyle: PathOptions = {
  color: '#111827',
  weight: 3,
  fillColor: '#fde68a',
  fillOpacity: 1,
};

type SetHovered = (update: (icao: string | undefined) => string | undefined) => void;

/** Airports sized by flights; labelled with ICAO/IATA (placed clear of each other) when few enough to read. */
export function AirportsLayer({ dark }: { dark: boolean }) {
  const markers = useAirlift(selectAirportMarkers);
  const list = useAirlift((s) => selectView(s)?.airports);
  const airports = useAirlift(selectAirportsByIcao);
  const max = useAirlift(selectMaxAirportTotal);
  const selectedIcao = useAirlift((s) => (s.selection?.kind === 'airport' ? s.selection.icao : undefined));
  const labelSides = useAirportLabelSides(list, airports, max);
  // Which airport the pointer is over: only that marker's label grows into the full tooltip.
  const [hovered, setHovered] = useState<string | undefined>();
  return (
    <>
      {markers.map((marker) => (
        <AirportDot
          key={marker.summary.icao}
          marker={marker}
          radius={airportRadius(marker.summary.total, max)}
          pathOptions={
            marker.summary.icao === selectedIcao
              ? airportSelectedStyle
              : airportStyle[dark ? 'dark' : 'light']
          }
          labelled={labelSides !== undefined}
          side={labelSides?.get(marker.summary.icao)}
          hovered={hovered === marker.summary.icao}
          setHovered={setHovered}
        />
      ))}
    </>
  );
}

const AirportDot = memo(function AirportDot({
  marker,
  radius,
  pathOptions,
  labelled,
  side,
  hovered,
  setHovered,
}: {
  marker: AirportMarker;
  radius: number;
  pathOptions: PathOptions;
  labelled: boolean;
  side: LabelSide | undefined;
  hovered: boolean;
  setHovered: SetHovered;
}) {
  const icao = marker.airport.icao;
  // Stable per airport: react-leaflet re-binds handlers whenever the object changes.
  const handlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({
      click: () => useAirlift.getState().select({ kind: 'airport', icao }),
      mouseover: () => setHovered(() => icao),
      mouseout: () => setHovered((k) => (k === icao ? undefined : k)),
    }),
    [icao, setHovered],
  );
  return (
    <CircleMarker center={marker.center} radius={radius} pathOptions={pathOptions} eventHandlers={handlers}>
      <AirportLabel
        airport={marker.airport}
        labelled={labelled}
        side={side}
        radius={Math.round(radius)}
        hovered={hovered}
      />
    </CircleMarker>
  );
});

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
  hovered,
}: {
  airport: Airport;
  labelled: boolean;
  side: LabelSide | undefined;
  radius: number;
  hovered: boolean;
}) {
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
  const summary = useAirlift((s) => selectAirportSummaries(s).get(airport.icao));
  const span = useAirlift((s) => selectAirportSpans(s).get(airport.icao));
  return (
    <span className="map-tip">
      <strong>{code}</strong> {airport.name}
      <br />
      {summary ? `${summary.arrivals} in, ${summary.departures} out` : 'no flights'}
      {span ? ` · ${formatSpan(span[0], span[1])}` : ''}
    </span>
  );
}

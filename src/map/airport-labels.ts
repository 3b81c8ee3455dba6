import { useEffect, useMemo, useState } from 'react';
import type { PointTuple } from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Airport, AirportSummary } from '../data/contract';
import { placeLabels, type Box, type LabelCandidate, type LabelSide } from './label-placement';
import { airportRadius } from './route-style';

/** With more airports than this, labels show on hover only: a dense map reads better without them. */
export const MAX_LABELLED_AIRPORTS = 25;

export function airportCode(airport: Airport): string {
  return `${airport.icao}${airport.iata ? ` / ${airport.iata}` : ''}`;
}

// The label box as map.css draws it: 12px text (`.map-tip`, line-height 1.35), 1px 4px padding, 1px border.
const LABEL_HEIGHT = 21;
const LABEL_CHROME = 10;

let measuring: CanvasRenderingContext2D | null | undefined;
function labelWidth(text: string, font: string): number {
  if (measuring === undefined) measuring = document.createElement('canvas').getContext('2d');
  if (!measuring) return Math.ceil(text.length * 7.5) + LABEL_CHROME;
  measuring.font = font;
  return Math.ceil(measuring.measureText(text).width) + LABEL_CHROME;
}

/** What floats over the map (zoom buttons, our controls, the legend, the attribution), in map pixels. */
const OVERLAYS = '.leaflet-control-zoom, .leaflet-control-attribution, .map-controls, .map-legend';

function overlayBoxes(container: HTMLElement): Box[] {
  const origin = container.getBoundingClientRect();
  const wrap = container.parentElement ?? container;
  return [...wrap.querySelectorAll(OVERLAYS)].map((element) => {
    const r = element.getBoundingClientRect();
    return {
      left: r.left - origin.left,
      top: r.top - origin.top,
      right: r.right - origin.left,
      bottom: r.bottom - origin.top,
    };
  });
}

/**
 * The side of each airport's permanent label in the current view (undefined: hover labels only).
 * The busiest airports choose first; a label with no free side (clear of other labels, markers and
 * what floats over the map) is left to its hover tooltip. Recomputed after each pan or zoom, and when
 * the legend opens or closes.
 */
export function useAirportLabelSides(
  summaries: readonly AirportSummary[] | undefined,
  airports: ReadonlyMap<string, Airport>,
  maxTotal: number,
): ReadonlyMap<string, LabelSide> | undefined {
  const map = useMap();
  const labelled = summaries !== undefined && summaries.length <= MAX_LABELLED_AIRPORTS;
  const [viewVersion, setViewVersion] = useState(0);
  useEffect(() => {
    // Hover-only labels have nothing to place: no re-render after every pan then.
    if (!labelled) return;
    const bump = () => setViewVersion((v) => v + 1);
    map.on('moveend', bump);
    // <details> toggle events do not bubble, but a capturing listener on an ancestor sees them.
    const wrap = map.getContainer().parentElement;
    wrap?.addEventListener('toggle', bump, true);
    return () => {
      map.off('moveend', bump);
      wrap?.removeEventListener('toggle', bump, true);
    };
  }, [map, labelled]);
  return useMemo(() => {
    if (!labelled) return undefined;
    const container = map.getContainer();
    const font = `12px ${getComputedStyle(container).fontFamily}`;
    const busiestFirst = [...summaries].sort(
      (a, b) => b.total - a.total || (a.icao < b.icao ? -1 : a.icao > b.icao ? 1 : 0),
    );
    const candidates: LabelCandidate[] = [];
    for (const summary of busiestFirst) {
      const airport = airports.get(summary.icao);
      if (!airport) continue;
      const point = map.latLngToContainerPoint([airport.lat, airport.lon]);
      candidates.push({
        key: summary.icao,
        x: point.x,
        y: point.y,
        radius: airportRadius(summary.total, maxTotal),
        width: labelWidth(airportCode(airport), font),
        height: LABEL_HEIGHT,
      });
    }
    return placeLabels(candidates, overlayBoxes(container));
    // viewVersion stands for the map's view and overlays, which live outside React.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [labelled, summaries, airports, maxTotal, viewVersion, map]);
}

/**
 * Leaflet's tooltip offset that puts the label LABEL_GAP px beyond the marker's edge: Leaflet's CSS adds
 * a 6 px margin (the arrow) on the side of the label, and LABEL_GAP is that 6 px.
 */
export function labelOffset(side: LabelSide, radius: number): PointTuple {
  const r = Math.round(radius);
  return side === 'right' ? [r, 0] : side === 'left' ? [-r, 0] : side === 'top' ? [0, -r] : [0, r];
}

import { useLayoutEffect, useRef, type RefObject } from 'react';
import { CONFIDENCES } from '../data/contract';
import { CONFIDENCE_COLOR, legendRule, ROUTE_LINE } from './route-style';
import { TRACK_STYLE } from './TrackLayer';

const TRACK_ITEMS = [
  ['seen', 'track: where the aircraft was seen'],
  ['gap', 'gap over 10 min (straight, not flown as drawn)'],
  ['end', 'inferred end: to the airport chosen, not observed'],
] as const;

/** Below this map size (CSS pixels) the open legend would hide too much of the map: it starts collapsed. */
export const LEGEND_OPEN_MIN = { width: 900, height: 640 };

/**
 * What colour, dash, width and arrow mean on the map. Each confidence has its own dash as well as colour.
 * Starts open only on a large map (the map's own size, `mapRef`); Fit to data keeps data clear of it
 * (FitController reads `legendRef`).
 */
export function MapLegend({
  mapRef,
  legendRef,
}: {
  mapRef: RefObject<HTMLElement | null>;
  legendRef: RefObject<HTMLDetailsElement | null>;
}) {
  const decided = useRef(false);
  useLayoutEffect(() => {
    // Once, before the first paint: afterwards the analyst's choice stands.
    const map = mapRef.current;
    const legend = legendRef.current;
    if (decided.current || !map || !legend) return;
    decided.current = true;
    const { width, height } = map.getBoundingClientRect();
    legend.open = width >= LEGEND_OPEN_MIN.width && height >= LEGEND_OPEN_MIN.height;
  }, [mapRef, legendRef]);
  return (
    <details className="map-legend" ref={legendRef}>
      <summary className="legend-title">Legend: routes by strongest evidence</summary>
      <ul>
        {CONFIDENCES.map((c) => (
          <li key={c}>
            <svg width="36" height="10" aria-hidden="true">
              <line
                x1="2"
                y1="5"
                x2="34"
                y2="5"
                stroke={`var(--c-${c}, ${CONFIDENCE_COLOR[c]})`}
                strokeWidth="3"
                strokeDasharray={ROUTE_LINE[c].dashArray}
              />
            </svg>
            <span>
              {c}: {ROUTE_LINE[c].name}, {ROUTE_LINE[c].meaning}
            </span>
          </li>
        ))}
      </ul>
      <ul aria-label="Selected flight's track">
        {TRACK_ITEMS.map(([kind, text]) => {
          const style: { color: string; weight: number; dashArray?: string } = TRACK_STYLE[kind];
          return (
            <li key={kind}>
              <svg width="36" height="10" aria-hidden="true">
                <line
                  x1="2"
                  y1="5"
                  x2="34"
                  y2="5"
                  stroke={style.color}
                  strokeWidth={style.weight}
                  strokeDasharray={style.dashArray}
                />
              </svg>
              {text}
            </li>
          );
        })}
      </ul>
      <div className="legend-note">{legendRule()}</div>
    </details>
  );
}

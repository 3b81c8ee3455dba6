import { CONFIDENCES } from '../data/contract';
import { CONFIDENCE_COLOR, CONFIDENCE_DASH } from './route-style';
import { TRACK_STYLE } from './TrackLayer';

const TRACK_ITEMS = [
  ['seen', 'track: where the aircraft was seen'],
  ['gap', 'gap over 10 min (straight, not flown as drawn)'],
  ['end', 'inferred end: to the airport chosen, not observed'],
] as const;

/** What colour, dash, width and arrow mean on the map. Each confidence has its own dash as well as colour. */
export function MapLegend() {
  return (
    <details className="map-legend" open>
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
                strokeDasharray={c === 'confirmed' ? undefined : CONFIDENCE_DASH[c]}
              />
            </svg>
            {c}
            {c === 'synthetic' ? ' (illustrative, not observed)' : ''}
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
      <div className="legend-note">
        Solid: confirmed and multi-source. Dashed: only unconfirmed or single-source flights. Width: flights.
        Arrow: direction.
      </div>
    </details>
  );
}

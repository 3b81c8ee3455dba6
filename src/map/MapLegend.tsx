import { CONFIDENCES } from '../data/contract';
import { CONFIDENCE_COLOR, CONFIDENCE_DASH } from './route-style';

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
      <div className="legend-note">
        Solid: confirmed and multi-source. Dashed: only unconfirmed or single-source flights. Width: flights.
        Arrow: direction.
      </div>
    </details>
  );
}

import { useLayoutEffect, type RefObject } from 'react';
import { CONFIDENCES } from '../data/contract';
import { CONFIDENCE_COLOR, legendRule, ROUTE_LINE } from './route-style';
import { TRACK_STYLE } from './TrackLayer';
import { GREW_COLOR, SHRANK_COLOR, SHRANK_DASH } from './compare-style';
import { useAirlift } from '../store/store';
import { DISPUTE_BAND_EXTRA, DISPUTE_COLOR, DISPUTE_RING, DISPUTE_RING_RADIUS } from './dispute-style';

const TRACK_ITEMS = [
  ['seen', 'track: where the aircraft was seen'],
  ['gap', 'gap over 10 min (straight, not flown as drawn)'],
  ['end', 'inferred end: to the airport chosen, not observed'],
] as const;

/** Below this map size (CSS pixels) the open legend would hide too much of the map: it starts collapsed. */
export const LEGEND_OPEN_MIN = { width: 800, height: 600 };

/**
 * What colour, dash, width and arrow mean on the map. Each confidence has its own dash as well as colour.
 * Open only on a large map (the size of what it floats over) until the analyst chooses; Fit to data keeps
 * the data clear of it (FitController reads `legendRef`).
 */
export function MapLegend({ legendRef }: { legendRef: RefObject<HTMLDetailsElement | null> }) {
  useLayoutEffect(() => {
    const legend = legendRef.current;
    // What the legend floats over: the map's wrapper, its parent (a parent's ref is not set yet when a
    // child's layout effect runs, so it is not passed down as one).
    const map = legend?.parentElement;
    if (!map || !legend) return;
    // Open on a large map, collapsed on a small one, following the map's size (the layout settles
    // after the first paint) until the analyst opens or closes it: then their choice stands.
    let chosen = false;
    let set: boolean | undefined;
    const follow = () => {
      if (chosen) return;
      const { width, height } = map.getBoundingClientRect();
      set = width >= LEGEND_OPEN_MIN.width && height >= LEGEND_OPEN_MIN.height;
      if (legend.open !== set) legend.open = set;
    };
    // A toggle we did not cause is the analyst's.
    const onToggle = () => {
      if (legend.open !== set) chosen = true;
    };
    follow();
    legend.addEventListener('toggle', onToggle);
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(follow);
    observer?.observe(map);
    return () => {
      legend.removeEventListener('toggle', onToggle);
      observer?.disconnect();
    };
  }, [legendRef]);
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
      <ul aria-label="Review">
        <li>
          <svg width="36" height="16" aria-hidden="true">
            <line
              x1="2"
              y1="8"
              x2="34"
              y2="8"
              stroke={DISPUTE_COLOR}
              strokeOpacity="0.3"
              strokeWidth={3 + DISPUTE_BAND_EXTRA}
              strokeLinecap="round"
            />
            <line x1="2" y1="8" x2="34" y2="8" stroke="var(--fg, #111827)" strokeWidth="2" />
            <circle
              cx="18"
              cy="8"
              r={DISPUTE_RING_RADIUS - 1}
              fill="none"
              stroke={DISPUTE_COLOR}
              strokeWidth={DISPUTE_RING.weight}
            />
          </svg>
          <span>
            disputed: a band and a ring mark a route with disputed flights (the tooltip says how many)
          </span>
        </li>
      </ul>
      <CompareLegend />
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

/** Shown while two periods are compared: what the green and dotted wine bands mean. */
function CompareLegend() {
  const comparison = useAirlift((s) => s.comparison);
  if (!comparison) return null;
  const item = (color: string, dash: string | undefined, text: string) => (
    <li>
      <svg width="36" height="12" aria-hidden="true">
        <line
          x1="2"
          y1="6"
          x2="34"
          y2="6"
          stroke={color}
          strokeOpacity="0.6"
          strokeWidth="6"
          strokeDasharray={dash}
        />
      </svg>
      <span>{text}</span>
    </li>
  );
  return (
    <ul aria-label="Compared periods">
      {item(GREW_COLOR, undefined, `more flights in B (${comparison.b.from} – ${comparison.b.to}) than in A`)}
      {item(
        SHRANK_COLOR,
        SHRANK_DASH,
        `fewer flights in B than in A (${comparison.a.from} – ${comparison.a.to}); wider = a larger change`,
      )}
    </ul>
  );
}

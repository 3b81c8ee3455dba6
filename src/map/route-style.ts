/**
 * How routes and airports look on the map. Geometry (from the store) and style objects are cached by
 * value so that react-leaflet (which compares `positions` and `pathOptions` by reference) only touches
 * the layers whose look really changed after a filter change.
 */
import type { PathOptions } from 'leaflet';
import type { LatLon } from '../data/geo';
import type { Airport, Confidence, RouteSummary } from '../data/contract';
import { routeGeometry } from '../store/map-selectors';
import { memoizeLast } from '../store/memo';
import { selectAirportsByIcao, selectView } from '../store/selectors';
import type { AirliftState } from '../store/store';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const CONFIDENCE_COLOR: Record<Confidence, string> = {
  confirmed: '#009E73',
  reported: '#0072B2',
  inferred: '#E69F00',
  synthetic: '#CC79A7',
};

/** The colours' names, for text that explains them (the snapshot's caption). */
export const CONFIDENCE_COLOR_NAME: Record<Confidence, string> = {
  confirmed: 'green',
  reported: 'blue',
  inferred: 'orange',
  synthetic: 'pink',
};

/** Dash patterns for routes without strong evidence, by their strongest confidence: never colour alone. */
export const CONFIDENCE_DASH: Record<Confidence, string | undefined> = {
  confirmed: '12 6',
  reported: '12 6',
  inferred: '5 5',
  synthetic: '1 6',
};

const ORDER: Confidence[] = ['confirmed', 'reported', 'inferred', 'synthetic'];

/** The strongest kind of evidence among a route's flights. */
export function strongestConfidence(route: RouteSummary): Confidence {
  return ORDER.find((c) => route.confidence[c] > 0) ?? 'synthetic';
}

export function routeWeight(count: number, maxCount: number): number {
  return 1.5 + 8 * Math.sqrt(count / Math.max(1, maxCount));
}

export function airportRadius(total: number, maxTotal: number): number {
  return 3 + 11 * Math.sqrt(total / Math.max(1, maxTotal));
}

export interface RouteShape {
  route: RouteSummary;
  arc: LatLon[];
  arrow: LatLon[];
  line: PathOptions;
  head: PathOptions;
}

// Bounded by construction: weights are rounded to halves within 1.5–9.5, so at most
// 17 × 4 confidences × 2 × 2 × 2 = 544 entries.
const styleCache = new Map<string, { line: PathOptions; head: PathOptions }>();

function style(weight: number, confidence: Confidence, weak: boolean, selected: boolean, dark: boolean) {
  const w = Math.round(weight * 2) / 2;
  const key = `${w}:${confidence}:${weak}:${selected}:${dark}`;
  let s = styleCache.get(key);
  if (!s) {
    // The darker blue is too dim on the dark basemap: the same sky blue as the dark theme's CSS.
    const color = dark && confidence === 'reported' ? '#56B4E9' : CONFIDENCE_COLOR[confidence];
    const selectedColor = dark ? '#f9fafb' : '#111827';
    s = {
      line: {
        color: selected ? selectedColor : color,
        weight: selected ? w + 2 : w,
        opacity: selected ? 0.95 : 0.75,
        dashArray: weak ? CONFIDENCE_DASH[confidence] : undefined,
        lineCap: weak ? 'butt' : 'round',
      },
      head: { color: selected ? selectedColor : color, weight: 1, fillOpacity: 0.9, opacity: 0.9 },
    };
    styleCache.set(key, s);
  }
  return s;
}

/** Shapes for every route whose two airports are known, heaviest first so light routes draw on top. */
export function routeShapes(
  routes: readonly RouteSummary[],
  airports: ReadonlyMap<string, Airport>,
  selectedKey: string | undefined,
  dark = false,
): RouteShape[] {
  const max = routes.reduce((m, r) => Math.max(m, r.count), 0);
  const shapes: RouteShape[] = [];
  for (const route of routes) {
    const geometry = routeGeometry(airports, route);
    if (!geometry) continue;
    const { arc, arrow } = geometry;
    const { line, head } = style(
      routeWeight(route.count, max),
      strongestConfidence(route),
      route.weakEvidence,
      route.key === selectedKey,
      dark,
    );
    shapes.push({ route, arc, arrow, line, head });
  }
  return shapes.sort((a, b) => b.route.count - a.route.count);
}

const shapesOf = memoizeLast(routeShapes);
/** The shown routes' shapes for the theme in force, memoized like the store's selectors. */
export const selectRouteShapes = (s: AirliftState, dark: boolean): RouteShape[] =>
  shapesOf(
    selectView(s)?.routes ?? NO_ROUTES,
    selectAirportsByIcao(s),
    s.selection?.kind === 'route' ? s.selection.key : undefined,
    dark,
  );
const NO_ROUTES: readonly RouteSummary[] = [];

/** The caption line that explains route colours and dashes (the snapshot prints it under the map). */
export function routeLegendText(): string {
  const colours = ORDER.map((c) => `${CONFIDENCE_COLOR_NAME[c]} ${c}`).join(', ');
  return `Routes: colour = strongest evidence (${colours}); dashed = no confirmed multi-source flight.`;
}

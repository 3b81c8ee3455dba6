/**
 * How routes and airports look on the map. Geometry and style objects are cached by value so that
 * react-leaflet (which compares `positions` and `pathOptions` by reference) only touches the layers
 * whose look really changed after a filter change.
 */
import type { PathOptions } from 'leaflet';
import { arrowHead, routeArc, type LatLon } from '../data/geo';
import type { Airport, Confidence, RouteSummary } from '../data/contract';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const CONFIDENCE_COLOR: Record<Confidence, string> = {
  confirmed: '#009E73',
  reported: '#0072B2',
  inferred: '#E69F00',
  synthetic: '#CC79A7',
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

const geometryCache = new Map<string, { arc: LatLon[]; arrow: LatLon[] }>();
const styleCache = new Map<string, { line: PathOptions; head: PathOptions }>();

function geometry(key: string, from: Airport, to: Airport) {
  const cacheKey = `${key}:${from.lat},${from.lon}:${to.lat},${to.lon}`;
  let g = geometryCache.get(cacheKey);
  if (!g) {
    const arc = routeArc([from.lat, from.lon], [to.lat, to.lon]);
    g = { arc, arrow: arrowHead(arc) };
    geometryCache.set(cacheKey, g);
  }
  return g;
}

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
    const from = airports.get(route.origin);
    const to = airports.get(route.destination);
    if (!from || !to || route.origin === route.destination) continue;
    const { arc, arrow } = geometry(route.key, from, to);
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

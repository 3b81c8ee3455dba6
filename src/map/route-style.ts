/**
 * How routes and airports look on the map. Geometry (from the store) and style objects are cached by
 * value so that react-leaflet (which compares `positions` and `pathOptions` by reference) only touches
 * the layers whose look really changed after a filter change.
 */
import type { PathOptions } from 'leaflet';
import type { LatLon } from '../data/geo';
import type { Airport, Confidence, RouteSummary } from '../data/contract';
import { routeGeometry, selectSelectedRouteKeys } from '../store/map-selectors';
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

/**
 * THE rule for a route's line: it takes the colour and the line of its strongest evidence, whatever the
 * number of sources (those are told in words). Each confidence has its own line, so the lines tell the
 * kinds of evidence apart without colour. The legend, the tooltip and the snapshot's caption all read
 * this table and routeEvidence, so what is drawn and what is said cannot disagree.
 */
export const ROUTE_LINE: Record<
  Confidence,
  { dashArray: string | undefined; name: string; meaning: string }
> = {
  confirmed: { dashArray: undefined, name: 'solid', meaning: 'seen in tracking data' },
  reported: { dashArray: '12 6', name: 'long dashes', meaning: 'stated by a source' },
  inferred: { dashArray: '5 5', name: 'short dashes', meaning: "the analyst's deduction" },
  synthetic: { dashArray: '1 6', name: 'dots', meaning: 'illustrative, not observed' },
};

/** The legend's statement of the rule. */
export function legendRule(): string {
  return 'A route takes the colour and line of its strongest evidence. Width: flights. Arrow: direction.';
}

export interface RouteEvidence {
  confidence: Confidence;
  /** "Line: solid, as its strongest evidence is confirmed (seen in tracking data)". */
  words: string;
  /** "1 publisher (a single source)" / "3 independent publishers". */
  sources: string;
}

/** What a route's line shows, in words: its strongest evidence and its independent publishers. */
export function routeEvidence(route: Pick<RouteSummary, 'confidence' | 'publishers'>): RouteEvidence {
  const confidence = strongestConfidence(route);
  const line = ROUTE_LINE[confidence];
  return {
    confidence,
    words: `Line: ${line.name}, as its strongest evidence is ${confidence} (${line.meaning})`,
    sources:
      route.publishers === 1 ? '1 publisher (a single source)' : `${route.publishers} independent publishers`,
  };
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** The outline of an arrow head: near-black or white, whichever stands out more from its fill (the arc's colour). */
function outlineFor(fill: string): string {
  return contrastRatio(fill, '#111827') >= contrastRatio(fill, '#ffffff') ? '#111827' : '#ffffff';
}

const ORDER: Confidence[] = ['confirmed', 'reported', 'inferred', 'synthetic'];

/** The strongest kind of evidence among a route's flights. */
export function strongestConfidence(route: Pick<RouteSummary, 'confidence'>): Confidence {
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
// 17 × 4 confidences × 2 × 2 = 272 entries.
const styleCache = new Map<string, { line: PathOptions; head: PathOptions }>();

function style(weight: number, confidence: Confidence, selected: boolean, dark: boolean) {
  const w = Math.round(weight * 2) / 2;
  const key = `${w}:${confidence}:${selected}:${dark}`;
  let s = styleCache.get(key);
  if (!s) {
    // The darker blue is too dim on the dark basemap: the same sky blue as the dark theme's CSS.
    const base = dark && confidence === 'reported' ? '#56B4E9' : CONFIDENCE_COLOR[confidence];
    const color = selected ? (dark ? '#f9fafb' : '#111827') : base;
    const dashArray = ROUTE_LINE[confidence].dashArray;
    s = {
      line: {
        color,
        weight: selected ? w + 2 : w,
        opacity: selected ? 0.95 : 0.75,
        dashArray,
        lineCap: dashArray ? 'butt' : 'round',
      },
      // A solid head in the arc's colour with an outline that stands out from it, so that the
      // direction reads even where the head sits on a dashed arc of the same colour.
      head: { color: outlineFor(color), weight: 1.5, fillColor: color, fillOpacity: 1, opacity: 1 },
    };
    styleCache.set(key, s);
  }
  return s;
}

/**
 * Shapes for every route whose two airports are known, heaviest first so light routes draw on top;
 * the routes in `selectedKeys` drawn as selected.
 */
export function routeShapes(
  routes: readonly RouteSummary[],
  airports: ReadonlyMap<string, Airport>,
  selectedKeys: ReadonlySet<string>,
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
      selectedKeys.has(route.key),
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
    // The selected route, or every route the selected aircraft flew in the filter.
    selectSelectedRouteKeys(s),
    dark,
  );
const NO_ROUTES: readonly RouteSummary[] = [];

/** The caption line that explains route colours and dashes (the snapshot prints it under the map). */
export function routeLegendText(): string {
  const kinds = ORDER.map((c) => `${CONFIDENCE_COLOR_NAME[c]} ${ROUTE_LINE[c].name} = ${c}`).join(', ');
  return `Routes: colour and line = strongest evidence (${kinds}).`;
}

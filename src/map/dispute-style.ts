/**
 * How routes with disputed flights are marked on the map: a wide translucent band under the route's
 * line (so the line keeps its evidence colour and dash) and a ring at its middle. Presence, width and
 * shape tell them apart, not hue alone; the tooltip says how many ("3 of 12 disputed") and the legend
 * reads the same constants.
 */
import type { PathOptions } from 'leaflet';
import type { LatLon } from '../data/geo';
import type { RouteDispute } from '../data/query/review';
import { memoizeLast } from '../store/memo';
import { selectRouteDisputes } from '../store/review-selectors';
import type { AirliftState } from '../store/store';
import { selectRouteShapes, type RouteShape } from './route-style';

/** Okabe–Ito vermillion: the one colour of that palette the confidences do not use. */
export const DISPUTE_COLOR = '#D55E00';
/** How much wider than the route's line its band is (pixels). */
export const DISPUTE_BAND_EXTRA = 6;
export const DISPUTE_RING: PathOptions = {
  color: DISPUTE_COLOR,
  weight: 3,
  opacity: 1,
  fill: false,
  interactive: false,
};
export const DISPUTE_RING_RADIUS = 7;
/** Leaflet panes (below and above the routes' overlay pane, z-index 400); they take no pointer events. */
export const DISPUTE_PANES = { band: 'dispute-band', ring: 'dispute-ring' } as const;
export const DISPUTE_PANE_Z = { band: 395, ring: 410 } as const;

export interface DisputeMark {
  key: string;
  dispute: RouteDispute;
  /** The route's own arc (same array as its line). */
  arc: LatLon[];
  /** The arc's middle point (the same array on every call while the route's geometry is the same). */
  middle: LatLon;
  band: PathOptions;
}

// Bounded: route weights are rounded to halves within 1.5–11.5 (selected adds 2), about 21 entries.
const bandCache = new Map<number, PathOptions>();
function bandFor(weight: number): PathOptions {
  let band = bandCache.get(weight);
  if (!band) {
    band = {
      color: DISPUTE_COLOR,
      weight: weight + DISPUTE_BAND_EXTRA,
      opacity: 0.3,
      lineCap: 'round',
      interactive: false,
    };
    bandCache.set(weight, band);
  }
  return band;
}

/** The marks of the drawn routes that have disputed flights, in the shapes' order. */
export function disputeMarks(
  shapes: readonly RouteShape[],
  disputes: ReadonlyMap<string, RouteDispute>,
): DisputeMark[] {
  if (disputes.size === 0) return [];
  const marks: DisputeMark[] = [];
  for (const shape of shapes) {
    const dispute = disputes.get(shape.route.key);
    const middle = shape.arc[Math.floor(shape.arc.length / 2)];
    if (!dispute || !middle) continue;
    marks.push({
      key: shape.route.key,
      dispute,
      arc: shape.arc,
      middle,
      band: bandFor(shape.line.weight ?? 3),
    });
  }
  return marks;
}

const marksOf = memoizeLast(disputeMarks);
/** The disputed routes' marks for the theme in force, memoized like the store's selectors. */
export const selectDisputeMarks = (s: AirliftState, dark: boolean): DisputeMark[] =>
  marksOf(selectRouteShapes(s, dark), selectRouteDisputes(s));

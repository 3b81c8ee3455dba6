/**
 * The compared periods on the map: each route whose flights changed from period A to period B, drawn
 * over its arc — a solid band where B has more, a dotted one where it has fewer, wider the larger the
 * change. Shape (solid / dotted) tells them apart, not hue alone; the legend reads these constants and
 * the Patterns panel lists the same routes with their counts.
 */
import type { PathOptions } from 'leaflet';
import type { Airport } from '../data/contract';
import type { LatLon } from '../data/geo';
import type { PeriodComparison, RouteChange } from '../data/patterns';
import { routeGeometry } from '../store/map-selectors';
import { memoizeLast } from '../store/memo';
import { selectActiveComparison } from '../store/pattern-selectors';
import { selectAirportsByIcao } from '../store/selectors';
import type { AirliftState } from '../store/store';

/** Paul Tol's green and wine: apart from the confidences' Okabe–Ito colours and the disputed vermillion. */
export const GREW_COLOR = '#117733';
export const SHRANK_COLOR = '#882255';
export const SHRANK_DASH = '2 7';
export const COMPARE_PANE = 'compare-routes';
/** Between the dispute band (395) and the routes (400): under the lines, over the basemap. */
export const COMPARE_PANE_Z = 396;

export interface CompareMark {
  key: string;
  change: RouteChange;
  arc: LatLon[];
  style: PathOptions;
}

// Bounded: weights are whole pixels from 3 to 14, two directions: 24 entries.
const styles = new Map<string, PathOptions>();
function styleFor(grew: boolean, weight: number): PathOptions {
  const key = `${grew}:${weight}`;
  let style = styles.get(key);
  if (!style) {
    style = {
      color: grew ? GREW_COLOR : SHRANK_COLOR,
      weight,
      opacity: 0.45,
      dashArray: grew ? undefined : SHRANK_DASH,
      lineCap: grew ? 'round' : 'butt',
      interactive: false,
    };
    styles.set(key, style);
  }
  return style;
}

/** The marks of every route that changed between A and B whose airports are known, biggest change first. */
export function compareMarks(
  comparison: PeriodComparison | undefined,
  airports: ReadonlyMap<string, Airport>,
): CompareMark[] {
  if (!comparison) return [];
  const changed = comparison.routes.filter((r) => r.a !== r.b);
  const max = changed.reduce((m, r) => Math.max(m, Math.abs(r.b - r.a)), 0);
  const marks: CompareMark[] = [];
  for (const change of changed) {
    const [origin = '', destination = ''] = change.key.split('>');
    const geometry = routeGeometry(airports, { key: change.key, origin, destination });
    if (!geometry) continue;
    const weight = 3 + Math.round((11 * Math.abs(change.b - change.a)) / Math.max(1, max));
    marks.push({ key: change.key, change, arc: geometry.arc, style: styleFor(change.b > change.a, weight) });
  }
  return marks;
}

const marksOf = memoizeLast(compareMarks);
export const selectCompareMarks = (s: AirliftState): CompareMark[] =>
  marksOf(selectActiveComparison(s), selectAirportsByIcao(s));

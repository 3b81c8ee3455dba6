/**
 * Review status (schema v2) over the flight index: the counts by status the filter pane shows, and
 * how many of each route's shown flights are disputed (the map). The review filter's own per-flight
 * test and the status column live in extra-filters.ts, which compileFilters calls.
 */
import { REVIEW_STATUSES, type Filters, type ReviewStatus } from '../contract';
import { compileFilters } from './compile-filters';
import { reviewColumn } from './extra-filters';
import type { FlightIndex } from './flight-index';
import type { FilterContext } from './identity-filters';

export type ReviewCounts = Record<ReviewStatus, number>;

const DISPUTED = REVIEW_STATUSES.indexOf('disputed');

/** Calls `visit(i)` for each index position whose flight passes the filters, in index order. */
function forEachPassing(
  index: FlightIndex,
  filters: Filters,
  visit: (i: number) => void,
  context?: FilterContext,
): void {
  const { lo, hi, confidenceMask, test } = compileFilters(index, filters, context);
  const { confidence } = index;
  for (let i = lo; i < hi; i++) {
    if (((confidenceMask >> (confidence[i] ?? 0)) & 1) === 0) continue;
    if (test !== undefined && !test(i)) continue;
    visit(i);
  }
}

export const emptyReviewCounts = (): ReviewCounts => ({ unreviewed: 0, verified: 0, disputed: 0 });

/**
 * How many flights of each status pass every filter except the review filter itself: what each of the
 * pane's checkboxes would let through (as the confidence checkboxes count).
 */
export function reviewCounts(index: FlightIndex, filters: Filters, context?: FilterContext): ReviewCounts {
  const { review: _review, ...rest } = filters;
  const col = reviewColumn(index);
  const tally = new Int32Array(REVIEW_STATUSES.length);
  forEachPassing(
    index,
    rest,
    (i) => {
      const k = col[i] ?? 0;
      tally[k] = (tally[k] ?? 0) + 1;
    },
    context,
  );
  const out = emptyReviewCounts();
  REVIEW_STATUSES.forEach((s, k) => (out[s] = tally[k] ?? 0));
  return out;
}

const reviewed = new WeakMap<Uint8Array, boolean>();
/** Whether any flight of the column has been reviewed (most datasets: none), once per column. */
function anyReviewed(col: Uint8Array): boolean {
  let any = reviewed.get(col);
  if (any === undefined) reviewed.set(col, (any = col.some((k) => k !== 0)));
  return any;
}

/**
 * The same counts when the filters have no review filter: then the flights that pass every filter but
 * it are the view's, at these positions (computeView's), and no second pass over the index is needed.
 */
export function reviewCountsAt(index: FlightIndex, positions: Int32Array): ReviewCounts {
  const out = emptyReviewCounts();
  const col = reviewColumn(index);
  if (!anyReviewed(col)) {
    out.unreviewed = positions.length;
    return out;
  }
  const tally = new Int32Array(REVIEW_STATUSES.length);
  for (let k = 0; k < positions.length; k++) tally[col[positions[k]!]!]!++;
  REVIEW_STATUSES.forEach((s, k) => (out[s] = tally[k] ?? 0));
  return out;
}

/** A route's shown flights and how many of them are disputed. */
export interface RouteDispute {
  disputed: number;
  count: number;
}

/**
 * For each route (`ORIGIN>DESTINATION`, as RouteSummary.key) with at least one disputed flight among
 * those that pass the filters: its disputed and shown counts. Routes without one are absent.
 */
export function disputedByRoute(index: FlightIndex, filters: Filters): Map<string, RouteDispute> {
  const col = reviewColumn(index);
  // Most datasets have no disputed flight: no pass over them on every filter change.
  if (!col.includes(DISPUTED)) return new Map();
  const nRoutes = index.routeOrigin.length;
  const count = new Int32Array(nRoutes);
  const disputed = new Int32Array(nRoutes);
  const { route } = index;
  forEachPassing(index, filters, (i) => {
    const r = route[i] ?? 0;
    count[r] = (count[r] ?? 0) + 1;
    if (col[i] === DISPUTED) disputed[r] = (disputed[r] ?? 0) + 1;
  });
  const out = new Map<string, RouteDispute>();
  for (let r = 0; r < nRoutes; r++) {
    const d = disputed[r] ?? 0;
    if (d === 0) continue;
    const origin = index.airports[index.routeOrigin[r] ?? -1] ?? '';
    const destination = index.airports[index.routeDestination[r] ?? -1] ?? '';
    out.set(`${origin}>${destination}`, { disputed: d, count: count[r] ?? 0 });
  }
  return out;
}

/** "3 of 12 disputed". */
export function describeDispute({ disputed, count }: RouteDispute): string {
  return `${disputed.toLocaleString('en-US')} of ${count.toLocaleString('en-US')} disputed`;
}

/** "Unreviewed", "Verified", "Disputed". */
export function reviewLabel(status: ReviewStatus): string {
  return status.charAt(0).toUpperCase() + status.slice(1);
}

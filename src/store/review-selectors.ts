/**
 * Review state and bulk targets, derived from the store with the data core and memoized on the
 * inputs' identity (as selectors.ts does): counts by review status for the filter pane, disputed
 * flights per route for the map, and the flights a bulk action acts on.
 */
import type { Filters, Flight } from '../data/contract';
import type { FilterContext, FlightIndex } from '../data/query';
import { selectFilterContext } from './identity-selectors';
import {
  disputedByRoute,
  reviewCounts,
  reviewCountsAt,
  type ReviewCounts,
  type RouteDispute,
} from '../data/query/review';
import { memoizeLast } from './memo';
import { selectSelectionFlights, selectSortedFlights, selectView } from './selectors';
import { paneFilters, type AirliftState } from './store';

const NO_COUNTS: ReviewCounts = { unreviewed: 0, verified: 0, disputed: 0 };

const countsOf = memoizeLast((index: FlightIndex | null, filters: Filters, context: FilterContext) =>
  index ? reviewCounts(index, filters, context) : NO_COUNTS,
);
const countsAt = memoizeLast((index: FlightIndex, positions: Int32Array) => reviewCountsAt(index, positions));
/**
 * Flights of each review status under every filter but the review filter (the pane's checkboxes).
 * Without a review filter those flights are the view's: counted at its positions, not in a new pass.
 */
export const selectReviewCounts = (s: AirliftState): ReviewCounts => {
  const filters = paneFilters(s);
  const view = s.index && !filters.review?.length ? selectView(s) : null;
  return view && s.index
    ? countsAt(s.index, view.positions)
    : countsOf(s.index, filters, selectFilterContext(s));
};

const NO_DISPUTES: ReadonlyMap<string, RouteDispute> = new Map();
const disputesOf = memoizeLast(
  (index: FlightIndex | null, filters: Filters): ReadonlyMap<string, RouteDispute> =>
    index ? disputedByRoute(index, filters) : NO_DISPUTES,
);
/** Shown routes with disputed flights, by route key: how many of the route's shown flights are disputed. */
export const selectRouteDisputes = (s: AirliftState) => disputesOf(s.index, paneFilters(s));

/**
 * The flights a bulk action acts on: with a route or an airport selected, its shown flights (the
 * selection); otherwise every filtered flight. In the table's order.
 */
function bulkFlights(s: AirliftState): readonly Flight[] {
  const kind = s.selection?.kind;
  return kind === 'route' || kind === 'airport' ? selectSelectionFlights(s) : selectSortedFlights(s);
}

/** What a bulk action acts on: the filtered (or selected) flights, and whether that is the whole dataset. */
export interface BulkTarget {
  /** How many flights. */
  n: number;
  /** True when no filter leaves any flight out. */
  all: boolean;
  /** For the buttons: "37 filtered flights", "1 filtered flight", "12 selected flights", "all 412 flights". */
  label: string;
  /** For the confirm: "37 flights", "all 412 flights". */
  count: string;
}

const number = (n: number) => n.toLocaleString('en-US');
const flightsWord = (n: number) => (n === 1 ? 'flight' : 'flights');

const targetOf = memoizeLast((flights: readonly Flight[], total: number, selected: boolean): BulkTarget => {
  const n = flights.length;
  const all = n === total && n > 1;
  return {
    n,
    all,
    label: all
      ? `all ${number(n)} flights`
      : `${number(n)} ${selected ? 'selected' : 'filtered'} ${flightsWord(n)}`,
    count: all ? `all ${number(n)} flights` : `${number(n)} ${flightsWord(n)}`,
  };
});
/** How many filtered flights a bulk edit or delete acts on, in words. */
export const selectBulkTarget = (s: AirliftState): BulkTarget =>
  targetOf(
    bulkFlights(s),
    s.dataset?.flights.length ?? 0,
    s.selection?.kind === 'route' || s.selection?.kind === 'airport',
  );

const sortedTags = (flights: readonly Flight[] | undefined) => {
  const tags = new Set<string>();
  for (const f of flights ?? []) for (const t of f.tags ?? []) tags.add(t);
  return [...tags].sort((a, b) => a.localeCompare(b));
};
const targetTagsOf = memoizeLast(sortedTags);
/** The tags the filtered flights carry, sorted: what "Remove a tag" offers. */
export const selectTargetTags = (s: AirliftState): readonly string[] => targetTagsOf(bulkFlights(s));
const datasetTagsOf = memoizeLast(sortedTags);
/** Every tag of the dataset, sorted: what "Add a tag" suggests. */
export const selectDatasetTags = (s: AirliftState): readonly string[] => datasetTagsOf(s.dataset?.flights);

/** The ids of the bulk target, in the table's order: read once, when a bulk action is asked for. */
export const selectBulkIds = (s: AirliftState): string[] => bulkFlights(s).map((f) => f.id);

/**
 * The Aircraft view (issue 14), derived from the store: the airframes of the filtered flights, the
 * selected one, its history over the whole dataset, and how many shown flights have an identity
 * conflict. Each memoized on its inputs' identity, like the other selectors.
 */
import type { Flight } from '../data/contract';
import {
  aircraftHistory,
  listAircraft,
  type AircraftHistory,
  type AircraftList,
  type AircraftSummary,
  type FlightIdentity,
} from '../data/identity';
import { airframesIndex } from '../data/identity/airframes-index';
import { listAircraftIn } from '../data/identity/airframes-view';
import { airframeColumn, type FlightIndex } from '../data/query';
import type { IdentitySources } from '../data/identity/types';
import {
  conflictColumnFor,
  identityOfFor,
  selectConflictColumn,
  selectIdentityOf,
} from './identity-selectors';
import { memoizeLast } from './memo';
import { selectSelectionFlights, selectView } from './selectors';
import type { AirliftState } from './store';

type IdentityOf = (flight: Flight) => FlightIdentity | undefined;

const NO_FLIGHTS: readonly Flight[] = [];

// The per-dataset part of the list: rebuilt when the index (an edit, an import) or the identity function
// (tables or a database loaded) changes, never reused across either.
const airframesOf = memoizeLast(airframesIndex);

/**
 * The list for these flights (the index's view), memoized on them: each flight's airframe and values
 * are resolved once per index and identity function, so a filter change only counts the shown flights.
 * The Aircraft list calls it a render late (useDeferredValue), after the map and table have painted.
 */
export const aircraftListFor = memoizeLast(
  (
    index: FlightIndex | null,
    flights: readonly Flight[],
    identityOf: IdentityOf,
    positions?: Int32Array,
  ): AircraftList =>
    index
      ? listAircraftIn(airframesOf(index, identityOf), flights, positions)
      : listAircraft(flights, identityOf),
);
/** The filtered flights (the view's array). */
export const selectShownFlights = (s: AirliftState): readonly Flight[] =>
  selectView(s)?.flights ?? NO_FLIGHTS;
/** Their positions in the index (the view's), undefined without a view. */
export const selectShownPositions = (s: AirliftState): Int32Array | undefined => selectView(s)?.positions;
/** Every airframe of the filtered flights (busiest first), with derived values once the tables load. */
export const selectAircraftList = (s: AirliftState): AircraftList =>
  aircraftListFor(s.index, selectShownFlights(s), selectIdentityOf(s), selectShownPositions(s));

/** The selected airframe's key, or undefined when the selection is not an aircraft. */
export const selectSelectedAircraftKey = (s: AirliftState): string | undefined =>
  s.selection?.kind === 'aircraft' ? s.selection.key : undefined;

const selectedOf = memoizeLast(
  (flights: readonly Flight[], key: string | undefined, identityOf: IdentityOf) =>
    key === undefined ? undefined : listAircraft(flights, identityOf).aircraft.find((a) => a.key === key),
);
/**
 * The selected airframe as the filtered flights show it (grouped from the selection's own flights, not
 * the whole list); undefined when the filters hide all its flights.
 */
export const selectSelectedAircraft = (s: AirliftState): AircraftSummary | undefined =>
  selectedOf(selectSelectionFlights(s), selectSelectedAircraftKey(s), selectIdentityOf(s));

/** Every flight of the dataset with this airframe key, in index (time) order. */
function airframeFlights(index: FlightIndex, key: string): Flight[] {
  const { ids, idOf } = airframeColumn(index);
  const id = idOf.get(key);
  const out: Flight[] = [];
  if (id === undefined) return out;
  for (let i = 0; i < ids.length; i++) if (ids[i] === id) out.push(index.flights[i]!);
  return out;
}

export interface AircraftRecordView {
  /** The airframe over every flight of the dataset (undefined when no flight has the key). */
  whole: AircraftSummary | undefined;
  history: AircraftHistory;
}
const historyOf = memoizeLast(
  (index: FlightIndex | null, key: string | undefined, identityOf: IdentityOf): AircraftRecordView | null => {
    if (!index || key === undefined) return null;
    const flights = airframeFlights(index, key);
    return {
      whole: listAircraft(flights, identityOf).aircraft[0],
      history: aircraftHistory(flights, identityOf),
    };
  },
);
/**
 * The selected airframe's history over the whole dataset, not only the filter: a change of hands
 * outside the date range is still part of who this aircraft is. Null without an aircraft selection.
 */
export const selectAircraftHistory = (s: AirliftState): AircraftRecordView | null =>
  historyOf(s.index, selectSelectedAircraftKey(s), selectIdentityOf(s));

// Flights with a conflict in the whole index, once per column: a view of every flight is a common one.
const columnTotals = new WeakMap<Uint8Array, number>();
function conflictsIn(column: Uint8Array): number {
  let total = columnTotals.get(column);
  if (total === undefined) {
    total = 0;
    for (let i = 0; i < column.length; i++) total += column[i]!;
    columnTotals.set(column, total);
  }
  return total;
}

// The last array found to be every flight of its index: the store keeps the unfiltered view, so a
// return to it is recognised by identity, without a compare per flight.
const wholeArrays = new WeakMap<readonly Flight[], readonly Flight[]>();
function sameAsLastWhole(flights: readonly Flight[], all: readonly Flight[]): boolean {
  if (wholeArrays.get(flights) === all) return true;
  for (let i = 0; i < all.length; i++) if (!Object.is(all[i], flights[i])) return false;
  wholeArrays.set(flights, all);
  return true;
}

const conflictCountOf = memoizeLast(
  (
    index: FlightIndex | null,
    flights: readonly Flight[],
    column: Uint8Array | undefined,
    identityOf: IdentityOf,
    positions?: Int32Array,
  ): number | undefined => {
    if (!column || !index) return undefined;
    const all = index.flights;
    if (flights.length === all.length && sameAsLastWhole(flights, all)) return conflictsIn(column);
    // The view's flights are the index's in the same order: read the conflict column (built once per
    // index and sources) at their positions instead of looking up each flight's identity (~20 ms at
    // 100k); without positions one walk of both arrays finds them.
    // (Object.is: see airframes-view's changesFrom.)
    let n = 0;
    if (positions?.length === flights.length) {
      let k = 0;
      for (; k < flights.length && Object.is(all[positions[k]!], flights[k]); k++)
        n += column[positions[k]!]!;
      if (k === flights.length) return n;
    } else {
      let j = 0;
      for (let i = 0; i < all.length && j < flights.length; i++) {
        if (!Object.is(all[i], flights[j])) continue;
        if (column[i] !== 0) n++;
        j++;
      }
      if (j === flights.length) return n;
    }
    // Not a subsequence after all (not expected): count flight by flight.
    n = 0;
    for (const f of flights) if ((identityOf(f)?.conflicts.length ?? 0) > 0) n++;
    return n;
  },
);
/**
 * How many filtered flights have an identity conflict: the "Identity conflicts only (N)" filter's N.
 * Undefined until the bundled tables have loaded (nothing has been checked yet).
 */
export const selectConflictCount = (s: AirliftState): number | undefined =>
  conflictCountOf(
    s.index,
    selectShownFlights(s),
    selectConflictColumn(s),
    selectIdentityOf(s),
    selectShownPositions(s),
  );
/** The same from its inputs: the filter box reads them a render late, so a load paints before it counts. */
export const conflictCountFor = (
  index: FlightIndex | null,
  flights: readonly Flight[],
  sources: IdentitySources | null,
  positions?: Int32Array,
): number | undefined =>
  conflictCountOf(index, flights, conflictColumnFor(index, sources), identityOfFor(sources), positions);

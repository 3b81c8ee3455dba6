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
import { airframeColumn, type FlightIndex } from '../data/query';
import { selectIdentityOf } from './identity-selectors';
import { memoizeLast } from './memo';
import { selectView } from './selectors';
import type { AirliftState } from './store';

type IdentityOf = (flight: Flight) => FlightIdentity | undefined;

const NO_FLIGHTS: readonly Flight[] = [];

const listOf = memoizeLast((flights: readonly Flight[], identityOf: IdentityOf): AircraftList =>
  listAircraft(flights, identityOf),
);
/** Every airframe of the filtered flights (busiest first), with derived values once the tables load. */
export const selectAircraftList = (s: AirliftState): AircraftList =>
  listOf(selectView(s)?.flights ?? NO_FLIGHTS, selectIdentityOf(s));

/** The selected airframe's key, or undefined when the selection is not an aircraft. */
export const selectSelectedAircraftKey = (s: AirliftState): string | undefined =>
  s.selection?.kind === 'aircraft' ? s.selection.key : undefined;

const selectedOf = memoizeLast((list: AircraftList, key: string | undefined) =>
  key === undefined ? undefined : list.aircraft.find((a) => a.key === key),
);
/** The selected airframe as the filtered flights show it; undefined when the filters hide all its flights. */
export const selectSelectedAircraft = (s: AirliftState): AircraftSummary | undefined =>
  selectedOf(selectAircraftList(s), selectSelectedAircraftKey(s));

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

const conflictCountOf = memoizeLast(
  (flights: readonly Flight[], identityOf: IdentityOf, ready: boolean): number | undefined => {
    if (!ready) return undefined;
    let n = 0;
    for (const f of flights) if ((identityOf(f)?.conflicts.length ?? 0) > 0) n++;
    return n;
  },
);
/**
 * How many filtered flights have an identity conflict: the "Identity conflicts only (N)" filter's N.
 * Undefined until the bundled tables have loaded (nothing has been checked yet).
 */
export const selectConflictCount = (s: AirliftState): number | undefined =>
  conflictCountOf(selectView(s)?.flights ?? NO_FLIGHTS, selectIdentityOf(s), s.identityTables !== null);

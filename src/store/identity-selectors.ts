/**
 * Who flew (issue 14), derived from the store: the identity sources (bundled tables + the analyst's
 * aircraft database), each flight's derived values and conflicts, and the conflict column the
 * "identity conflicts" filter reads. A flight's identity is cached per flight object: an edit makes new
 * objects only for the flights it touched, so after it only those are resolved again.
 */
import type { Flight } from '../data/contract';
import type { FilterContext, FlightIndex } from '../data/query';
import { resolveFlightIdentity, resolveMasks } from '../data/identity/resolve';
import type { FlightIdentity, IdentitySources } from '../data/identity/types';
import { memoizeLast } from './memo';
import { paneFilters, type AirliftState, type IdentityTables } from './store';

const sourcesOf = memoizeLast(
  (tables: IdentityTables | null, db: IdentitySources['db'] | null): IdentitySources | null =>
    tables ? { ...tables, ...(db ? { db } : {}) } : null,
);
/** What the resolver reads; null until the bundled tables have loaded. */
export const selectIdentitySources = (s: AirliftState): IdentitySources | null =>
  sourcesOf(s.identityTables, s.aircraftDb);

interface Caches {
  /** resolveMasks per flight: what the conflict column and the "nothing to say" test read. */
  masks: WeakMap<Flight, number>;
  identities: WeakMap<Flight, FlightIdentity>;
}
const caches = new WeakMap<IdentitySources, Caches>();
const cachesOf = (sources: IdentitySources): Caches => {
  let c = caches.get(sources);
  if (!c) caches.set(sources, (c = { masks: new WeakMap(), identities: new WeakMap() }));
  return c;
};

/** The flight's derived mask | conflict mask << 4 under these sources, once per flight object. */
function masksFor(c: Caches, sources: IdentitySources, flight: Flight): number {
  let m = c.masks.get(flight);
  if (m === undefined) c.masks.set(flight, (m = resolveMasks(flight, sources)));
  return m;
}

// Most flights have nothing derived and no conflict: they share one empty identity (no strings built).
const NOTHING: FlightIdentity = Object.freeze({
  derived: Object.freeze([]) as unknown as FlightIdentity['derived'],
  conflicts: Object.freeze([]) as unknown as FlightIdentity['conflicts'],
});

/** One flight's identity under these sources, resolved once per flight object. */
export function identityFor(sources: IdentitySources, flight: Flight): FlightIdentity {
  const c = cachesOf(sources);
  if (masksFor(c, sources, flight) === 0) return NOTHING;
  let identity = c.identities.get(flight);
  if (!identity) c.identities.set(flight, (identity = resolveFlightIdentity(flight, sources)));
  return identity;
}

const identityOfOf = memoizeLast(
  (sources: IdentitySources | null) =>
    (flight: Flight): FlightIdentity | undefined =>
      sources ? identityFor(sources, flight) : undefined,
);
/** A stable function from a flight to its identity (undefined before the tables load): for rows and lists. */
export const identityOfFor = (sources: IdentitySources | null) => identityOfOf(sources);
export const selectIdentityOf = (s: AirliftState) => identityOfOf(selectIdentitySources(s));

const conflictsOf = memoizeLast((index: FlightIndex | null, sources: IdentitySources | null) => {
  if (!index || !sources) return undefined;
  const c = cachesOf(sources);
  const flights = index.flights;
  const col = new Uint8Array(flights.length);
  for (let i = 0; i < flights.length; i++) if (masksFor(c, sources, flights[i]!) >> 4 !== 0) col[i] = 1;
  return col;
});
/** 1 per flight of the index with an identity conflict; undefined before the tables load. */
export const conflictColumnFor = (
  index: FlightIndex | null,
  sources: IdentitySources | null,
): Uint8Array | undefined => conflictsOf(index, sources);
export const selectConflictColumn = (s: AirliftState): Uint8Array | undefined =>
  conflictsOf(s.index, selectIdentitySources(s));

const contextOf = memoizeLast((conflicts: Uint8Array | undefined): FilterContext => ({ conflicts }));
const NO_CONTEXT: FilterContext = {};
/**
 * What the filters need beyond the index. Only the conflict filter needs the conflict column: without
 * it the context stays the same object, so loading a database does not recompute every view.
 */
export const selectFilterContext = (s: AirliftState): FilterContext =>
  paneFilters(s).identityConflict ? contextOf(selectConflictColumn(s)) : NO_CONTEXT;
/** The same for the filters as set, which a chart read while the views are held (Patterns) follows. */
export const selectLiveFilterContext = (s: AirliftState): FilterContext =>
  s.filters.identityConflict ? contextOf(selectConflictColumn(s)) : NO_CONTEXT;

/** The selected flight's identity, or null. */
export const selectSelectedFlightIdentity = (s: AirliftState): FlightIdentity | null => {
  if (s.selection?.kind !== 'flight') return null;
  const sources = selectIdentitySources(s);
  const id = s.selection.id;
  const flight = s.dataset?.flights.find((f) => f.id === id);
  return sources && flight ? identityFor(sources, flight) : null;
};

/**
 * Who flew, for a whole list of flights: which fields each flight got from a source and which
 * conflicts it has, as two byte columns aligned with the flights (what filters and counts read), and
 * each flight's full identity (values, sources, messages) built only when a view asks for it.
 */
import type { Flight } from '../contract';
import { resolveFlightIdentity, resolveMasks } from './resolve';
import type { FlightIdentity, IdentitySources } from './types';

export interface IdentityOverlay {
  readonly flights: readonly Flight[];
  /** Per flight: bit k set = it has a conflict of kind CONFLICT_KINDS[k]. */
  readonly conflicts: Uint8Array;
  /** Per flight: bit k set = IDENTITY_FIELDS[k] was derived from a source. */
  readonly derived: Uint8Array;
  /** Flights with at least one conflict. */
  readonly conflictCount: number;
  /** Flights with at least one derived value. */
  readonly derivedCount: number;
  /** The identity of flights[i], as resolveFlightIdentity gives it. */
  identityAt(i: number): FlightIdentity;
  /** The identity of a flight of this list (by object), or undefined for a flight not in it. */
  identityOf(flight: Flight): FlightIdentity | undefined;
}

/**
 * Resolves every flight against the sources. The masks are computed at once (no strings are built
 * for them); identities are built on first ask and kept, one per flight at most, for as long as the
 * overlay lives. A flight with nothing derived and no conflict gets a fresh empty identity each time.
 */
export function resolveIdentities(flights: readonly Flight[], sources: IdentitySources): IdentityOverlay {
  const n = flights.length;
  const conflicts = new Uint8Array(n);
  const derived = new Uint8Array(n);
  let conflictCount = 0;
  let derivedCount = 0;
  for (let i = 0; i < n; i++) {
    const masks = resolveMasks(flights[i]!, sources);
    const d = masks & 0xf;
    const c = masks >> 4;
    derived[i] = d;
    conflicts[i] = c;
    if (d !== 0) derivedCount++;
    if (c !== 0) conflictCount++;
  }
  const cache: (FlightIdentity | undefined)[] = [];
  let positions: Map<Flight, number> | undefined;

  const identityAt = (i: number): FlightIdentity => {
    if (!Number.isInteger(i) || i < 0 || i >= n)
      throw new RangeError(`identityAt(${i}): no flight at that position (${n} flights)`);
    if (derived[i] === 0 && conflicts[i] === 0) return { derived: [], conflicts: [] };
    return (cache[i] ??= resolveFlightIdentity(flights[i]!, sources));
  };
  return {
    flights,
    conflicts,
    derived,
    conflictCount,
    derivedCount,
    identityAt,
    identityOf(flight) {
      if (!positions) {
        positions = new Map();
        for (let i = 0; i < n; i++) if (!positions.has(flights[i]!)) positions.set(flights[i]!, i);
      }
      const i = positions.get(flight);
      return i === undefined ? undefined : identityAt(i);
    },
  };
}

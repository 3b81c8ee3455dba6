/**
 * What exports write of "who flew" (issue 14): values the identity sources derived for fields a flight
 * lacks, and conflicts between a flight's own value and a source. They are written beside the flight's
 * own fields, never into them, and an import does not read them back (FORMAT.md, "Identity in exports").
 */
import { IDENTITY_CSV_COLUMNS, type Flight } from '../contract';
import type { FlightIdentity } from '../identity/types';

/** A flight's identity, or undefined when nothing was resolved (the tables not loaded). */
export type IdentityOf = (flight: Flight) => FlightIdentity | undefined;

export { IDENTITY_CSV_COLUMNS };

/** The identity cells of one flight (unquoted), in IDENTITY_CSV_COLUMNS order. */
export function identityCells(identity: FlightIdentity | undefined): string[] {
  const value = (field: string) => identity?.derived.find((d) => d.field === field)?.value ?? '';
  const from = identity?.derived.map((d) => `${d.field}: ${d.source}`).join('; ') ?? '';
  const conflicts = identity?.conflicts.map((c) => c.message).join('; ') ?? '';
  return [value('registration'), value('aircraftType'), value('operator'), from, conflicts];
}

/** The JSON export's top-level `identity` block. */
export interface IdentityBlock {
  about: string;
  flights: {
    id: string;
    derived?: { field: string; value: string; source: string }[];
    conflicts?: { kind: string; field: string; own: string; other: string; source: string }[];
  }[];
}

export const IDENTITY_BLOCK_ABOUT =
  'Derived by Airlift from identity sources (an aircraft database, ICAO address blocks, nationality marks, ' +
  "airline designators): not the flights' own data. An import does not read this block back.";

/** The `identity` block for these flights, or undefined when no flight has a derived value or a conflict. */
export function identityBlock(flights: readonly Flight[], identityOf: IdentityOf): IdentityBlock | undefined {
  const out: IdentityBlock['flights'] = [];
  for (const f of flights) {
    const identity = identityOf(f);
    if (!identity || (identity.derived.length === 0 && identity.conflicts.length === 0)) continue;
    const entry: IdentityBlock['flights'][number] = { id: f.id };
    if (identity.derived.length > 0)
      entry.derived = identity.derived.map((d) => ({ field: d.field, value: d.value, source: d.source }));
    if (identity.conflicts.length > 0)
      entry.conflicts = identity.conflicts.map((c) => ({
        kind: c.kind,
        field: c.field,
        own: c.own,
        other: c.other,
        source: c.source,
      }));
    out.push(entry);
  }
  return out.length > 0 ? { about: IDENTITY_BLOCK_ABOUT, flights: out } : undefined;
}

/** What one import shares while validating its rows: below flight, source and meta checks alike. */
import type { AirportResolver, IssueLog, UnknownFields } from './issue-log';
import type { SeenValues } from './values';

/** The part of a Map that the id checks use. */
export interface IdRowTable {
  get(id: string): number | undefined;
  set(id: string, row: number): unknown;
  has(id: string): boolean;
}

/** Everything one import shares while validating its flights. */
export interface FlightChecks {
  log: IssueLog;
  unknown: UnknownFields;
  seen: SeenValues;
  airports: AirportResolver;
  /** id → row of its first use (a Map, or an {@link IdRows} sized for the file). */
  ids: IdRowTable;
}

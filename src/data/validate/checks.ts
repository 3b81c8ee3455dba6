/** What one import shares while validating its rows: below flight, source and meta checks alike. */
import type { AirportResolver, IssueLog, UnknownFields } from './issue-log';
import type { SeenValues } from './values';

/** Everything one import shares while validating its flights. */
export interface FlightChecks {
  log: IssueLog;
  unknown: UnknownFields;
  seen: SeenValues;
  airports: AirportResolver;
  /** id → row of its first use. */
  ids: Map<string, number>;
}

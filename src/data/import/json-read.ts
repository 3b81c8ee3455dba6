/** The contract JSON reader (after parse-import.ts has picked the format); the writer is export/json-write.ts. */
import type { Dataset, Flight, Gazetteer, ImportResult } from '../contract';
import { SCHEMA_VERSION } from '../contract';
import type { FlightChecks } from '../validate';
import { validateFlight } from '../validate';
import { validateAirports, validateEvents, validateLog, validateMeta, validateTracks } from '../validate';
import {
  IdRows,
  IssueLog,
  ListedAirportResolver,
  MAX_FLIGHTS,
  SeenValues,
  tooManyFlights,
  UnknownFields,
} from '../validate';

/**
 * Parses and validates a contract JSON text (no BOM). All or nothing: any error gives `ok: false` with
 * every error listed (the first 1,000) and nothing loaded.
 */
export function parseContractJson(text: string, gazetteer?: Gazetteer): ImportResult {
  const log = new IssueLog();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    log.error('', undefined, `the file is not valid JSON: ${(e as Error).message}`);
    return log.fail('json');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    log.error(
      '',
      undefined,
      'a contract JSON file must be an object with schemaVersion, title, synthetic and flights',
    );
    return log.fail('json');
  }
  const doc = raw as Record<string, unknown>;
  const unknown = new UnknownFields();
  const ownAirports = validateAirports(doc.airports, log, unknown);
  const resolver = new ListedAirportResolver(log, ownAirports, gazetteer);
  const rawFlights = Array.isArray(doc.flights) ? (doc.flights as unknown[]) : [];
  const ids = new IdRows(Math.min(rawFlights.length, MAX_FLIGHTS));
  const checks: FlightChecks = { log, unknown, seen: new SeenValues(), airports: resolver, ids };
  const meta = validateMeta(doc, checks);
  const events = validateEvents(doc.events, checks);
  if (rawFlights.length > MAX_FLIGHTS) {
    log.error('', 'flights', tooManyFlights(rawFlights.length));
    return log.fail('json');
  }
  const flights: Flight[] = new Array(rawFlights.length);
  for (let i = 0; i < rawFlights.length; i++) {
    const flight = validateFlight(rawFlights[i], i + 1, checks);
    if (flight !== undefined) flights[i] = flight;
  }
  const tracks = validateTracks(doc.tracks, checks);
  const changeLog = validateLog(doc.log, checks);
  unknown.report(log);
  if (log.hasErrors) return log.fail('json');

  const airports = [...ownAirports.values()];
  for (const [code, airport] of resolver.used) if (!ownAirports.has(code)) airports.push(airport);
  const dataset: Dataset = { schemaVersion: SCHEMA_VERSION, ...meta, airports, events, flights };
  if (tracks !== undefined && tracks.length > 0) dataset.tracks = tracks;
  if (changeLog !== undefined && changeLog.length > 0) dataset.log = changeLog;
  return { ok: true, format: 'json', dataset, warnings: log.warnings() };
}

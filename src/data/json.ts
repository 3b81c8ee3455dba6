/** The contract JSON: reading (after import.ts has picked the format) and writing. */
import type { Airport, Dataset, Flight, Gazetteer, ImportResult, Source, TimelineEvent } from './types';
import { SCHEMA_VERSION } from './types';
import type { FlightChecks } from './validate-flight';
import { validateFlight } from './validate-flight';
import { validateAirports, validateEvents, validateMeta } from './validate-meta';
import {
  IssueLog,
  ListedAirportResolver,
  MAX_FLIGHTS,
  SeenValues,
  tooManyFlights,
  UnknownFields,
} from './validate';

/** Below this many flights the export is pretty-printed; above, compact for size. */
export const PRETTY_JSON_MAX_FLIGHTS = 5000;

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
    log.errorAt('', undefined, undefined, `the file is not valid JSON: ${(e as Error).message}`);
    return log.fail('json');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    log.errorAt(
      '',
      undefined,
      undefined,
      'a contract JSON file must be an object with schemaVersion, title, synthetic and flights',
    );
    return log.fail('json');
  }
  const doc = raw as Record<string, unknown>;
  const unknown = new UnknownFields();
  const ownAirports = validateAirports(doc.airports, log, unknown);
  const resolver = new ListedAirportResolver(log, ownAirports, gazetteer);
  const checks: FlightChecks = { log, unknown, seen: new SeenValues(), airports: resolver, ids: new Map() };
  const meta = validateMeta(doc, checks);
  const events = validateEvents(doc.events, checks);
  const rawFlights = Array.isArray(doc.flights) ? (doc.flights as unknown[]) : [];
  if (rawFlights.length > MAX_FLIGHTS) {
    log.errorAt('', undefined, 'flights', tooManyFlights(rawFlights.length));
    return log.fail('json');
  }
  const flights: Flight[] = new Array(rawFlights.length);
  for (let i = 0; i < rawFlights.length; i++) {
    const flight = validateFlight(rawFlights[i], i + 1, checks);
    if (flight !== undefined) flights[i] = flight;
  }
  unknown.report(log);
  if (log.hasErrors) return log.fail('json');

  const airports = [...ownAirports.values()];
  for (const [code, airport] of resolver.used) if (!ownAirports.has(code)) airports.push(airport);
  const dataset: Dataset = { schemaVersion: SCHEMA_VERSION, ...meta, airports, events, flights };
  return { ok: true, format: 'json', dataset, warnings: log.warnings() };
}

function cleanSource(s: Source): Source {
  const out: Source = { publisher: s.publisher };
  if (s.title !== undefined) out.title = s.title;
  if (s.url !== undefined) out.url = s.url;
  if (s.published !== undefined) out.published = s.published;
  return out;
}

// Rebuilt in contract order so nothing but contract fields is written.
function cleanFlight(f: Flight): Flight {
  const out = { id: f.id, date: f.date } as Flight;
  if (f.departureTime !== undefined) out.departureTime = f.departureTime;
  if (f.arrivalTime !== undefined) out.arrivalTime = f.arrivalTime;
  out.origin = f.origin;
  out.destination = f.destination;
  if (f.operator !== undefined) out.operator = f.operator;
  if (f.callsign !== undefined) out.callsign = f.callsign;
  if (f.aircraftType !== undefined) out.aircraftType = f.aircraftType;
  if (f.registration !== undefined) out.registration = f.registration;
  if (f.icao24 !== undefined) out.icao24 = f.icao24;
  if (f.cargo !== undefined) out.cargo = f.cargo;
  out.confidence = f.confidence;
  out.sources = f.sources.map(cleanSource);
  if (f.notes !== undefined) out.notes = f.notes;
  return out;
}

function cleanAirport(a: Airport): Airport {
  const out = { icao: a.icao } as Airport;
  if (a.iata !== undefined) out.iata = a.iata;
  out.name = a.name;
  out.lat = a.lat;
  out.lon = a.lon;
  if (a.country !== undefined) out.country = a.country;
  return out;
}

function cleanEvent(e: TimelineEvent): TimelineEvent {
  const out: TimelineEvent = { date: e.date, title: e.title };
  if (e.description !== undefined) out.description = e.description;
  if (e.sources !== undefined) out.sources = e.sources.map(cleanSource);
  return out;
}

/**
 * The given flights as a contract JSON file: the dataset's meta, only the airports these flights refer
 * to, the events within their date span (all events when there are no flights). `synthetic` is true if
 * the dataset or any exported flight is. Pretty-printed below 5,000 flights, compact above.
 */
export function toJson(flights: readonly Flight[], dataset: Dataset): string {
  const used = new Set<string>();
  let first = '';
  let last = '';
  let synthetic = dataset.synthetic;
  for (const f of flights) {
    used.add(f.origin);
    used.add(f.destination);
    if (first === '' || f.date < first) first = f.date;
    if (f.date > last) last = f.date;
    if (f.confidence === 'synthetic') synthetic = true;
  }
  const events =
    flights.length === 0 ? dataset.events : dataset.events.filter((e) => e.date >= first && e.date <= last);
  const doc: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION, title: dataset.title };
  if (dataset.description !== undefined) doc.description = dataset.description;
  doc.synthetic = synthetic;
  if (dataset.compiledAt !== undefined) doc.compiledAt = dataset.compiledAt;
  if (dataset.license !== undefined) doc.license = dataset.license;
  doc.airports = dataset.airports.filter((a) => used.has(a.icao)).map(cleanAirport);
  doc.events = events.map(cleanEvent);
  doc.flights = flights.map(cleanFlight);
  return JSON.stringify(doc, null, flights.length < PRETTY_JSON_MAX_FLIGHTS ? 2 : undefined);
}

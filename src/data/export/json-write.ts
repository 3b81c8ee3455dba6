/** The contract JSON writer (the reader is import/json-read.ts). */
import type { Airport, Dataset, Flight, Source, TimelineEvent } from '../contract';
import { SCHEMA_VERSION } from '../contract';

/** Below this many flights the export is pretty-printed; above, compact for size. */
export const PRETTY_JSON_MAX_FLIGHTS = 5000;

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

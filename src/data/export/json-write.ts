/** The contract JSON writer (the reader is import/json-read.ts). */
import type {
  Airport,
  Dataset,
  FieldKind,
  Flight,
  LogEntry,
  Review,
  Source,
  TimelineEvent,
  Track,
} from '../contract';
import { FLIGHT_TABLE, SCHEMA_VERSION } from '../contract';
import { identityBlock, type IdentityOf } from './identity-export';

/** Below this many flights the export is pretty-printed; above, compact for size. */
export const PRETTY_JSON_MAX_FLIGHTS = 5000;

function cleanSource(s: Source): Source {
  const out: Source = { publisher: s.publisher };
  if (s.title !== undefined) out.title = s.title;
  if (s.url !== undefined) out.url = s.url;
  if (s.published !== undefined) out.published = s.published;
  return out;
}

function cleanReview(r: Review): Review {
  const out: Review = { status: r.status };
  if (r.by !== undefined) out.by = r.by;
  if (r.at !== undefined) out.at = r.at;
  if (r.note !== undefined) out.note = r.note;
  return out;
}

const NAMES: readonly string[] = FLIGHT_TABLE.map((field) => field.name);
const KINDS: readonly FieldKind[] = FLIGHT_TABLE.map((field) => field.kind);

// Rebuilt in the table's order so nothing but contract fields is written.
function cleanFlight(f: Flight): Flight {
  const record = f as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (let i = 0; i < NAMES.length; i++) {
    const name = NAMES[i]!; // i < length
    const value = record[name];
    if (value === undefined) continue;
    const kind = KINDS[i];
    out[name] =
      kind === 'sources'
        ? (value as Source[]).map(cleanSource)
        : kind === 'review'
          ? cleanReview(value as Review)
          : kind === 'tags'
            ? (value as string[]).slice()
            : value;
  }
  return out as unknown as Flight;
}

function cleanTrack(t: Track): Track {
  return { flightId: t.flightId, source: cleanSource(t.source), points: t.points };
}

function cleanLogEntry(e: LogEntry): LogEntry {
  const out = { at: e.at } as LogEntry;
  if (e.by !== undefined) out.by = e.by;
  out.action = e.action;
  if (e.flightId !== undefined) out.flightId = e.flightId;
  if (e.field !== undefined) out.field = e.field;
  if (e.before !== undefined) out.before = e.before;
  if (e.after !== undefined) out.after = e.after;
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
  if (e.dateEnd !== undefined) out.dateEnd = e.dateEnd;
  return out;
}

/**
 * The given flights as a contract JSON file: the dataset's meta, only the airports these flights refer
 * to, the events within their date span (all events when there are no flights), the tracks of these
 * flights, and the log entries about them or about no flight in particular. `synthetic` is true if
 * the dataset or any exported flight is. Pretty-printed below 5,000 flights, compact above.
 */
export function toJson(flights: readonly Flight[], dataset: Dataset, identityOf?: IdentityOf): string {
  const used = new Set<string>();
  let first = '';
  let last = '';
  let synthetic = dataset.synthetic;
  for (const f of flights) {
    used.add(f.origin);
    used.add(f.destination);
    if (first === '' || f.date < first) first = f.date;
    const end = f.dateEnd ?? f.date;
    if (end > last) last = end;
    if (f.confidence === 'synthetic') synthetic = true;
  }
  // An imprecise event is kept when its days overlap the flights' span.
  const events =
    flights.length === 0
      ? dataset.events
      : dataset.events.filter((e) => (e.dateEnd ?? e.date) >= first && e.date <= last);
  const doc: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION, title: dataset.title };
  if (dataset.description !== undefined) doc.description = dataset.description;
  doc.synthetic = synthetic;
  if (dataset.compiledAt !== undefined) doc.compiledAt = dataset.compiledAt;
  if (dataset.license !== undefined) doc.license = dataset.license;
  doc.airports = dataset.airports.filter((a) => used.has(a.icao)).map(cleanAirport);
  doc.events = events.map(cleanEvent);
  doc.flights = flights.map(cleanFlight);
  const ids = new Set(flights.map((f) => f.id));
  const tracks = (dataset.tracks ?? []).filter((t) => ids.has(t.flightId));
  if (tracks.length > 0) doc.tracks = tracks.map(cleanTrack);
  const entries = (dataset.log ?? []).filter((e) => e.flightId === undefined || ids.has(e.flightId));
  if (entries.length > 0) doc.log = entries.map(cleanLogEntry);
  const identity = identityOf && identityBlock(flights, identityOf);
  if (identity) doc.identity = identity;
  return JSON.stringify(doc, null, flights.length < PRETTY_JSON_MAX_FLIGHTS ? 2 : undefined);
}

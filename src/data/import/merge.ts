/** "Add to current": one dataset made of two, never silently overwriting a flight or an airport. */
import type { Airport, Dataset, Flight, ImportFormat, ImportResult, TimelineEvent } from '../contract';
import { canonicalId, IssueLog, MAX_FLIGHTS, quoted, tooManyFlights } from '../validate';
import { mergeTrackFlights } from './merge-tracks';

function sameAirport(a: Airport, b: Airport): boolean {
  return (
    a.name === b.name && a.lat === b.lat && a.lon === b.lon && a.iata === b.iata && a.country === b.country
  );
}

function eventKey(e: TimelineEvent): string {
  const sources = (e.sources ?? []).map((s) => [s.publisher, s.title, s.url, s.published]);
  return JSON.stringify([e.date, e.title, e.description, sources]);
}

/**
 * Adds `incoming` to `current`. An incoming flight whose id is already present is an error naming both
 * files' rows — unless both hold a track for it (a track-derived leg seen again: merged, with a warning) — (1-based positions in each dataset's flights); any error loads nothing. Airports are
 * unioned (a different definition of a known code keeps the current one, with a warning), events unioned
 * without duplicates, `synthetic` OR-ed, meta kept from `current`. The 1,000,000-flight limit applies to
 * the sum. `incomingFormat` only labels the result.
 */
export function mergeDatasets(
  current: Dataset,
  incoming: Dataset,
  names: { current: string; incoming: string },
  incomingFormat: ImportFormat = 'json',
): ImportResult {
  const log = new IssueLog();
  const total = current.flights.length + incoming.flights.length;
  if (total > MAX_FLIGHTS) {
    log.error(
      '',
      undefined,
      `adding "${names.incoming}" to "${names.current}" makes ${tooManyFlights(total)}`,
    );
    return log.fail(incomingFormat);
  }
  // The same track-derived leg in both is one flight (see merge-tracks.ts), not a clash.
  const same = mergeTrackFlights(current, incoming);
  const rowOf = new Map<string, number>();
  // Ids compared after NFC (a dataset stored before ids were normalised may hold another form).
  current.flights.forEach((f, i) => rowOf.set(canonicalId(f.id), i + 1));
  incoming.flights.forEach(({ id }, j) => {
    const row = rowOf.get(canonicalId(id));
    if (row !== undefined && !same.merged.has(id)) {
      log.error(
        { place: `row ${j + 1} (id ${quoted(id)}) of "${names.incoming}"`, id },
        'id',
        `id already present in row ${row} of "${names.current}"`,
      );
    }
  });
  if (log.hasErrors) return log.fail(incomingFormat);

  const airports = current.airports.slice();
  const byIcao = new Map<string, Airport>();
  for (const a of current.airports) byIcao.set(a.icao, a);
  for (const a of incoming.airports) {
    const known = byIcao.get(a.icao);
    if (known === undefined) {
      byIcao.set(a.icao, a);
      airports.push(a);
    } else if (!sameAirport(known, a)) {
      log.warning(
        { place: `airport "${a.icao}" of "${names.incoming}"`, id: a.icao },
        undefined,
        `differs from the one in "${names.current}" (${known.name}, ${known.lat}, ${known.lon}); kept the one in "${names.current}"`,
      );
    }
  }
  const events = current.events.slice();
  const seen = new Set(current.events.map(eventKey));
  for (const e of incoming.events) {
    const key = eventKey(e);
    if (!seen.has(key)) {
      seen.add(key);
      events.push(e);
    }
  }
  const kept =
    same.merged.size === 0 ? current.flights : current.flights.map((f) => same.flights.get(f.id) ?? f);
  const added = incoming.flights.filter((f) => !same.merged.has(f.id));
  const flights: Flight[] = kept.concat(added);
  if (same.merged.size > 0)
    log.warning(
      '',
      undefined,
      `${same.merged.size.toLocaleString('en-US')} flight${same.merged.size === 1 ? '' : 's'} of "${names.incoming}" already in "${names.current}" (same aircraft, overlapping track): ${same.newPoints.toLocaleString('en-US')} new track points merged into ${same.merged.size === 1 ? 'it' : 'them'}; each end is kept from the flight that observed it, status follows the ends, the current id is kept`,
    );
  const dataset: Dataset = {
    ...current,
    synthetic: current.synthetic || incoming.synthetic,
    airports,
    events,
    flights,
  };
  // Flight ids are disjoint (checked above) but for merged legs, whose track replaces the current one.
  const tracks = (current.tracks ?? [])
    .map((t) => same.tracks.get(t.flightId) ?? t)
    .concat((incoming.tracks ?? []).filter((t) => !same.merged.has(t.flightId)));
  if (tracks.length > 0) dataset.tracks = tracks;
  const changeLog = (current.log ?? []).concat(incoming.log ?? []);
  if (changeLog.length > 0) dataset.log = changeLog;
  return { ok: true, format: incomingFormat, dataset, warnings: log.warnings() };
}

/** GeoJSON of the filtered routes and airports, for GIS tools such as QGIS (RFC 7946: [lon, lat], WGS 84). */
import { greatCircle } from '../geo';
import type { Airport, AirportSummary, RouteSummary } from '../contract';
import { syntheticLevel, syntheticSentence, type SyntheticLevel } from './synthetic-note';

export interface RouteExportOptions {
  /** The dataset is marked synthetic: the whole file is. */
  datasetSynthetic?: boolean;
}

/**
 * The file-level synthetic members of a FeatureCollection (RFC 7946 allows foreign members):
 * `synthetic` (true when any of the data is), `syntheticData` (`all`, `partly`, `none`) and
 * `syntheticNote` (the sentence, absent for `none`).
 */
export function syntheticMembers(level: SyntheticLevel, syntheticFlights: number, total: number) {
  const note = syntheticSentence(level, syntheticFlights, total);
  return {
    synthetic: level !== 'none',
    syntheticData: level,
    ...(note === undefined ? {} : { syntheticNote: note }),
  };
}

/**
 * A FeatureCollection: one LineString per route (a great-circle path, with its counts, date span,
 * operators and evidence mix) and one Point per airport (with flights in and out). Whether the data
 * is synthetic is said at file level ({@link syntheticMembers}) and as `syntheticData` on every feature.
 */
export function toGeoJson(
  routes: readonly RouteSummary[],
  airportTotals: readonly AirportSummary[],
  airports: ReadonlyMap<string, Airport>,
  options: RouteExportOptions = {},
): string {
  let total = 0;
  let synthetic = 0;
  for (const r of routes) {
    total += r.count;
    synthetic += r.confidence.synthetic;
  }
  // Every feature says it too: a GIS layer often travels without its collection.
  const level = syntheticLevel(options.datasetSynthetic === true, synthetic, total);
  const features: object[] = [];
  for (const r of routes) {
    const from = airports.get(r.origin);
    const to = airports.get(r.destination);
    if (!from || !to) continue;
    features.push({
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: greatCircle([from.lat, from.lon], [to.lat, to.lon], 24).map(([lat, lon]) => [
          round(lon),
          round(lat),
        ]),
      },
      properties: {
        kind: 'route',
        route: `${r.origin}>${r.destination}`,
        origin: r.origin,
        destination: r.destination,
        flights: r.count,
        firstDate: r.firstDate,
        lastDate: r.lastDate,
        operators: r.operators.join('; '),
        ...r.confidence,
        publishers: r.publishers,
        weakEvidence: r.weakEvidence,
        syntheticData: level,
      },
    });
  }
  for (const a of airportTotals) {
    const airport = airports.get(a.icao);
    if (!airport) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [airport.lon, airport.lat] },
      properties: {
        kind: 'airport',
        icao: airport.icao,
        iata: airport.iata ?? null,
        name: airport.name,
        country: airport.country ?? null,
        arrivals: a.arrivals,
        departures: a.departures,
        flights: a.total,
        syntheticData: level,
      },
    });
  }
  const members = syntheticMembers(level, synthetic, total);
  return JSON.stringify({ type: 'FeatureCollection', ...members, features }, null, 1);
}

function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

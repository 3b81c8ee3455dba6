/** GeoJSON of the filtered routes and airports, for GIS tools such as QGIS (RFC 7946: [lon, lat], WGS 84). */
import { greatCircle } from '../geo';
import type { Airport, AirportSummary, RouteSummary } from '../contract';

/**
 * A FeatureCollection: one LineString per route (a great-circle path, with its counts, date span,
 * operators and evidence mix) and one Point per airport (with flights in and out).
 */
export function toGeoJson(
  routes: readonly RouteSummary[],
  airportTotals: readonly AirportSummary[],
  airports: ReadonlyMap<string, Airport>,
): string {
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
      },
    });
  }
  return JSON.stringify({ type: 'FeatureCollection', features }, null, 1);
}

function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

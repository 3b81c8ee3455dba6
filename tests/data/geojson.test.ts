import { describe, expect, it } from 'vitest';
import { toGeoJson } from '../../src/data/export';
import type { Airport, Flight } from '../../src/data/contract';
import { makeMinimalFlight } from '../fixtures/flights';
import { aggregateAirports, aggregateRoutes } from '../oracles/query';

const airports = new Map<string, Airport>([
  ['UBBB', { icao: 'UBBB', iata: 'GYD', name: 'Baku', lat: 40.4675, lon: 50.0467, country: 'AZ' }],
  ['LLOV', { icao: 'LLOV', iata: 'VDA', name: 'Ovda', lat: 29.9403, lon: 34.9358, country: 'IL' }],
]);
const flight = (id: string, date: string, origin: string, destination: string): Flight =>
  makeMinimalFlight({ id, date, origin, destination });

describe('GeoJSON export', () => {
  it('writes routes as LineStrings [lon, lat] with counts and span, airports as Points', () => {
    const flights = [flight('a', '2020-01-01', 'UBBB', 'LLOV'), flight('b', '2020-02-01', 'UBBB', 'LLOV')];
    const geo = JSON.parse(toGeoJson(aggregateRoutes(flights), aggregateAirports(flights), airports));
    expect(geo.type).toBe('FeatureCollection');
    const route = geo.features.find((f: { properties: { kind: string } }) => f.properties.kind === 'route');
    expect(route.geometry.type).toBe('LineString');
    expect(route.geometry.coordinates[0]).toEqual([50.0467, 40.4675]);
    expect(route.geometry.coordinates.at(-1)).toEqual([34.9358, 29.9403]);
    expect(route.properties).toMatchObject({
      flights: 2,
      firstDate: '2020-01-01',
      lastDate: '2020-02-01',
      synthetic: 2,
    });
    const points = geo.features.filter((f: { geometry: { type: string } }) => f.geometry.type === 'Point');
    expect(
      points
        .map((p: { properties: { icao: string; flights: number } }) => [
          p.properties.icao,
          p.properties.flights,
        ])
        .sort(),
    ).toEqual([
      ['LLOV', 2],
      ['UBBB', 2],
    ]);
  });
});

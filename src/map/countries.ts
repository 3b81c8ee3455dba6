import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';

const ANTARCTICA = '010';

/** Shifts a ring that crosses the antimeridian (spans > 180°) onto one side, so Leaflet draws no stripe. */
function fixRing(ring: Position[]): Position[] {
  let min = Infinity;
  let max = -Infinity;
  for (const [lon = 0] of ring) {
    min = Math.min(min, lon);
    max = Math.max(max, lon);
  }
  if (max - min <= 180) return ring;
  return ring.map(([lon = 0, lat = 0]) => [lon < 0 ? lon + 360 : lon, lat]);
}

function fixGeometry(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(fixRing) };
  if (geometry.type === 'MultiPolygon') {
    return { ...geometry, coordinates: geometry.coordinates.map((poly) => poly.map(fixRing)) };
  }
  return geometry;
}

let cached: FeatureCollection | undefined;

/** Natural Earth 1:110m countries (world-atlas), as GeoJSON that Leaflet can draw. Built once. */
export function countriesGeoJson(): FeatureCollection {
  if (cached) return cached;
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection;
  cached = {
    type: 'FeatureCollection',
    features: collection.features.map((f): Feature =>
      f.id === ANTARCTICA ? f : { ...f, geometry: fixGeometry(f.geometry) },
    ),
  };
  return cached;
}

export * from './csv-write';
export * from './geojson';
export * from './json-write';
export * from './track-geojson';
export * from './track-kml';
export * from './opensky-sql';
export * from './synthetic-note';
export * from './identity-export';

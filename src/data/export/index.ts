export * from './csv-write';
export * from './geojson';
export * from './json-write';
export * from './opensky-sql';

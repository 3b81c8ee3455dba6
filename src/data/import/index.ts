export * from './csv-airports';
export * from './csv-read';
export * from './csv-table';
export * from './json-read';
export * from './merge';
export * from './opensky';
export * from './parse-import';
export * from './decode-text';

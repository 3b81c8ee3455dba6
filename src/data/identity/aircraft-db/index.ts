/**
 * The analyst's aircraft database: OpenSky `aircraftDatabase.csv` or tar1090-db `aircraft.csv` (gzip or
 * not) read in chunks into a columnar {@link AircraftTable} (an `AircraftLookup`).
 *
 *   const read = new AircraftDbBytes({ name: file.name, importedAt });
 *   for await (const chunk of file.stream()) read.push(chunk);
 *   const result = read.finish(); // { ok: true, table, warnings } | { ok: false, error }
 *
 * The table crosses postMessage and IndexedDB as `table.toColumns()` (transfer `columnBuffers(columns)`)
 * and comes back with `AircraftTable.fromColumns(columns)`, which checks their shape.
 */
export { AircraftDbBytes, AircraftDbReader, readAircraftDb } from './reader';
export type { AircraftDbReadOptions, AircraftDbResult } from './reader';
export { AircraftTable, columnBuffers, columnsProblem, parseAddress, hexOf } from './table';
export type { AircraftColumn, AircraftColumns } from './table';
export { AIRCRAFT_DB_FIELDS, detectLayout, modelText } from './layout';
export type { AircraftDbField, LayoutSpec } from './layout';

/**
 * Public entry of the data core: pure TypeScript, no React, no DOM; runs in Node and in a Web Worker.
 *
 * `importText` resolves airports against the built-in gazetteer (a ~1 MB table). The app's main
 * thread never imports this entry, so that table stays out of first paint: the main thread uses the
 * individual modules, and imports run in the worker (src/io/import-worker.ts).
 */
import { builtInGazetteer } from './gazetteer-table';
import { parseImport, type ImportOptions } from './import';
import type { ImportResult } from './types';

export * from './types';
export { parseImport } from './import';
export type { ImportOptions } from './import';
export { toCsv, csvCells, CSV_COLUMNS } from './csv';
export { toJson } from './json';
export { mergeDatasets } from './merge';
export { createIndex, queryFlights, computeView, dataSpan } from './query';
export type { FlightIndex, FlightView } from './query';
export {
  aggregateRoutes,
  aggregateAirports,
  confidenceCounts,
  eventsInRange,
  binTimeline,
  pickBinUnit,
} from './query';
export { sortFlights } from './sort';
export { createGazetteer } from './gazetteer';
export { builtInGazetteer, gazetteerAttribution } from './gazetteer-table';
export { generateDataset } from './generate';
export { MAX_FLIGHTS, MAX_TEXT_LENGTH } from './validate';

/**
 * Reads a file's text as the contract's JSON, the contract's CSV or an OpenSky flights CSV (detected),
 * resolving airports against the file's own list, then the built-in gazetteer. All or nothing:
 * `{ ok: true, dataset, warnings }` or `{ ok: false, errors, warnings }`, each issue naming row and field.
 */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  return parseImport(text, { gazetteer: builtInGazetteer, ...options });
}

/**
 * Public entry of the data core: pure TypeScript, no React, no DOM; runs in Node and in a Web Worker.
 * Each concern is a folder with its own index: contract (types, time, CSV codecs), validate, import,
 * export, query, geo, sample.
 *
 * `importText` resolves airports against the built-in gazetteer (a ~1 MB table). The app's main
 * thread never imports this entry, so that table stays out of first paint: the main thread imports
 * the folders it needs, and imports run in the worker (src/io/import-worker.ts).
 */
import { builtInGazetteer } from './geo/builtin-gazetteer';
import { parseImport, type ImportOptions } from './import';
import type { ImportResult } from './contract';

export * from './contract';
export * from './validate';
export * from './import';
export * from './export';
export * from './query';
export * from './geo';
export * from './sample';
export { builtInGazetteer } from './geo/builtin-gazetteer';

/**
 * Reads a file's text as the contract's JSON, the contract's CSV or an OpenSky flights CSV (detected),
 * resolving airports against the file's own list, then the built-in gazetteer. All or nothing:
 * `{ ok: true, dataset, warnings }` or `{ ok: false, errors, warnings }`, each issue naming row and field.
 */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  return parseImport(text, { gazetteer: builtInGazetteer, ...options });
}

/**
 * The import worker: reads, parses, validates and merges off the main thread, so a 200 MB file never
 * freezes the tab. It is the only place the ~1 MB built-in gazetteer is loaded.
 */
import { parseImport } from '../data/import';
import { mergeDatasets } from '../data/import';
import { builtInGazetteer } from '../data/geo/builtin-gazetteer';
import { handleImportMessage, type ImportReply } from './worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const deps = { parseImport, mergeDatasets, gazetteer: builtInGazetteer };
const post = (reply: ImportReply) => scope.postMessage(reply);

scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  void handleImportMessage(event.data, post, deps);
});

/**
 * The import worker: reads, parses, validates and merges off the main thread, so a large file never
 * freezes the tab (an Airlift CSV is streamed, row by row: csv-stream-read.ts). It is the only place the ~1 MB built-in gazetteer is loaded.
 */
import { ContractCsvStream, mergeDatasets, parseImport } from '../data/import';
import { builtInGazetteer, builtInGazetteerEntries } from '../data/geo/builtin-gazetteer';
import {
  landingCandidates,
  looksLikeTrack,
  TRACK_SNIFF_BYTES,
  TrackImport,
  type LandingCandidates,
} from '../data/tracks';
import type { MakeCsvStream } from './csv-stream-read';
import { packReply } from './reply-columns';
import { handleImportMessage, type ImportReply } from './worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// The landing-candidate index is built on the first track import and kept for the next ones.
let airports: LandingCandidates | undefined;
const tracks = {
  looksLikeTrack,
  sniffBytes: TRACK_SNIFF_BYTES,
  session: (onProgress: (fraction: number) => void) => {
    airports ??= landingCandidates(builtInGazetteerEntries());
    return new TrackImport({ airports, onProgress });
  },
};
const csvStream: MakeCsvStream = (options) => new ContractCsvStream(options);
const deps = { parseImport, mergeDatasets, gazetteer: builtInGazetteer, tracks, csvStream };
const post = (reply: ImportReply) => scope.postMessage(packReply(reply));

scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  void handleImportMessage(event.data, post, deps);
});

/**
 * The worker's path for track files and for several files at once. Each file is routed by its first
 * bytes (`looksLikeTrack`, the track core's own test): all track files of one request are streamed, chunk
 * by chunk, through ONE TrackImport (so overlapping traces of a leg merge into one flight); any other file
 * goes through `parseImport` as before. The parts are then combined as successive "add"s (text files in
 * the order given, then the tracks), into `current` when adding. Any error anywhere loads nothing.
 */
import type { Dataset, ImportFormat, ImportResult, Issue } from '../data/contract';
import type { TextEncodingName } from '../data/import/decode-text';
import type { TrackImport } from '../data/tracks';
import {
  currentDatasetName,
  PHASE_START,
  readTextFile,
  type ImportDeps,
  type ImportReply,
} from './worker-protocol';

/** What a track import needs from the core: injected so the worker alone loads the airport table. */
export interface TrackDeps {
  looksLikeTrack(name: string, firstBytes: Uint8Array): boolean;
  sniffBytes: number;
  session(onProgress: (fraction: number) => void): TrackImport;
}

export interface ImportEntry {
  file: Blob | string;
  fileName: string;
}

/** Per file: its name and the format it was read as (for the summary line). */
export interface FileSummary {
  name: string;
  format?: ImportFormat;
  /** The encoding a text file was read in, when it was not UTF-8 (decode-text.ts). */
  encoding?: TextEncodingName;
}

/**
 * Largest file read whole as text (Airlift JSON, OpenSky flights, and Airlift CSV where it is not
 * streamed): the contract's 200 MB. An Airlift CSV is streamed (csv-stream-read.ts) and has no such limit.
 */
export const MAX_TEXT_FILE_BYTES = 200 * 1024 * 1024;

const sizeOf = (e: ImportEntry) => (typeof e.file === 'string' ? e.file.length : e.file.size);

async function firstBytes(e: ImportEntry, n: number): Promise<Uint8Array> {
  if (typeof e.file === 'string') return new TextEncoder().encode(e.file.slice(0, n));
  return new Uint8Array(await e.file.slice(0, n).arrayBuffer());
}

/** The refusal of a file read whole as text (not a track, not a streamed CSV) over the limit, or undefined. */
export function textTooLarge(e: ImportEntry, limit = MAX_TEXT_FILE_BYTES): ImportResult | undefined {
  if (!(sizeOf(e) > limit)) return undefined;
  const mb = (n: number) => (n / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 });
  return fail(
    `"${e.fileName}" is ${mb(sizeOf(e))} MB, more than the limit of ${mb(limit)} MB for Airlift JSON and OpenSky flights files. Split it into several files and add them one after another (Airlift CSV and track files have no such limit).`,
  );
}

/** Whether the entry is a track file, by the track core's own test on its first bytes. */
export async function isTrackEntry(e: ImportEntry, tracks: TrackDeps): Promise<boolean> {
  return tracks.looksLikeTrack(e.fileName, await firstBytes(e, tracks.sniffBytes));
}

/** Errors of a file in a several-file import name the file first. */
function named(result: ImportResult, fileName: string, many: boolean): ImportResult {
  if (result.ok || !many) return result;
  const prefix = (i: Issue): Issue => ({ ...i, message: `${fileName}: ${i.message}` });
  return { ...result, errors: result.errors.map(prefix) };
}

const fail = (message: string): ImportResult => ({
  ok: false,
  errors: [{ message }],
  totalErrors: 1,
  warnings: [],
});

export async function importEntries(
  entries: readonly ImportEntry[],
  mode: 'replace' | 'add',
  current: Dataset | undefined,
  deps: ImportDeps & { tracks: TrackDeps },
  post: (reply: Omit<Extract<ImportReply, { type: 'progress' }>, 'requestId' | 'type'>) => void,
): Promise<{ result: ImportResult; files: FileSummary[] }> {
  const many = entries.length > 1;
  const total = entries.reduce((s, e) => s + sizeOf(e), 0) || 1;
  const isTrack = await Promise.all(entries.map((e) => isTrackEntry(e, deps.tracks)));
  const files: FileSummary[] = entries.map((e) => ({ name: e.fileName }));

  // Reading and parsing together fill the bar up to `merging`, in proportion to each file's bytes.
  let done = 0;
  let shown = 0;
  const report = (share: number, phase: 'reading' | 'parsing') => {
    const fraction = Math.min(PHASE_START.merging, ((done + share) / total) * PHASE_START.merging);
    if (fraction - shown >= 0.005 || phase === 'parsing') {
      shown = fraction;
      post({ phase, fraction });
    }
  };
  post({ phase: 'reading', fraction: 0 });

  const parts: { result: ImportResult; name: string }[] = [];
  for (const [i, e] of entries.entries()) {
    if (isTrack[i]) continue;
    const size = sizeOf(e);
    const read = await readTextFile(e, deps, (p) =>
      report((p.fraction / PHASE_START.merging) * size, p.phase === 'merging' ? 'parsing' : p.phase),
    );
    if ('refusal' in read) return { result: read.refusal, files };
    const { parsed, encoding } = read;
    done += size;
    const summary = files[i];
    if (summary) {
      summary.format = parsed.format;
      if (encoding !== 'utf-8') summary.encoding = encoding;
    }
    if (!parsed.ok) return { result: named(parsed, e.fileName, many), files };
    parts.push({ result: parsed, name: e.fileName });
  }

  const trackEntries = entries.filter((_, i) => isTrack[i]);
  if (trackEntries.length > 0) {
    const start = done;
    const trackBytes = trackEntries.reduce((s, e) => s + sizeOf(e), 0);
    // The session reports the fraction of all track bytes read (its own count, not an estimate).
    const session = deps.tracks.session((f) => {
      done = start;
      report(f * trackBytes, 'reading');
    });
    const opened = trackEntries.map((e) => ({ e, file: session.file(e.fileName, sizeOf(e)) }));
    for (const { e, file } of opened) {
      if (typeof e.file === 'string') file.pushText(e.file);
      else {
        const reader = e.file.stream().getReader();
        for (;;) {
          const chunk = await reader.read();
          if (chunk.done) break;
          file.pushBytes(chunk.value);
          session.progress();
        }
      }
      file.finish();
      const summary = files.find((f) => f.name === e.fileName && f.format === undefined);
      if (summary) summary.format = file.ctx.format;
    }
    // Legs and airports are found in one synchronous call after the last byte.
    shown = Math.max(shown, PHASE_START.merging * 0.99);
    post({ phase: 'parsing', fraction: shown });
    const result = session.finish();
    done = start + trackBytes;
    if (!result.ok) return { result, files };
    parts.push({
      result,
      name:
        trackEntries.length === 1 ? (trackEntries[0]?.fileName ?? '') : `${trackEntries.length} track files`,
    });
  }
  return { result: combine(parts, mode, current, deps, post), files };
}

/** The parts as successive "add"s; the warnings of every part are kept. */
function combine(
  parts: { result: ImportResult; name: string }[],
  mode: 'replace' | 'add',
  current: Dataset | undefined,
  deps: ImportDeps,
  post: (reply: { phase: 'merging'; fraction: number }) => void,
): ImportResult {
  const [first, ...rest] = parts;
  if (!first || !first.result.ok) return first?.result ?? fail('no files');
  const queue = mode === 'add' && current ? parts : rest;
  let acc: ImportResult =
    mode === 'add' && current
      ? { ok: true, format: first.result.format, dataset: current, warnings: [] }
      : first.result;
  let accName = mode === 'add' && current ? currentDatasetName(current) : first.name;
  if (queue.length > 0) post({ phase: 'merging', fraction: PHASE_START.merging });
  const warnings = mode === 'add' && current ? [] : [...first.result.warnings];
  for (const part of queue) {
    if (!acc.ok || !part.result.ok) break;
    const merged = deps.mergeDatasets(
      acc.dataset,
      part.result.dataset,
      { current: accName, incoming: part.name },
      part.result.format,
    );
    if (!merged.ok) return merged;
    warnings.push(...part.result.warnings, ...merged.warnings);
    acc = merged;
    accName = `${accName} + ${part.name}`;
  }
  if (!acc.ok) return acc;
  const formats = new Set(parts.map((p) => p.result.format));
  const format = formats.size === 1 ? (parts[0]?.result.format ?? acc.format) : 'tracks';
  return { ...acc, format, warnings };
}

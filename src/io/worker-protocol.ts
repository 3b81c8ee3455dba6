/**
 * Messages between the app and the import worker, and the worker's message handling as a plain function
 * (`handleImportMessage`) so that tests run it in Node without a Worker. The worker file only wires it up.
 */
import type { Dataset, Gazetteer, ImportFormat, ImportResult } from '../data/contract';
import type { DecodedText, TextEncodingName } from '../data/import/decode-text';
import { BadUtf16Error, ChunkDecoder, encodingIssue, NotUtf8Error } from '../data/import/decode-text';
import { streamContractCsv, type MakeCsvStream } from './csv-stream-read';
import { FlightBatchSink, type FlightColumns } from './flight-columns';
import { importEntries, isTrackEntry, textTooLarge, type FileSummary, type TrackDeps } from './import-files';

export type ImportMode = 'replace' | 'add';

/**
 * A file read whole is parsed and validated in one synchronous `parseImport` call, reported as
 * `parsing`; a streamed Airlift CSV is read and checked together, all of it reported as `parsing`.
 */
export type ImportPhase = 'reading' | 'parsing' | 'merging';

/**
 * Where each phase starts on the progress bar (0–1): reading moves it with the bytes read, parsing is
 * one synchronous call (its share is filled when it returns), merging takes the rest.
 */
export const PHASE_START: Record<ImportPhase, number> = { reading: 0, parsing: 0.4, merging: 0.9 };

/** App → worker. */
export interface ImportRequest {
  type: 'import';
  requestId: number;
  /** A `File` (read inside the worker, off the main thread) or text already in hand. */
  file: Blob | string;
  fileName: string;
  mode: ImportMode;
  /** The loaded dataset, required when `mode` is `add`. */
  current?: Dataset;
  /** Several files at once (the first is `file` / `fileName` again); absent for one file. */
  files?: { file: Blob | string; fileName: string }[];
}

/** Worker → app. */
export type ImportReply =
  | { type: 'progress'; requestId: number; phase: ImportPhase; fraction: number }
  /**
   * Flights `from`… of a streamed CSV, posted while the file is still read so that the page decodes
   * them meanwhile. `from` 0 starts over (a second reading as Windows-1252). Nothing is loaded
   * before the `result`, whose `streamedFlights` says how many of them are the dataset's flights.
   */
  | { type: 'flights'; requestId: number; from: number; flightColumns: FlightColumns }
  | {
      type: 'result';
      requestId: number;
      result: ImportResult;
      files?: FileSummary[];
      /** A large result's flights, when they cross as columns (reply-columns.ts). */
      flightColumns?: FlightColumns;
      /** The result's flights came in `flights` replies: this many of them. */
      streamedFlights?: number;
    }
  | { type: 'failure'; requestId: number; message: string };

/** What the handler needs from the data core: injected so tests can substitute a failing parser. */
export interface ImportDeps {
  parseImport(text: string, options?: { fileName?: string; gazetteer?: Gazetteer }): ImportResult;
  mergeDatasets(
    current: Dataset,
    incoming: Dataset,
    names: { current: string; incoming: string },
    incomingFormat?: ImportFormat,
  ): ImportResult;
  gazetteer?: Gazetteer;
  /** The track core (the worker passes it; without it every file takes the text path). */
  tracks?: TrackDeps;
  /** The contract CSV stream reader (the worker passes it; without it a CSV is read whole, ≤ 200 MB). */
  csvStream?: MakeCsvStream;
}

/** How merge errors name the loaded dataset: its title, as the header shows it. */
export function currentDatasetName(current: Dataset): string {
  return current.title.trim() === '' ? 'the current dataset' : current.title;
}

/** True for a well-formed {@link ImportRequest}. */
export function isImportRequest(msg: unknown): msg is ImportRequest {
  if (typeof msg !== 'object' || msg === null) return false;
  const m = msg as Partial<ImportRequest>;
  return (
    m.type === 'import' &&
    typeof m.requestId === 'number' &&
    typeof m.fileName === 'string' &&
    (m.mode === 'replace' || m.mode === 'add') &&
    isFileValue(m.file) &&
    (m.files === undefined ||
      (Array.isArray(m.files) &&
        m.files.every((f: unknown) => {
          const e = f as { file?: unknown; fileName?: unknown } | null;
          return typeof e === 'object' && e !== null && typeof e.fileName === 'string' && isFileValue(e.file);
        })))
  );
}

function isFileValue(file: unknown): file is Blob | string {
  return typeof file === 'string' || (typeof file === 'object' && file !== null && 'text' in file);
}

/**
 * Handles one message sent to the import worker: reads the file, parses and validates it, merges it into
 * `current` when adding, and posts progress then exactly one `result` or `failure`. Never throws.
 */
export async function handleImportMessage(
  msg: unknown,
  post: (reply: ImportReply) => void,
  deps: ImportDeps,
): Promise<void> {
  if (!isImportRequest(msg)) {
    const requestId = (msg as { requestId?: unknown } | null)?.requestId;
    if (typeof requestId === 'number') {
      post({ type: 'failure', requestId, message: 'The import worker received a malformed request.' });
    }
    return;
  }
  const { requestId, fileName, mode, current } = msg;
  try {
    if (mode === 'add' && !current) {
      post({ type: 'failure', requestId, message: 'There is no loaded dataset to add to.' });
      return;
    }
    const entries = msg.files ?? [{ file: msg.file, fileName }];
    const tracks = deps.tracks;
    const first = entries[0];
    if (tracks && first && (entries.length > 1 || (await isTrackEntry(first, tracks)))) {
      const progress = (p: { phase: ImportPhase; fraction: number }) =>
        post({ type: 'progress', requestId, ...p });
      const { result, files } = await importEntries(entries, mode, current, { ...deps, tracks }, progress);
      post({ type: 'result', requestId, result, files });
      return;
    }
    // Replacing, a streamed CSV's flights go to the page as they are read; adding, the merge needs them here.
    const onFlights =
      mode === 'replace'
        ? (from: number, flightColumns: FlightColumns) =>
            post({ type: 'flights', requestId, from, flightColumns })
        : undefined;
    const read = await readTextFile(
      first ?? { file: msg.file, fileName },
      deps,
      (p) => post({ type: 'progress', requestId, ...p }),
      onFlights,
    );
    if ('refusal' in read) {
      post({ type: 'result', requestId, result: read.refusal });
      return;
    }
    const { parsed, encoding, streamedFlights } = read;
    // The summary line names an encoding other than UTF-8 (ImportControls reads `files`).
    const files: FileSummary[] | undefined =
      parsed.ok && encoding !== 'utf-8' ? [{ name: fileName, format: parsed.format, encoding }] : undefined;
    if (!parsed.ok || mode === 'replace' || !current) {
      post({ type: 'result', requestId, result: parsed, files, streamedFlights });
      return;
    }

    post({ type: 'progress', requestId, phase: 'merging', fraction: PHASE_START.merging });
    const merged = deps.mergeDatasets(
      current,
      parsed.dataset,
      { current: currentDatasetName(current), incoming: fileName },
      parsed.format,
    );
    // The file's own warnings (unknown fields…) still matter when adding.
    const result: ImportResult = { ...merged, warnings: [...parsed.warnings, ...merged.warnings] };
    post({ type: 'result', requestId, result, files });
  } catch (e) {
    post({ type: 'failure', requestId, message: failureMessage(e) });
  }
}

/**
 * One text file (not a track) read and parsed: a contract CSV streamed when `deps.csvStream` is given
 * (no size limit but the flight count), anything else read whole up to 200 MB. `refusal` is a failed
 * result to post as it is (too large, not decodable).
 */
export async function readTextFile(
  entry: { file: Blob | string; fileName: string },
  deps: ImportDeps,
  progress: (p: { phase: ImportPhase; fraction: number }) => void,
  onFlights?: (from: number, flights: FlightColumns) => void,
): Promise<
  { parsed: ImportResult; encoding: TextEncodingName; streamedFlights?: number } | { refusal: ImportResult }
> {
  const { file, fileName } = entry;
  const options = { fileName, gazetteer: deps.gazetteer };
  const csvStream = deps.csvStream;
  if (csvStream && typeof file !== 'string') {
    // Reading and checking go together: the bar moves with the bytes up to where merging starts.
    progress({ phase: 'parsing', fraction: 0 });
    // With `onFlights`, each reading (a second one as Windows-1252 starts over) posts its own batches.
    let sink: FlightBatchSink | undefined;
    const make: MakeCsvStream = onFlights
      ? (o) => csvStream({ ...o, sink: (sink = new FlightBatchSink(onFlights)) })
      : csvStream;
    const streamed = await streamContractCsv(file, make, options, (share) =>
      progress({ phase: 'parsing', fraction: share * PHASE_START.merging }),
    );
    if (streamed && !streamed.ok) return { refusal: undecodable(fileName, streamed.error) };
    if (streamed) {
      const parsed = withEncoding(streamed.result, fileName, streamed.encoding);
      const streamedFlights = sink && parsed.ok ? sink.finish() : undefined;
      return { parsed, encoding: streamed.encoding, streamedFlights };
    }
  }
  const tooLarge = textTooLarge(entry);
  if (tooLarge) return { refusal: tooLarge };
  progress({ phase: 'reading', fraction: 0 });
  const decoded: DecodedText =
    typeof file === 'string'
      ? { ok: true, text: file, encoding: 'utf-8' }
      : await readDecodedText(file, (read) =>
          progress({ phase: 'reading', fraction: read * PHASE_START.parsing }),
        );
  if (!decoded.ok) return { refusal: undecodable(fileName, decoded.error) };
  progress({ phase: 'parsing', fraction: PHASE_START.parsing });
  const parsed = withEncoding(deps.parseImport(decoded.text, options), fileName, decoded.encoding);
  return { parsed, encoding: decoded.encoding };
}

/** Report at most this often while reading (as a share of the file): a 200 MB file is ~3,000 chunks. */
const READ_STEP = 0.01;

/**
 * The file's text and the encoding it was read in (decode-text.ts: a BOM, UTF-8, else Windows-1252),
 * reporting the share of bytes read as it goes. A file that is not UTF-8 is read a second time: the
 * first pass cannot know until the bad byte, and keeping every chunk would double the memory of a
 * 200 MB file. The share never goes back.
 */
export async function readDecodedText(file: Blob, onRead: (share: number) => void): Promise<DecodedText> {
  let reported = 0;
  const rising = (share: number) => {
    if (share > reported || share === 1) {
      reported = share;
      onRead(share);
    }
  };
  try {
    return { ok: true, ...(await readAs(file, undefined, rising)) };
  } catch (e) {
    if (e instanceof BadUtf16Error) return { ok: false, encoding: e.encoding, error: e.message };
    if (!(e instanceof NotUtf8Error)) throw e;
  }
  // Windows-1252 decodes every byte: this pass cannot fail. Its progress restarts where the first stopped.
  const start = reported;
  return { ok: true, ...(await readAs(file, 'windows-1252', (s) => rising(start + (1 - start) * s))) };
}

async function readAs(
  file: Blob,
  forced: TextEncodingName | undefined,
  onRead: (share: number) => void,
): Promise<{ text: string; encoding: TextEncodingName }> {
  const decoder = new ChunkDecoder(forced);
  const parts: string[] = [];
  if (typeof file.stream !== 'function' || file.size === 0) {
    // Every Blob has arrayBuffer(); an object with only text() (tests' stand-ins) is already text.
    const bytes =
      typeof file.arrayBuffer === 'function'
        ? new Uint8Array(await file.arrayBuffer())
        : new TextEncoder().encode(await file.text());
    parts.push(decoder.push(bytes), decoder.end());
    onRead(1);
    return { text: parts.join(''), encoding: decoder.encoding };
  }
  const reader = file.stream().getReader();
  let read = 0;
  let reported = 0;
  try {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      read += chunk.value.byteLength;
      parts.push(decoder.push(chunk.value));
      const share = Math.min(1, read / file.size);
      if (share - reported >= READ_STEP || share === 1) {
        reported = share;
        onRead(share);
      }
    }
    parts.push(decoder.end());
  } catch (e) {
    void reader.cancel().catch(() => {});
    throw e;
  }
  return { text: parts.join(''), encoding: decoder.encoding };
}

/** The file's text as {@link readDecodedText} reads it; throws when it cannot be decoded. */
export async function readText(file: Blob, onRead: (share: number) => void): Promise<string> {
  const decoded = await readDecodedText(file, onRead);
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.text;
}

/**
 * The result with the file's encoding said first among its warnings (when it is not UTF-8), or the
 * refusal of a file that cannot be decoded.
 */
export function withEncoding(
  result: ImportResult,
  fileName: string,
  encoding: TextEncodingName,
): ImportResult {
  const note = encodingIssue(fileName, encoding);
  return note === undefined ? result : { ...result, warnings: [note, ...result.warnings] };
}

/** The failed result for a file that cannot be decoded: nothing is loaded. */
export function undecodable(fileName: string, error: string): ImportResult {
  return {
    ok: false,
    errors: [{ message: `${fileName}: ${error}; nothing was imported` }],
    totalErrors: 1,
    warnings: [],
  };
}

function failureMessage(e: unknown): string {
  if (e instanceof RangeError) {
    // V8's "Invalid string length" / "Maximum call stack": the file is too large to hold in memory.
    return `The file could not be processed: it is too large for this browser to hold in memory (${e.message}).`;
  }
  const detail = e instanceof Error ? e.message : String(e);
  return `The import stopped unexpectedly: ${detail}`;
}

/**
 * The app's side of importing: checks a file up front (size, type), hands it to the import worker and
 * turns the worker's replies into one outcome. Cancel terminates the worker: parsing is one synchronous
 * call inside it, so terminating is the only honest way to stop it.
 */
import type { Dataset, ImportResult } from '../data/contract';
import type { FileSummary } from './import-files';
import { StreamedFlights, unpackReply } from './reply-columns';
import type { ImportMode, ImportPhase, ImportReply, ImportRequest } from './worker-protocol';

/**
 * Largest file the client sends to the worker, in bytes. Track files stream (their limit is 10 M points,
 * MAX_TRACK_POINTS) and so does an Airlift CSV (its limit is 1,000,000 flights); Airlift JSON and
 * OpenSky flights keep the contract's 200 MB, checked in the worker once it has seen the first bytes
 * (the name alone cannot tell a state-vector CSV from an Airlift CSV).
 */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024 * 1024;

export interface ImportProgress {
  phase: ImportPhase;
  /** How far the whole import is, 0–1 (see PHASE_START). */
  fraction: number;
}

export type ImportOutcome =
  | { kind: 'result'; fileName: string; result: ImportResult; files?: FileSummary[] }
  | { kind: 'cancelled'; fileName: string }
  | { kind: 'failure'; fileName: string; message: string };

export interface ImportOptions {
  mode: ImportMode;
  /** The loaded dataset; required when adding. */
  current?: Dataset;
  onProgress?(progress: ImportProgress): void;
}

export interface ImportHandle {
  promise: Promise<ImportOutcome>;
  cancel(): void;
}

/** The parts of a `File` the up-front checks read. */
export interface FileFacts {
  name: string;
  size: number;
  type?: string;
}

/** The part of a `Worker` the client uses (a fake one in tests). */
export interface WorkerLike {
  postMessage(message: ImportRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ImportReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

const ACCEPTED_EXTENSIONS = ['.json', '.csv', '.json.gz', '.csv.gz', '.kml'];
const ACCEPTED_TYPES = ['application/json', 'text/csv', 'application/vnd.google-earth.kml+xml'];

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
}

/** Why a file is refused before reading it (too large, not JSON or CSV), or `undefined` if it may be read. */
export function refuseFile(file: FileFacts): string | undefined {
  if (file.size > MAX_IMPORT_BYTES) {
    return `"${file.name}" is ${formatMegabytes(file.size)}, more than the limit of 2 GB per file. Split it into several files and add them one after another.`;
  }
  const name = file.name.toLowerCase();
  const type = (file.type ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
  if (!ACCEPTED_EXTENSIONS.some((ext) => name.endsWith(ext)) && !ACCEPTED_TYPES.includes(type)) {
    return `"${file.name}" is not a .json, .csv, .json.gz or .kml file. Airlift imports its JSON and CSV formats, OpenSky flights exports (CSV), and tracks: ADS-B Exchange / readsb traces, OpenSky state vectors and /tracks/all, Flightradar24 CSV and KML.`;
  }
  return undefined;
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL('./import-worker.ts', import.meta.url), {
    type: 'module',
    name: 'airlift-import',
  }) as unknown as WorkerLike;
}

/**
 * Makes an importer around a worker factory. One worker is kept and reused; one import runs at a time
 * (a second call cancels the first).
 */
export function createImportClient(makeWorker: () => WorkerLike = defaultWorker) {
  let worker: WorkerLike | undefined;
  let nextId = 1;
  let pending: Pending | undefined;

  const dropWorker = () => {
    worker?.terminate();
    worker = undefined;
  };

  const finish = (outcome: ImportOutcome) => {
    const p = pending;
    pending = undefined;
    p?.resolve(outcome);
  };

  const getWorker = (): WorkerLike => {
    if (worker) return worker;
    const w = makeWorker();
    w.onmessage = (event) => {
      const reply = event.data;
      const p = pending;
      if (!p || reply.requestId !== p.requestId) return;
      if (reply.type === 'progress') p.onProgress?.({ phase: reply.phase, fraction: reply.fraction });
      else if (reply.type === 'flights') p.streamed.add(reply);
      else if (reply.type === 'result') {
        const complete = p.streamed.complete(reply);
        if (complete === undefined) {
          const message =
            'The import worker lost part of the flights on the way: nothing was loaded. Try again.';
          finish({ kind: 'failure', fileName: p.fileName, message });
          return;
        }
        const { result, files } = unpackReply(complete) as typeof reply;
        finish({ kind: 'result', fileName: p.fileName, result, files });
      } else finish({ kind: 'failure', fileName: p.fileName, message: reply.message });
    };
    w.onerror = (event) => {
      // A worker that fails to load or throws outside the handler is not trusted again.
      event.preventDefault?.();
      dropWorker();
      const message = `The import worker failed: ${event.message || 'unknown error'}`;
      if (pending) finish({ kind: 'failure', fileName: pending.fileName, message });
    };
    worker = w;
    return w;
  };

  const cancelPending = () => {
    if (!pending) return;
    dropWorker();
    finish({ kind: 'cancelled', fileName: pending.fileName });
  };

  function importFile(file: File, options: ImportOptions): ImportHandle {
    return importFiles([file], options);
  }

  /** Several files as one import (track files become one track import: see import-files.ts). */
  function importFiles(list: readonly File[], options: ImportOptions): ImportHandle {
    const [file] = list;
    const fileName = list.map((f) => f.name).join(', ');
    const refusal = file ? list.map(refuseFile).find((r) => r !== undefined) : 'No file was given.';
    if (refusal !== undefined || !file) {
      const message = refusal ?? 'No file was given.';
      return { promise: Promise.resolve({ kind: 'failure', fileName, message }), cancel: () => {} };
    }
    cancelPending();

    const requestId = nextId++;
    const promise = new Promise<ImportOutcome>((resolve) => {
      pending = {
        requestId,
        fileName,
        onProgress: options.onProgress,
        resolve,
        streamed: new StreamedFlights(),
      };
    });
    try {
      getWorker().postMessage({
        type: 'import',
        requestId,
        file,
        fileName: file.name,
        mode: options.mode,
        current: options.current,
        ...(list.length > 1 ? { files: list.map((f) => ({ file: f, fileName: f.name })) } : {}),
      });
    } catch (e) {
      dropWorker();
      finish({ kind: 'failure', fileName, message: `The import could not start: ${(e as Error).message}` });
    }
    const cancel = () => {
      if (pending?.requestId === requestId) cancelPending();
    };
    return { promise, cancel };
  }

  return { importFile, importFiles };
}

interface Pending {
  requestId: number;
  fileName: string;
  onProgress?(progress: ImportProgress): void;
  resolve(outcome: ImportOutcome): void;
  /** A streamed CSV's flights, gathered until the result. */
  streamed: StreamedFlights;
}

const defaultClient = createImportClient();

/**
 * Imports a `.json` or `.csv` file in the import worker. Refuses files over 2 GB or of another type
 * without reading them (the worker refuses a JSON or OpenSky file over 200 MB). The promise always resolves (never rejects).
 */
export function importFile(file: File, options: ImportOptions): ImportHandle {
  return defaultClient.importFile(file, options);
}

/** Imports several files at once in the import worker (see {@link importFile}). */
export function importFiles(files: readonly File[], options: ImportOptions): ImportHandle {
  return defaultClient.importFiles(files, options);
}

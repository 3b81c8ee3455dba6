/**
 * Messages between the app and the aircraft-database worker, and the worker's handling as a plain
 * function (`handleAircraftDbMessage`) so that tests drive it in Node with a fake `post`. The worker
 * file only wires it up. The table comes back as its columns with their buffers transferred: 600,000
 * rows cross in a few typed arrays and eight strings, not 600,000 objects.
 */
import {
  AircraftDbBytes,
  columnBuffers,
  type AircraftColumns,
  type AircraftDbReadOptions,
  type AircraftDbResult,
} from '../data/identity/aircraft-db';

/** App → worker. */
export interface AircraftDbRequest {
  type: 'aircraft-db';
  requestId: number;
  file: Blob;
  fileName: string;
}

/** Worker → app. `fraction` is the share of the file's bytes read (compressed bytes for gzip). */
export type AircraftDbReply =
  | { type: 'progress'; requestId: number; fraction: number }
  | { type: 'result'; requestId: number; columns: AircraftColumns; warnings: string[] }
  | { type: 'failure'; requestId: number; error: string };

/** What the handler needs; injected so tests fix the date or substitute a failing reader. */
export interface AircraftDbDeps {
  /** The import's date-time (ISO 8601 with offset); defaults to now, local time. */
  now?: () => string;
  reader?: (options: AircraftDbReadOptions) => {
    push(bytes: Uint8Array): void;
    finish(): AircraftDbResult;
  };
}

/** Report at most this often (as a share of the file): a 100 MB file is ~1,600 chunks. */
const PROGRESS_STEP = 0.01;

export function isAircraftDbRequest(msg: unknown): msg is AircraftDbRequest {
  if (typeof msg !== 'object' || msg === null) return false;
  const m = msg as Partial<AircraftDbRequest>;
  return (
    m.type === 'aircraft-db' &&
    typeof m.requestId === 'number' &&
    typeof m.fileName === 'string' &&
    typeof m.file === 'object' &&
    m.file !== null &&
    typeof (m.file as Blob).size === 'number'
  );
}

/** `date` as ISO 8601 in local time with its offset, e.g. `2026-12-02T15:05:09+01:00`. */
export function isoWithOffset(date: Date): string {
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/**
 * Handles one message: reads the file in chunks (gzip or not), posts progress as bytes are read, then
 * exactly one `result` (the columns, their buffers in the transfer list) or `failure` (a sentence
 * naming the row or line). Never throws.
 */
export async function handleAircraftDbMessage(
  msg: unknown,
  post: (reply: AircraftDbReply, transfer?: Transferable[]) => void,
  deps: AircraftDbDeps = {},
): Promise<void> {
  if (!isAircraftDbRequest(msg)) {
    const requestId = (msg as { requestId?: unknown } | null)?.requestId;
    if (typeof requestId === 'number')
      post({
        type: 'failure',
        requestId,
        error: 'The aircraft-database worker received a malformed request.',
      });
    return;
  }
  const { requestId, file, fileName } = msg;
  try {
    const importedAt = (deps.now ?? (() => isoWithOffset(new Date())))();
    const reader = (deps.reader ?? ((o) => new AircraftDbBytes(o)))({ name: fileName, importedAt });
    post({ type: 'progress', requestId, fraction: 0 });
    await readChunks(file, reader.push.bind(reader), (fraction) =>
      post({ type: 'progress', requestId, fraction }),
    );
    const result = reader.finish();
    if (!result.ok) {
      post({ type: 'failure', requestId, error: result.error });
      return;
    }
    const columns = result.table.toColumns();
    post({ type: 'result', requestId, columns, warnings: result.warnings }, columnBuffers(columns));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    post({ type: 'failure', requestId, error: `The file could not be read: ${detail}` });
  }
}

/** The file's bytes in chunks, with the share read after each (rising, 1 at the end). */
async function readChunks(
  file: Blob,
  onBytes: (bytes: Uint8Array) => void,
  onShare: (share: number) => void,
): Promise<void> {
  if (typeof file.stream !== 'function' || file.size === 0) {
    onBytes(new Uint8Array(await file.arrayBuffer()));
    onShare(1);
    return;
  }
  const reader = file.stream().getReader();
  let read = 0;
  let reported = 0;
  try {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      read += chunk.value.byteLength;
      onBytes(chunk.value);
      const share = Math.min(1, read / file.size);
      if (share - reported >= PROGRESS_STEP || share === 1) {
        reported = share;
        onShare(share);
      }
    }
  } catch (e) {
    void reader.cancel().catch(() => {});
    throw e;
  }
  if (reported < 1) onShare(1);
}

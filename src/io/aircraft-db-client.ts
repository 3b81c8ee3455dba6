/**
 * The app's side of importing an aircraft database: hands the file to the aircraft-database worker and
 * turns its replies into one outcome. Nothing is changed here: a failed import leaves the database in
 * use, and the one kept in IndexedDB, as they were (the caller saves a new table only on success).
 */
import { AircraftTable } from '../data/identity/aircraft-db';
import type { AircraftDbReply, AircraftDbRequest } from './aircraft-db-protocol';

export type AircraftDbOutcome =
  { ok: true; table: AircraftTable; warnings: string[] } | { ok: false; error: string };

/** The part of a `Worker` the client uses (a fake one in tests). */
export interface AircraftDbWorkerLike {
  postMessage(message: AircraftDbRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<AircraftDbReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

function defaultWorker(): AircraftDbWorkerLike {
  return new Worker(new URL('./aircraft-db-worker.ts', import.meta.url), {
    type: 'module',
    name: 'airlift-aircraft-db',
  }) as unknown as AircraftDbWorkerLike;
}

/**
 * An importer around a worker factory. A worker is started per import and ended with it: the import
 * is rare, and an ended worker gives its memory (the file's rows while they are read) back at once.
 */
export function createAircraftDbClient(makeWorker: () => AircraftDbWorkerLike = defaultWorker) {
  let nextId = 1;
  return function importAircraftDb(
    file: File,
    onProgress: (fraction: number) => void,
  ): Promise<AircraftDbOutcome> {
    const requestId = nextId++;
    return new Promise<AircraftDbOutcome>((resolve) => {
      let worker: AircraftDbWorkerLike | undefined;
      const done = (outcome: AircraftDbOutcome) => {
        worker?.terminate();
        worker = undefined;
        resolve(outcome);
      };
      try {
        worker = makeWorker();
      } catch (e) {
        done({ ok: false, error: `The import could not start: ${(e as Error).message}` });
        return;
      }
      worker.onmessage = (event) => {
        const reply = event.data;
        if (reply.requestId !== requestId) return;
        if (reply.type === 'progress') onProgress(reply.fraction);
        else if (reply.type === 'failure') done({ ok: false, error: reply.error });
        else {
          try {
            done({ ok: true, table: AircraftTable.fromColumns(reply.columns), warnings: reply.warnings });
          } catch (e) {
            done({ ok: false, error: (e as Error).message });
          }
        }
      };
      worker.onerror = (event) => {
        event.preventDefault?.();
        done({
          ok: false,
          error: `The aircraft-database worker failed: ${event.message || 'unknown error'}`,
        });
      };
      try {
        worker.postMessage({ type: 'aircraft-db', requestId, file, fileName: file.name });
      } catch (e) {
        done({ ok: false, error: `The import could not start: ${(e as Error).message}` });
      }
    });
  };
}

/**
 * Imports an OpenSky `aircraftDatabase.csv` or tar1090-db `aircraft.csv` (gzip or not) in a worker,
 * reporting the share of the file read (0–1). Resolves with the table and its warnings, or the reason
 * it was refused; never rejects.
 */
export const importAircraftDb: (
  file: File,
  onProgress: (fraction: number) => void,
) => Promise<AircraftDbOutcome> = createAircraftDbClient();

import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createAircraftDbClient, type AircraftDbWorkerLike } from '../../src/io/aircraft-db-client';
import { handleAircraftDbMessage, type AircraftDbReply } from '../../src/io/aircraft-db-protocol';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/aircraft-db/${name}`, import.meta.url));

/** A worker that runs the real handler in this thread, replying through a structured clone with transfer. */
function fakeWorker(): AircraftDbWorkerLike & { terminated: boolean } {
  const worker: AircraftDbWorkerLike & { terminated: boolean } = {
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(message) {
      void handleAircraftDbMessage(
        message,
        (reply: AircraftDbReply, transfer?: Transferable[]) => {
          const data = structuredClone(reply, { transfer: transfer ?? [] });
          queueMicrotask(() => worker.onmessage?.({ data } as MessageEvent<AircraftDbReply>));
        },
        { now: () => '2026-12-02T10:00:00+00:00' },
      );
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

const file = (name: string, bytes: Uint8Array | string) => new File([bytes as BlobPart], name);

describe('importAircraftDb', () => {
  it('resolves with the table and its warnings, reporting progress, and ends the worker', async () => {
    const worker = fakeWorker();
    const importAircraftDb = createAircraftDbClient(() => worker);
    const progress = vi.fn();
    const outcome = await importAircraftDb(file('aircraft.csv', fixture('tar1090-small.csv')), progress);
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.table.info).toMatchObject({ name: 'aircraft.csv', layout: 'tar1090', rows: 4 });
    expect(outcome.table.get('A1B2C3')?.registration).toBe('N100xa');
    expect(outcome.warnings).toHaveLength(2);
    expect(progress).toHaveBeenLastCalledWith(1);
    expect(worker.terminated).toBe(true);
  });

  it('resolves with the refusal for a file of neither layout', async () => {
    const worker = fakeWorker();
    const outcome = await createAircraftDbClient(() => worker)(file('notes.txt', 'hello\n'), () => {});
    expect(outcome).toEqual({ ok: false, error: expect.stringMatching(/^line 1: expected/) });
    expect(worker.terminated).toBe(true);
  });

  it('resolves with a failure when the worker breaks or cannot start', async () => {
    const broken: AircraftDbWorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage() {
        queueMicrotask(() => broken.onerror?.({ message: 'SyntaxError in worker' } as ErrorEvent));
      },
      terminate: vi.fn(),
    };
    expect(await createAircraftDbClient(() => broken)(file('a.csv', 'x'), () => {})).toEqual({
      ok: false,
      error: 'The aircraft-database worker failed: SyntaxError in worker',
    });
    expect(broken.terminate).toHaveBeenCalled();
    const none = createAircraftDbClient(() => {
      throw new Error('Workers are disabled');
    });
    expect(await none(file('a.csv', 'x'), () => {})).toEqual({
      ok: false,
      error: 'The import could not start: Workers are disabled',
    });
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { ImportResult } from '../../src/data/contract';
import {
  createImportClient,
  MAX_IMPORT_BYTES,
  refuseFile,
  type WorkerLike,
} from '../../src/io/import-client';
import type { ImportReply, ImportRequest } from '../../src/io/worker-protocol';

/** Only `name`, `size` and `type` are read before the worker gets the file. */
function fakeFile(name: string, size: number, type = ''): File {
  return { name, size, type, text: () => Promise.reject(new Error('must not be read')) } as unknown as File;
}

class FakeWorker implements WorkerLike {
  sent: ImportRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<ImportReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: ImportRequest) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: ImportReply) {
    this.onmessage?.({ data } as MessageEvent<ImportReply>);
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const client = createImportClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { client, workers };
}

const okResult = { ok: true, format: 'csv', dataset: {}, warnings: [] } as unknown as ImportResult;

describe('refuseFile', () => {
  it.each([
    ['flights.json', 10, '', undefined],
    ['FLIGHTS.CSV', 10, '', undefined],
    ['export', 10, 'text/csv', undefined],
    ['export.txt', 10, 'application/json; charset=utf-8', undefined],
    ['flights.csv', MAX_IMPORT_BYTES, '', undefined],
    ['flights.csv', MAX_IMPORT_BYTES + 1, 'text/csv', /200 MB/],
    ['flights.xlsx', 10, '', /not a \.json or \.csv file/],
    ['photo.png', 10, 'image/png', /not a \.json or \.csv file/],
  ])('%s (%i bytes, type "%s")', (name, size, type, expected) => {
    const refusal = refuseFile({ name, size, type });
    if (expected === undefined) expect(refusal).toBeUndefined();
    else expect(refusal).toMatch(expected);
  });
});

describe('createImportClient', () => {
  it.each([
    ['huge.csv', MAX_IMPORT_BYTES + 1024, /"huge\.csv" is 200 MB, more than the limit of 200 MB/],
    ['notes.txt', 100, /"notes\.txt" is not a \.json or \.csv file/],
  ])('refuses %s up front without starting a worker or reading it', async (name, size, message) => {
    const { client, workers } = setup();
    const outcome = await client.importFile(fakeFile(name, size), { mode: 'replace' }).promise;
    expect(outcome).toEqual({ kind: 'failure', fileName: name, message: expect.stringMatching(message) });
    expect(workers).toHaveLength(0);
  });

  it('sends the request, forwards progress and resolves with the result', async () => {
    const { client, workers } = setup();
    const onProgress = vi.fn();
    const file = fakeFile('a.csv', 5);
    const handle = client.importFile(file, { mode: 'replace', onProgress });
    const [w] = workers;
    expect(w.sent[0]).toMatchObject({ type: 'import', file, fileName: 'a.csv', mode: 'replace' });
    const { requestId } = w.sent[0];
    w.reply({ type: 'progress', requestId, phase: 'reading' });
    w.reply({ type: 'progress', requestId, phase: 'parsing' });
    w.reply({ type: 'result', requestId, result: okResult });
    expect(await handle.promise).toEqual({ kind: 'result', fileName: 'a.csv', result: okResult });
    expect(onProgress.mock.calls.map(([p]) => p.phase)).toEqual(['reading', 'parsing']);
  });

  it('cancel terminates the worker, resolves as cancelled and uses a fresh worker next time', async () => {
    const { client, workers } = setup();
    const first = client.importFile(fakeFile('a.csv', 5), { mode: 'replace' });
    first.cancel();
    expect(await first.promise).toEqual({ kind: 'cancelled', fileName: 'a.csv' });
    expect(workers[0].terminated).toBe(true);
    // A late reply from the terminated worker changes nothing.
    workers[0].reply({ type: 'result', requestId: workers[0].sent[0].requestId, result: okResult });

    const second = client.importFile(fakeFile('b.json', 5), { mode: 'replace' });
    expect(workers).toHaveLength(2);
    workers[1].reply({ type: 'failure', requestId: workers[1].sent[0].requestId, message: 'bad' });
    expect(await second.promise).toEqual({ kind: 'failure', fileName: 'b.json', message: 'bad' });
  });

  it('ignores replies to other requests and reports a crashed worker as a failure', async () => {
    const { client, workers } = setup();
    const handle = client.importFile(fakeFile('a.csv', 5), { mode: 'replace' });
    const w = workers[0];
    w.reply({ type: 'result', requestId: w.sent[0].requestId + 100, result: okResult });
    w.onerror?.({ message: 'SyntaxError in worker' } as ErrorEvent);
    expect(await handle.promise).toEqual({
      kind: 'failure',
      fileName: 'a.csv',
      message: expect.stringContaining('SyntaxError in worker'),
    });
    expect(w.terminated).toBe(true);
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { ImportResult } from '../../src/data/contract';
import {
  createImportClient,
  MAX_IMPORT_BYTES,
  refuseFile,
  type WorkerLike,
} from '../../src/io/import-client';
import { mergeDatasets } from '../../src/data/import';
import {
  handleImportMessage,
  PHASE_START,
  type ImportDeps,
  type ImportReply,
  type ImportRequest,
} from '../../src/io/worker-protocol';
import { makeFlight, makeJsonText } from '../fixtures/flights';

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

/** A fake worker that runs the real message handler, as the worker file wires it. */
class HandlerWorker extends FakeWorker {
  done: Promise<void> = Promise.resolve();
  constructor(private readonly deps: ImportDeps) {
    super();
  }
  postMessage(message: ImportRequest) {
    super.postMessage(message);
    this.done = handleImportMessage(message, (reply) => this.reply(reply), this.deps);
  }
}

/** The one worker a test's client made (failing the test clearly when there is none). */
function only<W>(workers: readonly W[], i = 0): W {
  const w = workers[i];
  if (!w) throw new Error(`expected worker ${i} to have been made`);
  return w;
}
function request(w: FakeWorker, i = 0): ImportRequest {
  const r = w.sent[i];
  if (!r) throw new Error(`expected request ${i}`);
  return r;
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
    ['flights.csv', MAX_IMPORT_BYTES + 1, 'text/csv', /2 GB/],
    ['trace_full_abc.json.gz', 10, '', undefined],
    ['track.KML', 10, '', undefined],
    ['flights.xlsx', 10, '', /not a \.json, \.csv, \.json\.gz or \.kml file/],
    ['photo.png', 10, 'image/png', /not a \.json, \.csv, \.json\.gz or \.kml file/],
  ])('%s (%i bytes, type "%s")', (name, size, type, expected) => {
    const refusal = refuseFile({ name, size, type });
    if (expected === undefined) expect(refusal).toBeUndefined();
    else expect(refusal).toMatch(expected);
  });
});

describe('createImportClient', () => {
  it.each([
    ['huge.csv', MAX_IMPORT_BYTES + 1024, /"huge\.csv" is 2,048 MB, more than the limit of 2 GB/],
    ['notes.txt', 100, /"notes\.txt" is not a \.json, \.csv, \.json\.gz or \.kml file/],
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
    const w = only(workers);
    expect(request(w)).toMatchObject({ type: 'import', file, fileName: 'a.csv', mode: 'replace' });
    const { requestId } = request(w);
    w.reply({ type: 'progress', requestId, phase: 'reading', fraction: 0.2 });
    w.reply({ type: 'progress', requestId, phase: 'parsing', fraction: 0.4 });
    w.reply({ type: 'result', requestId, result: okResult });
    expect(await handle.promise).toEqual({ kind: 'result', fileName: 'a.csv', result: okResult });
    expect(onProgress.mock.calls.map(([p]) => p)).toEqual([
      { phase: 'reading', fraction: 0.2 },
      { phase: 'parsing', fraction: 0.4 },
    ]);
  });

  it('moves the bar: with the real handler, progress rises with the bytes read, then parsing starts', async () => {
    // The parser only records what it was given: this is about reading, not about the data core.
    let received = '';
    const deps: ImportDeps = {
      parseImport: (text) => {
        received = text;
        return okResult;
      },
      mergeDatasets,
    };
    const workers: HandlerWorker[] = [];
    const client = createImportClient(() => {
      const w = new HandlerWorker(deps);
      workers.push(w);
      return w;
    });
    // About 1 MB in 16 KB parts (a browser streams a file in chunks; Node's Blob streams one chunk per
    // part). The parts are cut by byte, so some cut a two-byte "é" in half.
    const notes = 'é'.repeat(150);
    const flights = Array.from({ length: 2500 }, (_, i) => makeFlight({ id: `f${i}`, notes }));
    const text = makeJsonText(flights);
    const bytes = new TextEncoder().encode(text);
    const parts: Uint8Array<ArrayBuffer>[] = [];
    for (let at = 0; at < bytes.length; at += 16_385) parts.push(bytes.slice(at, at + 16_385));
    const file = new File(parts, 'big.json', { type: 'application/json' });
    const seen: { phase: string; fraction: number }[] = [];
    const handle = client.importFile(file, { mode: 'replace', onProgress: (p) => seen.push(p) });
    const outcome = await handle.promise;
    await only(workers).done;
    expect(outcome).toEqual({ kind: 'result', fileName: 'big.json', result: okResult });
    expect(received === text, 'the text arrives whole, every "é" decoded').toBe(true);
    const fractions = seen.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[0]).toBe(0);
    const reading = seen.filter((p) => p.phase === 'reading').map((p) => p.fraction);
    expect(reading.filter((f) => f > 0 && f < PHASE_START.parsing).length).toBeGreaterThan(3);
    expect(reading.at(-1)).toBe(PHASE_START.parsing);
    expect(seen.at(-1)).toEqual({ phase: 'parsing', fraction: PHASE_START.parsing });
  });

  it('cancel terminates the worker, resolves as cancelled and uses a fresh worker next time', async () => {
    const { client, workers } = setup();
    const first = client.importFile(fakeFile('a.csv', 5), { mode: 'replace' });
    first.cancel();
    expect(await first.promise).toEqual({ kind: 'cancelled', fileName: 'a.csv' });
    const w0 = only(workers);
    expect(w0.terminated).toBe(true);
    // A late reply from the terminated worker changes nothing.
    w0.reply({ type: 'result', requestId: request(w0).requestId, result: okResult });

    const second = client.importFile(fakeFile('b.json', 5), { mode: 'replace' });
    expect(workers).toHaveLength(2);
    const w1 = only(workers, 1);
    w1.reply({ type: 'failure', requestId: request(w1).requestId, message: 'bad' });
    expect(await second.promise).toEqual({ kind: 'failure', fileName: 'b.json', message: 'bad' });
  });

  it('ignores replies to other requests and reports a crashed worker as a failure', async () => {
    const { client, workers } = setup();
    const handle = client.importFile(fakeFile('a.csv', 5), { mode: 'replace' });
    const w = only(workers);
    w.reply({ type: 'result', requestId: request(w).requestId + 100, result: okResult });
    w.onerror?.({ message: 'SyntaxError in worker' } as ErrorEvent);
    expect(await handle.promise).toEqual({
      kind: 'failure',
      fileName: 'a.csv',
      message: expect.stringContaining('SyntaxError in worker'),
    });
    expect(w.terminated).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { gzipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AircraftTable } from '../../src/data/identity/aircraft-db';
import {
  handleAircraftDbMessage,
  isoWithOffset,
  type AircraftDbDeps,
  type AircraftDbReply,
} from '../../src/io/aircraft-db-protocol';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/aircraft-db/${name}`, import.meta.url));
const deps: AircraftDbDeps = { now: () => '2026-12-02T15:05:09+01:00' };

async function run(msg: unknown, d: AircraftDbDeps = deps) {
  const replies: { reply: AircraftDbReply; transfer?: Transferable[] }[] = [];
  await handleAircraftDbMessage(msg, (reply, transfer) => replies.push({ reply, transfer }), d);
  return replies;
}
const request = (file: Blob, fileName = 'aircraftDatabase.csv') => ({
  type: 'aircraft-db',
  requestId: 3,
  file,
  fileName,
});

/** A Blob whose stream hands out `size`-byte chunks, as a large File does. */
function chunkedBlob(bytes: Uint8Array, size: number): Blob {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let at = 0; at < bytes.length; at += size) parts.push(bytes.slice(at, at + size));
  const blob = new Blob(parts);
  return Object.assign(blob, {
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const p of parts) controller.enqueue(p);
          controller.close();
        },
      }),
  });
}

describe('handleAircraftDbMessage', () => {
  it('posts rising progress, then one result whose columns are transferred', async () => {
    const replies = await run(request(chunkedBlob(fixture('opensky-small.csv'), 97)));
    const progress = replies
      .filter((r) => r.reply.type === 'progress')
      .map((r) => (r.reply as { fraction: number }).fraction);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const last = replies.at(-1)!;
    expect(replies.filter((r) => r.reply.type !== 'progress')).toHaveLength(1);
    if (last.reply.type !== 'result') throw new Error(JSON.stringify(last.reply));
    expect(last.reply.requestId).toBe(3);
    expect(last.transfer).toContain(last.reply.columns.addresses.buffer);
    const table = AircraftTable.fromColumns(last.reply.columns);
    expect(table.info).toEqual({
      name: 'aircraftDatabase.csv',
      layout: 'opensky',
      importedAt: '2026-12-02T15:05:09+01:00',
      rows: 4,
    });
    expect(table.get('4B1814')?.registration).toBe('HB-XQB');
    expect(last.reply.warnings).toHaveLength(2);
  });

  it('reads a gzipped tar1090-db file', async () => {
    const gz = gzipSync(new Uint8Array(fixture('tar1090-small.csv')));
    const replies = await run(request(chunkedBlob(gz, 50), 'aircraft.csv.gz'));
    const last = replies.at(-1)!.reply;
    if (last.type !== 'result') throw new Error(JSON.stringify(last));
    expect(last.columns.info.layout).toBe('tar1090');
    expect(AircraftTable.fromColumns(last.columns).get('c0ffee')?.model).toBe('DESC, with comma');
  });

  it('fails with a sentence naming line 1 for a file of neither layout', async () => {
    const replies = await run(request(new Blob([strToU8('callsign,firstseen\nAHY1,1\n')]), 'flights.csv'));
    expect(replies.at(-1)!.reply).toEqual({
      type: 'failure',
      requestId: 3,
      error: expect.stringMatching(/^line 1: expected the header of an OpenSky aircraftDatabase\.csv/),
    });
  });

  it('fails cleanly when the reader throws or the request is malformed', async () => {
    const throwing: AircraftDbDeps = {
      ...deps,
      reader: () => ({
        push: () => {
          throw new Error('disk gone');
        },
        finish: () => ({ ok: false, error: 'unreachable' }),
      }),
    };
    const replies = await run(request(new Blob(['x'])), throwing);
    expect(replies.at(-1)!.reply).toEqual({
      type: 'failure',
      requestId: 3,
      error: 'The file could not be read: disk gone',
    });
    expect((await run({ type: 'aircraft-db', requestId: 9 })).map((r) => r.reply)).toEqual([
      { type: 'failure', requestId: 9, error: 'The aircraft-database worker received a malformed request.' },
    ]);
    expect(await run(null)).toEqual([]);
  });
});

describe('isoWithOffset', () => {
  it('writes local time with its offset, which names the same instant', () => {
    const date = new Date('2026-12-02T14:05:09.500Z');
    const text = isoWithOffset(date);
    expect(text).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(new Date(text).getTime()).toBe(Math.floor(date.getTime() / 1000) * 1000);
  });
});

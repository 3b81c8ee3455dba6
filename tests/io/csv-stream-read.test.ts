import { describe, expect, it, vi } from 'vitest';
import type { Dataset, ImportResult } from '../../src/data/contract';
import { toCsv } from '../../src/data/export/csv-write';
import { ContractCsvStream, mergeDatasets, parseImport } from '../../src/data/import';
import { generateDataset } from '../../src/data/sample/generate';
import { MAX_TEXT_FILE_BYTES } from '../../src/io/import-files';
import { StreamedFlights } from '../../src/io/reply-columns';
import { handleImportMessage, type ImportDeps, type ImportReply } from '../../src/io/worker-protocol';
import { makeJsonText, makeFlight } from '../fixtures/flights';
import { testGazetteer } from '../fixtures/test-gazetteer';

const csvStream = vi.fn((o: ConstructorParameters<typeof ContractCsvStream>[0]) => new ContractCsvStream(o));
const deps: ImportDeps = { parseImport, mergeDatasets, gazetteer: testGazetteer, csvStream };

async function run(file: Blob, mode: 'replace' | 'add' = 'replace', current?: Dataset) {
  const replies: ImportReply[] = [];
  const msg = { type: 'import', requestId: 3, fileName: 'big.csv', mode, file, current };
  await handleImportMessage(msg, (r) => replies.push(r), deps);
  const last = replies.at(-1);
  if (last?.type !== 'result') throw new Error(`expected a result, got ${JSON.stringify(last)}`);
  // As the page does (import-client.ts): flights that came in batches are the result's.
  const streamed = new StreamedFlights();
  for (const r of replies) if (r.type === 'flights') streamed.add(r);
  const complete = streamed.complete(last);
  if (complete?.type !== 'result') throw new Error('the streamed flights did not all arrive');
  return { result: complete.result, replies };
}

/** A Blob that says it is `size` bytes (over the 200 MB limit) but streams `body`: no 200 MB in a test. */
function claimingSize(body: string, size: number): Blob {
  const real = new Blob([body]);
  return Object.assign(Object.create(null) as Blob, {
    size,
    type: '',
    stream: () => real.stream(),
    text: () => real.text(),
    arrayBuffer: () => real.arrayBuffer(),
    slice: (a?: number, b?: number) => real.slice(a, b),
  });
}

const dataset = generateDataset({ flights: 200, seed: 5 });
const csv = toCsv(dataset.flights, dataset);
const whole = (text: string): ImportResult =>
  parseImport(text, { fileName: 'big.csv', gazetteer: testGazetteer });

describe('a contract CSV in the import worker', () => {
  it('is streamed, and gives the result parseImport gives for the whole text', async () => {
    csvStream.mockClear();
    const { result, replies } = await run(new Blob([csv]));
    expect(csvStream).toHaveBeenCalledTimes(1);
    expect(result).toEqual(whole(csv));
    expect(result.ok).toBe(true);
    const fractions = replies.flatMap((r) => (r.type === 'progress' ? [r.fraction] : []));
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    // Replacing, the flights crossed in batches before the result, which holds how many.
    const batches = replies.filter((r) => r.type === 'flights');
    expect(batches.length).toBeGreaterThan(0);
    expect(replies.at(-1)).toMatchObject({ streamedFlights: dataset.flights.length });
  });

  it('has no 200 MB limit, while a JSON file over it is still refused', async () => {
    const big = MAX_TEXT_FILE_BYTES + 1;
    const { result } = await run(claimingSize(csv, big));
    expect(result.ok).toBe(true);
    const json = await run(claimingSize(makeJsonText([makeFlight()]), big));
    expect(json.result.ok).toBe(false);
    expect(!json.result.ok && json.result.errors[0]?.message).toMatch(
      /more than the limit of 200 MB for Airlift JSON and OpenSky flights files/,
    );
  });

  it('names the row and field of a bad cell and loads nothing', async () => {
    const bad = csv.replace(dataset.flights[120]!.date, '2023-02-30');
    const { result } = await run(new Blob([bad]));
    expect(result).toEqual(whole(bad));
    expect(!result.ok && result.errors[0]?.message).toMatch(/^row \d+ \(id "[^"]+"\), field date/);
  });

  it('reads a file that is not UTF-8 again as Windows-1252 and says so', async () => {
    const text = csv.replace(/^\uFEFF/, '').replace('Generated record.', 'Généré.');
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0)); // Latin-1 bytes: é is 0xE9
    const { result } = await run(new Blob([bytes]));
    expect(result.ok ? [] : result.errors.slice(0, 2)).toEqual([]);
    expect(result.warnings[0]?.field).toBe('encoding');
    expect(result.ok && result.dataset.flights.some((f) => f.notes === 'Généré.')).toBe(true);
  });

  it('adds to the loaded dataset, refusing an id already loaded', async () => {
    const first = whole(csv);
    if (!first.ok) throw new Error('the fixture must import');
    const { result } = await run(new Blob([csv]), 'add', first.dataset);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.message).toMatch(/already/);
  });
});

// Issue 12: a Windows-1252 or UTF-16 file read by the worker keeps its letters, and the result says
// which encoding was used; no U+FFFD is stored that the file did not contain. Bytes built by hand.
import { describe, expect, it } from 'vitest';
import { mergeDatasets, parseImport } from '../../src/data/import';
import type { ImportResult } from '../../src/data/contract';
import { handleImportMessage, type ImportDeps, type ImportReply } from '../../src/io/worker-protocol';
import { landingCandidates, looksLikeTrack, TRACK_SNIFF_BYTES, TrackImport } from '../../src/data/tracks';
import { builtInGazetteerEntries } from '../../src/data/geo/builtin-gazetteer';
import { testGazetteer } from '../fixtures/test-gazetteer';

const airports = landingCandidates(builtInGazetteerEntries());
// With the track core, as the worker has it (several files take the import-files.ts path).
const deps: ImportDeps = {
  parseImport,
  mergeDatasets,
  gazetteer: testGazetteer,
  tracks: {
    looksLikeTrack,
    sniffBytes: TRACK_SNIFF_BYTES,
    session: (onProgress: (f: number) => void) => new TrackImport({ airports, onProgress }),
  },
};
const CSV =
  'id,date,origin,destination,confidence,sources,operator\n' +
  'f1,2023-03-02,UBBB,LLOV,reported,Diario,Compañía Aérea\n';
const cp1252 = (text: string) =>
  new Uint8Array([...text].map((c) => ({ ñ: 0xf1, í: 0xed, é: 0xe9 })[c] ?? c.charCodeAt(0)));
function utf16le(text: string): Uint8Array<ArrayBuffer> {
  const out: number[] = [0xff, 0xfe];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return new Uint8Array(out);
}

async function reply(
  files: { bytes: Uint8Array<ArrayBuffer>; fileName: string }[],
): Promise<Extract<ImportReply, { type: 'result' }>> {
  const replies: ImportReply[] = [];
  const entries = files.map((f) => ({ file: new Blob([f.bytes]), fileName: f.fileName }));
  const msg = {
    type: 'import',
    requestId: 3,
    mode: 'replace',
    file: entries[0]?.file,
    fileName: entries[0]?.fileName,
    ...(entries.length > 1 ? { files: entries } : {}),
  };
  await handleImportMessage(msg, (r) => replies.push(r), deps);
  const last = replies.at(-1);
  if (last?.type !== 'result') throw new Error(JSON.stringify(last));
  return last;
}

async function run(files: { bytes: Uint8Array<ArrayBuffer>; fileName: string }[]): Promise<ImportResult> {
  return (await reply(files)).result;
}

const operators = (r: ImportResult) => (r.ok ? r.dataset.flights.map((f) => f.operator) : []);
const warnings = (r: ImportResult) => r.warnings.map((w) => w.message);

describe('the worker decodes what it reads', () => {
  it('a Windows-1252 CSV keeps ñ and é and says it was read as Windows-1252', async () => {
    const result = await run([{ bytes: cp1252(CSV), fileName: 'excel.csv' }]);
    expect(operators(result)).toEqual(['Compañía Aérea']);
    expect(warnings(result)).toEqual([expect.stringMatching(/^excel\.csv: read as Windows-1252/)]);
  });

  it('one file read as Windows-1252: the reply names it per file, for the summary line', async () => {
    const r = await reply([{ bytes: cp1252(CSV), fileName: 'excel.csv' }]);
    expect(r.files).toEqual([{ name: 'excel.csv', format: 'csv', encoding: 'windows-1252' }]);
    expect(
      (await reply([{ bytes: new TextEncoder().encode(CSV), fileName: 'a.csv' }])).files,
    ).toBeUndefined();
  });

  it('a UTF-16LE CSV with a BOM is read as UTF-16LE', async () => {
    const result = await run([{ bytes: utf16le(CSV), fileName: 'sheet.csv' }]);
    expect(operators(result)).toEqual(['Compañía Aérea']);
    expect(warnings(result)).toEqual([
      expect.stringMatching(/^sheet\.csv: read as UTF-16 \(little-endian\)/),
    ]);
  });

  it('UTF-8 says nothing about its encoding', async () => {
    const result = await run([{ bytes: new TextEncoder().encode(CSV), fileName: 'utf8.csv' }]);
    expect(operators(result)).toEqual(['Compañía Aérea']);
    expect(warnings(result)).toEqual([]);
  });

  it('several files: each non-UTF-8 file is named', async () => {
    const second = CSV.replace('f1,', 'f2,');
    const result = await run([
      { bytes: new TextEncoder().encode(CSV), fileName: 'a.csv' },
      { bytes: cp1252(second), fileName: 'b.csv' },
    ]);
    expect(operators(result)).toEqual(['Compañía Aérea', 'Compañía Aérea']);
    expect(warnings(result)).toEqual([expect.stringMatching(/^b\.csv: read as Windows-1252/)]);
  });

  it('a UTF-16 BOM over bytes that are not UTF-16 is refused, nothing loaded', async () => {
    const result = await run([
      { bytes: new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), fileName: 'x.csv' },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/^x\.csv: .*not valid UTF-16/);
  });
});

import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseImport } from '../../src/data/import';
import { mergeDatasets } from '../../src/data/import';
import type { ImportResult } from '../../src/data/contract';
import {
  handleImportMessage,
  PHASE_START,
  readText,
  type ImportDeps,
  type ImportReply,
  type ImportRequest,
} from '../../src/io/worker-protocol';
import { makeDataset, makeFlight, makeJsonText } from '../fixtures/flights';

const deps: ImportDeps = { parseImport, mergeDatasets };

async function run(request: Partial<ImportRequest>, d: ImportDeps = deps): Promise<ImportReply[]> {
  const replies: ImportReply[] = [];
  const msg = { type: 'import', requestId: 7, fileName: 'flights.json', mode: 'replace', ...request };
  await handleImportMessage(msg, (r) => replies.push(r), d);
  return replies;
}

/** The phases in order, each once (reading reports several times as bytes arrive). */
function phases(replies: ImportReply[]): string[] {
  const names = replies.map((r) => (r.type === 'progress' ? r.phase : r.type));
  return names.filter((name, i) => name !== names[i - 1]);
}

function finalResult(replies: ImportReply[]): ImportResult {
  const last = replies.at(-1);
  if (last?.type !== 'result') throw new Error(`expected a result, got ${JSON.stringify(last)}`);
  return last.result;
}

describe('handleImportMessage', () => {
  it('reports reading then parsing, then one result carrying the parsed dataset', async () => {
    const text = makeJsonText([makeFlight({ id: 'a' }), makeFlight({ id: 'b', date: '2023-03-05' })]);
    const replies = await run({ file: new Blob([text]) });
    expect(phases(replies)).toEqual(['reading', 'parsing', 'result']);
    expect(replies.every((r) => r.requestId === 7)).toBe(true);
    const result = finalResult(replies);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.format).toBe('json');
    expect(result.dataset.flights.map((f) => f.id)).toEqual(['a', 'b']);
  });

  it('passes the file name and the gazetteer to parseImport', async () => {
    const parse = vi.fn(parseImport);
    const gazetteer = { get: () => undefined };
    await run(
      { file: makeJsonText([makeFlight()]), fileName: 'x.json' },
      { ...deps, parseImport: parse, gazetteer },
    );
    expect(parse).toHaveBeenCalledWith(expect.any(String), { fileName: 'x.json', gazetteer });
  });

  it('answers an invalid file with errors that name row and field', async () => {
    const text = makeJsonText([
      makeFlight({ id: 'ok' }),
      { ...makeFlight({ id: 'bad' }), date: '2023-13-45' },
    ]);
    const result = finalResult(await run({ file: text }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.totalErrors).toBeGreaterThanOrEqual(1);
    const issue = result.errors.find((e) => e.field === 'date');
    expect(issue).toMatchObject({ row: 2, id: 'bad' });
    expect(issue?.message).toMatch(/^row 2 \(id "bad"\), field date: /);
  });

  it('adds to the current dataset, reporting the merging phase', async () => {
    const current = makeDataset([makeFlight({ id: 'c1' }), makeFlight({ id: 'c2' })]);
    const replies = await run({ mode: 'add', current, file: makeJsonText([makeFlight({ id: 'n1' })]) });
    expect(phases(replies)).toEqual(['reading', 'parsing', 'merging', 'result']);
    const fractions = replies.flatMap((r) => (r.type === 'progress' ? [r.fraction] : []));
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(PHASE_START.merging);
    const result = finalResult(replies);
    expect(result.ok && result.dataset.flights.map((f) => f.id)).toEqual(['c1', 'c2', 'n1']);
  });

  it('refuses an add whose ids clash, naming both rows', async () => {
    const current = makeDataset([makeFlight({ id: 'c1' }), makeFlight({ id: 'dup' })], {
      title: 'Loaded set',
    });
    const text = makeJsonText([
      makeFlight({ id: 'n1' }),
      makeFlight({ id: 'n2' }),
      makeFlight({ id: 'dup' }),
    ]);
    const result = finalResult(await run({ mode: 'add', current, file: text, fileName: 'more.json' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    const message = result.errors[0]?.message;
    expect(message).toContain('row 3 (id "dup") of "more.json"');
    expect(message).toContain('row 2 of "Loaded set"');
  });

  it('does not merge when the added file itself is invalid', async () => {
    const merge = vi.fn(mergeDatasets);
    const current = makeDataset([makeFlight({ id: 'c1' })]);
    const text = makeJsonText([{ ...makeFlight({ id: 'x' }), origin: 'nope' }]);
    const result = finalResult(
      await run({ mode: 'add', current, file: text }, { ...deps, mergeDatasets: merge }),
    );
    expect(result.ok).toBe(false);
    expect(merge).not.toHaveBeenCalled();
  });

  it('turns an unexpected exception into one failure reply', async () => {
    const broken: ImportDeps = {
      ...deps,
      parseImport: () => {
        throw new Error('boom');
      },
    };
    const replies = await run({ file: 'irrelevant' }, broken);
    expect(replies.at(-1)).toEqual({
      type: 'failure',
      requestId: 7,
      message: expect.stringContaining('boom'),
    });
    expect(replies.filter((r) => r.type !== 'progress')).toHaveLength(1);
  });

  it('fails when reading the file fails', async () => {
    const file = { text: () => Promise.reject(new Error('file vanished')) } as unknown as Blob;
    const replies = await run({ file });
    expect(replies.at(-1)).toMatchObject({
      type: 'failure',
      message: expect.stringContaining('file vanished'),
    });
  });

  it('fails an add without a current dataset, and a malformed request with an id', async () => {
    expect((await run({ mode: 'add', file: makeJsonText([]) })).at(-1)).toMatchObject({ type: 'failure' });
    const replies: ImportReply[] = [];
    await handleImportMessage({ type: 'import', requestId: 3 }, (r) => replies.push(r), deps);
    expect(replies).toEqual([{ type: 'failure', requestId: 3, message: expect.any(String) }]);
  });
});

describe('readText', () => {
  it('gives what Blob.text() gives, whatever the chunks, reporting a rising share of bytes that ends at 1', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.array(fc.nat()),
        async (text, cuts) => {
          const bytes = new TextEncoder().encode(text);
          // Cut the bytes anywhere, also inside a multi-byte character.
          const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          const parts = [0, ...at].map((start, i) => bytes.slice(start, at[i] ?? bytes.length));
          const blob = new Blob(parts);
          const shares: number[] = [];
          const read = await readText(blob, (share) => shares.push(share));
          expect(read).toBe(await blob.text());
          expect(shares).toEqual([...shares].sort((a, b) => a - b));
          expect(shares.at(-1)).toBe(1);
        },
      ),
    );
  });

  it('keeps a leading byte-order mark out of the text, as Blob.text() does', async () => {
    const blob = new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), 'id,date']);
    expect(await readText(blob, () => {})).toBe('id,date');
  });
});

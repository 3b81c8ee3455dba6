// Issue 12, "look-alike ids": `f1`, `f\u200b1` and `f\u202e1` all show as "f1", and the NFC and NFD
// forms of "café" were two flights. Ids are compared after NFC; invisible or bidirectional control
// characters in an id are an error naming row and field.
import { describe, expect, it } from 'vitest';
import { mergeDatasets, parseImport } from '../../src/data/import';
import type { ImportResult } from '../../src/data/contract';
import { makeDataset, makeFlight, makeJsonText } from '../fixtures/flights';

const NFC = 'caf\u00e9';
const NFD = 'cafe\u0301';

function errors(result: ImportResult): string[] {
  return result.ok ? [] : result.errors.map((e) => e.message);
}

const json = (ids: string[], extra: Record<string, unknown> = {}) =>
  parseImport(
    makeJsonText(
      ids.map((id) => makeFlight({ id })),
      extra,
    ),
  );

describe('ids', () => {
  it.each([
    ['zero-width space', 'f\u200b1', 'U+200B'],
    ['right-to-left override', 'f\u202e1', 'U+202E'],
    ['left-to-right isolate', '\u2066f1', 'U+2066'],
    ['pop directional isolate', 'f1\u2069', 'U+2069'],
    ['zero-width joiner', 'f\u200d1', 'U+200D'],
    ['word joiner', 'f\u20601', 'U+2060'],
    ['byte order mark', '\ufefff1', 'U+FEFF'],
    ['soft hyphen', 'f\u00ad1', 'U+00AD'],
    ['right-to-left mark', 'f\u200f1', 'U+200F'],
    ['arabic letter mark', 'f\u061c1', 'U+061C'],
    ['a control character', 'f\u00011', 'U+0001'],
    ['hangul filler', 'f\u31641', 'U+3164'],
    ['variation selector', 'f1\ufe0f', 'U+FE0F'],
    ['combining grapheme joiner', 'f\u034f1', 'U+034F'],
  ])('an id with a %s is an error naming row and field', (_, id, code) => {
    const result = json(['f0', id]);
    expect(errors(result)).toEqual([
      expect.stringMatching(new RegExp(`^row 2, field id: .*${code.replace('+', '\\+')}`)),
    ]);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ row: 2, field: 'id' });
  });

  it('the NFC and NFD forms of an id are one id: a duplicate', () => {
    expect(errors(json([NFC, NFD]))).toEqual([
      `row 2 (id "${NFD}"), field id: duplicate id, first used in row 1`,
    ]);
  });

  it('an id is stored in NFC, and its track still finds it', () => {
    const flight = makeFlight({ id: NFD });
    const track = {
      flightId: NFD,
      source: { publisher: 'P' },
      points: [
        [1677751200, 40, 50, 0, true],
        [1677751260, 40.1, 50.1, 1000, false],
      ],
    };
    const result = parseImport(makeJsonText([flight], { schemaVersion: 2, tracks: [track] }));
    if (!result.ok) throw new Error(errors(result).join('\n'));
    expect(result.dataset.flights[0]?.id).toBe(NFC);
    expect(result.dataset.tracks?.[0]?.flightId).toBe(NFC);
  });

  it('the CSV reader applies the same rules', () => {
    const csv =
      'id,date,origin,destination,confidence,sources\n' +
      `${NFC},2023-03-02,UBBB,LLOV,reported,P\n` +
      `${NFD},2023-03-03,UBBB,LLOV,reported,P\n` +
      `f\u200b1,2023-03-03,UBBB,LLOV,reported,P\n`;
    const listed = errors(parseImport(csv, { gazetteer: undefined }));
    expect(listed.some((m) => /^row 3 .*field id: duplicate id, first used in row 2/.test(m))).toBe(true);
    expect(listed.some((m) => /^row 4\b.*field id: .*U\+200B/.test(m))).toBe(true);
  });

  it('"Add to current" compares ids after NFC', () => {
    const current = makeDataset([makeFlight({ id: NFC })]);
    const incoming = makeDataset([makeFlight({ id: NFD })]);
    const result = mergeDatasets(current, incoming, { current: 'a', incoming: 'b' });
    expect(errors(result)).toEqual([expect.stringContaining('id already present in row 1 of "a"')]);
  });
});

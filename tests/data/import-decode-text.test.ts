// Issue 12: non-UTF-8 text must not be corrupted silently. Every byte string here is built by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChunkDecoder, decodeText, parseImport } from '../../src/data/import';
import { testGazetteer } from '../fixtures/test-gazetteer';

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
// "Compañía Aérea" in Windows-1252: ñ = F1, í = ED, é = E9.
const CP1252 = new Uint8Array([
  ...ascii('Compa'),
  0xf1,
  0xed,
  ...ascii('a A'),
  0xe9,
  ...ascii('rea '),
  0x80, // € in Windows-1252 (U+20AC), not a C1 control
]);

function utf16le(text: string, bom = true): Uint8Array {
  const out: number[] = bom ? [0xff, 0xfe] : [];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return new Uint8Array(out);
}

function utf16be(text: string): Uint8Array {
  const out: number[] = [0xfe, 0xff];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff);
  return new Uint8Array(out);
}

const CSV =
  'id,date,origin,destination,confidence,sources,operator\n' +
  'f1,2023-03-02,UBBB,LLOV,reported,Diario,Compañía Aérea\n';

function decodedInChunks(bytes: Uint8Array, cuts: number[]): { text: string; encoding: string } {
  for (const forced of [undefined, 'windows-1252'] as const) {
    const decoder = new ChunkDecoder(forced);
    try {
      let text = '';
      let from = 0;
      for (const cut of [...cuts, bytes.length]) {
        text += decoder.push(bytes.subarray(from, Math.max(from, cut)));
        from = Math.max(from, cut);
      }
      return { text: text + decoder.end(), encoding: decoder.encoding };
    } catch (e) {
      if (forced !== undefined || (e as Error).name !== 'NotUtf8Error') throw e;
    }
  }
  throw new Error('unreachable');
}

describe('decodeText', () => {
  it('reads invalid UTF-8 as Windows-1252, with no U+FFFD', () => {
    expect(decodeText(CP1252)).toEqual({
      ok: true,
      text: 'Compañía Aérea €',
      encoding: 'windows-1252',
    });
  });

  it('é and ñ in Windows-1252 come out as é and ñ', () => {
    const result = decodeText(new Uint8Array([0xe9, 0x20, 0xf1]));
    expect(result).toEqual({ ok: true, text: 'é ñ', encoding: 'windows-1252' });
  });

  it('UTF-8 stays UTF-8, BOM dropped, a U+FFFD the file holds is kept', () => {
    const bytes = new TextEncoder().encode('\ufeffCompañía \ufffd');
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'Compañía \ufffd', encoding: 'utf-8' });
  });

  it('a UTF-16LE BOM CSV is read as UTF-16LE', () => {
    expect(decodeText(utf16le(CSV))).toEqual({ ok: true, text: CSV, encoding: 'utf-16le' });
  });

  it('a UTF-16BE BOM is read as UTF-16BE', () => {
    expect(decodeText(utf16be('ñé'))).toEqual({ ok: true, text: 'ñé', encoding: 'utf-16be' });
  });

  it('a UTF-16 BOM over bytes that are not UTF-16 is refused, not patched with U+FFFD', () => {
    // A lone high surrogate (D800) then "A".
    const result = decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/UTF-16 \(little-endian\) byte order mark/);
  });

  it('never yields U+FFFD the bytes did not encode, however the bytes are cut into chunks', () => {
    const bytes = fc.uint8Array({ maxLength: 64 });
    fc.assert(
      fc.property(bytes, fc.array(fc.nat(64), { maxLength: 4 }), (raw, cuts) => {
        const whole = decodeText(raw);
        if (!whole.ok) return;
        const fffdInFile = whole.encoding === 'utf-8' ? (whole.text.match(/\ufffd/g) ?? []).length : 0;
        expect((whole.text.match(/\ufffd/g) ?? []).length).toBe(fffdInFile);
        expect(
          decodedInChunks(
            raw,
            [...cuts].sort((a, b) => a - b),
          ),
        ).toEqual({
          text: whole.text,
          encoding: whole.encoding,
        });
      }),
    );
  });
});

describe('a Windows-1252 CSV imports with its letters intact', () => {
  it('operator reads "Compañía Aérea"', () => {
    const bytes = new Uint8Array([...CSV].map((c) => ({ ñ: 0xf1, í: 0xed, é: 0xe9 })[c] ?? c.charCodeAt(0)));
    const decoded = decodeText(bytes);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.encoding).toBe('windows-1252');
    const result = parseImport(decoded.text, { gazetteer: testGazetteer });
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.dataset.flights[0]?.operator).toBe('Compañía Aérea');
  });
});

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { gzipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  AircraftDbReader,
  readAircraftDb,
  type AircraftDbResult,
} from '../../../../src/data/identity/aircraft-db';
import type { AircraftRecord } from '../../../../src/data/identity/types';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/aircraft-db/${name}`, import.meta.url), 'utf8');
const OPTIONS = { name: 'db.csv', importedAt: '2026-12-02T10:00:00+00:00' };
const read = (text: string | Uint8Array) =>
  readAircraftDb(typeof text === 'string' ? strToU8(text) : text, OPTIONS);

function ok(result: AircraftDbResult) {
  if (!result.ok) throw new Error(`expected a table, got: ${result.error}`);
  return result;
}
const all = (result: AircraftDbResult): AircraftRecord[] => {
  const { table } = ok(result);
  return Array.from({ length: table.size }, (_, i) => table.recordAt(i));
};

describe('OpenSky aircraftDatabase.csv', () => {
  const text = fixture('opensky-small.csv');

  it('reads every field, trimmed, text as written; the later of two rows wins', () => {
    const result = ok(read(text));
    expect(result.table.info).toEqual({ ...OPTIONS, layout: 'opensky', rows: 4 });
    expect(all(result)).toEqual([
      {
        icao24: '4b1814',
        registration: 'HB-XQB',
        model: 'Example Aircraft EX-100',
        typecode: 'EX10',
        serialNumber: '101',
        operator: 'Fictional Air, Ltd',
        operatorIcao: 'FXA',
        owner: 'Owner Two',
      },
      { icao24: 'a00001', model: 'Example Aircraft EX-200', typecode: 'EX20', operator: 'Say "Hi" Air' },
      { icao24: 'a1b2c3', registration: 'N100xa', model: 'Model Only' },
      { icao24: 'c0ffee', registration: 'C-FXYZ', built: '2001' },
    ]);
  });

  it('counts the bad icao24 and the repeated one in warnings', () => {
    const { warnings } = ok(read(text));
    expect(warnings).toEqual([
      '1 row left out: the icao24 is not 6 hexadecimal digits (first: row 4, "zz1234").',
      '1 icao24 appears on more than one row (1 earlier row replaced by a later one; first: 4b1814 on rows 2, 6).',
    ]);
  });

  it('looks up in any case', () => {
    const { table } = ok(read(text));
    expect(table.get('A1B2C3')?.registration).toBe('N100xa');
    expect(table.get('a1b2c4')).toBeUndefined();
    expect(table.get('zz1234')).toBeUndefined();
  });

  it('reads a gzip file (by its magic number) exactly as the plain one', () => {
    expect(all(read(gzipSync(strToU8(text))))).toEqual(all(read(text)));
  });

  it('reads CRLF line ends, a byte order mark, single quotes and camel-case names alike', () => {
    const crlf = '\uFEFF' + text.replace(/\n(?!lines)/g, '\r\n');
    expect(all(read(crlf))).toEqual(all(read(text)));
    const single =
      "'icao24','registration','manufacturerName','model','operatorIcao','serialNumber'\n" +
      "'3c6444','D-AXYZ','Example','X 1','EXA','O''Neil 7'\n";
    expect(all(read(single))).toEqual([
      {
        icao24: '3c6444',
        registration: 'D-AXYZ',
        model: 'Example X 1',
        operatorIcao: 'EXA',
        serialNumber: "O'Neil 7",
      },
    ]);
    expect(ok(read(single)).warnings[0]).toBe(
      'The header has no column typecode, operator, owner, built: those values stay empty.',
    );
  });

  it('gives the same table however the text is cut into chunks and parse calls', () => {
    const bytes = strToU8(text);
    const whole = all(read(bytes));
    const cuts = fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 });
    fc.assert(
      fc.property(cuts, fc.integer({ min: 1, max: 400 }), (cuts, batchChars) => {
        const reader = new AircraftDbReader({ ...OPTIONS, batchChars });
        const decoder = new TextDecoder();
        let at = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          reader.push(decoder.decode(bytes.subarray(at, cut), { stream: true }));
          at = cut;
        }
        reader.push(decoder.decode(bytes.subarray(at)));
        expect(all(reader.finish())).toEqual(whole);
      }),
    );
  });

  it('refuses a quoted cell that never closes, naming the row', () => {
    expect(read(`${text}"c0ffe1","never closed\n`)).toEqual({
      ok: false,
      error: 'row 8: a quoted cell never closes (its " has no partner before the end of the file).',
    });
    // A stray quote inside a row is read as Papa reads it, and counted.
    const stray = ok(read(text.replace('"Owner Two"', '"Owner Two')));
    expect(stray.warnings[0]).toMatch(/^1 row has stray quotes, read as written \(first: row 6, /);
  });

  it('refuses a header without rows', () => {
    expect(read(text.split('\n')[0] + '\n')).toEqual({ ok: false, error: 'The file has no aircraft rows.' });
  });
});

describe('tar1090-db aircraft.csv', () => {
  const text = fixture('tar1090-small.csv');

  it('reads icao24;registration;typecode;flags;description;year;ownOp, quotes as text', () => {
    const result = ok(read(text));
    expect(result.table.info.layout).toBe('tar1090');
    expect(all(result)).toEqual([
      {
        icao24: '4b1814',
        registration: 'HB-XQB',
        typecode: 'EX10',
        model: 'EXAMPLE AIRCRAFT EX-100',
        owner: 'Owner Two',
      },
      { icao24: 'a00001', typecode: 'EX20', model: 'EXAMPLE "QUOTED" EX-200' },
      { icao24: 'a1b2c3', registration: 'N100xa' },
      { icao24: 'c0ffee', registration: 'C-FXYZ', model: 'DESC, with comma', built: '2001' },
    ]);
    expect(result.warnings).toEqual([
      '1 row left out: the icao24 is not 6 hexadecimal digits (first: row 3, "ZZ1234").',
      '1 icao24 appears on more than one row (1 earlier row replaced by a later one; first: 4b1814 on rows 1, 5).',
    ]);
  });

  it('reads the gzip variant as the plain one', () => {
    expect(all(read(gzipSync(strToU8(text))))).toEqual(all(read(text)));
  });

  it('skips blank lines and reads a last line without its line end', () => {
    expect(all(read(text.replace(/\n$/, '') + '\n\n'))).toEqual(all(read(text)));
    expect(all(read(text.replace(/\n$/, '')))).toEqual(all(read(text)));
  });
});

describe('refusals', () => {
  it('names line 1 and both layouts for a file of neither', () => {
    const result = read('callsign,icao24x\nAHY123,abc\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe(
      'line 1: expected the header of an OpenSky aircraftDatabase.csv (comma-separated, with an icao24 ' +
        'column) or a tar1090-db aircraft.csv row (icao24;registration;typecode;flags;description…, no ' +
        'header); found "callsign,icao24x".',
    );
  });

  it('refuses an empty file, bytes that are not UTF-8 and gzip that does not decompress', () => {
    expect(read('')).toEqual({ ok: false, error: 'The file is empty.' });
    const latin1 = new Uint8Array([...strToU8('4B1814;HB-XQA;EX10;00;CAF'), 0xc9, 0x0a]);
    expect(read(latin1)).toEqual({
      ok: false,
      error: 'The file cannot be read: the file is not valid UTF-8 text.',
    });
    const gz = gzipSync(strToU8(fixture('tar1090-small.csv')));
    const result = read(gz.subarray(0, 20));
    expect(result.ok).toBe(false);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const result = read(s);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

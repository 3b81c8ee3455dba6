import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/data/contract';

import { toCsv } from '../../src/data/export/csv-write';
import { ContractCsvStream, parseImport } from '../../src/data/import';
import { guessNewline } from '../../src/data/import/csv-chunks';
import { generateDataset } from '../../src/data/sample/generate';
import { testGazetteer } from '../fixtures/test-gazetteer';

const options = { fileName: 'f.csv', gazetteer: testGazetteer };

/**
 * The text pushed in pieces cut at `cuts` (positions), parsed in batches of the given sizes; with a
 * `sizeHint` (which only sizes the id table, right or wrong) the result must be the same.
 */
function streamed(text: string, cuts: number[], guessChars: number, batchChars: number, sizeHint?: number) {
  const stream = new ContractCsvStream({ ...options, sizeHint }, { guessChars, batchChars });
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    stream.push(text.slice(at, cut));
    at = Math.max(at, cut);
  }
  stream.push(text.slice(at));
  return stream.finish();
}

const good = (id: string, date = '2023-03-02') =>
  `${id},${date},UBBB,LLOV,reported,"Haaretz; 92 Flights; https://example.org/a; 2023-03-06"`;
const shortHeader = 'id,date,origin,destination,confidence,sources';

// Lines that exercise the reader: good rows, quotes across line ends, broken quoting, blank lines,
// wrong cell counts, repeated ids, unknown airports, bad dates.
const line = fc.oneof(
  fc.nat(30).map((i) => good(`f${i}`)),
  fc.nat(30).map((i) => `f${i},2023-13-40,UBBB,LLOV,reported,"X; a, ""b""; https://e.org/x"`),
  fc.nat(30).map((i) => `f${i},2023-03-02,ZZZZ,LLOV,reported,Haaretz`),
  fc.nat(30).map((i) => `f${i},2023-03-02,UBBB,LLOV,reported,Haaretz; 92 Flights; https://example.org/a`),
  fc.nat(30).map((i) => `"f${i}\nsecond line",2023-03-02,UBBB,LLOV,reported,"Haaretz"`),
  fc.constant(''),
  fc.constant('  '),
  fc.constant('a,b'),
  fc.constant('x"y,"z'),
  fc.constant('"unterminated,2023-03-02'),
  fc.constant('"bad"quote,2023-03-02,UBBB,LLOV,reported,Haaretz'),
  fc.constant('"spaced"  ,2023-03-02,UBBB,LLOV,reported,Haaretz'),
);
const text = fc
  .record({
    bom: fc.boolean(),
    lead: fc.constantFrom('', '# synthetic: generated\n', '\n\n', '   \n'),
    head: fc.constantFrom(shortHeader, `${shortHeader},extra`, 'id,date', 'icao24,firstSeen', '{"a":1}'),
    lines: fc.array(line, { maxLength: 25 }),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    trailing: fc.boolean(),
  })
  .map(({ bom, lead, head, lines, newline, trailing }) => {
    const body = [lead + head, ...lines].join('\n') + (trailing ? '\n' : '');
    return (bom ? '\uFEFF' : '') + body.replace(/\n/g, newline);
  });

function expectSame(text: string, got: ImportResult | undefined) {
  const whole = parseImport(text, options);
  if (whole.format === 'csv') expect(got).toEqual(whole);
  else expect(got).toBeUndefined();
}

describe('a contract CSV read as a stream', () => {
  it('gives what parseImport gives for the whole text, wherever the chunks are cut', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.nat(2000), { maxLength: 8 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 200 }),
        fc.option(fc.nat(20_000), { nil: undefined }),
        (t, cuts, guessChars, batchChars, sizeHint) => {
          // The line end is guessed from the first batch (after the BOM), as Papa guesses it from the first 1 MB.
          const body = t.replace(/^\uFEFF/, '');
          fc.pre(guessNewline(body.slice(0, guessChars)) === guessNewline(body));
          expectSame(t, streamed(t, cuts, guessChars, batchChars, sizeHint));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives the same for a text with no quote at all, cut anywhere (a CRLF too), in any line end', () => {
    const unquoted = fc.oneof(
      fc.nat(30).map((i) => `f${i},2023-03-02,UBBB,LLOV,reported,Haaretz; T; https://example.org/a`),
      fc.nat(30).map((i) => `f${i},2023-03-02,ZZZZ,LLOV,reported,Haaretz`),
      fc.constantFrom('', '  ', 'a,b'),
    );
    fc.assert(
      fc.property(
        fc.array(unquoted, { maxLength: 30 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.array(fc.nat(1500), { maxLength: 12 }),
        fc.integer({ min: 1, max: 120 }),
        (lines, newline, trailing, cuts, batchChars) => {
          const t = [shortHeader, ...lines].join(newline) + (trailing ? newline : '');
          // The line end is guessed from the first batch, as Papa guesses it from the first 1 MB.
          fc.pre(guessNewline(t.slice(0, 100)) === guessNewline(t));
          expectSame(t, streamed(t, cuts, 100, batchChars));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads an exported CSV of generated flights the same way, in default batches too', () => {
    const dataset = generateDataset({ flights: 300, seed: 3 });
    const csv = toCsv(dataset.flights, dataset);
    const whole = parseImport(csv, options);
    expect(whole.ok).toBe(true);
    expect(streamed(csv, [7, 1000, 1001, 50_000], 1024 * 1024, 1024 * 1024)).toEqual(whole);
    expect(streamed(csv, [], 4096, 100)).toEqual(whole);
    expect(streamed(csv, [], 4096, 100, csv.length)).toEqual(whole);
  });

  it('names the row of a broken cell after many chunks', () => {
    const rows = Array.from({ length: 500 }, (_, i) => good(`g${i}`));
    rows[400] = good('g400', '2023-02-30');
    const csv = [shortHeader, ...rows].join('\n');
    const result = streamed(csv, [], 50, 50);
    expect(result?.ok).toBe(false);
    expect(result && !result.ok && result.errors[0]?.message).toMatch(/^row 402 \(id "g400"\), field date/);
  });

  it('says "other" for JSON and for an OpenSky CSV, which are read whole', () => {
    expect(streamed('  {"schemaVersion": 2}', [], 10, 10)).toBeUndefined();
    expect(
      streamed('icao24,firstSeen,estDepartureAirport,lastSeen,estArrivalAirport,callsign\n', [], 10, 10),
    ).toBeUndefined();
  });
});

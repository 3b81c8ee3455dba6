// Whatever a file holds, the importer answers with a result: it never throws, a failure always says
// what is wrong, and a success is always a dataset the rest of the app can index.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/data/export';
import { parseImport } from '../../src/data/import';
import { toJson } from '../../src/data/export';
import { createIndex } from '../../src/data/query';
import type { ImportResult } from '../../src/data/contract';
import { makeDataset, makeFlight } from '../fixtures/flights';
import { testGazetteer } from '../fixtures/test-gazetteer';

function importAnything(text: string): ImportResult {
  let result: ImportResult | undefined;
  expect(() => {
    result = parseImport(text, { fileName: 'fuzz.csv', gazetteer: testGazetteer });
  }).not.toThrow();
  const r = result as ImportResult;
  if (r.ok) {
    // A success indexes cleanly and keeps every flight.
    expect(createIndex(r.dataset).flights).toHaveLength(r.dataset.flights.length);
  } else {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) expect(e.message.trim()).not.toBe('');
  }
  return r;
}

const flights = [
  makeFlight({ id: 'a1' }),
  makeFlight({ id: 'a2', origin: 'LLOV', destination: 'UBBB', notes: 'with, "quotes"\nand a line' }),
  makeFlight({ id: 'a3', date: '2023-03-03', arrivalTime: undefined, departureTime: undefined }),
];
const dataset = makeDataset(flights);
const validJson = toJson(flights, dataset);
const validCsv = toCsv(flights, dataset);
const openSkyCsv = readFileSync(new URL('../fixtures/opensky-arrivals-llov.csv', import.meta.url), 'utf8');

/** The text with one slice replaced by arbitrary characters (a cut, a paste, a stray edit). */
const mutated = (text: string) =>
  fc
    .record({
      at: fc.nat({ max: text.length }),
      cut: fc.nat({ max: 40 }),
      insert: fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom('"', ',', '\r\n', '{', ']', '\\', '\u0000'),
      ),
    })
    .map(({ at, cut, insert }) => text.slice(0, at) + insert + text.slice(at + cut));

describe('import robustness', () => {
  it('answers arbitrary text with a result, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => void importAnything(text)),
      {
        numRuns: 400,
      },
    );
  });

  it('answers any edit of a valid contract JSON file with a result', () => {
    fc.assert(
      fc.property(mutated(validJson), (text) => void importAnything(text)),
      { numRuns: 400 },
    );
  });

  it('answers any edit of a valid contract CSV file with a result', () => {
    fc.assert(
      fc.property(mutated(validCsv), (text) => void importAnything(text)),
      { numRuns: 400 },
    );
  });

  it('answers any edit of an OpenSky flights export with a result', () => {
    fc.assert(
      fc.property(mutated(openSkyCsv), (text) => void importAnything(text)),
      { numRuns: 400 },
    );
  });

  it('answers JSON values of any type in every flight field with a result naming the row', () => {
    const fields = Object.keys(flights[0] ?? {});
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.anything(), (field, value) => {
        const doc = JSON.parse(validJson) as { flights: Record<string, unknown>[] };
        (doc.flights[1] as Record<string, unknown>)[field] = value;
        const result = importAnything(JSON.stringify(doc));
        if (!result.ok) expect(result.errors.some((e) => e.row === 2)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('still imports the unedited files (the fuzzing starts from valid input)', () => {
    expect(importAnything(validJson).ok).toBe(true);
    expect(importAnything(validCsv).ok).toBe(true);
    expect(importAnything(openSkyCsv).ok).toBe(true);
  });
});

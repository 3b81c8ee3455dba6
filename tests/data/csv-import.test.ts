import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/data/contract';
import { parseImport } from '../../src/data/import';
import { MAX_FLIGHTS } from '../../src/data/validate';
import type { ImportResult } from '../../src/data/contract';
import { testGazetteer } from '../fixtures/test-gazetteer';

type Row = Partial<Record<string, string>>;

const base: Row = {
  id: 'c1',
  date: '2023-03-02',
  origin: 'UBBB',
  destination: 'LLOV',
  confidence: 'reported',
  sources: 'Haaretz; 92 Flights; https://example.org/a; 2023-03-06',
};

function csvOf(rows: Row[], columns: readonly string[] = CSV_COLUMNS): string {
  return Papa.unparse([[...columns], ...rows.map((r) => columns.map((c) => r[c] ?? ''))], {
    newline: '\r\n',
  });
}

function importCsv(text: string, withGazetteer = true): ImportResult {
  return parseImport(
    text,
    withGazetteer ? { gazetteer: testGazetteer, fileName: 'f.csv' } : { fileName: 'f.csv' },
  );
}

function messages(result: ImportResult): { errors: string[]; warnings: string[] } {
  return {
    errors: result.ok ? [] : result.errors.map((e) => e.message),
    warnings: result.warnings.map((w) => w.message),
  };
}

describe('contract CSV import', () => {
  it('reads a minimal row; columns may come in any order', () => {
    const columns = ['sources', 'confidence', 'destination', 'origin', 'date', 'id'];
    const result = importCsv(csvOf([base], columns));
    if (!result.ok) throw new Error(result.errors[0]?.message);
    expect(result.format).toBe('csv');
    expect(result.dataset.flights).toEqual([
      {
        id: 'c1',
        date: '2023-03-02',
        origin: 'UBBB',
        destination: 'LLOV',
        confidence: 'reported',
        sources: [
          {
            publisher: 'Haaretz',
            title: '92 Flights',
            url: 'https://example.org/a',
            published: '2023-03-06',
          },
        ],
      },
    ]);
    expect(result.dataset).toMatchObject({ title: 'Imported from f.csv', synthetic: false, events: [] });
  });

  it.each(['id', 'date', 'origin', 'destination', 'confidence', 'sources'])(
    'a missing required column %s is one error naming it',
    (missing) => {
      const columns = CSV_COLUMNS.filter((c) => c !== missing);
      expect(messages(importCsv(csvOf([base, { ...base, id: 'c2' }], columns))).errors).toEqual([
        `field ${missing}: required column "${missing}" is missing from the header`,
      ]);
    },
  );

  it('warns once about an unknown column', () => {
    const result = importCsv(csvOf([base, { ...base, id: 'c2' }], [...CSV_COLUMNS, 'colour']));
    expect(result.ok).toBe(true);
    expect(messages(result).warnings).toEqual(['field colour: unknown column, left out of the dataset']);
  });

  it('numbers rows as a spreadsheet does (header = row 1), blank lines included', () => {
    const text = csvOf([base, { ...base, id: 'c2' }, { ...base, id: 'c3', date: '2023-02-30' }]);
    const lines = text.split('\r\n');
    const withBlank = [lines[0], lines[1], '', lines[2], lines[3]].join('\r\n');
    expect(messages(importCsv(withBlank)).errors).toEqual([
      'row 5 (id "c3"), field date: "2023-02-30" is not a date (YYYY-MM-DD)',
    ]);
  });

  it('a duplicate id names both spreadsheet rows', () => {
    expect(messages(importCsv(csvOf([base, { ...base, id: 'x' }, base]))).errors).toEqual([
      'row 4 (id "c1"), field id: duplicate id, first used in row 2',
    ]);
  });

  it('strips the formula prefix from text cells', () => {
    const result = importCsv(
      csvOf([{ ...base, id: "'-5", notes: "'=1+1", cargo: "''@x", operator: "'plain" }]),
    );
    expect(result.ok && result.dataset.flights[0]).toMatchObject({
      id: '-5',
      notes: '=1+1',
      cargo: "'@x",
      operator: "'plain",
    });
  });

  it('an unknown airport with no position cells is an error naming row and field', () => {
    expect(messages(importCsv(csvOf([{ ...base, destination: 'ZZZZ' }]))).errors).toEqual([
      'row 2 (id "c1"), field destination: unknown airport "ZZZZ": not in the file\'s airports nor in the gazetteer, ' +
        'and the row gives no destination_lat and destination_lon to define it',
    ]);
  });

  it('origin_name/_lat/_lon define an airport the gazetteer does not know', () => {
    const row = {
      ...base,
      origin: 'ZZZZ',
      origin_name: 'Sample Field',
      origin_lat: '-10.5',
      origin_lon: '20',
    };
    const result = importCsv(csvOf([row]));
    expect(result.ok && result.dataset.airports).toEqual([
      { icao: 'ZZZZ', name: 'Sample Field', lat: -10.5, lon: 20 },
      testGazetteer.get('LLOV'),
    ]);
  });

  it('warns once per airport, naming the first row, when its position is more than 0.1° off', () => {
    const near = { ...base, destination_lat: '29.99', destination_lon: '34.9358' };
    const far = { ...near, destination_lat: '30.1' };
    const result = importCsv(csvOf([near, { ...far, id: 'c2' }, { ...far, id: 'c3' }]));
    expect(result.ok && result.dataset.airports.find((a) => a.icao === 'LLOV')?.lat).toBe(29.9403);
    expect(messages(result).warnings).toEqual([
      'row 3 (id "c2"), field destination_lat: 30.1, 34.9358 is more than 0.1° from the known position of LLOV ' +
        '(29.9403, 34.9358); the known position is kept (in 2 rows; this is the first)',
    ]);
  });

  it.each([
    ['origin_lat', '91'],
    ['origin_lon', 'east'],
  ])('%s = %s is an error', (field, value) => {
    expect(messages(importCsv(csvOf([{ ...base, [field]: value }]))).errors[0]).toMatch(
      new RegExp(`^row 2 \\(id "c1"\\), field ${field}: "${value}" is not a number`),
    );
  });

  it('a row with a different number of cells is an error', () => {
    const text = csvOf([base]) + '\r\nc2,2023-03-02';
    expect(messages(importCsv(text)).errors).toEqual(['row 3 (id "c2"): has 2 cells but the header has 29']);
  });

  it('a source with more than four parts is an error', () => {
    const result = importCsv(csvOf([{ ...base, sources: 'a; b; https://x.org; 2023-01-01; extra' }]));
    expect(messages(result).errors[0]).toMatch(/^row 2 \(id "c1"\), field sources\[1\]: has 5 parts/);
  });

  it('broken quoting is an error', () => {
    const text = csvOf([base]) + '\r\n"c2,2023-03-02';
    expect(messages(importCsv(text)).errors[0]).toMatch(/^row 3: the CSV quoting is broken/);
  });

  it('synthetic is true when any flight is synthetic', () => {
    const result = importCsv(csvOf([base, { ...base, id: 'c2', confidence: 'synthetic' }]));
    expect(result.ok && result.dataset.synthetic).toBe(true);
  });

  it(`more than ${MAX_FLIGHTS.toLocaleString('en-US')} flights is one error saying the limit`, () => {
    const text = CSV_COLUMNS.join(',') + '\nx'.repeat(MAX_FLIGHTS + 1);
    const result = importCsv(text);
    expect(result.ok).toBe(false);
    expect(messages(result).errors).toEqual([
      '1,000,001 flights is more than the limit of 1,000,000 flights in one dataset',
    ]);
  });
});

// The OpenSky fixtures follow the documented REST and Trino (flights_data4) columns, but every icao24,
// callsign and time in them is made up for the tests: they are not observations of real flights.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../src/data/import';
import type { ImportResult } from '../../src/data/contract';
import { testGazetteer } from '../fixtures/test-gazetteer';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const REST = fixture('opensky-arrivals-llov.csv');
const TRINO = fixture('opensky-trino-llov.csv');

function importCsv(text: string): ImportResult {
  return parseImport(text, { gazetteer: testGazetteer, fileName: 'arrivals.csv' });
}

function errors(result: ImportResult): string[] {
  return result.ok ? [] : result.errors.map((e) => e.message);
}

describe('OpenSky flights CSV', () => {
  it('maps the REST columns to flights and skips rows without an estimated airport in one warning', () => {
    const result = importCsv(REST);
    if (!result.ok) throw new Error(errors(result).join('\n'));
    expect(result.format).toBe('opensky');
    expect(result.warnings.map((w) => w.message)).toEqual([
      '2 rows had no estimated departure or arrival airport',
    ]);
    expect(result.dataset.flights).toHaveLength(3);
    expect(result.dataset.flights[0]).toStrictEqual({
      id: 'opensky-0abc01-1677737400',
      date: '2023-03-02',
      departureTime: '2023-03-02T06:10:00Z',
      arrivalTime: '2023-03-02T09:40:00Z',
      origin: 'UBBB',
      destination: 'LLOV',
      callsign: 'SAMPLE01',
      icao24: '0abc01',
      confidence: 'confirmed',
      sources: [{ publisher: 'OpenSky Network' }],
    });
    expect(result.dataset.flights[1]).toMatchObject({
      id: 'opensky-0abc02-1677823800',
      icao24: '0abc02',
      callsign: 'SAMPLE02',
    });
    expect(result.dataset.airports.map((a) => a.icao)).toEqual(['UBBB', 'LLOV', 'UBBG']);
    expect(result.dataset).toMatchObject({
      synthetic: false,
      events: [],
      title: 'Imported from arrivals.csv',
    });
  });

  it('reads the lower-case Trino columns (extra columns such as day ignored)', () => {
    const result = importCsv(TRINO);
    if (!result.ok) throw new Error(errors(result).join('\n'));
    expect(result.dataset.flights.map((f) => f.id)).toEqual([
      'opensky-0abc11-1693540800',
      'opensky-0abc12-1693627200',
    ]);
    expect(result.warnings.map((w) => w.message)).toEqual([
      '1 row had no estimated departure or arrival airport',
    ]);
  });

  it.each<[string, string, string]>([
    ['icao24', 'xyz123', 'row 2, field icao24: "xyz123" is not a Mode-S address (6 hex digits)'],
    [
      'firstSeen',
      '16777x',
      'row 2, field firstSeen: "16777x" is not a Unix time in whole seconds (digits only)',
    ],
    [
      'lastSeen',
      '1.5',
      'row 2 (id "opensky-0abc01-1677737400"), field lastSeen: "1.5" is not a Unix time in whole seconds (digits only)',
    ],
    [
      'estArrivalAirport',
      'ZZZZ',
      'row 2 (id "opensky-0abc01-1677737400"), field estArrivalAirport: unknown airport "ZZZZ": not in the file\'s airports nor in the gazetteer',
    ],
  ])('a bad %s is an error naming row and field', (column, value, message) => {
    const lines = REST.trimEnd().split('\n');
    const header = (lines[0] ?? '').split(',');
    const cells = (lines[1] ?? '').split(',');
    cells[header.indexOf(column)] = value;
    const result = importCsv([lines[0], cells.join(','), ...lines.slice(2)].join('\n'));
    expect(errors(result)).toEqual([message]);
  });

  // Number() reads all of these as whole numbers: each used to drop its row without a word.
  it.each<[string, string]>([
    ['firstSeen', '1.6777374e9'],
    ['firstSeen', '1677737400.0'],
    ['firstSeen', '0x63FFC8B8'],
    ['firstSeen', '+1677737400'],
    ['lastSeen', '0x63FFFA70'],
    ['lastSeen', '1.67775e9'],
    ['lastSeen', '+1677750000'],
    ['lastSeen', '1677750000.0'],
    ['firstSeen', ' '],
  ])('a %s of "%s" is an error naming row and field, never a silently dropped row', (column, value) => {
    const lines = REST.trimEnd().split('\n');
    const header = (lines[0] ?? '').split(',');
    const cells = (lines[1] ?? '').split(',');
    cells[header.indexOf(column)] = value;
    const result = importCsv([lines[0], cells.join(','), ...lines.slice(2)].join('\n'));
    expect(result.ok).toBe(false);
    const listed = errors(result);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatch(new RegExp(`^row 2\\b.*, field ${column}: `));
  });

  it('every data row is a flight, an error or counted in a warning', () => {
    const lines = REST.trimEnd().split('\n');
    const result = importCsv(lines.join('\n'));
    if (!result.ok) throw new Error(errors(result).join('\n'));
    const rows = lines.slice(1).filter((l) => l.trim() !== '').length;
    const skipped = Number(/^(\d+) rows? had no estimated/.exec(result.warnings[0]?.message ?? '')?.[1] ?? 0);
    expect(result.dataset.flights.length + skipped).toBe(rows);
  });

  it('a leading zero names the same flight (the id is the number, not the text)', () => {
    const lines = REST.trimEnd().split('\n');
    const header = (lines[0] ?? '').split(',');
    const cells = (lines[1] ?? '').split(',');
    cells[header.indexOf('firstSeen')] = `0${cells[header.indexOf('firstSeen')]}`;
    expect(errors(importCsv([...lines, cells.join(',')].join('\n')))).toEqual([
      'row 7 (id "opensky-0abc01-1677737400"), field id: duplicate id, first used in row 2',
    ]);
  });

  it('a "# synthetic" first line marks the dataset synthetic; rows stay spreadsheet rows', () => {
    const result = importCsv(`# synthetic: made up for a test\n${REST}`);
    if (!result.ok) throw new Error(errors(result).join('\n'));
    expect(result.dataset.synthetic).toBe(true);
    expect(result.dataset.flights).toHaveLength(3);
  });

  it('a repeated row is a duplicate id', () => {
    const lines = REST.trimEnd().split('\n');
    expect(errors(importCsv([...lines, lines[1]].join('\n')))).toEqual([
      'row 7 (id "opensky-0abc01-1677737400"), field id: duplicate id, first used in row 2',
    ]);
  });
});

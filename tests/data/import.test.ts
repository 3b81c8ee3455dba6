import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/data/export';
import { parseImport } from '../../src/data/import';
import { toJson } from '../../src/data/export';
import { MAX_TEXT_LENGTH } from '../../src/data/validate';
import type { ImportResult } from '../../src/data/contract';
import { makeDataset, makeFlight, makeJsonDoc } from '../fixtures/flights';
import { testGazetteer } from '../fixtures/test-gazetteer';

function errors(result: ImportResult): string[] {
  return result.ok ? [] : result.errors.map((e) => e.message);
}

const flights = [makeFlight({ id: 'i1' }), makeFlight({ id: 'i2' })];
const dataset = makeDataset(flights);

describe('parseImport: format detection and limits', () => {
  it.each<[string, string, string]>([
    ['contract JSON', toJson(flights, dataset), 'json'],
    ['contract JSON after white space and a BOM', '\uFEFF \r\n\t' + toJson(flights, dataset), 'json'],
    ['contract CSV (with its BOM)', toCsv(flights, dataset), 'csv'],
    ['contract CSV without a BOM', toCsv(flights, dataset).slice(1), 'csv'],
  ])('reads %s', (_name, text, format) => {
    const result = parseImport(text, { gazetteer: testGazetteer });
    expect(result.ok && result.format).toBe(format);
    expect(result.ok && result.dataset.flights).toStrictEqual(flights);
  });

  it('a CSV in no known format is one error saying which formats are expected', () => {
    const result = parseImport('name,age\nx,1\n');
    expect(result.ok).toBe(false);
    expect(errors(result)).toHaveLength(1);
    expect(errors(result)[0]).toMatch(
      /^not a format this app reads \(first line: "name,age"\)\. Expected a contract JSON/,
    );
    expect(errors(result)[0]).toContain('id,date,departureTime');
    expect(errors(result)[0]).toContain(
      'icao24, firstSeen, estDepartureAirport, lastSeen, estArrivalAirport, callsign',
    );
  });

  it.each([
    [
      'semicolons',
      'id;date;origin;destination;confidence;sources\na1;2023-03-02;UBBB;LLOV;reported;Haaretz\n',
      'semicolons (;)',
    ],
    ['tabs', 'id\tdate\torigin\n1\t2023-01-01\tUBBB\n', 'tabs'],
  ])('a flights sheet saved with %s says to save it comma-separated', (_name, text, separator) => {
    const [message] = errors(parseImport(text));
    expect(message).toContain(`The first line is separated by ${separator}, not commas`);
    expect(message).toContain('CSV UTF-8 (Comma delimited)');
  });

  it('a comma-separated file in no known format gets no separator hint', () => {
    expect(errors(parseImport('name,age\nx,1\n'))[0]).not.toContain('separated by');
  });

  it('an empty file is an error', () => {
    expect(errors(parseImport('\uFEFF  \n'))).toEqual(['the file is empty']);
  });

  it('a text over 200 MB is an error without parsing', () => {
    const huge = '{'.padEnd(MAX_TEXT_LENGTH + 1, ' ');
    const started = performance.now();
    const result = parseImport(huge);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(MAX_TEXT_LENGTH).toBe(200 * 1024 * 1024);
    expect(errors(result)).toEqual(['the file is 201 MB: more than the limit of 200 MB per file']);
  });

  it('a failed import returns no dataset and counts its errors', () => {
    const bad = [makeFlight({ date: 'x' }), makeFlight({ date: 'y' })];
    const result = parseImport(JSON.stringify(makeJsonDoc(bad)), { gazetteer: testGazetteer });
    expect(result).toMatchObject({ ok: false, format: 'json', totalErrors: 2 });
    expect('dataset' in result).toBe(false);
  });
});

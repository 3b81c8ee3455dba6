import { describe, expect, it } from 'vitest';
import { parseImport } from '../../src/data/import';
import type { ImportResult } from '../../src/data/contract';
import { makeFlight, makeJsonDoc } from '../fixtures/flights';
import { testGazetteer } from '../fixtures/test-gazetteer';

function importDoc(doc: Record<string, unknown>): ImportResult {
  return parseImport(JSON.stringify(doc), { gazetteer: testGazetteer });
}

function errorsOf(result: ImportResult): string[] {
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors.map((e) => e.message);
}

const airport = { icao: 'ZZZZ', iata: 'ZZZ', name: 'Sample Field', lat: 10, lon: 20, country: 'XX' };
const event = { date: '2023-03-06', title: 'Report published' };

describe('top-level rules', () => {
  it.each<[string, unknown, string]>([
    ['schemaVersion', 3, 'field schemaVersion: version 3 is not supported: this app reads version 1 or 2'],
    [
      'schemaVersion',
      '1',
      'field schemaVersion: version "1" is not supported: this app reads version 1 or 2',
    ],
    ['schemaVersion', undefined, 'field schemaVersion: required (this app reads version 1 or 2)'],
    ['title', undefined, 'field title: required'],
    ['title', 5, 'field title: must be text, not 5'],
    ['synthetic', undefined, 'field synthetic: required (true or false)'],
    ['synthetic', 'yes', 'field synthetic: must be true or false, not "yes"'],
    ['flights', undefined, 'field flights: required (a list, may be empty)'],
    ['flights', {}, 'field flights: must be a list, not an object'],
    ['compiledAt', '2026-11-31', 'field compiledAt: "2026-11-31" is not a date (YYYY-MM-DD)'],
    ['description', 3, 'field description: must be text, not 3'],
  ])('%s = %j is an error', (field, value, message) => {
    const doc = makeJsonDoc([makeFlight()], { compiledAt: '2026-11-24' });
    if (value === undefined) delete doc[field];
    else doc[field] = value;
    expect(errorsOf(importDoc(doc))).toEqual([message]);
  });

  it('keeps the meta fields', () => {
    const meta = { title: 'T', description: 'D', synthetic: false, compiledAt: '2026-11-24', license: 'L' };
    const result = importDoc(makeJsonDoc([], meta));
    expect(result.ok && result.dataset).toMatchObject({ schemaVersion: 2, ...meta, flights: [], events: [] });
  });

  it('a JSON text that is not an object, or not JSON, is one clear error', () => {
    expect(errorsOf(parseImport('{"a":'))[0]).toMatch(/^the file is not valid JSON: /);
  });
});

describe('airport rules', () => {
  it.each<[string, unknown, string]>([
    ['lat', 91, 'airports[1] ("ZZZZ"), field lat: 91 is not a number from -90 to 90'],
    ['lat', '10', 'airports[1] ("ZZZZ"), field lat: "10" is not a number from -90 to 90'],
    ['lon', -180.5, 'airports[1] ("ZZZZ"), field lon: -180.5 is not a number from -180 to 180'],
    ['lon', undefined, 'airports[1] ("ZZZZ"), field lon: required'],
    ['name', undefined, 'airports[1] ("ZZZZ"), field name: required'],
    [
      'country',
      'il',
      'airports[1] ("ZZZZ"), field country: "il" is not an ISO 3166-1 alpha-2 code (2 capital letters)',
    ],
    ['iata', 'ZZ1', 'airports[1] ("ZZZZ"), field iata: "ZZ1" is not an IATA code (3 letters)'],
    ['icao', 'ZZ', 'airports[1], field icao: "ZZ" is not an ICAO airport code (4 letters or digits)'],
  ])('%s = %j is an error', (field, value, message) => {
    const bad: Record<string, unknown> = { ...airport };
    if (value === undefined) delete bad[field];
    else bad[field] = value;
    expect(errorsOf(importDoc(makeJsonDoc([], { airports: [bad] })))).toEqual([message]);
  });

  it('an airport listed twice is an error', () => {
    const errors = errorsOf(
      importDoc(makeJsonDoc([], { airports: [airport, { ...airport, name: 'Other' }] })),
    );
    expect(errors).toEqual(['airports[2] ("ZZZZ"), field icao: airport listed twice, first at airports[1]']);
  });

  it('keeps every listed airport, even one no flight uses', () => {
    const result = importDoc(makeJsonDoc([makeFlight()], { airports: [airport] }));
    expect(result.ok && result.dataset.airports.map((a) => a.icao)).toEqual(['ZZZZ', 'UBBB', 'LLOV']);
  });
});

describe('event rules', () => {
  it.each<[string, unknown, string]>([
    ['date', '2023-3-6', 'events[1], field date: "2023-3-6" is not a date (YYYY-MM-DD)'],
    ['date', undefined, 'events[1], field date: required'],
    ['title', undefined, 'events[1], field title: required'],
    ['description', false, 'events[1], field description: must be text, not false'],
    [
      'sources',
      [{ publisher: 'x', url: 'javascript:void(0)' }],
      'events[1], field sources[1].url: URL scheme "javascript:" is not allowed: only http: and https: URLs are allowed',
    ],
  ])('%s = %j is an error', (field, value, message) => {
    const bad: Record<string, unknown> = { ...event };
    if (value === undefined) delete bad[field];
    else bad[field] = value;
    expect(errorsOf(importDoc(makeJsonDoc([], { events: [bad] })))).toEqual([message]);
  });

  it('keeps valid events with their sources', () => {
    const full = { ...event, description: 'D', sources: [{ publisher: 'Haaretz', published: '2023-03-06' }] };
    const result = importDoc(makeJsonDoc([], { events: [full] }));
    expect(result.ok && result.dataset.events).toEqual([full]);
  });
});

describe('unknown fields', () => {
  it('are left out and reported once per field name, with the first row and the count', () => {
    const flights = [
      { ...makeFlight({ id: 'a' }), colour: 'red' },
      { ...makeFlight({ id: 'b' }), colour: 'blue', sources: [{ publisher: 'p', rating: 5 }] },
      { ...makeFlight({ id: 'c' }), colour: 'green' },
    ];
    const doc = makeJsonDoc(flights, {
      extra: true,
      airports: [{ ...airport, elevation: 3 }],
      events: [{ ...event, place: 'x' }],
    });
    const result = importDoc(doc);
    if (!result.ok) throw new Error(result.errors[0]?.message);
    expect(result.warnings.map((w) => w.message).sort()).toEqual(
      [
        'airports[1] ("ZZZZ"), field elevation: unknown field, left out of the dataset',
        'events[1], field place: unknown field, left out of the dataset',
        'field extra: unknown field, left out of the dataset',
        'row 1 (id "a"), field colour: unknown field, left out of the dataset (in 3 flights; this is the first)',
        'row 2 (id "b"), field sources[1].rating: unknown field, left out of the dataset',
      ].sort(),
    );
    expect(result.dataset.flights.some((f) => 'colour' in f)).toBe(false);
    expect(result.dataset.flights[1]?.sources[0]).toEqual({ publisher: 'p' });
    expect(result.dataset.airports[0]).not.toHaveProperty('elevation');
    expect(result.dataset).not.toHaveProperty('extra');
  });
});

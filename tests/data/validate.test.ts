import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDateTimeWithOffset } from '../oracles/iso-date-time';
import { parseImport } from '../../src/data/import';
import { isDateTimeWithOffset, MAX_LISTED_ISSUES } from '../../src/data/validate';
import type { ImportResult, Issue } from '../../src/data/contract';
import { makeFlight, makeJsonDoc } from '../fixtures/flights';
import { testGazetteer } from '../fixtures/test-gazetteer';

function importDoc(doc: Record<string, unknown>): ImportResult {
  return parseImport(JSON.stringify(doc), { gazetteer: testGazetteer });
}

function importFlights(flights: unknown[], overrides: Record<string, unknown> = {}): ImportResult {
  return importDoc(makeJsonDoc(flights, overrides));
}

function errorsOf(result: ImportResult): string[] {
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors.map((e) => e.message);
}

function warningsOf(result: ImportResult): string[] {
  return result.warnings.map((w: Issue) => w.message);
}

describe('flight rules (contract JSON)', () => {
  it('accepts a valid flight and keeps it as given', () => {
    const flight = makeFlight({ id: 'ok-1' });
    const result = importFlights([flight]);
    expect(result.ok && result.dataset.flights).toEqual([flight]);
  });

  it.each(['date', 'origin', 'destination', 'confidence', 'sources'])('a missing %s is an error', (field) => {
    const flight: Record<string, unknown> = { ...makeFlight({ id: 'f1' }) };
    delete flight[field];
    const errors = errorsOf(importFlights([flight]));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^row 1 \\(id "f1"\\), field ${field}: required`));
  });

  it('a missing id is an error without an id in the message', () => {
    const flight: Record<string, unknown> = { ...makeFlight() };
    delete flight.id;
    expect(errorsOf(importFlights([flight]))).toEqual(['row 1, field id: required']);
  });

  it.each<[string, unknown, RegExp]>([
    ['id', 'x'.repeat(129), /longer than 128 characters/],
    ['id', 42, /must be text, not 42/],
    ['date', '2023-02-30', /"2023-02-30" is not a date \(YYYY-MM-DD\)/],
    ['date', '02/03/2023', /is not a date/],
    ['departureTime', '2023-03-02T06:10:00', /an offset \(e\.g\. \+03:00\) or Z is required/],
    ['arrivalTime', '2023-03-02 09:40', /offset or Z/],
    ['arrivalTime', 'yesterday', /not an ISO 8601 date-time with an offset or Z/],
    ['origin', 'LLO', /"LLO" is not an ICAO airport code/],
    ['origin', 'LL-V', /is not an ICAO airport code/],
    ['destination', 'LLOVX', /is not an ICAO airport code/],
    ['icao24', '0abc0', /is not a Mode-S address \(6 hex digits\)/],
    ['icao24', 'zzzzzz', /is not a Mode-S address/],
    ['confidence', 'likely', /"likely" is not one of confirmed, reported, inferred, synthetic/],
    ['sources', [], /required: at least one source/],
    ['sources', 'Haaretz', /must be a list/],
    ['operator', 7, /must be text, not 7/],
    ['notes', { a: 1 }, /must be text, not an object/],
  ])('%s = %j is an error naming row, id and field', (field, value, message) => {
    const errors = errorsOf(
      importFlights([makeFlight({ id: 'f1' }), { ...makeFlight({ id: 'f2' }), [field]: value }]),
    );
    expect(errors).toHaveLength(1);
    const expectedId = field === 'id' ? '' : ' (id "f2")';
    expect(errors[0]?.startsWith(`row 2${expectedId}, field ${field}: `)).toBe(true);
    expect(errors[0]).toMatch(message);
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['empty publisher', { publisher: '' }, 'sources[1].publisher', /required/],
    ['no publisher', { title: 'x' }, 'sources[1].publisher', /required/],
    [
      'javascript: URL',
      { publisher: 'a', url: 'javascript:alert(1)' },
      'sources[1].url',
      /scheme "javascript:"/,
    ],
    ['data: URL', { publisher: 'a', url: 'data:text/html,<b>x</b>' }, 'sources[1].url', /scheme "data:"/],
    ['ftp: URL', { publisher: 'a', url: 'ftp://example.org/x' }, 'sources[1].url', /scheme "ftp:"/],
    ['relative URL', { publisher: 'a', url: '/news/1' }, 'sources[1].url', /not an absolute URL/],
    ['broken http URL', { publisher: 'a', url: 'http://exa mple.org' }, 'sources[1].url', /not a valid URL/],
    ['bad published', { publisher: 'a', published: '2023-13-01' }, 'sources[1].published', /not a date/],
  ])('a source with %s is an error', (_name, source, field, message) => {
    const flight = makeFlight({ id: 'f1', sources: [{ publisher: 'ok' }, source as never] });
    const errors = errorsOf(importFlights([flight]));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.startsWith(`row 1 (id "f1"), field ${field.replace('[1]', '[2]')}: `)).toBe(true);
    expect(errors[0]).toMatch(message);
  });

  it('accepts http, https (any case) and times with an offset', () => {
    const flight = makeFlight({
      departureTime: '2023-03-02T09:10:00+03:00',
      arrivalTime: '2023-03-02T09:40:00.5Z',
      sources: [
        { publisher: 'a', url: 'HTTP://example.org' },
        { publisher: 'b', url: 'https://x.org/?q=1' },
      ],
    });
    expect(importFlights([flight]).ok).toBe(true);
  });

  it('normalises codes: airports upper case, icao24 lower case; empty and null text is absent', () => {
    const result = importFlights([
      { ...makeFlight({ id: 'n1' }), origin: 'ubbb', icao24: '0ABC0F', callsign: '', notes: null },
    ]);
    if (!result.ok) throw new Error(result.errors[0]?.message);
    const flight = result.dataset.flights[0] ?? {};
    expect([result.dataset.flights[0]?.origin, result.dataset.flights[0]?.icao24]).toEqual([
      'UBBB',
      '0abc0f',
    ]);
    expect('callsign' in flight || 'notes' in flight).toBe(false);
  });

  it('warns (does not fail) when date is not the UTC date of arrivalTime', () => {
    const flight = makeFlight({ id: 'w1', date: '2023-03-02', arrivalTime: '2023-03-03T01:30:00+03:00' });
    const ok = importFlights([flight]);
    expect(ok.ok).toBe(true);
    expect(warningsOf(ok)).toEqual([]);
    const late = importFlights([{ ...flight, arrivalTime: '2023-03-03T00:30:00Z' }]);
    expect(late.ok).toBe(true);
    expect(warningsOf(late)).toEqual([
      'row 1 (id "w1"), field date: 2023-03-02 differs from the UTC date of arrivalTime (2023-03-03)',
    ]);
  });

  it('a duplicate id is an error on the later row naming the first row', () => {
    const errors = errorsOf(
      importFlights([makeFlight({ id: 'a' }), makeFlight({ id: 'dup' }), makeFlight({ id: 'dup' })]),
    );
    expect(errors).toEqual(['row 3 (id "dup"), field id: duplicate id, first used in row 2']);
  });

  it('an unknown airport is an error naming row and field', () => {
    const errors = errorsOf(importFlights([makeFlight({ id: 'u1', destination: 'ZZZZ' })]));
    expect(errors).toEqual([
      'row 1 (id "u1"), field destination: unknown airport "ZZZZ": not in the file\'s airports nor in the gazetteer',
    ]);
  });

  it("resolves against the file's own airports first, and works without a gazetteer", () => {
    const own = { icao: 'ZZZZ', name: 'Sample Field', lat: 10, lon: 20 };
    const doc = makeJsonDoc([makeFlight({ origin: 'ZZZZ', destination: 'ZZZZ' })], { airports: [own] });
    const result = parseImport(JSON.stringify(doc));
    expect(result.ok && result.dataset.airports).toEqual([own]);
    const missing = parseImport(JSON.stringify(makeJsonDoc([makeFlight({ id: 'g1' })])));
    expect(errorsOf(missing)[0]).toBe(
      'row 1 (id "g1"), field origin: unknown airport "UBBB": not in the file\'s airports (no gazetteer loaded)',
    );
  });

  it('dataset.airports holds every airport the flights use, resolved from the gazetteer', () => {
    const result = importFlights([makeFlight({ origin: 'UBBG', destination: 'LLOV' })]);
    expect(result.ok && result.dataset.airports.map((a) => a.icao)).toEqual(['UBBG', 'LLOV']);
  });
});

describe('all or nothing, and the error list', () => {
  it('one bad flight among good ones loads nothing', () => {
    const result = importFlights([makeFlight(), makeFlight({ date: 'bad' }), makeFlight()]);
    expect(result.ok).toBe(false);
    expect('dataset' in result).toBe(false);
    expect(result.ok === false && result.totalErrors).toBe(1);
  });

  it('lists every error, at most the first 1,000, with the total', () => {
    const flights = Array.from({ length: 1500 }, (_, i) => makeFlight({ id: `e${i}`, date: 'nope' }));
    const result = importFlights(flights);
    if (result.ok) throw new Error('expected failure');
    expect(result.errors).toHaveLength(MAX_LISTED_ISSUES);
    expect(result.totalErrors).toBe(1500);
    expect(result.errors[999]?.message).toMatch(/^row 1000 \(id "e999"\), field date: /);
  });

  it('issues carry row, id and field', () => {
    const result = importFlights([makeFlight(), makeFlight({ id: 'x7', origin: 'QQ' })]);
    expect(result.ok === false && result.errors[0]).toMatchObject({ row: 2, id: 'x7', field: 'origin' });
  });
});

describe('isDateTimeWithOffset (the fast check the validator uses)', () => {
  const pick = (...xs: string[]) => fc.constantFrom(...xs);
  const nearIso = fc
    .tuple(
      pick('2023', '2024', '2100', '2000', '1900', '0000', '0096', '0100', '9999', '20x3', '202'),
      pick('-'),
      pick('01', '02', '04', '12', '00', '13', '1'),
      pick('-'),
      pick('01', '28', '29', '30', '31', '00', '32', '1'),
      pick('T', 't', ' '),
      pick('00', '09', '23', '24', '1'),
      pick(':', '.'),
      pick('00', '59', '60'),
      pick('', ':00', ':59', ':60', ':5'),
      pick('', '.5', '.123456789', '.1234567890', '.', '.x'),
      pick(
        'Z',
        'z',
        '+00:00',
        '-03:30',
        '+18:00',
        '+18:59',
        '+19:00',
        '+03:60',
        '+0300',
        '',
        ' Z',
        'ZZ',
        '+03:00x',
      ),
    )
    .map((parts) => parts.join(''));
  it('agrees with time.ts isIsoDateTimeWithOffset', () => {
    fc.assert(
      fc.property(fc.oneof(nearIso, fc.string({ maxLength: 30 })), (text) => {
        expect(isDateTimeWithOffset(text)).toBe(isIsoDateTimeWithOffset(text));
      }),
      { numRuns: 5000 },
    );
  });

  it.each(['0000-02-29T00:00Z', '0004-02-29T00:00Z', '1900-02-29T00:00Z', '0100-02-29T00:00Z'])(
    'judges the leap day of year %s as time.ts does (proleptic Gregorian)',
    (text) => expect(isDateTimeWithOffset(text)).toBe(isIsoDateTimeWithOffset(text)),
  );

  it.each(['2023-03-02T06:10Z', '2023-03-02T06:10:00+03:00', '2024-02-29T23:59:59.123456789-12:00'])(
    'accepts %s',
    (text) => expect(isDateTimeWithOffset(text)).toBe(true),
  );
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createGazetteer,
  decodeGazetteerEntries,
  decodeGazetteerTable,
  encodeGazetteerTable,
  GAZETTEER_ATTRIBUTION,
  GAZETTEER_COLUMNS,
  isIcaoCode,
  plausibleElevation,
} from '../../src/data/geo';
import {
  builtInAirportCount,
  builtInGazetteer,
  builtInGazetteerEntries,
  gazetteerSource,
} from '../../src/data/geo/builtin-gazetteer';
import type { Airport } from '../../src/data/contract';
import table from '../../data/gazetteer.json';

// The airports table of /work/shared/facts.md (OpenFlights coordinates).
const factsAirports: [string, number, number, string][] = [
  ['LLOV', 29.9403, 34.9358, 'IL'],
  ['LLBG', 32.0114, 34.8867, 'IL'],
  ['LLNV', 31.2083, 35.0123, 'IL'],
  ['LLER', 29.7237, 35.0114, 'IL'],
  ['UBBB', 40.4675, 50.0467, 'AZ'],
  ['UBBG', 40.7377, 46.3176, 'AZ'],
  ['UBBN', 39.1888, 45.4584, 'AZ'],
];

// Hubs opened in recent years, with rough positions to check they are the right airport.
const recentHubs: [string, string, number, number][] = [
  ['LTFM', 'Istanbul Airport (2018)', 41.26, 28.74],
  ['ZBAD', 'Beijing Daxing (2019)', 39.51, 116.41],
  ['EDDB', 'Berlin Brandenburg (2020)', 52.36, 13.51],
  ['ZUTF', 'Chengdu Tianfu (2021)', 30.32, 104.45],
  ['MMSM', 'Felipe Ángeles, Mexico City (2022)', 19.75, -99.0],
  ['VOGA', 'Manohar, Goa (2022)', 15.73, 73.86],
  ['VANM', 'Navi Mumbai (2025)', 18.99, 73.06],
  ['OTHH', 'Hamad, Doha (2014)', 25.26, 51.61],
  ['OMDW', 'Al Maktoum, Dubai (2010)', 24.89, 55.16],
];

describe('builtInGazetteer (data/gazetteer.json)', () => {
  it.each(factsAirports)('resolves %s within 0.1° of facts.md', (icao, lat, lon, country) => {
    const airport = builtInGazetteer.get(icao);
    expect(airport).toBeDefined();
    expect(Math.abs(airport!.lat - lat)).toBeLessThan(0.1);
    expect(Math.abs(airport!.lon - lon)).toBeLessThan(0.1);
    expect(airport!.country).toBe(country);
  });

  it.each(recentHubs)('resolves %s, %s, at its position', (icao, _label, lat, lon) => {
    const airport = builtInGazetteer.get(icao);
    expect(airport).toBeDefined();
    expect(Math.abs(airport!.lat - lat)).toBeLessThan(0.1);
    expect(Math.abs(airport!.lon - lon)).toBeLessThan(0.1);
  });

  it.each(['llov', 'Llov', 'LLOV', 'ltFM'])('looks up %s case-insensitively', (code) => {
    expect(builtInGazetteer.get(code)?.icao).toBe(code.toUpperCase());
  });

  it.each(['XXXX', 'ZZZZ', '', 'LLO', 'LLOVX'])('does not resolve %j', (code) => {
    expect(builtInGazetteer.get(code)).toBeUndefined();
  });

  it('is a compact table of valid, unique, sorted rows with attribution', () => {
    expect(table.columns).toEqual([...GAZETTEER_COLUMNS]);
    expect(table.license).toBe('CC BY 4.0');
    expect(table.source).toMatch(/^airport-data-js \d+\.\d+\.\d+ \(OurAirports data\)/);
    expect(builtInAirportCount).toBe(table.rows.length);
    expect(table.rows.length).toBeGreaterThan(15_000);
    expect(GAZETTEER_ATTRIBUTION).toContain(table.license);
    expect(GAZETTEER_ATTRIBUTION).toContain('airport-data-js');
    expect(GAZETTEER_ATTRIBUTION).toContain(table.source.split(', ')[1] ?? 'no url in the source');
    expect(gazetteerSource).toContain(table.source);
    const codes = table.rows.map((row) => row[0] as string);
    expect(codes.every((code) => /^[A-Z0-9]{4}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
    for (const [, , name, lat, lon] of table.rows) {
      expect(typeof name === 'string' && name.length > 0).toBe(true);
      expect(Math.abs(lat as number)).toBeLessThanOrEqual(90);
      expect(Math.abs(lon as number)).toBeLessThanOrEqual(180);
      // Rounded to 4 decimals.
      expect(Math.round((lat as number) * 1e4) / 1e4).toBe(lat);
    }
  });
});

describe('builtInGazetteerEntries (landing-candidate details)', () => {
  const entry = (icao: string) => builtInGazetteerEntries().find((e) => e.airport.icao === icao);

  it('carries kind, elevation, runway and time zone (Ovda: a small airport with a long runway)', () => {
    expect(entry('LLOV')).toMatchObject({
      kind: 'small',
      elevationFt: 492,
      runwayFt: 9843,
      timeZone: 'Asia/Jerusalem',
    });
    expect(entry('UBBB')).toMatchObject({ kind: 'large', runwayFt: 13123, timeZone: 'Asia/Baku' });
  });

  it('drops an implausible elevation as unknown (the package gives Baku 54,266 ft)', () => {
    expect(entry('UBBB')?.elevationFt).toBeUndefined();
    expect(plausibleElevation(54_266)).toBeUndefined();
    expect(plausibleElevation(14_472)).toBe(14_472);
    expect(plausibleElevation(-1_266)).toBe(-1_266);
  });

  it('keeps heliports and seaplane bases, labelled, so they can be recognised and excluded', () => {
    const kinds = new Map<string, number>();
    for (const e of builtInGazetteerEntries()) kinds.set(e.kind ?? '', (kinds.get(e.kind ?? '') ?? 0) + 1);
    expect(kinds.get('heliport')).toBeGreaterThan(0);
    expect(kinds.get('seaplane')).toBeGreaterThan(0);
    expect(kinds.get('')).toBeUndefined();
  });

  it('get() returns the same plain contract airport, without the details', () => {
    const ovda = entry('LLOV');
    expect(builtInGazetteer.get('LLOV')).toBe(ovda?.airport);
    expect(Object.keys(ovda?.airport ?? {}).sort()).toEqual([
      'country',
      'iata',
      'icao',
      'lat',
      'lon',
      'name',
    ]);
  });

  it('round-trips details through encode/decode, sharing time zones', () => {
    const table = encodeGazetteerTable(
      [
        { airport: { icao: 'AAAA', name: 'A', lat: 1, lon: 2 }, kind: 'heliport', timeZone: 'Europe/Oslo' },
        { airport: { icao: 'BBBB', name: 'B', lat: 3, lon: 4 }, elevationFt: 99_999, runwayFt: 0 },
        {
          airport: { icao: 'CCCC', name: 'C', lat: 5, lon: 6 },
          kind: 'small',
          elevationFt: 492,
          runwayFt: 9843,
          timeZone: 'Europe/Oslo',
        },
      ],
      { source: 's', license: 'l' },
    );
    expect(table.timeZones).toEqual(['Europe/Oslo']);
    expect(decodeGazetteerEntries(table)).toEqual([
      { airport: { icao: 'AAAA', name: 'A', lat: 1, lon: 2 }, kind: 'heliport', timeZone: 'Europe/Oslo' },
      { airport: { icao: 'BBBB', name: 'B', lat: 3, lon: 4 } },
      {
        airport: { icao: 'CCCC', name: 'C', lat: 5, lon: 6 },
        kind: 'small',
        elevationFt: 492,
        runwayFt: 9843,
        timeZone: 'Europe/Oslo',
      },
    ]);
  });
});

describe('createGazetteer', () => {
  const ovda: Airport = {
    icao: 'LLOV',
    iata: 'VDA',
    name: 'Ovda (Uvda)',
    lat: 29.9403,
    lon: 34.9358,
    country: 'IL',
  };
  const custom: Airport = { icao: 'x1y2', name: 'Made-up strip', lat: 1, lon: 2 };

  it('lets a dataset list override the fallback and falls back for the rest', () => {
    const gazetteer = createGazetteer([ovda, custom], builtInGazetteer);
    expect(gazetteer.get('llov')).toBe(ovda);
    expect(gazetteer.get('X1Y2')).toBe(custom);
    expect(gazetteer.get('ubbb')?.name).toBe(builtInGazetteer.get('UBBB')?.name);
    expect(gazetteer.get('QQQQ')).toBeUndefined();
  });

  it('chains more than two levels', () => {
    const middle = createGazetteer([
      { ...ovda, name: 'middle' },
      { ...custom, name: 'middle' },
    ]);
    const top = createGazetteer([{ ...ovda, name: 'top' }], middle);
    expect(top.get('LLOV')?.name).toBe('top');
    expect(top.get('x1y2')?.name).toBe('middle');
  });

  it('without a fallback resolves only its own airports; the last duplicate wins', () => {
    const gazetteer = createGazetteer([ovda, { ...ovda, icao: 'llov', name: 'second' }]);
    expect(gazetteer.get('LLOV')?.name).toBe('second');
    expect(gazetteer.get('UBBB')).toBeUndefined();
  });
});

describe('encodeGazetteerTable / decodeGazetteerTable', () => {
  it.each(['LLOV', 'llov', '00AN', 'ZBAD'])('isIcaoCode(%j) is true', (code) => {
    expect(isIcaoCode(code)).toBe(true);
  });
  it.each(['', 'LLO', 'LLOVX', 'LL-V', 'LL V'])('isIcaoCode(%j) is false', (code) => {
    expect(isIcaoCode(code)).toBe(false);
  });

  it('drops invalid codes, bad coordinates, ZZZZ and duplicates; upper-cases and rounds', () => {
    const encoded = encodeGazetteerTable(
      [
        { icao: 'lhkk', name: ' Kiskunlachaza ', lat: 47.1730123, lon: 19.07944, country: 'HU' },
        { icao: 'LHKK', name: 'duplicate', lat: 0, lon: 0 },
        { icao: 'US-1234', name: 'not ICAO', lat: 0, lon: 0 },
        { icao: 'ZZZZ', name: 'placeholder', lat: 49, lon: 6 },
        { icao: 'ABCD', name: 'no position', lat: Number.NaN, lon: 0 },
        { icao: 'ABCE', name: 'off the globe', lat: 91, lon: 0 },
        { icao: 'AAAA', iata: 'AAA', name: 'first', lat: -1.23456, lon: 179.99999 },
      ],
      { source: 's', license: 'l' },
    );
    expect(encoded.rows).toEqual([
      ['AAAA', 'AAA', 'first', -1.2346, 180, '', '', '', '', ''],
      ['LHKK', '', 'Kiskunlachaza', 47.173, 19.0794, 'HU', '', '', '', ''],
    ]);
  });

  it('decodes columns by name, whatever their order', () => {
    const airports = decodeGazetteerTable({
      source: 's',
      license: 'l',
      columns: ['name', 'lon', 'lat', 'icao', 'extra'],
      rows: [['Ovda', 34.9, 29.9, 'LLOV', 'x']],
    });
    expect(airports).toEqual([{ icao: 'LLOV', name: 'Ovda', lat: 29.9, lon: 34.9 }]);
    expect(() => decodeGazetteerTable({ source: 's', license: 'l', columns: ['icao'], rows: [] })).toThrow(
      /name/,
    );
  });

  it('round-trips any valid airport list (property)', () => {
    const airport = fc.record({
      icao: fc.stringMatching(/^[A-Z0-9]{4}$/).filter((code) => code !== 'ZZZZ'),
      iata: fc.option(fc.stringMatching(/^[A-Z]{3}$/), { nil: undefined }),
      name: fc.string({ minLength: 1, maxLength: 30 }).filter((name) => name.trim() === name && name !== ''),
      lat: fc.integer({ min: -900_000, max: 900_000 }).map((n) => n / 1e4),
      lon: fc.integer({ min: -1_800_000, max: 1_800_000 }).map((n) => n / 1e4),
      country: fc.option(fc.stringMatching(/^[A-Z]{2}$/), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(airport, { selector: (a) => a.icao, maxLength: 30 }), (airports) => {
        const decoded = decodeGazetteerTable(encodeGazetteerTable(airports, { source: 's', license: 'l' }));
        const expected = [...airports]
          .sort((a, b) => (a.icao < b.icao ? -1 : 1))
          .map((a) => JSON.parse(JSON.stringify(a)) as Airport);
        expect(decoded).toEqual(expected);
      }),
    );
  });
});

import fc from 'fast-check';
import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixture, failed, ok, run, utf8 } from './helpers';
import { NOT_A_TRACK_FORMAT, TrackImport } from '../../../src/data/tracks';
import { builtInGazetteerEntries } from '../../../src/data/geo/builtin-gazetteer';

const one = (name: string, bytes = fixture(name)) => ok(run([{ name, bytes }]));

describe('readsb / ADS-B Exchange trace_full JSON', () => {
  const name = 'readsb-trace_full_fa1e07.json';

  it('reads the aircraft, "ground" altitudes, the padded callsign, and skips and counts rows', () => {
    const { dataset, warnings, format } = one(name);
    expect(format).toBe('readsb');
    expect(dataset.flights).toHaveLength(1);
    const [flight] = dataset.flights;
    expect(flight).toMatchObject({
      id: 'adsb-fa1e07-1700000000',
      icao24: 'fa1e07',
      registration: '4K-SAMPLE7',
      aircraftType: 'IL76',
      operator: 'Sample Cargo (fixture)',
      callsign: 'SMPL07',
      origin: 'UBBB',
      departureObserved: true,
      arrivalObserved: false,
      confidence: 'inferred',
      departureTime: '2023-11-14T22:14:20Z',
      date: '2023-11-14',
      sources: [{ publisher: 'ADS-B Exchange', title: name }],
    });
    expect(flight?.arrivalTime).toBeUndefined();
    expect(flight?.notes).toMatch(/^last seen 22:28Z at 15,000 ft, \d+ km [NESW]{1,2} of [A-Z0-9]{4}\.$/);
    const points = dataset.tracks?.[0]?.points ?? [];
    // 10 rows: one without a position, one stale.
    expect(points).toHaveLength(8);
    expect(points[0]).toEqual([1700000000, 40.463, 50.04, null, true]);
    expect(points[3]).toEqual([1700000090, 40.464, 50.015, 1200, false]);
    expect(warnings.map((w) => w.message)).toEqual([
      `${name}: 1 row with no position skipped`,
      `${name}: 1 stale position (readsb flag 1) skipped`,
    ]);
    expect(dataset.airports.map((a) => a.icao)).toContain('UBBB');
  });

  it.each([
    ['name.json', 'gzip served under .json'],
    ['name.json.gz', '.json.gz'],
    ['trace', 'no extension at all'],
  ])('detects gzip by its magic bytes (%s: %s)', (fileName) => {
    const plain = one(name).dataset;
    const zipped = one(fileName, gzipSync(fixture(name)));
    expect(zipped.dataset.flights.map((f) => ({ ...f, sources: [] }))).toEqual(
      plain.flights.map((f) => ({ ...f, sources: [] })),
    );
    expect(zipped.dataset.tracks?.[0]?.points).toEqual(plain.tracks?.[0]?.points);
  });

  it('names the row and field of a malformed trace row, and imports nothing', () => {
    const doc = JSON.parse(new TextDecoder().decode(fixture(name))) as { trace: unknown[][] };
    doc.trace[3]![3] = 'high';
    doc.trace[4]![1] = 95;
    const errors = failed(run([{ name: 'bad.json', bytes: utf8(JSON.stringify(doc)) }]));
    expect(errors.map((e) => e.message)).toEqual([
      'row 4 of bad.json, field alt: must be feet or "ground", not "high"',
      'row 5 of bad.json, field lat: latitude must be a number from -90 to 90',
    ]);
  });

  it('refuses a trace whose icao is not a Mode-S address', () => {
    const text = JSON.stringify({ icao: 'xyz', timestamp: 1, trace: [] });
    expect(failed(run([{ name: 't.json', bytes: utf8(text) }]))[0]?.message).toBe(
      't.json: field icao: must be 6 hex digits, not "xyz"',
    );
  });
});

describe('OpenSky state vectors CSV', () => {
  const name = 'opensky-states.csv';

  it('reads any column order, metres, true/false, padded callsigns, several aircraft', () => {
    const { dataset, warnings, format } = one(name);
    expect(format).toBe('opensky-states');
    expect(dataset.flights.map((f) => [f.id, f.callsign, f.departureObserved, f.arrivalObserved])).toEqual([
      ['adsb-fa1e08-1700100000', 'SMPL08', true, false],
      ['adsb-fa1e09-1700100000', 'SMPL09', false, false],
    ]);
    expect(dataset.flights[0]).toMatchObject({
      origin: 'LLOV',
      sources: [{ publisher: 'OpenSky Network', title: name }],
    });
    const first = dataset.tracks?.find((t) => t.flightId === 'adsb-fa1e08-1700100000')?.points;
    // 149.35 m is 490 ft; a missing baroaltitude is null.
    expect(first?.[0]).toEqual([1700100000, 29.955, 34.93, 490, true]);
    const second = dataset.tracks?.find((t) => t.flightId === 'adsb-fa1e09-1700100000')?.points;
    expect(second?.[0]?.[3]).toBe(30000);
    expect(second?.[1]?.[3]).toBeNull();
    expect(warnings.map((w) => w.message)).toEqual([`${name}: 1 row with no position skipped`]);
  });

  it('names the spreadsheet row and column of malformed cells', () => {
    const text = new TextDecoder()
      .decode(fixture(name))
      .replace('fa1e09,1700100180,35.5,30.7,9144.0,false', 'fa1e09,1700100180,35.5,30.7,lots,maybe')
      .replace('fa1e08,1700100240,', 'fa1e8,1700100240,');
    const errors = failed(run([{ name, bytes: utf8(text) }]));
    expect(errors.map((e) => e.message)).toEqual([
      `row 9 of ${name}, field baroaltitude: must be metres, not "lots"`,
      `row 10 of ${name}, field icao24: must be 6 hex digits, not "fa1e8"`,
    ]);
  });

  it('reads a time cell only as plain Unix seconds: hex, exponent, sign or decimals are errors', () => {
    const good = new TextDecoder().decode(fixture(name));
    for (const cell of ['0x6553f1d4', '1.7001e9', '+1700100180', '1700100180.0', ' 1700100180']) {
      const text = good.replace('fa1e09,1700100180,', `fa1e09,${cell},`);
      expect(text).not.toBe(good);
      const errors = failed(run([{ name, bytes: utf8(text) }]));
      expect(errors.map((e) => e.message)).toEqual([
        `row 9 of ${name}, field time: must be Unix seconds (digits), not "${cell}"`,
      ]);
    }
  });

  it('streams: any chunking of the bytes gives the same result, and progress reaches 1', () => {
    const bytes = fixture(name);
    const whole = one(name).dataset;
    for (const size of [1, 7, 64, 333]) {
      const fractions: number[] = [];
      const session = new TrackImport({
        airports: builtInGazetteerEntries(),
        onProgress: (f) => fractions.push(f),
      });
      const file = session.file(name, bytes.length);
      for (let at = 0; at < bytes.length; at += size) {
        file.pushBytes(bytes.subarray(at, at + size));
        session.progress();
      }
      file.finish();
      expect(ok(session.finish()).dataset).toEqual(whole);
      expect(fractions.at(-1)).toBe(1);
      expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    }
  });
});

describe('OpenSky /tracks/all JSON', () => {
  it('reads metres and on_ground, and sees the landing at Ganja', () => {
    const { dataset, format, warnings } = one('opensky-tracks-all.json');
    expect(format).toBe('opensky-tracks');
    expect(dataset.flights[0]).toMatchObject({
      id: 'adsb-fa1e0a-1700200000',
      callsign: 'SMPL10',
      destination: 'UBBG',
      arrivalObserved: true,
      departureObserved: false,
      arrivalTime: '2023-11-17T06:05:00Z',
    });
    expect(dataset.tracks?.[0]?.points[0]).toEqual([1700200000, 41.2, 45.5, 22999, false]);
    expect(warnings).toHaveLength(1);
  });
});

describe('Flightradar24 CSV', () => {
  it('reads "lat,lon" in one cell and feet, keys the aircraft by callsign', () => {
    const { dataset, format, warnings } = one('fr24-export.csv');
    expect(format).toBe('fr24');
    expect(dataset.flights[0]).toMatchObject({
      id: 'adsb-cs-smpl11-1700300000',
      origin: 'LLOV',
      departureObserved: true,
      arrivalObserved: false,
      sources: [{ publisher: 'Flightradar24', title: 'fr24-export.csv' }],
    });
    expect(dataset.flights[0]?.icao24).toBeUndefined();
    expect(dataset.tracks?.[0]?.points[3]).toEqual([1700300180, 29.995, 34.94, 1500, false]);
    expect(warnings.map((w) => w.message)).toEqual(['fr24-export.csv: 1 row with no position skipped']);
  });
});

describe('Flightradar24 CSV time cells', () => {
  it('are plain Unix seconds or an error naming row and field', () => {
    const good = new TextDecoder().decode(fixture('fr24-export.csv'));
    const text = good.replace('1700300180,', '1.70030018e9,');
    expect(text).not.toBe(good);
    const errors = failed(run([{ name: 'fr24-export.csv', bytes: utf8(text) }]));
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^row \d+ of fr24-export.csv, field Timestamp: must be Unix seconds \(digits\), not "1.70030018e9"$/,
      ),
    ]);
  });
});

describe('KML', () => {
  it('reads a gx:Track in metres and sees the low approach to LLBG', () => {
    const { dataset, format } = one('gx-track.kml');
    expect(format).toBe('kml');
    expect(dataset.flights[0]).toMatchObject({
      destination: 'LLBG',
      arrivalObserved: true,
      departureObserved: false,
    });
    expect(dataset.tracks?.[0]?.points[0]).toEqual([
      Date.parse('2023-11-19T10:00:00Z') / 1000,
      33,
      36,
      29528,
      null,
    ]);
  });

  it('reads timestamped points along a route and ignores the untimed LineString', () => {
    const { dataset } = one('timestamped-points.kml');
    expect(dataset.tracks?.[0]?.points).toHaveLength(4);
    expect(dataset.flights[0]).toMatchObject({ origin: 'UBBB', departureObserved: true });
  });

  it('refuses a KML without timed positions', () => {
    const text =
      '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><Point><coordinates>1,2</coordinates></Point></Placemark></Document></kml>';
    expect(failed(run([{ name: 'x.kml', bytes: utf8(text) }]))[0]?.message).toMatch(
      /^x\.kml: no timed positions/,
    );
  });
});

describe('bytes and formats', () => {
  it.each([
    ['notes.txt', 'hello, world\nsecond line\n'],
    ['flights.json', '{"schemaVersion": 2, "flights": []}'],
    ['page.html', '<html><body>hi</body></html>'],
  ])('refuses %s as not a format this app reads', (name, text) => {
    expect(failed(run([{ name, bytes: utf8(text) }]))[0]?.message).toContain(NOT_A_TRACK_FORMAT);
  });

  it('refuses an empty file', () => {
    expect(failed(run([{ name: 'e.csv', bytes: new Uint8Array(0) }]))[0]?.message).toBe(
      'e.csv: the file is empty',
    );
  });

  it('decodes UTF-16 with a BOM and UTF-8 with a BOM', () => {
    const text = new TextDecoder().decode(fixture('fr24-export.csv'));
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++)
      le.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    const bom8 = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    const plain = one('fr24-export.csv').dataset.tracks;
    expect(one('fr24-export.csv', le).dataset.tracks).toEqual(plain);
    expect(one('fr24-export.csv', bom8).dataset.tracks).toEqual(plain);
  });

  it('refuses bytes that are not UTF-8 instead of storing U+FFFD', () => {
    const bytes = new Uint8Array([...utf8(new TextDecoder().decode(fixture('fr24-export.csv'))), 0xff, 0x0a]);
    expect(failed(run([{ name: 'f.csv', bytes }]))[0]?.message).toBe(
      'f.csv: the file is not valid UTF-8 text',
    );
  });

  it('refuses truncated gzip', () => {
    const zipped = gzipSync(fixture('opensky-tracks-all.json'));
    const errors = failed(run([{ name: 'cut.json', bytes: zipped.subarray(0, zipped.length - 20) }]));
    expect(errors[0]?.message).toMatch(/^cut\.json: the file starts like gzip but does not decompress/);
  });

  it('is all or nothing over several files, and merges formats into one dataset', () => {
    const good = { name: 'fr24-export.csv', bytes: fixture('fr24-export.csv') };
    const bad = { name: 'bad.csv', bytes: utf8('time,icao24,lat,lon\n1700000000,fa1e01,91,10\n') };
    expect(failed(run([good, bad])).map((e) => e.message)).toEqual([
      'row 2 of bad.csv, field lat: latitude must be a number from -90 to 90',
    ]);
    const mixed = ok(run([good, { name: 'tracks.json', bytes: fixture('opensky-tracks-all.json') }]));
    expect(mixed.format).toBe('tracks');
    expect(mixed.dataset.flights).toHaveLength(2);
  });
});

describe('any input', () => {
  it('gets a result, never an exception (property)', () => {
    const starts = [
      '',
      '{"icao":"fa1e01","timestamp":1,"trace":[',
      '<kml>',
      'time,icao24,lat,lon\n',
      'Timestamp,Position,Altitude\n',
      '\x1f\x8b',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...starts),
        fc.uint8Array({ maxLength: 200 }),
        fc.string({ maxLength: 200 }),
        (start, noise, text) => {
          const bytes = new Uint8Array([...utf8(start), ...(noise.length % 2 ? noise : utf8(text))]);
          const result = run([{ name: 'any', bytes }]);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundingBox, openSkyQuery, type OpenSkyView } from '../../src/data/export';

// Coordinates rounded from the airports' published positions; icao24s are made-up test values.
const view: OpenSkyView = {
  from: '2024-03-05',
  to: '2024-03-06',
  airports: [
    { icao: 'UBBB', lat: 40.4675, lon: 50.0467 },
    { icao: 'LLOV', lat: 29.94, lon: 34.936 },
  ],
  icao24s: ['ABC123', '00beef', 'abc123'],
};

describe('openSkyQuery', () => {
  it('writes the state-vector SQL for a known view exactly', () => {
    const q = openSkyQuery(view);
    if (!q.ok) throw new Error(q.errors.join('; '));
    // 2024-03-05T00:00Z = 1709596800; 00:00Z after 2024-03-06 = 1709769600.
    expect(q.stateVectorsSql).toBe(
      [
        '-- Airlift: OpenSky state vectors 2024-03-05 to 2024-03-06 (UTC), one point per 10 s,',
        '-- within 1° of LLOV, UBBB. Save the result as CSV and drop it on Airlift.',
        'SELECT time, icao24, lat, lon, velocity, heading, vertrate, callsign, onground, alert, spi, squawk,',
        '  baroaltitude, geoaltitude, lastposupdate, lastcontact, hour',
        'FROM minio.osky.state_vectors_data4',
        'WHERE hour >= 1709596800 AND hour < 1709769600',
        '  AND time >= 1709596800 AND time < 1709769600',
        '  AND time % 10 = 0',
        '  AND lat BETWEEN 28.94 AND 41.4675',
        '  AND lon BETWEEN 33.936 AND 51.0467',
        "  AND icao24 IN ('00beef', 'abc123')",
        'ORDER BY icao24, time;',
      ].join('\n'),
    );
  });

  it('writes the flights_data4 SQL on the day partition, a day early for flights crossing midnight', () => {
    const q = openSkyQuery(view, { resampleS: 30, marginDeg: 0.5 });
    if (!q.ok) throw new Error(q.errors.join('; '));
    expect(q.flightsSql).toBe(
      [
        '-- Airlift: OpenSky flights landing 2024-03-05 to 2024-03-06 (UTC) at or from LLOV, UBBB.',
        'SELECT icao24, firstseen, estdepartureairport, lastseen, estarrivalairport, callsign, day',
        'FROM minio.osky.flights_data4',
        'WHERE day >= 1709510400 AND day < 1709769600',
        '  AND lastseen >= 1709596800 AND lastseen < 1709769600',
        "  AND (estdepartureairport IN ('LLOV', 'UBBB') OR estarrivalairport IN ('LLOV', 'UBBB'))",
        "  AND icao24 IN ('00beef', 'abc123')",
        'ORDER BY firstseen;',
      ].join('\n'),
    );
    expect(q.stateVectorsSql).toContain('  AND time % 30 = 0\n');
    expect(q.stateVectorsSql).toContain('  AND lat BETWEEN 29.44 AND 40.9675\n');
    expect(q.stateVectorsSql).toContain('  AND lon BETWEEN 34.436 AND 50.5467\n');
  });

  it('leaves out the aircraft list when no aircraft is shown, and crosses 180° the short way', () => {
    const q = openSkyQuery({
      ...view,
      airports: [
        { icao: 'NZAA', lat: -37.0, lon: 174.8 },
        { icao: 'NFFN', lat: -17.8, lon: 177.4 },
        { icao: 'NSFA', lat: -13.8, lon: -172.0 },
      ],
      icao24s: [],
    });
    if (!q.ok) throw new Error(q.errors.join('; '));
    expect(q.stateVectorsSql).toContain('  AND (lon >= 173.8 OR lon <= -171)\n');
    expect(q.stateVectorsSql).not.toContain('icao24 IN');
    expect(q.flightsSql).not.toContain('icao24 IN');
  });

  it('names every bad value', () => {
    const q = openSkyQuery(
      {
        from: '2024-02-30',
        to: '2024-03-01',
        airports: [{ icao: 'ubbb', lat: 95, lon: 0 }],
        icao24s: ['12345'],
      },
      { resampleS: 0.5, marginDeg: 20 },
    );
    expect(q.ok).toBe(false);
    if (q.ok) return;
    expect(q.errors).toEqual([
      'resample: 0.5 is not a whole number of seconds from 1 to 3600',
      'margin: 20 is not a number of degrees from 0 to 10',
      'from: "2024-02-30" is not a YYYY-MM-DD date',
      'airport 1: "ubbb" is not a 4-character ICAO code',
      'airport 1: latitude/longitude out of range',
      'icao24 1: "12345" is not 6 hexadecimal digits',
    ]);
    const reversed = openSkyQuery({ ...view, from: '2024-03-07' });
    expect(reversed).toEqual({ ok: false, errors: ['from 2024-03-07 is after to 2024-03-06'] });
    expect(openSkyQuery({ ...view, airports: [] })).toEqual({
      ok: false,
      errors: ['airports: the view has no airports'],
    });
  });

  // Text that is not exactly the validated shape: anything with a character outside the allowed set.
  const hostile = fc
    .tuple(
      fc.string({ maxLength: 6 }),
      fc.constantFrom("'", '"', ';', '--', '\n', ' ', ')', '/*', '\\'),
      fc.string({ maxLength: 6 }),
    )
    .map(([a, bad, b]) => a + bad + b);

  it('rejects hostile icao24, airport and date text: it never reaches the SQL (property)', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom('icao24', 'airport', 'from', 'to'), (text, field) => {
        const v: OpenSkyView = {
          ...view,
          airports: field === 'airport' ? [...view.airports, { icao: text, lat: 0, lon: 0 }] : view.airports,
          icao24s: field === 'icao24' ? [...view.icao24s, text] : view.icao24s,
          from: field === 'from' ? text : view.from,
          to: field === 'to' ? text : view.to,
        };
        const q = openSkyQuery(v);
        expect(q.ok).toBe(false);
        if (!q.ok) expect(q.errors.length).toBeGreaterThan(0);
      }),
    );
  });

  it('every accepted value appears only in its validated form (property)', () => {
    const hex = fc.stringMatching(/^[0-9a-fA-F]{6}$/);
    const code = fc.stringMatching(/^[A-Z0-9]{4}$/);
    fc.assert(
      fc.property(
        fc.array(hex, { maxLength: 5 }),
        fc.array(code, { minLength: 1, maxLength: 4 }),
        (hexes, codes) => {
          const q = openSkyQuery({
            ...view,
            icao24s: hexes,
            airports: codes.map((icao) => ({ icao, lat: 10, lon: 20 })),
          });
          if (!q.ok) throw new Error(q.errors.join('; '));
          const sql = q.stateVectorsSql + q.flightsSql;
          // Only the quotes the writer puts around validated codes: each quoted literal is a code or a hex.
          for (const m of sql.matchAll(/'([^']*)'/g))
            expect(/^([A-Z0-9]{4}|[0-9a-f]{6})$/.test(m[1] ?? '')).toBe(true);
          for (const h of hexes) expect(sql).toContain(`'${h.toLowerCase()}'`);
        },
      ),
    );
  });
});

describe('boundingBox', () => {
  it('holds every point and is no wider than the naive smallest arc (property)', () => {
    const pt = fc.record({
      lat: fc.double({ min: -60, max: 60, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(pt, { minLength: 1, maxLength: 8 }), (pts) => {
        const box = boundingBox(pts, 0);
        const inLon = (lon: number) =>
          box.west <= box.east
            ? lon >= box.west - 1e-9 && lon <= box.east + 1e-9
            : lon >= box.west - 1e-9 || lon <= box.east + 1e-9;
        for (const p of pts) {
          expect(p.lat).toBeGreaterThanOrEqual(box.south);
          expect(p.lat).toBeLessThanOrEqual(box.north);
          expect(inLon(p.lon)).toBe(true);
        }
        // Naive oracle: try each point as the west edge; the narrowest arc eastwards holding all.
        let best = 360;
        for (const w of pts)
          best = Math.min(best, Math.max(...pts.map((p) => (((p.lon - w.lon) % 360) + 360) % 360)));
        const width = (((box.east - box.west) % 360) + 360) % 360;
        expect(width).toBeCloseTo(best, 6);
      }),
    );
  });
});

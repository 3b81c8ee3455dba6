// The airport rules on constructed cases, with a small made-up gazetteer (fictional codes XA..).
import { describe, expect, it } from 'vitest';
import { failed, ok, run, utf8 } from './helpers';
import { exclusion, LandingCandidates } from '../../../src/data/tracks';
import type { GazetteerEntry } from '../../../src/data/geo';

const KM_LAT = 1 / 111.195; // degrees of latitude per km
const entry = (
  icao: string,
  lat: number,
  lon: number,
  more: Partial<GazetteerEntry> = {},
): GazetteerEntry => ({
  airport: { icao, name: `Field ${icao}`, lat, lon },
  ...more,
});
const FIELD = entry('XAAA', 30, 40, { kind: 'medium', elevationFt: 0, runwayFt: 9000 });
const ORIGIN = entry('XORG', 33, 40, { kind: 'large', elevationFt: 0, runwayFt: 10000 });

type Row = [dt: number, lat: number, lon: number, altFt: number | null, ground: boolean];
/** A state-vector CSV of one aircraft leaving XORG on the ground then flying `rows`. */
function csv(rows: Row[]): Uint8Array {
  const depart: Row[] = [
    [0, 33, 40, 0, true],
    [60, 32.999, 40, 0, true],
    [120, 32.98, 40, 1500, false],
    [240, 32.9, 40, 6000, false],
  ];
  const lines = ['time,icao24,lat,lon,baroaltitude,onground,callsign'];
  for (const [dt, lat, lon, alt, ground] of [...depart, ...rows]) {
    lines.push(
      `${1_700_000_000 + dt},fa1e01,${lat},${lon},${alt === null ? '' : alt / 3.28084},${ground},SMPL01  `,
    );
  }
  return utf8(`${lines.join('\n')}\n`);
}
const flightOf = (rows: Row[], airports: GazetteerEntry[]) => {
  const { dataset } = ok(run([{ name: 'case.csv', bytes: csv(rows) }], { airports }));
  expect(dataset.flights).toHaveLength(1);
  return dataset.flights[0]!;
};

describe('arrival airport rules', () => {
  it('a trace ending airborne far from any airport: kept, inferred, with where it was last seen', () => {
    // Last seen heading south over lat 20: XORG is 1,445 km behind, XFAR 2,002 km ahead.
    const far = entry('XFAR', 2, 40, { kind: 'large' });
    const flight = flightOf([[7200, 20, 40, 30000, false]], [ORIGIN, far]);
    expect(flight).toMatchObject({
      destination: 'XFAR',
      arrivalObserved: false,
      departureObserved: true,
      confidence: 'inferred',
    });
    expect(flight.arrivalTime).toBeUndefined();
    expect(flight.notes).toBe('last seen 00:13Z at 30,000 ft, 2,002 km N of XFAR.');
    expect(flight.date).toBe('2023-11-15');
  });

  it('ending at 800 ft 4 km from the runway: the arrival is observed, and confirmed with the departure', () => {
    const flight = flightOf([[3600, 30 + 4 * KM_LAT, 40, 800, false]], [ORIGIN, FIELD]);
    expect(flight).toMatchObject({
      destination: 'XAAA',
      arrivalObserved: true,
      confidence: 'confirmed',
      arrivalTime: '2023-11-14T23:13:20Z',
    });
    expect(flight.notes).toBeUndefined();
  });

  it('800 ft 4 km from a field 1,500 ft high is below the field: observed; at 3,000 ft above it is not', () => {
    const high = { ...FIELD, elevationFt: 1500 };
    expect(flightOf([[3600, 30 + 4 * KM_LAT, 40, 2300, false]], [ORIGIN, high]).arrivalObserved).toBe(true);
    expect(flightOf([[3600, 30 + 4 * KM_LAT, 40, 4600, false]], [ORIGIN, high]).arrivalObserved).toBe(false);
  });

  it('low between two fields that both fit: not observed (no single airport fits)', () => {
    const other = entry('XBBB', 30 + 8 * KM_LAT, 40, { kind: 'small', runwayFt: 6000 });
    const flight = flightOf([[3600, 30 + 4 * KM_LAT, 40, 800, false]], [ORIGIN, FIELD, other]);
    expect(flight.arrivalObserved).toBe(false);
    expect(flight.notes).toMatch(/^last seen 23:13Z at 800 ft, 4 km N of XAAA\.$/);
  });

  it.each([
    ['a heliport', { kind: 'heliport' as const }],
    ['a seaplane base', { kind: 'seaplane' as const }],
    ['a closed field', { kind: 'closed' as const }],
    ['a 2,000 ft strip', { kind: 'small' as const, runwayFt: 2000 }],
  ])('on the ground beside %s closer than the airport: the airport', (_label, more) => {
    const near = entry('XHEL', 30 + 3.5 * KM_LAT, 40, more);
    expect(exclusion(near)).toBeDefined();
    const flight = flightOf(
      [
        [3600, 30 + 4 * KM_LAT, 40, 0, true],
        [3660, 30 + 4 * KM_LAT, 40, 0, true],
      ],
      [ORIGIN, FIELD, near],
    );
    expect(flight).toMatchObject({ destination: 'XAAA', arrivalObserved: true });
  });

  it('on the ground 8 km from the only field: not at it (inferred)', () => {
    const flight = flightOf([[3600, 30 + 8 * KM_LAT, 40, 0, true]], [ORIGIN, FIELD]);
    expect(flight).toMatchObject({ destination: 'XAAA', arrivalObserved: false });
    expect(flight.notes).toContain('on the ground, 8 km N of XAAA');
  });

  it('an unobserved arrival prefers the field ahead over a nearer one behind', () => {
    // Flying south at 10,000 ft: XBHD is 20 km behind (north), XAAA 60 km ahead.
    const behind = entry('XBHD', 30.5 + 20 * KM_LAT, 40, { kind: 'large' });
    const ahead = entry('XAHD', 30.5 - 60 * KM_LAT, 40, { kind: 'large' });
    const flight = flightOf(
      [
        [1800, 31, 40, 14000, false],
        [2100, 30.5, 40, 10000, false],
      ],
      [ORIGIN, behind, ahead],
    );
    expect(flight.destination).toBe('XAHD');
  });

  it('with no airports at all the import fails with a message, not a made-up code', () => {
    expect(
      failed(run([{ name: 'case.csv', bytes: csv([[3600, 30, 40, 800, false]]) }], { airports: [] }))[0]
        ?.message,
    ).toMatch(/airport table is empty/);
  });
});

describe('LandingCandidates', () => {
  it('finds the same nearest candidate as a naive scan', () => {
    const entries = Array.from({ length: 300 }, (_, i) =>
      entry(`X${String(i).padStart(3, '0')}`, ((i * 37) % 170) - 85, ((i * 91) % 350) - 175, {
        kind: i % 7 === 0 ? 'heliport' : 'small',
      }),
    );
    const index = new LandingCandidates(entries);
    const usable = entries.filter((e) => exclusion(e) === undefined);
    expect(index.size).toBe(usable.length);
    const r = Math.PI / 180;
    const gc = (a: number, b: number, c: number, d: number) =>
      Math.acos(
        Math.min(
          1,
          Math.sin(a * r) * Math.sin(c * r) + Math.cos(a * r) * Math.cos(c * r) * Math.cos((d - b) * r),
        ),
      );
    for (let q = 0; q < 50; q++) {
      const lat = ((q * 53) % 160) - 80;
      const lon = ((q * 131) % 340) - 170;
      const naive = [...usable].sort(
        (x, y) => gc(lat, lon, x.airport.lat, x.airport.lon) - gc(lat, lon, y.airport.lat, y.airport.lon),
      )[0];
      expect(index.nearest(lat, lon)?.entry).toBe(naive);
    }
  });
});

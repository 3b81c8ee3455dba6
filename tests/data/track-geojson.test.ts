import fc from 'fast-check';
import type { FeatureCollection, MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Flight, Track, TrackPoint } from '../../src/data/contract';
import { tracksToGeoJson } from '../../src/data/export';
import { trackGaps } from '../../src/data/tracks';
import { T0, trackPointsArb } from './tracks/track-arbitraries';

// Made-up test flight (not a real observation).
const flight = (id: string, extra: Partial<Flight> = {}): Flight => ({
  id,
  date: '2024-03-05',
  origin: 'UBBB',
  destination: 'LLOV',
  confidence: 'inferred',
  sources: [{ publisher: 'Test' }],
  callsign: 'TEST01',
  icao24: 'abc123',
  departureObserved: true,
  arrivalObserved: false,
  ...extra,
});
const track = (flightId: string, points: TrackPoint[]): Track => ({
  flightId,
  source: { publisher: 'ADS-B Exchange', title: 'trace_full_abc123.json' },
  points,
});

const parse = (text: string) => JSON.parse(text) as FeatureCollection<MultiLineString>;

describe('tracksToGeoJson', () => {
  it('writes a Feature per flight: MultiLineString split at gaps, [lon, lat], times and altitudes per line', () => {
    const points: TrackPoint[] = [
      [T0, 40.5, 50.05, 1000, false],
      [T0 + 60, 40.4, 49.9, null, null],
      [T0 + 60 + 3120, 31.2, 35.1, 20_000, false],
      [T0 + 3240, 31.0, 35.0, 0, true],
    ];
    const out = parse(
      tracksToGeoJson(
        [track('f1', points), track('empty', []), track('f2', points.slice(0, 1))],
        new Map([['f1', flight('f1')]]),
      ),
    );
    expect(out.type).toBe('FeatureCollection');
    expect(out.features.map((f) => f.properties?.flightId)).toEqual(['f1', 'f2']);
    const [f1, f2] = out.features;
    expect(f1?.geometry).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [50.05, 40.5],
          [49.9, 40.4],
        ],
        [
          [35.1, 31.2],
          [35, 31],
        ],
      ],
    });
    expect(f1?.properties).toEqual({
      kind: 'track',
      flightId: 'f1',
      origin: 'UBBB',
      destination: 'LLOV',
      callsign: 'TEST01',
      registration: null,
      icao24: 'abc123',
      source: 'ADS-B Exchange',
      sourceTitle: 'trace_full_abc123.json',
      sourceUrl: null,
      departureObserved: true,
      arrivalObserved: false,
      synthetic: false,
      syntheticData: 'none',
      timeUnit: 'unix-seconds-utc',
      times: [
        [T0, T0 + 60],
        [T0 + 3180, T0 + 3240],
      ],
      altitudesFt: [
        [1000, null],
        [20_000, 0],
      ],
    });
    // A lone point is a line of that position twice (a LineString needs two).
    expect(f2?.geometry.coordinates).toEqual([
      [
        [50.05, 40.5],
        [50.05, 40.5],
      ],
    ]);
    expect(f2?.properties?.times).toEqual([[T0, T0]]);
    expect(f2?.properties?.origin).toBeNull();
  });

  it('flags synthetic flights, and every track of a synthetic dataset', () => {
    const t = [track('s1', [[T0, 1, 2, null, null]]), track('r1', [[T0, 1, 2, null, null]])];
    const flights = new Map([
      ['s1', flight('s1', { confidence: 'synthetic' })],
      ['r1', flight('r1')],
    ]);
    expect(parse(tracksToGeoJson(t, flights)).features.map((f) => f.properties?.synthetic)).toEqual([
      true,
      false,
    ]);
    const all = parse(tracksToGeoJson(t, flights, { datasetSynthetic: true }));
    expect(all.features.map((f) => f.properties?.synthetic)).toEqual([true, true]);
  });

  it('lines concatenated are the points in order, cut exactly at the gaps (property)', () => {
    fc.assert(
      fc.property(
        trackPointsArb.filter((p) => p.length > 0),
        (points) => {
          const [feature] = parse(tracksToGeoJson([track('p', points)], new Map())).features;
          const lines = feature?.geometry.coordinates ?? [];
          const times = (feature?.properties?.times ?? []) as number[][];
          const alts = (feature?.properties?.altitudesFt ?? []) as (number | null)[][];
          // Oracle: a naive cut wherever consecutive points are more than 10 min apart.
          const naive: TrackPoint[][] = [[]];
          points.forEach((p, i) => {
            const prev = points[i - 1];
            if (prev && p[0] - prev[0] > 600) naive.push([]);
            naive[naive.length - 1]?.push(p);
          });
          expect(lines.length).toBe(naive.length);
          expect(lines.length).toBe(trackGaps(points).length + 1);
          naive.forEach((run, i) => {
            // A lone point is written twice; everything else exactly once.
            const expected = run.length === 1 ? [run[0]!, run[0]!] : run;
            // `+ 0`: JSON has no -0.
            expect(lines[i]).toEqual(expected.map((p) => [p[2] + 0, p[1] + 0]));
            expect(times[i]).toEqual(expected.map((p) => p[0]));
            expect(alts[i]).toEqual(expected.map((p) => p[3]));
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});

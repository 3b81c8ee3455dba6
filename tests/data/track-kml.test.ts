import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Flight, Track, TrackPoint } from '../../src/data/contract';
import { escapeXml, tracksToKml } from '../../src/data/export';
import { seenRuns } from '../../src/data/tracks';
import { T0, trackPointsArb } from './tracks/track-arbitraries';

const FT_TO_M = 0.3048;

// Made-up test flight (not a real observation).
const flight = (id: string, extra: Partial<Flight> = {}): Flight => ({
  id,
  date: '2024-03-05',
  origin: 'UBBB',
  destination: 'LLOV',
  confidence: 'inferred',
  sources: [{ publisher: 'Test' }],
  departureObserved: true,
  arrivalObserved: false,
  ...extra,
});
const track = (flightId: string, points: TrackPoint[]): Track => ({
  flightId,
  source: { publisher: 'Test', title: 'trace_full_test.json' },
  points,
});

/** Parse the KML back as Google Earth readers do: xmldom + togeojson. */
function parseBack(text: string) {
  const doc = new DOMParser().parseFromString(text, 'text/xml');
  return kml(doc);
}

/** Each gx:Track of a placemark as its coordinates (togeojson: a LineString, or a Point when one point). */
function linesOf(geometry: Geometry | null): number[][][] {
  if (!geometry) return [];
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(linesOf);
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'Point') return [[geometry.coordinates]];
  throw new Error(`unexpected ${geometry.type}`);
}

function timesOf(times: unknown, lines: number): string[][] {
  const t = times as string[] | string[][];
  return lines === 1 ? [t as string[]] : (t as string[][]);
}

describe('tracksToKml', () => {
  it('parses back with coordinates, altitudes in metres and times, split at the gaps', () => {
    const points: TrackPoint[] = [
      [T0, 40.5, 50.05, 1000, false],
      [T0 + 60, 40.4, 49.9, null, null],
      [T0 + 60 + 3120, 31.2, 35.1, 20_000, false],
      [T0 + 3240, 31.0, 35.0, 0, true],
    ];
    const text = tracksToKml([track('f1', points)], new Map([['f1', flight('f1')]]));
    const [feature] = parseBack(text).features;
    const lines = linesOf(feature?.geometry ?? null);
    expect(lines).toEqual([
      [
        [50.05, 40.5, 304.8],
        [49.9, 40.4],
      ],
      [
        [35.1, 31.2, 6096],
        [35, 31, 0],
      ],
    ]);
    expect(feature?.properties?.coordinateProperties.times).toEqual([
      ['2024-03-05T05:00:00.000Z', '2024-03-05T05:01:00.000Z'],
      ['2024-03-05T05:53:00.000Z', '2024-03-05T05:54:00.000Z'],
    ]);
    expect(feature?.properties?.name).toBe('f1 UBBB→LLOV');
    expect(feature?.properties?.description).toContain('Arrival LLOV: inferred');
  });

  it('escapes text: a flight id with <&>"\' survives, and XML-forbidden characters are dropped', () => {
    const id = `adsb-<&>"'-1`;
    const text = tracksToKml(
      [track(id, [[T0, 1, 2, 3, false]])],
      new Map([[id, flight(id, { callsign: 'AB\u0001C' })]]),
      {
        title: 'a & b',
      },
    );
    const fc0 = parseBack(text);
    expect(fc0.features[0]?.properties?.name).toBe(`${id} UBBB→LLOV`);
    expect(fc0.features[0]?.properties?.description).toContain('Callsign: ABC');
    expect(text).not.toContain('\u0001');
    expect(escapeXml('a\u0000b\u0008c\td\ne\uFFFEf\uD800g')).toBe('abc\td\nefg');
    expect(escapeXml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&apos;');
  });

  it('says synthetic in name and description for a synthetic flight or dataset', () => {
    const t = track('s1', [[T0, 1, 2, null, null]]);
    const byFlight = parseBack(
      tracksToKml([t], new Map([['s1', flight('s1', { confidence: 'synthetic' })]])),
    );
    expect(byFlight.features[0]?.properties?.name).toBe('s1 UBBB→LLOV (synthetic)');
    expect(byFlight.features[0]?.properties?.description).toMatch(/^SYNTHETIC/);
    const byDataset = parseBack(tracksToKml([t], new Map(), { datasetSynthetic: true }));
    expect(byDataset.features[0]?.properties?.name).toBe('s1 (synthetic)');
    const real = parseBack(tracksToKml([t], new Map([['s1', flight('s1')]])));
    expect(real.features[0]?.properties?.name).not.toContain('synthetic');
  });

  it('round-trips any track: positions, altitudes and times per run, in order (property)', () => {
    fc.assert(
      fc.property(
        trackPointsArb.filter((p) => p.length > 0),
        (points) => {
          const text = tracksToKml([track('p', points)], new Map());
          const [feature] = parseBack(text).features;
          const lines = linesOf(feature?.geometry ?? null);
          // Oracle: the runs seen without a gap, each point as "lon lat [alt m]" to 7 decimals, 0.1 m.
          const runs = seenRuns(points);
          expect(lines.length).toBe(runs.length);
          const times = timesOf(feature?.properties?.coordinateProperties.times, runs.length);
          runs.forEach((run, i) => {
            const line = lines[i] ?? [];
            expect(line.length).toBe(run.length);
            run.forEach((p, j) => {
              const c = line[j] ?? [];
              expect(c[0]).toBeCloseTo(p[2], 6);
              expect(c[1]).toBeCloseTo(p[1], 6);
              if (p[3] === null) expect(c.length).toBe(2);
              else expect(c[2]).toBeCloseTo(p[3] * FT_TO_M, 1);
              expect(Date.parse(times[i]?.[j] ?? '') / 1000).toBe(p[0]);
            });
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});

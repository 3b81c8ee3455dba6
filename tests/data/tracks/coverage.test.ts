import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trackCoverage, tracksSummary, type CoverageFlight } from '../../../src/data/tracks';
import type { Track, TrackPoint } from '../../../src/data/contract';
import { pointsAt, T0, trackPointsArb } from './track-arbitraries';

const iso = (t: number) => new Date(t * 1000).toISOString();
const flight: CoverageFlight = {
  origin: 'UBBB',
  destination: 'LLOV',
  departureObserved: true,
  arrivalObserved: false,
};
const track = (points: TrackPoint[]): Track => ({ flightId: 'f1', source: { publisher: 'Test' }, points });

describe('trackCoverage', () => {
  it('writes the panel line with the longest gap and its start', () => {
    // Seen 0–3600 s every 60 s, a 52-min gap from 3600, then seen 6720–7200.
    const offsets = [
      ...Array.from({ length: 61 }, (_, i) => i * 60),
      6720,
      6780,
      6840,
      6900,
      6960,
      7020,
      7080,
      7140,
      7200,
    ];
    const c = trackCoverage(track(pointsAt(offsets)), flight);
    expect(c?.fraction).toBeCloseTo((3600 + 480) / 7200, 10);
    expect(c?.text).toBe('seen 56% of the flight; longest gap 52 min, from 06:00Z');
    expect(c?.gapCount).toBe(1);
    expect(c?.departure.text).toBe('Departure UBBB: observed (first seen 05:00Z at 30,000 ft)');
    expect(c?.arrival.text).toBe('Arrival LLOV: inferred (last seen 07:00Z at 30,000 ft)');
  });

  it("uses the flight's times for the span when known", () => {
    const pts = pointsAt([600, 660, 720]);
    const c = trackCoverage(track(pts), { ...flight, departureTime: iso(T0), arrivalTime: iso(T0 + 1200) });
    expect(c).toMatchObject({
      startT: T0,
      endT: T0 + 1200,
      startFrom: 'flight',
      endFrom: 'flight',
      seenS: 120,
    });
    expect(c?.text).toBe('seen 10% of the flight; no gap over 10 min');
    const noTimes = trackCoverage(track(pts), flight);
    expect(noTimes).toMatchObject({ startFrom: 'track', endFrom: 'track', fraction: 1 });
    expect(noTimes?.text).toBe('seen 100% of the flight; no gap over 10 min');
  });

  it('never says 100% when some time is unseen, and handles empty and one-point tracks', () => {
    const pts = pointsAt([0, 60, 120, 180, 240, 300, 360, 420, 480, 540, 600, 1300]);
    expect(trackCoverage(track(pts), flight)?.text.startsWith('seen 46%')).toBe(true);
    const almost = trackCoverage(track(pointsAt([0, 100000])), { ...flight, arrivalTime: iso(T0 + 100_001) });
    expect(almost?.text.startsWith('seen 0%')).toBe(true);
    expect(trackCoverage(track([]), flight)).toBeUndefined();
    expect(trackCoverage(track(pointsAt([0])), flight)?.fraction).toBe(1);
  });

  it('seen time equals a naive second-by-second count on whole-second tracks (property)', () => {
    fc.assert(
      fc.property(
        trackPointsArb.filter((p) => p.length > 0 && p.length < 60),
        (pts) => {
          const c = trackCoverage(track(pts), flight)!;
          let naive = 0;
          for (let s = c.startT; s < c.endT; s++) {
            const i = pts.findIndex((p, k) => k + 1 < pts.length && p[0] <= s && pts[k + 1]![0] > s);
            if (i >= 0 && pts[i + 1]![0] - pts[i]![0] <= 600) naive++;
          }
          expect(c.seenS).toBe(naive);
          expect(c.fraction).toBeGreaterThanOrEqual(0);
          expect(c.fraction).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('tracksSummary', () => {
  const flight = { origin: 'UBBB', destination: 'LLOV', departureObserved: true, arrivalObserved: true };
  const track = (from: number): Track => ({
    flightId: 'x',
    source: { publisher: 'ADS-B Exchange' },
    points: [0, 60, 120].map((dt) => [from + dt, 40, 50, 10_000, false] as TrackPoint),
  });
  it('counts tracks and both-ends flights, and says whether the map draws them', () => {
    const flights = [flight, { ...flight, arrivalObserved: false }, flight];
    const summary = tracksSummary(flights, (i) => (i < 2 ? track(i * 1000) : undefined), 30);
    expect(summary).toEqual({
      withTrack: 2,
      drawn: true,
      text: '2 of 3 flights have tracks, drawn on the map; both ends observed on 1; seen 100% of the flight on average',
    });
    const many = tracksSummary(flights, (i) => track(i * 1000), 2);
    expect(many?.drawn).toBe(false);
    expect(many?.text).toMatch(
      /^3 of 3 flights have tracks, too many to draw at once \(the map draws up to 2\)/,
    );
    expect(tracksSummary(flights, () => undefined, 30)).toBeUndefined();
  });
});

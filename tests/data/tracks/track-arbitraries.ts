/** Fixture builders and fast-check arbitraries for tracks (written here, from the contract). */
import fc from 'fast-check';
import type { TrackPoint } from '../../../src/data/contract';

export const T0 = Date.UTC(2024, 2, 5, 5, 0, 0) / 1000; // 2024-03-05T05:00:00Z

/** Points at the given offsets (s from T0), moving east, at `alt` ft. */
export function pointsAt(offsets: readonly number[], alt: number | null = 30_000): TrackPoint[] {
  return offsets.map((dt, i) => [T0 + dt, 40 + i * 0.01, 49 + i * 0.05, alt, false]);
}

/** An ascending track of 0–300 points with steps from 1 s to 2 h, and nulls sprinkled in. */
export const trackPointsArb: fc.Arbitrary<TrackPoint[]> = fc
  .array(
    fc.record({
      step: fc.oneof(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 7200 })),
      lat: fc.double({ min: -80, max: 80, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
      alt: fc.option(fc.integer({ min: -500, max: 45_000 }), { nil: null }),
      ground: fc.constantFrom(true, false, null),
    }),
    { maxLength: 300 },
  )
  .map((rows) => {
    let t = T0;
    return rows.map((r): TrackPoint => {
      t += r.step;
      return [t, r.lat, r.lon, r.alt, r.ground];
    });
  });

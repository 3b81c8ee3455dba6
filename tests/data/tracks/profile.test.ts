import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { altitudeProfile, profileAltitude } from '../../../src/data/tracks';
import type { TrackPoint } from '../../../src/data/contract';
import { T0, trackPointsArb } from './track-arbitraries';

describe('altitudeProfile', () => {
  it('keeps short tracks whole, ground at 0 ft, null altitude as a break', () => {
    const pts: TrackPoint[] = [
      [T0, 40, 50, 120, true],
      [T0 + 60, 40, 50, 3000, false],
      [T0 + 120, 40, 50, null, false],
      [T0 + 180, 40, 50, 9000, null],
    ];
    expect(altitudeProfile(pts)).toEqual([
      { t: T0, altFt: 0 },
      { t: T0 + 60, altFt: 3000 },
      { t: T0 + 120, altFt: null },
      { t: T0 + 180, altFt: 9000 },
    ]);
  });

  it('keeps the shape of a descent when thinning 15,000 points to 500', () => {
    const pts: TrackPoint[] = Array.from({ length: 15_000 }, (_, i) => [
      T0 + i,
      30,
      35,
      i < 14_000 ? 35_000 : 35_000 - (i - 14_000) * 35,
      i >= 14_999,
    ]);
    const out = altitudeProfile(pts, 500);
    expect(out.length).toBeLessThanOrEqual(500);
    expect(out[0]?.t).toBe(T0);
    expect(out.at(-1)).toEqual({ t: T0 + 14_999, altFt: 0 });
    const descent = out.filter((s) => s.t >= T0 + 14_000);
    expect(descent.length).toBeGreaterThan(20);
    for (let i = 1; i < descent.length; i++)
      expect(descent[i]!.altFt!).toBeLessThanOrEqual(descent[i - 1]!.altFt!);
  });

  it('is at most N samples, in time order, taken from the track, with its global min and max, never joining across a null (property)', () => {
    fc.assert(
      fc.property(trackPointsArb, fc.integer({ min: 1, max: 120 }), (pts, n) => {
        const out = altitudeProfile(pts, n);
        const all = pts.map((p) => ({ t: p[0], altFt: profileAltitude(p) }));
        expect(out.length).toBeLessThanOrEqual(Math.max(n, 0));
        for (let i = 1; i < out.length; i++) expect(out[i]!.t).toBeGreaterThan(out[i - 1]!.t);
        for (const s of out) expect(all).toContainEqual(s);
        const alts = all.map((s) => s.altFt).filter((a): a is number => a !== null);
        const kept = out.map((s) => s.altFt).filter((a): a is number => a !== null);
        if (alts.length > 0 && n >= 2) {
          expect(Math.min(...kept)).toBe(Math.min(...alts));
          expect(Math.max(...kept)).toBe(Math.max(...alts));
        }
        if (n < 7) return;
        if (all.some((s) => s.altFt === null)) expect(out.some((s) => s.altFt === null)).toBe(true);
        // Naive oracle for breaks: between two consecutive drawn samples with altitudes, the track has no null.
        for (let i = 1; i < out.length; i++) {
          const [a, b] = [out[i - 1]!, out[i]!];
          if (a.altFt === null || b.altFt === null) continue;
          expect(all.some((s) => s.t > a.t && s.t < b.t && s.altFt === null)).toBe(false);
        }
      }),
    );
  });
});

describe('altitudeProfile breaks', () => {
  it('keeps a break between two kept samples even when thinning hard', () => {
    // 1,000 points climbing, with one lone null in the middle: the thinned line must not join across it.
    const pts: TrackPoint[] = Array.from({ length: 1000 }, (_, i) => [
      T0 + i,
      30,
      35,
      i === 500 ? null : i * 10,
      false,
    ]);
    for (const n of [7, 11, 50]) {
      const out = altitudeProfile(pts, n);
      expect(out.length).toBeLessThanOrEqual(n);
      expect(out).toContainEqual({ t: T0 + 500, altFt: null });
      expect(out[0]).toEqual({ t: T0, altFt: 0 });
      expect(out.at(-1)).toEqual({ t: T0 + 999, altFt: 9990 });
    }
    expect(altitudeProfile(pts, 2)).toEqual([
      { t: T0, altFt: 0 },
      { t: T0 + 999, altFt: 9990 },
    ]);
    expect(altitudeProfile(pts, 0)).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationText, seenRuns, trackGaps } from '../../../src/data/tracks';
import { pointsAt, T0, trackPointsArb } from './track-arbitraries';

describe('trackGaps', () => {
  it('finds gaps strictly longer than 10 minutes by default', () => {
    const pts = pointsAt([0, 60, 660, 1260, 1261, 5000]);
    const gaps = trackGaps(pts);
    // 60→660 is exactly 600 s: not a gap; 660→1260 is 600 s: not a gap; 1261→5000 is.
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ startT: T0 + 1261, endT: T0 + 5000, durationS: 3739, index: 4 });
    expect(gaps[0]?.from).toBe(pts[4]);
    expect(gaps[0]?.to).toBe(pts[5]);
  });

  it('takes the threshold as a parameter', () => {
    expect(trackGaps(pointsAt([0, 60, 200]), 100)).toHaveLength(1);
    expect(trackGaps(pointsAt([]))).toEqual([]);
    expect(trackGaps(pointsAt([0]))).toEqual([]);
  });

  it.each([
    [0, '<1 min'],
    [30, '<1 min'],
    [59, '<1 min'],
    [60, '1 min'],
    [89, '1 min'],
    [3570, '1 h 00 min'],
    [3120, '52 min'],
    [3900, '1 h 05 min'],
  ])('durationText(%d) = %s', (s, text) => expect(durationText(s)).toBe(text));

  it('equals a naive pairwise scan (property)', () => {
    fc.assert(
      fc.property(trackPointsArb, fc.integer({ min: 1, max: 3600 }), (pts, gapS) => {
        const naive: [number, number][] = [];
        for (let i = 0; i < pts.length; i++)
          for (let j = i + 1; j < pts.length; j++)
            if (j === i + 1 && pts[j]![0] - pts[i]![0] > gapS) naive.push([pts[i]![0], pts[j]![0]]);
        expect(trackGaps(pts, gapS).map((g) => [g.startT, g.endT])).toEqual(naive);
      }),
    );
  });

  it('seen runs concatenate to the points and have no gap inside (property)', () => {
    fc.assert(
      fc.property(trackPointsArb, (pts) => {
        const runs = seenRuns(pts);
        expect(runs.flat()).toEqual(pts);
        for (const run of runs) expect(trackGaps(run)).toEqual([]);
        expect(runs.length).toBe(pts.length === 0 ? 0 : trackGaps(pts).length + 1);
      }),
    );
  });
});

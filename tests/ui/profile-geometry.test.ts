import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { profileGeometry, utcClock, type ProfilePoint } from '../../src/ui/profile-geometry';

const box = { width: 300, height: 100, left: 40, right: 10, top: 10, bottom: 20 };

function runsOf(points: readonly ProfilePoint[]): number {
  let runs = 0;
  let inRun = false;
  for (const p of points) {
    if (p.altFt !== null && !inRun) runs++;
    inRun = p.altFt !== null;
  }
  return runs;
}

describe('profileGeometry', () => {
  it('draws a climb and descent inside the plot, breaking the line at a missing altitude', () => {
    const points: ProfilePoint[] = [
      { t: 0, altFt: 0 },
      { t: 600, altFt: 30_000 },
      { t: 1200, altFt: null },
      { t: 1800, altFt: 30_000 },
      { t: 3600, altFt: 0 },
    ];
    const g = profileGeometry(points, box);
    expect(g.paths).toEqual(['M40.0,80.0L81.7,10.0', 'M165.0,10.0L290.0,80.0']);
    expect(g.maxAltFt).toBe(30_000);
    expect(g.yTicks.map((t) => t.label)).toEqual(['0 ft', '10,000 ft', '20,000 ft', '30,000 ft']);
    expect(g.xTicks[0]?.label).toBe('00:00Z');
    expect(g.xTicks.at(-1)?.label).toBe('01:00Z');
  });

  it('formats UTC clock times', () => {
    expect(utcClock(Date.UTC(2023, 2, 2, 7, 12) / 1000)).toBe('07:12Z');
  });

  it('keeps every vertex inside the plot and draws one path per run of known altitudes', () => {
    const point = fc.record({
      t: fc.integer({ min: 0, max: 100_000 }),
      altFt: fc.option(fc.integer({ min: -500, max: 45_000 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 60 }), (raw) => {
        const points = [...raw].sort((a, b) => a.t - b.t);
        const g = profileGeometry(points, box);
        expect(g.paths).toHaveLength(runsOf(points));
        for (const d of g.paths) {
          for (const [, xs, ys] of d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)) {
            const x = Number(xs);
            const y = Number(ys);
            expect(x).toBeGreaterThanOrEqual(box.left - 0.05);
            expect(x).toBeLessThanOrEqual(box.width - box.right + 0.05);
            expect(y).toBeGreaterThanOrEqual(box.top - 0.05);
            expect(y).toBeLessThanOrEqual(box.height - box.bottom + 0.05);
          }
        }
      }),
    );
  });
});

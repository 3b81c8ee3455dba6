import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clockZ,
  durationText,
  thinRun,
  toleranceForZoom,
  trackDrawing,
  type TrackLine,
} from '../../../src/data/tracks';
import type { TrackPoint } from '../../../src/data/contract';
import { pointsAt, T0, trackPointsArb } from './track-arbitraries';

const jumps = (lines: TrackLine[]) =>
  lines.flatMap((l) => l.positions.slice(1).map((p, i) => Math.abs(p[1] - l.positions[i]![1])));

describe('trackDrawing', () => {
  it('draws seen runs solid, a dashed line per gap with its label, and faint lines to inferred ends', () => {
    const pts = pointsAt([0, 60, 120, 3240, 3300]); // 52-min gap from 05:02Z
    const lines = trackDrawing(pts, {
      zoom: 6,
      departure: { icao: 'UBBB', lat: 40.46, lon: 50.05, observed: true },
      arrival: { icao: 'LLOV', lat: 29.94, lon: 34.94, observed: false },
    });
    expect(lines.map((l) => l.kind)).toEqual(['seen', 'gap', 'seen', 'end']);
    const gap = lines[1];
    expect(gap).toMatchObject({ kind: 'gap', startT: T0 + 120, endT: T0 + 3240, durationS: 3120 });
    expect(gap?.kind === 'gap' && gap.label).toBe('gap 52 min, 05:02Z–05:54Z');
    expect(gap?.positions).toEqual([
      [pts[2]![1], pts[2]![2]],
      [pts[3]![1], pts[3]![2]],
    ]);
    expect(lines[3]).toMatchObject({ kind: 'end', end: 'arrival', icao: 'LLOV' });
    expect(lines[3]?.positions).toEqual([
      [pts[4]![1], pts[4]![2]],
      [29.94, 34.94],
    ]);
  });

  it('never draws a segment across the whole world at the antimeridian', () => {
    const pts: TrackPoint[] = [
      [T0, 60, 178, 30000, false],
      [T0 + 60, 60.1, 179.5, 30000, false],
      [T0 + 120, 60.2, -179.5, 30000, false],
      [T0 + 2000, 60.3, -170, 30000, false],
    ];
    const lines = trackDrawing(pts, {
      zoom: 4,
      arrival: { icao: 'PABR', lat: 71.3, lon: -156.8, observed: false },
    });
    expect(Math.max(...jumps(lines))).toBeLessThan(180);
    expect(lines[0]?.positions.at(-1)?.[1]).toBeCloseTo(180.5, 10);
  });

  it('tolerance is half a pixel at the zoom', () => {
    expect(toleranceForZoom(0)).toBeCloseTo(0.703125, 10);
    expect(toleranceForZoom(10)).toBeCloseTo(0.703125 / 1024, 12);
  });

  it('thinning keeps first and last, never moves a point, keeps order, leaves the track as it was (property)', () => {
    fc.assert(
      fc.property(
        trackPointsArb.filter((p) => p.length > 0),
        fc.integer({ min: 0, max: 14 }),
        (pts, zoom) => {
          const before = structuredClone(pts);
          const thin = thinRun(pts, toleranceForZoom(zoom), pts[0]![2]);
          expect(pts).toEqual(before);
          expect(thin[0]).toEqual([pts[0]![1], pts[0]![2]]);
          const last = thin.at(-1)!;
          expect(last[0]).toBe(pts.at(-1)![1]);
          expect((((last[1] - pts.at(-1)![2]) % 360) + 360) % 360).toBeCloseTo(0, 9);
          let j = 0;
          for (const [lat, lon] of thin) {
            while (
              j < pts.length &&
              !(pts[j]![1] === lat && Math.abs(((((lon - pts[j]![2]) % 360) + 540) % 360) - 180) < 1e-9)
            )
              j++;
            expect(j).toBeLessThan(pts.length);
            j++;
          }
        },
      ),
    );
  });

  it('lines follow the track unwrapped the short way at every step, so none crosses the world (property)', () => {
    fc.assert(
      fc.property(trackPointsArb, (pts) => {
        const lines = trackDrawing(pts, {
          zoom: 5,
          arrival: { icao: 'XXXX', lat: 0, lon: 179, observed: false },
        });
        // Naive oracle: unwrap every raw point against the one before it.
        const chain: string[] = [];
        let prev = pts[0]?.[2] ?? 0;
        for (const p of pts) {
          let lon = p[2];
          while (lon - prev > 180) lon -= 360;
          while (lon - prev < -180) lon += 360;
          chain.push(`${p[1]},${lon}`);
          prev = lon;
        }
        for (const l of lines) {
          if (l.kind !== 'seen')
            expect(Math.abs(l.positions[1][1] - l.positions[0][1])).toBeLessThanOrEqual(180);
          else for (const [lat, lon] of l.positions) expect(chain).toContain(`${lat},${lon}`);
        }
        const seen = lines.filter((l) => l.kind === 'seen').length;
        expect(seen).toBe(pts.length === 0 ? 0 : lines.filter((l) => l.kind === 'gap').length + 1);
      }),
    );
  });
});

describe('trackDrawing gap and end lines', () => {
  const observedArb = fc.constantFrom(true, false, undefined);

  it('one gap line per naive gap > 10 min, labelled with duration and times; end lines only for inferred ends (property)', () => {
    fc.assert(
      fc.property(trackPointsArb, observedArb, observedArb, (pts, dep, arr) => {
        const lines = trackDrawing(pts, {
          zoom: 8,
          departure: { icao: 'AAAA', lat: 10, lon: 20, observed: dep },
          arrival: { icao: 'BBBB', lat: -10, lon: -20, observed: arr },
        });
        // Naive oracle: every consecutive pair more than 600 s apart.
        const naive: [number, number][] = [];
        for (let i = 1; i < pts.length; i++)
          if (pts[i]![0] - pts[i - 1]![0] > 600) naive.push([pts[i - 1]![0], pts[i]![0]]);
        const gaps = lines.filter((l) => l.kind === 'gap');
        expect(gaps.map((g) => [g.startT, g.endT])).toEqual(naive);
        for (const g of gaps) {
          expect(g.durationS).toBe(g.endT - g.startT);
          expect(g.label).toBe(`gap ${durationText(g.durationS)}, ${clockZ(g.startT)}–${clockZ(g.endT)}`);
        }
        const ends = lines.filter((l) => l.kind === 'end');
        const expected = pts.length === 0 ? [] : [dep === false && 'departure', arr === false && 'arrival'];
        expect(ends.map((e) => e.end)).toEqual(expected.filter(Boolean));
        // Drawing order: departure end first, arrival end last, seen and gap lines alternate between.
        const middle = lines.filter((l) => l.kind !== 'end').map((l) => l.kind);
        middle.forEach((k, i) => expect(k).toBe(i % 2 === 0 ? 'seen' : 'gap'));
        if (dep === false && pts.length > 0) expect(lines[0]?.kind).toBe('end');
        if (arr === false && pts.length > 0) expect(lines.at(-1)?.kind).toBe('end');
      }),
    );
  });

  it('a faint line joins an inferred end to the track, and an observed or unknown end gets none', () => {
    const pts = pointsAt([0, 60]);
    const at = (observed: boolean | undefined) =>
      trackDrawing(pts, { zoom: 6, departure: { icao: 'UBBB', lat: 40.46, lon: 50.05, observed } });
    expect(at(true).filter((l) => l.kind === 'end')).toEqual([]);
    expect(at(undefined).filter((l) => l.kind === 'end')).toEqual([]);
    const [end] = at(false);
    expect(end).toEqual({
      kind: 'end',
      end: 'departure',
      icao: 'UBBB',
      positions: [
        [40.46, 50.05],
        [pts[0]![1], pts[0]![2]],
      ],
      label: 'departure UBBB inferred: first seen 05:00Z',
    });
    expect(
      trackDrawing([], { zoom: 3, departure: { icao: 'UBBB', lat: 0, lon: 0, observed: false } }),
    ).toEqual([]);
  });
});

describe('thinRun', () => {
  it('thins what cannot be seen and keeps a corner that can', () => {
    // 1,001 points due east along 40°N, then one north: at zoom 4 only the ends and the corner remain.
    const run: TrackPoint[] = Array.from({ length: 1001 }, (_, i) => [
      T0 + i,
      40,
      30 + i * 0.01,
      30000,
      false,
    ]);
    run.push([T0 + 2000, 45, 40, 30000, false]);
    expect(thinRun(run, toleranceForZoom(4), 30)).toEqual([
      [40, 30],
      [40, 40],
      [45, 40],
    ]);
  });
});

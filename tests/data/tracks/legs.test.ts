import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AircraftPoints,
  GROUND_STOP_S,
  LONG_GAP_S,
  STOP_GAP_S,
  STOP_SPEED_KT,
  splitLegs,
  type Leg,
} from '../../../src/data/tracks';

interface P {
  t: number;
  lat: number;
  lon: number;
  ground: boolean;
  newLeg: boolean;
}

function build(points: P[]): AircraftPoints {
  const a = new AircraftPoints('fa1e01', 'fa1e01');
  for (const p of points)
    a.push(p.t, p.lat, p.lon, p.ground ? 0 : 20_000, p.ground ? 1 : 0, p.newLeg ? 1 : 0, 0, 0);
  return a;
}

// The naive oracle: the rules of data/FORMAT.md written out plainly, independently of legs.ts.
function km(a: P, b: P): number {
  const r = Math.PI / 180;
  const x =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(x));
}
function landingGap(a: P, b: P): boolean {
  const hours = (b.t - a.t) / 3600;
  if (b.t - a.t >= LONG_GAP_S) return true;
  return b.t - a.t >= STOP_GAP_S && km(a, b) / 1.852 / hours < STOP_SPEED_KT;
}
/** True when the leg holds a ground run of GROUND_STOP_S or more with airborne points before and after. */
function hasGroundStop(leg: P[]): boolean {
  for (let i = 0; i < leg.length; i++) {
    if (!leg[i]!.ground) continue;
    let j = i;
    while (j + 1 < leg.length && leg[j + 1]!.ground) j++;
    const before = leg.slice(0, i).some((p) => !p.ground);
    const after = j + 1 < leg.length;
    if (before && after && leg[j]!.t - leg[i]!.t >= GROUND_STOP_S) return true;
    i = j;
  }
  return false;
}

const points = fc
  .array(
    fc.record({
      dt: fc.constantFrom(1, 5, 30, 59, 60, 61, 300, STOP_GAP_S - 1, STOP_GAP_S, 3 * 3600, LONG_GAP_S),
      move: fc.constantFrom(0, 0.001, 0.05, 1, 5),
      ground: fc.boolean(),
      newLeg: fc.boolean(),
    }),
    { maxLength: 80 },
  )
  .map((steps) => {
    const out: P[] = [];
    let t = 1_700_000_000;
    let lat = 35;
    for (const s of steps) {
      t += s.dt;
      lat = Math.min(80, lat + s.move);
      out.push({ t, lat, lon: 40, ground: s.ground, newLeg: s.newLeg });
    }
    return out;
  });

describe('splitLegs (property, against the plain rules)', () => {
  it('partitions the points in time order, splits only where a rule says so, and never spans a landing', () => {
    fc.assert(
      fc.property(points, (ps) => {
        const legs: Leg[] = splitLegs(build(ps));
        if (ps.length === 0) {
          expect(legs).toEqual([]);
          return;
        }
        // Partition: contiguous, non-empty, covering every point once.
        expect(legs[0]?.start).toBe(0);
        expect(legs.at(-1)?.end).toBe(ps.length);
        for (let k = 0; k < legs.length; k++) {
          expect(legs[k]!.end).toBeGreaterThan(legs[k]!.start);
          if (k > 0) expect(legs[k]!.start).toBe(legs[k - 1]!.end);
        }
        for (const leg of legs) {
          const inside = ps.slice(leg.start, leg.end);
          for (let i = 1; i < inside.length; i++) {
            expect(inside[i]!.newLeg).toBe(false);
            expect(landingGap(inside[i - 1]!, inside[i]!)).toBe(false);
          }
          expect(hasGroundStop(inside)).toBe(false);
        }
        // Every boundary has a reason: the flag, a landing gap, or a cut between two ground points.
        for (const leg of legs.slice(1)) {
          const [a, b] = [ps[leg.start - 1]!, ps[leg.start]!];
          expect(b.newLeg || landingGap(a, b) || (a.ground && b.ground)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('splitLegs (cases)', () => {
  const at = (t: number, lat: number, ground = false, newLeg = false): P => ({
    t,
    lat,
    lon: 40,
    ground,
    newLeg,
  });

  it('keeps a flight through a 40-minute coverage gap at cruise speed', () => {
    // 40 min, 2.7° of latitude (~300 km): ~240 kt, flying.
    expect(splitLegs(build([at(0, 30), at(60, 30.07), at(2460, 32.77), at(2520, 32.84)]))).toEqual([
      { start: 0, end: 4 },
    ]);
  });

  it('splits at a 40-minute gap in which the aircraft barely moved', () => {
    expect(splitLegs(build([at(0, 30), at(60, 30.07), at(2460, 30.08), at(2520, 30.15)]))).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });

  it('splits a turnaround at the longest gap of the ground run, not at a touch-and-go', () => {
    const turnaround = [
      at(0, 30),
      at(60, 30.1, true),
      at(90, 30.1, true),
      at(900, 30.1, true),
      at(960, 30.2),
    ];
    expect(splitLegs(build(turnaround))).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 5 },
    ]);
    const touchAndGo = [at(0, 30), at(60, 30.1, true), at(75, 30.1, true), at(120, 30.2)];
    expect(splitLegs(build(touchAndGo))).toHaveLength(1);
  });

  it.each([
    [GROUND_STOP_S, 2],
    [GROUND_STOP_S - 1, 1],
  ])('a ground run of %i s between airborne points gives %i legs', (run, count) => {
    const ps = [at(0, 30), at(30, 30.01, true), at(30 + run, 30.01, true), at(60 + run, 30.02)];
    expect(splitLegs(build(ps))).toHaveLength(count);
  });

  it("honours readsb's new-leg flag", () => {
    expect(splitLegs(build([at(0, 30), at(10, 30.01), at(20, 30.02, false, true), at(30, 30.03)]))).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });
});

describe('AircraftPoints.normalise', () => {
  it('sorts by time and merges repeated times, keeping the first seen (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.double({ min: -80, max: 80, noNaN: true }))),
        (raw) => {
          const a = new AircraftPoints('k', undefined);
          for (const [t, lat] of raw) a.push(t, lat, 0, 0, 0, 0, 0, 0);
          a.normalise();
          const firstByTime = new Map<number, number>();
          for (const [t, lat] of raw) if (!firstByTime.has(t)) firstByTime.set(t, lat);
          const expected = [...firstByTime.entries()].sort((x, y) => x[0] - y[0]);
          expect(Array.from(a.t.subarray(0, a.n))).toEqual(expected.map((e) => e[0]));
          expect(Array.from(a.lat.subarray(0, a.n))).toEqual(expected.map((e) => e[1]));
        },
      ),
    );
  });
});

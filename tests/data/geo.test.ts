import { describe, expect, it } from 'vitest';
import { arrowHead, boundsOf, greatCircle, routeArc } from '../../src/data/geo';
import type { LatLon } from '../../src/data/geo';

/** Point i, failing the test when there is none. */
function at(points: readonly LatLon[], i: number): LatLon {
  const point = points[i];
  if (!point) throw new Error(`no point ${i} of ${points.length}`);
  return point;
}

const BAKU: [number, number] = [40.4675, 50.0467];
const OVDA: [number, number] = [29.9403, 34.9358];

describe('route geometry', () => {
  it('great circle starts and ends at the airports', () => {
    const points = greatCircle(BAKU, OVDA, 16);
    expect(points).toHaveLength(17);
    expect(at(points, 0)[0]).toBeCloseTo(BAKU[0], 6);
    expect(at(points, 16)[1]).toBeCloseTo(OVDA[1], 6);
  });

  it('bends A→B and B→A to opposite sides so both routes are visible', () => {
    const there = routeArc(BAKU, OVDA);
    const back = routeArc(OVDA, BAKU);
    const midThere = at(there, Math.floor(there.length / 2));
    const midBack = at(back, Math.floor(back.length / 2));
    const distance = Math.hypot(midThere[0] - midBack[0], midThere[1] - midBack[1]);
    expect(distance).toBeGreaterThan(1); // degrees apart at the middle
    expect(at(there, 0)[0]).toBeCloseTo(BAKU[0], 6);
    expect(at(there, there.length - 1)[1]).toBeCloseTo(OVDA[1], 6);
  });

  it('keeps longitudes continuous across the antimeridian', () => {
    const points = greatCircle([64.7, 177.7], [61.2, -149.9]);
    for (let i = 1; i < points.length; i++)
      expect(Math.abs(at(points, i)[1] - at(points, i - 1)[1])).toBeLessThan(180);
  });

  it('points the arrowhead along the direction of travel', () => {
    const arc = routeArc(BAKU, OVDA);
    const head = arrowHead(arc);
    const [tip, left, right] = [at(head, 0), at(head, 1), at(head, 2)];
    const baseLon = (left[1] + right[1]) / 2;
    // Baku → Ovda goes west: the tip lies west of the arrow's base.
    expect(tip[1]).toBeLessThan(baseLon);
  });

  it('bounds the points', () => {
    expect(boundsOf([BAKU, OVDA])).toEqual([
      [OVDA[0], OVDA[1]],
      [BAKU[0], BAKU[1]],
    ]);
    expect(boundsOf([])).toBeUndefined();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxesOverlap, labelBox, placeLabels, type LabelCandidate } from '../../src/map/label-placement';

const candidate = (
  key: string,
  x: number,
  y: number,
  over: Partial<LabelCandidate> = {},
): LabelCandidate => ({
  key,
  x,
  y,
  radius: 5,
  width: 80,
  height: 20,
  ...over,
});

describe('placeLabels', () => {
  it('puts a lone label on the right of its marker, clear of it', () => {
    const sides = placeLabels([candidate('UBBB', 100, 100, { radius: 10 })]);
    expect(sides.get('UBBB')).toBe('right');
    expect(labelBox(candidate('UBBB', 100, 100, { radius: 10 }), 'right').left).toBeGreaterThan(110);
  });

  it('sends a label away from a neighbour it would cover', () => {
    // A's right-hand label would cover B's marker 40 px to the east, so A's label goes left.
    const sides = placeLabels([candidate('A', 100, 100), candidate('B', 140, 100)]);
    expect(sides.get('A')).toBe('left');
    expect(sides.get('B')).toBe('right');
  });

  it('keeps labels of airports one above the other apart', () => {
    // B is 15 px below A: B's right-hand label would overlap A's, so it goes to B's left.
    const sides = placeLabels([candidate('A', 100, 100), candidate('B', 100, 115)]);
    expect(sides.get('A')).toBe('right');
    expect(sides.get('B')).toBe('left');
    // A third one 15 px further down clears A's label (30 px up) on the right again.
    const third = placeLabels([candidate('A', 100, 100), candidate('B', 100, 115), candidate('C', 100, 130)]);
    expect(third.get('C')).toBe('right');
  });

  it('gives the most important airport the first choice', () => {
    const a = candidate('LLOV', 200, 200, { radius: 12 });
    const b = candidate('LLNV', 210, 170);
    expect(placeLabels([a, b]).get('LLOV')).toBe('right');
    expect(placeLabels([b, a]).get('LLNV')).toBe('right');
  });

  it('labels Ovda, Nevatim and Ramon at the zoom the sample opens with (they sit ~10 px apart)', () => {
    const sides = placeLabels([
      candidate('LLOV', 300, 330, { radius: 12, width: 86 }),
      candidate('LLNV', 302, 300, { width: 88 }),
      candidate('LLER', 300, 318, { width: 84 }),
    ]);
    expect(sides.get('LLOV')).toBeDefined();
  });

  it("keeps labels clear of what floats over the map (the map's controls and legend)", () => {
    const controls = { left: 150, right: 400, top: 0, bottom: 60 };
    // Right of the marker would run under the controls: the label goes left instead.
    expect(placeLabels([candidate('UBBB', 120, 30)], [controls]).get('UBBB')).toBe('left');
    // Boxed in by the controls and the map's edge region on every side: no label, hover only.
    const walls = [
      controls,
      { left: 0, right: 105, top: 0, bottom: 200 },
      { left: 0, right: 400, top: 40, bottom: 200 },
    ];
    expect(placeLabels([candidate('UBBB', 120, 30)], walls).has('UBBB')).toBe(false);
  });

  it('leaves out a label that fits nowhere', () => {
    const crowd = [
      candidate('C', 100, 100),
      candidate('R', 150, 100, { radius: 40 }),
      candidate('L', 50, 100, { radius: 40 }),
      candidate('T', 100, 60, { radius: 30 }),
      candidate('B', 100, 140, { radius: 30 }),
    ];
    const sides = placeLabels([...crowd.slice(1), ...crowd.slice(0, 1)]);
    expect(sides.has('C')).toBe(false);
  });

  it('never lets a placed label overlap another label, any marker or any obstacle', () => {
    const arbitrary = fc.array(
      fc.record({
        x: fc.integer({ min: 0, max: 400 }),
        y: fc.integer({ min: 0, max: 300 }),
        radius: fc.integer({ min: 3, max: 20 }),
        width: fc.integer({ min: 20, max: 120 }),
        height: fc.integer({ min: 10, max: 24 }),
      }),
      { maxLength: 25 },
    );
    const anyBox = fc
      .record({
        x: fc.integer({ min: 0, max: 400 }),
        y: fc.integer({ min: 0, max: 300 }),
        w: fc.nat(150),
        h: fc.nat(80),
      })
      .map(({ x, y, w, h }) => ({ left: x, top: y, right: x + w, bottom: y + h }));
    fc.assert(
      fc.property(arbitrary, fc.array(anyBox, { maxLength: 3 }), (items, obstacles) => {
        const candidates = items.map((item, i) => ({ key: `K${i}`, ...item }));
        const sides = placeLabels(candidates, obstacles);
        const boxes = candidates.flatMap((c) => {
          const side = sides.get(c.key);
          return side ? [labelBox(c, side)] : [];
        });
        for (const [i, box] of boxes.entries()) {
          for (const other of boxes.slice(i + 1)) expect(boxesOverlap(box, other)).toBe(false);
          for (const c of candidates) {
            const marker = {
              left: c.x - c.radius,
              right: c.x + c.radius,
              top: c.y - c.radius,
              bottom: c.y + c.radius,
            };
            expect(boxesOverlap(box, marker)).toBe(false);
          }
          for (const obstacle of obstacles) expect(boxesOverlap(box, obstacle)).toBe(false);
        }
        // A lone airport always gets a label when nothing stands in its way.
        if (candidates.length === 1 && obstacles.length === 0) expect(sides.size).toBe(1);
      }),
      { numRuns: 500 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { CONFIDENCES, type Airport, type Confidence, type RouteSummary } from '../../src/data/contract';
import { contrastRatio, legendRule, ROUTE_LINE, routeEvidence, routeShapes } from '../../src/map/route-style';

const AIRPORTS = new Map<string, Airport>([
  ['UBBB', { icao: 'UBBB', name: 'Baku', lat: 40.4675, lon: 50.0467 }],
  ['LLOV', { icao: 'LLOV', name: 'Ovda', lat: 29.9403, lon: 34.9358 }],
]);

function route(confidence: Partial<Record<Confidence, number>>, publishers = 1, weak = true): RouteSummary {
  const counts = { confirmed: 0, reported: 0, inferred: 0, synthetic: 0, ...confidence };
  return {
    key: 'UBBB>LLOV',
    origin: 'UBBB',
    destination: 'LLOV',
    count: Object.values(counts).reduce((a, b) => a + b, 0),
    firstDate: '2023-09-01',
    lastDate: '2023-09-03',
    operators: [],
    confidence: counts,
    publishers,
    weakEvidence: weak,
  };
}

const shapeOf = (r: RouteSummary, selected = false, dark = false) =>
  routeShapes([r], AIRPORTS, new Set(selected ? [r.key] : []), dark)[0]!;

describe('one rule for a route’s line and its words', () => {
  it('draws a confirmed single-source route (an OpenSky flight) solid, as the legend shows confirmed', () => {
    const opensky = route({ confirmed: 1 }, 1, true);
    const shape = shapeOf(opensky);
    expect(shape.line.dashArray).toBeUndefined();
    expect(ROUTE_LINE.confirmed.dashArray).toBeUndefined();
    const words = routeEvidence(opensky).words;
    expect(words).toContain('solid');
    expect(words).toContain('confirmed');
    expect(words).not.toMatch(/no confirmed/);
    expect(routeEvidence(opensky).sources).toBe('1 publisher (a single source)');
  });

  it.each(
    CONFIDENCES.flatMap((c) =>
      [1, 3].flatMap((publishers) => [true, false].map((weak) => [c, publishers, weak] as const)),
    ),
  )(
    'a route whose strongest evidence is %s (%d publishers, weak %s) has that line, legend and words',
    (c, p, weak) => {
      const r = route({ [c]: 2, synthetic: 1 }, p, weak);
      const evidence = routeEvidence(r);
      expect(evidence.confidence).toBe(c);
      expect(shapeOf(r).line.dashArray).toBe(ROUTE_LINE[c].dashArray);
      expect(evidence.words).toContain(ROUTE_LINE[c].name);
      // The legend states the same rule, in the same words.
      expect(legendRule()).toContain('strongest evidence');
      expect(evidence.sources).toBe(
        p === 1 ? '1 publisher (a single source)' : `${p} independent publishers`,
      );
    },
  );

  it('gives every confidence its own line, so dashes tell them apart without colour', () => {
    const dashes = CONFIDENCES.map((c) => ROUTE_LINE[c].dashArray ?? 'solid');
    expect(new Set(dashes).size).toBe(CONFIDENCES.length);
  });
});

describe('arrow heads', () => {
  it.each(
    CONFIDENCES.flatMap((c) =>
      [false, true].flatMap((selected) => [false, true].map((dark) => [c, selected, dark] as const)),
    ),
  )(
    '%s (selected %s, dark %s): filled with the arc’s colour inside an outline that stands out from it',
    (c, selected, dark) => {
      const { line, head } = shapeOf(route({ [c]: 1 }), selected, dark);
      expect(head.fillColor).toBe(line.color);
      expect(head.dashArray).toBeUndefined();
      expect(head.weight).toBeGreaterThanOrEqual(1.5);
      // WCAG's 3:1 for graphical objects, between the outline and the arc it sits on.
      expect(contrastRatio(head.color!, line.color!)).toBeGreaterThanOrEqual(3);
    },
  );

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
  });
});

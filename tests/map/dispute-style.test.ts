import { beforeEach, describe, expect, it } from 'vitest';
import type { Airport, Dataset } from '../../src/data/contract';
import { DISPUTE_BAND_EXTRA, selectDisputeMarks } from '../../src/map/dispute-style';
import { selectRouteShapes } from '../../src/map/route-style';
import { selectRouteDisputes } from '../../src/store/review-selectors';
import { useAirlift } from '../../src/store/store';
import { makeDataset, makeMinimalFlight } from '../fixtures/flights';

const AIRPORTS: Airport[] = [
  { icao: 'UBBB', name: 'Baku', lat: 40.4675, lon: 50.0467 },
  { icao: 'LLOV', name: 'Ovda', lat: 29.9403, lon: 34.9358 },
  { icao: 'LLBG', name: 'Ben Gurion', lat: 32.0114, lon: 34.8867 },
];
const dataset: Dataset = {
  ...makeDataset([
    makeMinimalFlight({ id: 'a', origin: 'UBBB', destination: 'LLOV', review: { status: 'disputed' } }),
    makeMinimalFlight({ id: 'b', origin: 'UBBB', destination: 'LLOV', confidence: 'reported' }),
    makeMinimalFlight({ id: 'c', origin: 'UBBB', destination: 'LLOV', review: { status: 'verified' } }),
    makeMinimalFlight({ id: 'd', origin: 'UBBB', destination: 'LLBG' }),
    makeMinimalFlight({ id: 'e', origin: 'LLOV', destination: 'UBBB', review: { status: 'disputed' } }),
  ]),
  airports: AIRPORTS,
};

describe('disputed routes on the map', () => {
  beforeEach(() => {
    useAirlift.getState().loadDataset(dataset, 'imported');
    useAirlift.getState().clearFilters();
  });

  it('marks exactly the drawn routes with disputed flights, with their counts', () => {
    const marks = selectDisputeMarks(useAirlift.getState(), false);
    expect(marks.map((m) => [m.key, m.dispute]).sort()).toEqual([
      ['LLOV>UBBB', { disputed: 1, count: 1 }],
      ['UBBB>LLOV', { disputed: 1, count: 3 }],
    ]);
  });

  it('lays the band on the route’s own arc, wider than its line, and the ring at its middle', () => {
    const state = useAirlift.getState();
    const shape = selectRouteShapes(state, false).find((s) => s.route.key === 'UBBB>LLOV')!;
    const mark = selectDisputeMarks(state, false).find((m) => m.key === 'UBBB>LLOV')!;
    expect(mark.arc).toBe(shape.arc);
    expect(mark.middle).toBe(shape.arc[Math.floor(shape.arc.length / 2)]);
    expect(mark.band.weight).toBe((shape.line.weight ?? 0) + DISPUTE_BAND_EXTRA);
  });

  it('follows the filters, and keeps its references while nothing changes', () => {
    const first = selectDisputeMarks(useAirlift.getState(), false);
    expect(selectDisputeMarks(useAirlift.getState(), false)).toBe(first);
    useAirlift.getState().setFilters({ confidences: ['reported'] });
    expect(selectDisputeMarks(useAirlift.getState(), false)).toEqual([]);
    useAirlift.getState().setFilters({ confidences: undefined, review: ['verified', 'disputed'] });
    expect(selectRouteDisputes(useAirlift.getState()).get('UBBB>LLOV')).toEqual({ disputed: 1, count: 2 });
  });
});

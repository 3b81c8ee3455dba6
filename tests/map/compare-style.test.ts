import { describe, expect, it } from 'vitest';
import type { Airport, Dataset } from '../../src/data/contract';
import { GREW_COLOR, SHRANK_COLOR, SHRANK_DASH, selectCompareMarks } from '../../src/map/compare-style';
import { useAirlift } from '../../src/store/store';
import { makeDataset, makeMinimalFlight } from '../fixtures/flights';

const AIRPORTS: Airport[] = [
  { icao: 'UBBB', name: 'Baku', lat: 40.4675, lon: 50.0467 },
  { icao: 'LLOV', name: 'Ovda', lat: 29.9403, lon: 34.9358 },
  { icao: 'LLBG', name: 'Ben Gurion', lat: 32.0114, lon: 34.8867 },
];
const flight = (id: string, date: string, destination: string) =>
  makeMinimalFlight({ id, date, origin: 'UBBB', destination });
const dataset: Dataset = {
  ...makeDataset([
    flight('a1', '2022-09-01', 'LLOV'),
    flight('b1', '2022-11-01', 'LLOV'),
    flight('b2', '2022-11-02', 'LLOV'),
    flight('b3', '2022-11-03', 'LLOV'),
    flight('a2', '2022-09-02', 'LLBG'),
    flight('a3', '2022-09-03', 'LLBG'),
    flight('s1', '2022-09-04', 'LLOV'),
  ]),
  airports: AIRPORTS,
};
const comparison = {
  a: { from: '2022-08-01', to: '2022-09-30' },
  b: { from: '2022-10-01', to: '2022-11-30' },
};

describe('the compared periods on the map', () => {
  it('marks the routes that grew (solid) and shrank (dotted), wider the larger the change; none without a comparison', () => {
    useAirlift.getState().loadDataset(dataset, 'imported');
    useAirlift.getState().setComparison(null);
    expect(selectCompareMarks(useAirlift.getState())).toEqual([]);
    useAirlift.getState().setComparison(comparison);
    const marks = selectCompareMarks(useAirlift.getState());
    // UBBB>LLOV: 2 in A, 3 in B (grew by 1); UBBB>LLBG: 2 in A, 0 in B (shrank by 2): biggest change first.
    expect(marks.map((m) => [m.key, m.change.a, m.change.b])).toEqual([
      ['UBBB>LLBG', 2, 0],
      ['UBBB>LLOV', 2, 3],
    ]);
    const [shrank, grew] = marks;
    expect([shrank!.style.color, shrank!.style.dashArray]).toEqual([SHRANK_COLOR, SHRANK_DASH]);
    expect([grew!.style.color, grew!.style.dashArray]).toEqual([GREW_COLOR, undefined]);
    expect(shrank!.style.weight).toBeGreaterThan(grew!.style.weight!);
    useAirlift.getState().setComparison(null);
  });
});

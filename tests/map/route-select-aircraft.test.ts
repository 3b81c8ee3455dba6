import { beforeEach, describe, expect, it } from 'vitest';
import { selectRouteShapes } from '../../src/map/route-style';
import { useAirlift } from '../../src/store/store';
import { makeDataset, makeMinimalFlight } from '../fixtures/flights';

const dataset = makeDataset([
  makeMinimalFlight({ id: 'a', icao24: '600a01', origin: 'UBBB', destination: 'LLOV' }),
  makeMinimalFlight({ id: 'b', icao24: '600a01', origin: 'LLOV', destination: 'UBBB' }),
  makeMinimalFlight({ id: 'c', icao24: '600a02', origin: 'UBBG', destination: 'LLOV' }),
]);
// The light theme's colour of a selected route (route-style.ts).
const SELECTED = '#111827';
const selectedRoutes = () =>
  selectRouteShapes(useAirlift.getState(), false)
    .filter((s) => s.line.color === SELECTED)
    .map((s) => s.route.key)
    .sort();

describe('the map draws an aircraft selection as its routes selected', () => {
  beforeEach(() => {
    useAirlift.setState({ filters: {}, heldFilters: null, selection: null });
    useAirlift.getState().loadDataset(dataset, 'imported');
  });

  it('selects every route the aircraft flew in the filter, and only those', () => {
    expect(selectedRoutes()).toEqual([]);
    useAirlift.getState().select({ kind: 'aircraft', key: '600a01' });
    expect(selectedRoutes()).toEqual(['LLOV>UBBB', 'UBBB>LLOV']);
    useAirlift.getState().setFilters({ destination: 'LLOV' });
    expect(selectedRoutes()).toEqual(['UBBB>LLOV']);
    useAirlift.getState().select({ kind: 'route', key: 'UBBG>LLOV' });
    expect(selectedRoutes()).toEqual(['UBBG>LLOV']);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../src/app/load-bundled';
import { selectAirportMarkers, selectFitPoints } from '../../src/store/map-selectors';
import { selectView } from '../../src/store/selectors';
import { useAirlift } from '../../src/store/store';

const bundled = loadBundledDataset();
// The South Atlantic: no airport of the sample is there.
const OCEAN = { south: -40, west: -30, north: -30, east: -10 };

describe('selectFitPoints (what "Fit to data" frames)', () => {
  beforeEach(() => {
    useAirlift.setState({ filters: {}, selection: null });
    useAirlift.getState().loadDataset(bundled, 'bundled');
  });

  it('frames the shown airports when no map-area filter is on', () => {
    const s = useAirlift.getState();
    expect(selectFitPoints(s)).toEqual(selectAirportMarkers(s).map((m) => m.center));
    expect(selectFitPoints(s).length).toBeGreaterThan(0);
  });

  it('frames the data that passes the other filters when the map-area filter has emptied the view', () => {
    const all = selectFitPoints(useAirlift.getState());
    useAirlift.getState().setFilters({ area: OCEAN });
    const s = useAirlift.getState();
    expect(selectView(s)?.total).toBe(0);
    expect(selectFitPoints(s)).toEqual(all);
  });

  it('still applies every other filter', () => {
    useAirlift.getState().setFilters({ airport: 'UBBG' });
    const ganja = selectFitPoints(useAirlift.getState());
    useAirlift.getState().setFilters({ area: OCEAN });
    const s = useAirlift.getState();
    expect(selectView(s)?.total).toBe(0);
    expect(selectFitPoints(s)).toEqual(ganja);
    expect(ganja.length).toBeLessThan(bundled.airports.length);
  });

  it('leaves the shown markers as they were (the same array) when it computes the fit', () => {
    useAirlift.getState().setFilters({ area: OCEAN });
    const before = selectAirportMarkers(useAirlift.getState());
    selectFitPoints(useAirlift.getState());
    expect(selectAirportMarkers(useAirlift.getState())).toBe(before);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { selectArrivalAirports, selectSeries } from '../../src/store/pattern-selectors';
import { selectCountsLine, selectView } from '../../src/store/selectors';
import { paneFilters, useAirlift } from '../../src/store/store';
import { makeDataset, makeMinimalFlight } from '../fixtures/flights';

const dataset = makeDataset([
  makeMinimalFlight({ id: 'a', operator: 'Op A', destination: 'LLOV' }),
  makeMinimalFlight({ id: 'b', operator: 'Op B', destination: 'LLOV' }),
  makeMinimalFlight({ id: 'c', operator: 'Op A', destination: 'UBBB', origin: 'LLOV' }),
]);
const shownIds = () => selectView(useAirlift.getState())?.flights.map((f) => f.id);
const chartTotal = () =>
  selectSeries(useAirlift.getState(), 'destination', 'month').rows.reduce((n, r) => n + r.total, 0);

describe('held views while a chart updates first (Patterns)', () => {
  beforeEach(() => {
    useAirlift.setState({ filters: {}, heldFilters: null, holdPanes: false, selection: null });
    useAirlift.getState().loadDataset(dataset, 'imported');
  });

  it('unheld: a filter change reaches every view at once', () => {
    useAirlift.getState().setFilters({ operators: ['Op A'] });
    expect(useAirlift.getState().heldFilters).toBeNull();
    expect(shownIds()).toEqual(['a', 'c']);
    expect(chartTotal()).toBe(2);
  });

  it('held: the chart follows the change, the views keep the filters before it until they catch up', () => {
    const s = useAirlift.getState();
    s.setHoldPanes(true);
    s.setFilters({ operators: ['Op A'] });
    s.setFilters({ operators: ['Op B'] });
    const held = useAirlift.getState();
    // The views show the filters of before the first change, however many followed.
    expect(paneFilters(held)).toEqual({});
    expect(held.filters).toEqual({ operators: ['Op B'] });
    expect(shownIds()).toEqual(['a', 'b', 'c']);
    expect(selectCountsLine(held)).toMatch(/^3 flights/);
    expect(chartTotal()).toBe(1);
    held.catchUpPanes();
    expect(shownIds()).toEqual(['b']);
    expect(chartTotal()).toBe(1);
  });

  it('lists the same arrival airports held (from the flights) as unheld (from the view)', () => {
    const s = useAirlift.getState();
    s.setHoldPanes(true);
    s.setFilters({ operators: ['Op A'] });
    const held = selectArrivalAirports(useAirlift.getState());
    useAirlift.getState().catchUpPanes();
    expect(held).toEqual(selectArrivalAirports(useAirlift.getState()));
    expect(held.map((a) => a.icao)).toEqual(['LLOV', 'UBBB']);
  });

  it('closing (hold off) lets the views show the filters at once', () => {
    const s = useAirlift.getState();
    s.setHoldPanes(true);
    s.setFilters({ operators: ['Op B'] });
    expect(shownIds()).toEqual(['a', 'b', 'c']);
    s.setHoldPanes(false);
    expect(useAirlift.getState().heldFilters).toBeNull();
    expect(shownIds()).toEqual(['b']);
  });
});

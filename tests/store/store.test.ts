import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset, Flight } from '../../src/data/contract';
import {
  selectOverview,
  selectSelectionFlights,
  selectSelectionHighlight,
  selectSelectionSummary,
  selectSortedFlights,
  selectUnit,
  selectUnitChoice,
  selectView,
} from '../../src/store/selectors';
import { computeView } from '../../src/data/query';
import { useAirlift } from '../../src/store/store';
import { makeDataset, makeMinimalFlight } from '../fixtures/flights';

const flight = (id: string, date: string, origin: string, destination: string, extra: Partial<Flight> = {}) =>
  makeMinimalFlight({ id, date, origin, destination, ...extra });

const dataset: Dataset = makeDataset([
  flight('a', '2020-01-05', 'UBBB', 'LLOV', { operator: 'Op A', confidence: 'reported' }),
  flight('b', '2020-03-01', 'LLOV', 'UBBB', { operator: 'Op B' }),
  flight('c', '2021-07-10', 'UBBB', 'LLOV', { operator: 'Op A' }),
  flight('d', '2021-12-31', 'UBBG', 'LLOV', {
    operator: 'Op C',
    sources: [{ publisher: 'x' }, { publisher: 'y' }],
  }),
]);

describe('store and selectors', () => {
  beforeEach(() => {
    useAirlift.setState({
      filters: {},
      selection: null,
      sort: { key: 'date', dir: 'asc' },
      unitMode: 'auto',
    });
    useAirlift.getState().loadDataset(dataset, 'bundled');
  });

  it('derives the same view for the same state (computed once, shared by every view)', () => {
    const s = useAirlift.getState();
    expect(selectView(s)).toBe(selectView(useAirlift.getState()));
    expect(selectView(s)!.total).toBe(4);
  });

  it('recomputes after a filter change and agrees across flights, routes and counts', () => {
    useAirlift.getState().setFilters({ from: '2021-01-01', to: '2021-12-31' });
    const view = selectView(useAirlift.getState())!;
    expect(view.flights.map((f) => f.id)).toEqual(['c', 'd']);
    expect(view.routes.map((r) => [r.key, r.count])).toEqual(
      expect.arrayContaining([
        ['UBBB>LLOV', 1],
        ['UBBG>LLOV', 1],
      ]),
    );
    expect(view.routes.reduce((n, r) => n + r.count, 0)).toBe(view.total);
  });

  it('keeps the overview (whole span) unchanged by the date range but not by other filters', () => {
    const before = selectOverview(useAirlift.getState());
    useAirlift.getState().setFilters({ from: '2021-01-01' });
    expect(selectOverview(useAirlift.getState())).toBe(before);
    useAirlift.getState().setFilters({ operators: ['Op A'] });
    const after = selectOverview(useAirlift.getState())!;
    expect(after).not.toBe(before);
    expect(after.total).toBe(2);
  });

  it('returns to the same unfiltered view object once the filters are cleared again', () => {
    const s = () => useAirlift.getState();
    s().clearFilters();
    const unfiltered = selectView(s());
    s().setFilters({ operators: ['Op A'] });
    expect(selectView(s())).not.toBe(unfiltered);
    expect(selectView(s())!.total).toBe(2);
    s().clearFilters();
    expect(selectView(s())).toBe(unfiltered);
    expect(selectView(s())).toEqual(computeView(s().index!, {}, selectUnit(s())));
  });

  it('without a date range the overview is the view itself, and equals the non-date computation', () => {
    const s = () => useAirlift.getState();
    s().setFilters({ operators: ['Op A'] });
    expect(selectOverview(s())).toBe(selectView(s()));
    const withoutRange = selectOverview(s());
    s().setFilters({ from: '2021-01-01', to: 'not a date' });
    // A range set: the overview stays what it was (brushing recomputes nothing) …
    expect(selectOverview(s())).toBe(withoutRange);
    expect(selectView(s())).not.toBe(withoutRange);
    // … and is what computing it without the range gives.
    const { from: _f, to: _t, ...rest } = s().filters;
    expect(selectOverview(s())).toEqual(computeView(s().index!, rest, selectUnit(s())));
  });

  it('drops empty filters so "clear" really clears', () => {
    useAirlift.getState().setFilters({ text: '', operators: [], airport: 'LLOV' });
    expect(useAirlift.getState().filters).toEqual({ airport: 'LLOV' });
    useAirlift.getState().clearFilters();
    expect(useAirlift.getState().filters).toEqual({});
  });

  it('keeps the view when clearing filters that are already clear (an import clears them)', () => {
    useAirlift.getState().clearFilters();
    const view = selectView(useAirlift.getState());
    const filters = useAirlift.getState().filters;
    useAirlift.getState().clearFilters();
    expect(useAirlift.getState().filters).toBe(filters);
    expect(selectView(useAirlift.getState())).toBe(view);
    useAirlift.getState().setFilters({ airport: 'LLOV' });
    useAirlift.getState().clearFilters();
    expect(useAirlift.getState().filters).toEqual({});
  });

  it('sorts the shown flights for the table and exports', () => {
    useAirlift.getState().setSort({ key: 'operator', dir: 'desc' });
    expect(selectSortedFlights(useAirlift.getState()).map((f) => f.operator)).toEqual([
      'Op C',
      'Op B',
      'Op A',
      'Op A',
    ]);
  });

  it('lists and summarises the selected route’s shown flights', () => {
    useAirlift.getState().select({ kind: 'route', key: 'UBBB>LLOV' });
    const s = useAirlift.getState();
    expect(selectSelectionFlights(s).map((f) => f.id)).toEqual(['a', 'c']);
    expect(selectSelectionSummary(s)).toEqual({
      first: '2020-01-05',
      last: '2021-07-10',
      mix: { confirmed: 0, reported: 1, inferred: 0, synthetic: 1 },
      publishers: 1,
    });
  });

  it("counts the selection's flights per overview bin, for the timeline's outline", () => {
    expect(selectSelectionHighlight(useAirlift.getState())).toBeUndefined();
    useAirlift.getState().select({ kind: 'route', key: 'UBBB>LLOV' });
    const s = useAirlift.getState();
    const highlight = selectSelectionHighlight(s)!;
    const bins = selectOverview(s)!.bins;
    expect(highlight.label).toBe('UBBB → LLOV');
    expect(highlight.counts).toHaveLength(bins.length);
    const countOn = (date: string) =>
      highlight.counts[bins.findIndex((b) => b.start <= date && date < b.end)];
    // a (2020-01-05) and c (2021-07-10): one each in their bins, nothing elsewhere.
    expect(countOn('2020-01-05')).toBe(1);
    expect(countOn('2021-07-10')).toBe(1);
    expect(countOn('2020-03-01')).toBe(0);
    expect(highlight.counts.reduce((a, b) => a + b, 0)).toBe(2);
    // The date range does not change the overview, so neither does the outline.
    useAirlift.getState().setFilters({ from: '2021-01-01' });
    expect(selectSelectionHighlight(useAirlift.getState())).toBe(highlight);
    useAirlift.getState().select({ kind: 'airport', icao: 'LLOV' });
    expect(selectSelectionHighlight(useAirlift.getState())!.counts.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('clears the selection and asks the map to fit when a new dataset loads', () => {
    useAirlift.getState().select({ kind: 'airport', icao: 'LLOV' });
    const fit = useAirlift.getState().fitRequest;
    useAirlift.getState().loadDataset({ ...dataset, flights: dataset.flights.slice(0, 1) }, 'imported');
    expect(useAirlift.getState().selection).toBeNull();
    expect(useAirlift.getState().fitRequest).toBe(fit + 1);
    expect(selectView(useAirlift.getState())!.total).toBe(1);
  });
});

describe('the timeline unit under the bin cap', () => {
  const far = makeDataset([
    flight('old', '0001-01-01', 'UBBB', 'LLOV'),
    flight('new', '9999-12-31', 'LLOV', 'UBBB'),
  ]);

  it('Day over two flights 10,000 years apart falls back to years and says why; the views bin by years', () => {
    useAirlift.setState({ filters: {}, unitMode: 'day' });
    useAirlift.getState().loadDataset(far, 'imported');
    const s = useAirlift.getState();
    expect(selectUnitChoice(s)).toEqual({ unit: 'year', reason: expect.stringContaining('showing years') });
    expect(selectUnit(s)).toBe('year');
    expect(selectOverview(s)?.bins.length).toBe(9_999);
    expect(selectView(s)?.bins.length).toBe(9_999);
  });

  it('a date filter wider than the data counts too (a URL may carry one)', () => {
    useAirlift.setState({ unitMode: 'day' });
    useAirlift.getState().loadDataset(dataset, 'imported');
    useAirlift.getState().replaceFilters({ from: '0001-01-01', to: '9999-12-31' });
    const s = useAirlift.getState();
    expect(selectUnit(s)).toBe('year');
    expect(selectView(s)?.bins.length).toBe(9_999);
  });

  it('Auto over such a span picks years with no reason to show', () => {
    useAirlift.setState({ filters: {}, unitMode: 'auto' });
    useAirlift.getState().loadDataset(far, 'imported');
    expect(selectUnitChoice(useAirlift.getState())).toEqual({ unit: 'year' });
  });
});

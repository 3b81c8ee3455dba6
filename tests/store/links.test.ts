// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { applyUrlToStore } from '../../src/app/use-url-sync';
import { loadBundledDataset } from '../../src/app/load-bundled';
import { datasetIdentity } from '../../src/data/query';
import {
  selectCountsLine,
  selectDatasetIdentity,
  selectLinkView,
  selectUnit,
} from '../../src/store/selectors';
import { useAirlift } from '../../src/store/store';
import { queryToView, viewToQuery } from '../../src/store/url';
import { makeDataset, makeMinimalFlight } from '../fixtures/flights';

const bundled = loadBundledDataset();
const gantz = bundled.events.find((e) => e.date === '2022-10-03')!;

beforeEach(() => {
  useAirlift.setState({
    filters: {},
    selection: null,
    eventFocus: null,
    eventWindowDays: 7,
    sort: { key: 'date', dir: 'asc' },
    unitMode: 'auto',
    notices: [],
    linkDataset: null,
  });
  useAirlift.getState().loadDataset(bundled, 'bundled');
});

describe('"days around an event" re-applies the window', () => {
  it('while the range is the event window, changing N moves the range with it', () => {
    useAirlift.getState().focusEvent(gantz);
    useAirlift.getState().setEventWindowDays(3);
    expect(useAirlift.getState().filters).toMatchObject({ from: '2022-09-30', to: '2022-10-06' });
    expect(selectCountsLine(useAirlift.getState())).toContain(`within 3 days of ${gantz.title}`);
  });

  it('once the range was changed by hand, changing N leaves it alone', () => {
    useAirlift.getState().focusEvent(gantz);
    useAirlift.getState().setFilters({ to: '2022-12-31' });
    useAirlift.getState().setEventWindowDays(3);
    expect(useAirlift.getState().filters).toMatchObject({ from: '2022-09-26', to: '2022-12-31' });
  });
});

describe('a link carries sort, bin unit and event window, and restores them', () => {
  it('round-trips through the store', () => {
    const s = useAirlift.getState();
    s.setSort({ key: 'operator', dir: 'desc' });
    s.setUnitMode('week');
    s.setEventWindowDays(10);
    s.focusEvent(gantz);
    const query = viewToQuery(selectLinkView(useAirlift.getState()));
    expect(query).toContain('sort=-operator');
    expect(query).toContain('bins=week');
    expect(query).toContain('event=2022-10-03&days=10');

    useAirlift.setState({
      sort: { key: 'date', dir: 'asc' },
      unitMode: 'auto',
      eventFocus: null,
      eventWindowDays: 7,
    });
    useAirlift.getState().clearFilters();
    applyUrlToStore(`?${query}`);
    const back = useAirlift.getState();
    expect(back.sort).toEqual({ key: 'operator', dir: 'desc' });
    expect(selectUnit(back)).toBe('week');
    expect(back.eventWindowDays).toBe(10);
    expect(back.filters).toMatchObject({ from: '2022-09-23', to: '2022-10-13' });
    expect(selectCountsLine(back)).toContain(`within 10 days of ${gantz.title} (2022-10-03)`);
    expect(back.notices).toEqual([]);
  });

  it('an event link without a range selects the window; an unknown event date is named', () => {
    applyUrlToStore('?event=2022-10-03&days=2');
    expect(useAirlift.getState().filters).toMatchObject({ from: '2022-10-01', to: '2022-10-05' });
    applyUrlToStore('?event=1999-01-01');
    expect(useAirlift.getState().notices.at(-1)).toMatch(/event="1999-01-01".*no event/);
  });

  it('the event window is not carried once the range no longer matches it', () => {
    useAirlift.getState().focusEvent(gantz);
    useAirlift.getState().setFilters({ from: '2022-01-01' });
    expect(selectLinkView(useAirlift.getState()).event).toBeUndefined();
  });
});

describe('the dataset a link names', () => {
  it('is the loaded dataset identity, stable for the same data and different for other data', () => {
    expect(selectDatasetIdentity(useAirlift.getState())).toBe(datasetIdentity(loadBundledDataset()));
    const other = makeDataset([makeMinimalFlight({ id: 'x' })], { title: bundled.title });
    expect(datasetIdentity(other)).not.toBe(datasetIdentity(bundled));
    expect(datasetIdentity(bundled)).toMatch(/^[a-z0-9-]{1,44}$/);
    expect(queryToView(`dataset=${datasetIdentity(bundled)}`).notices).toEqual([]);
  });

  it('a link made on another dataset says so; one made on this dataset does not', () => {
    applyUrlToStore(`?airport=LTFM&dataset=${datasetIdentity(bundled)}`);
    expect(useAirlift.getState().notices).toEqual([]);
    applyUrlToStore('?airport=LTFM&dataset=my-import-3-0badf00d');
    expect(useAirlift.getState().notices).toEqual([
      expect.stringContaining('This link was made on another dataset (my-import-3-0badf00d)'),
    ]);
    expect(useAirlift.getState().linkDataset).toBe('my-import-3-0badf00d');
  });
});

describe('Reset to sample data', () => {
  it("loading the bundled sample clears the imported data's filters and event window", () => {
    const imported = makeDataset([makeMinimalFlight({ id: 'i', origin: 'LTFM' })]);
    useAirlift.getState().loadDataset(imported, 'imported');
    useAirlift.getState().setFilters({ airport: 'LTFM' });
    useAirlift.getState().loadDataset(bundled, 'bundled');
    expect(useAirlift.getState().filters).toEqual({});
    expect(useAirlift.getState().eventFocus).toBeNull();
  });

  it('adding to an imported dataset keeps the filters', () => {
    const imported = makeDataset([makeMinimalFlight({ id: 'i', origin: 'LTFM' })]);
    useAirlift.getState().loadDataset(imported, 'imported');
    useAirlift.getState().setFilters({ airport: 'LTFM' });
    useAirlift.getState().loadDataset(imported, 'imported');
    expect(useAirlift.getState().filters).toEqual({ airport: 'LTFM' });
  });
});

describe('notices', () => {
  it('a notice already on show is not repeated (Back and Forward re-read a foreign link)', () => {
    applyUrlToStore('?airport=LTFM&dataset=my-import-3-0badf00d');
    applyUrlToStore('?airport=LTFM&dataset=my-import-3-0badf00d');
    expect(useAirlift.getState().notices).toHaveLength(1);
  });
});

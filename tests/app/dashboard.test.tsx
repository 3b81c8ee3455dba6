// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FilterBar } from '../../src/app/FilterBar';
import { SyntheticBanner } from '../../src/app/SyntheticBanner';
import { TimelinePanel } from '../../src/app/TimelinePanel';
import { loadBundledDataset } from '../../src/app/load-bundled';
import { computeView, createIndex } from '../../src/data/query';
import type { Dataset } from '../../src/data/contract';
import { selectView } from '../../src/store/selectors';
import { useAirlift } from '../../src/store/store';

const bundled = loadBundledDataset();
const total = bundled.flights.length;
const countOf = (filters: Parameters<typeof computeView>[1]) =>
  computeView(createIndex(bundled), filters, 'day').total;

function renderDashboard() {
  return render(
    <>
      <SyntheticBanner />
      <FilterBar />
      <TimelinePanel />
    </>,
  );
}

const countsLine = () => screen.getAllByRole('status').find((el) => el.classList.contains('counts-line'))!;

// jsdom has no layout: report a 1000 px wide container so the timeline draws its chart and markers.
class FixedWidthObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.callback(
      [{ target, contentRect: { width: 1000 } } as unknown as ResizeObserverEntry],
      this as never,
    );
  }
  unobserve() {}
  disconnect() {}
}

describe('dashboard: filters, timeline and banner agree through the store', () => {
  beforeEach(() => {
    window.ResizeObserver = FixedWidthObserver as unknown as typeof ResizeObserver;
    useAirlift.setState({ filters: {}, selection: null, unitMode: 'auto', notices: [] });
    useAirlift.getState().loadDataset(bundled, 'bundled');
  });
  afterEach(cleanup);

  it('says the bundled flights are illustrative, with the shown synthetic count', () => {
    renderDashboard();
    const synthetic = bundled.flights.filter((f) => f.confidence === 'synthetic').length;
    expect(screen.getByRole('note', { name: 'Illustrative data' }).textContent).toContain(
      `${synthetic} of the ${total} flights shown are synthetic`,
    );
  });

  it('shows no banner for a dataset without synthetic records', () => {
    const real: Dataset = {
      ...bundled,
      synthetic: false,
      flights: bundled.flights.filter((f) => f.confidence !== 'synthetic'),
    };
    act(() => useAirlift.getState().loadDataset(real, 'imported'));
    renderDashboard();
    expect(screen.queryByRole('note', { name: 'Illustrative data' })).toBeNull();
  });

  it('filters by operator and updates the counts line and the store', async () => {
    renderDashboard();
    expect(countsLine().textContent).toBe(`${total} flights`);
    await userEvent.selectOptions(screen.getByLabelText('Operator'), 'Azerbaijani Defence Ministry');
    const expected = countOf({ operators: ['Azerbaijani Defence Ministry'] });
    expect(expected).toBeGreaterThan(0);
    expect(countsLine().textContent).toBe(`${expected} of ${total} flights`);
    expect(useAirlift.getState().filters).toEqual({ operators: ['Azerbaijani Defence Ministry'] });
  });

  it('filters by confidence checkbox, with counts beside each box', async () => {
    renderDashboard();
    const inferred = countOf({ confidences: ['inferred'] });
    const box = screen.getByRole('checkbox', { name: new RegExp(`inferred.*\\(${inferred}\\)`) });
    await userEvent.click(box);
    expect(selectView(useAirlift.getState())!.total).toBe(inferred);
    expect(countsLine().textContent).toBe(`${inferred} of ${total} flights`);
  });

  it('commits free text on Enter (and after a pause otherwise)', async () => {
    renderDashboard();
    const input = screen.getByLabelText('Search text');
    await userEvent.type(input, 'AZAF8{Enter}');
    expect(useAirlift.getState().filters.text).toBe('AZAF8');
    expect(countsLine().textContent).toBe(`${countOf({ text: 'AZAF8' })} of ${total} flights`);
  });

  it('typing From/To sets the inclusive date range in the store, and Clear all restores everything', async () => {
    renderDashboard();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2020-09-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2020-12-31' } });
    expect(useAirlift.getState().filters).toMatchObject({ from: '2020-09-01', to: '2020-12-31' });
    const expected = countOf({ from: '2020-09-01', to: '2020-12-31' });
    expect(countsLine().textContent).toBe(`${expected} of ${total} flights, 2020-09-01 – 2020-12-31`);
    await userEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(useAirlift.getState().filters).toEqual({});
    expect(countsLine().textContent).toBe(`${total} flights`);
  });

  it('an event marker narrows the range to the event ± 7 days', async () => {
    renderDashboard();
    const gantz = bundled.events.find((e) => e.date === '2022-10-03')!;
    await userEvent.click(screen.getByRole('button', { name: new RegExp(`Event: 2022-10-03`) }));
    expect(useAirlift.getState().filters).toMatchObject({ from: '2022-09-26', to: '2022-10-10' });
    expect(gantz.title).toContain('Gantz');
  });

  it('evidence filters: two independent sources, and a source publisher with counts', async () => {
    renderDashboard();
    await userEvent.click(screen.getByRole('checkbox', { name: 'At least two independent sources' }));
    const twoSources = countOf({ minPublishers: 2 });
    expect(useAirlift.getState().filters).toEqual({ minPublishers: 2 });
    expect(countsLine().textContent).toBe(`${twoSources} of ${total} flights`);
    await userEvent.click(screen.getByRole('checkbox', { name: 'At least two independent sources' }));
    await userEvent.click(screen.getByText('Source publisher'));
    const generator = bundled.flights.filter((f) =>
      f.sources.some((s) => s.publisher === 'Airlift sample generator'),
    );
    await userEvent.click(
      screen.getByRole('checkbox', { name: `Airlift sample generator (${generator.length})` }),
    );
    expect(countsLine().textContent).toBe(`${generator.length} of ${total} flights`);
  });
});

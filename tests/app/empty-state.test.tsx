// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmptyState } from '../../src/app/EmptyState';
import { loadBundledDataset } from '../../src/app/load-bundled';
import { selectView } from '../../src/store/selectors';
import { useAirlift } from '../../src/store/store';
import { makeDataset } from '../fixtures/flights';

const bundled = loadBundledDataset();
const total = bundled.flights.length;

beforeEach(() => {
  useAirlift.setState({ filters: {}, selection: null, eventFocus: null, linkDataset: null, notices: [] });
  useAirlift.getState().loadDataset(bundled, 'bundled');
});
afterEach(cleanup);

describe('the empty state', () => {
  it('is not shown while flights pass', () => {
    render(<EmptyState />);
    expect(screen.queryByRole('status', { name: 'No flights' })).toBeNull();
  });

  it('names the filter that leaves 0 flights and clears it in one click', async () => {
    useAirlift.getState().setFilters({ airport: 'LTFM', confidences: ['synthetic'] });
    render(<EmptyState />);
    const box = screen.getByRole('status', { name: 'No flights' });
    expect(box.textContent).toContain(
      `Without airport LTFM: ${useAirlift.getState().dataset!.flights.filter((f) => f.confidence === 'synthetic').length} flights.`,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Clear airport LTFM' }));
    expect(useAirlift.getState().filters).toEqual({ confidences: ['synthetic'] });
    expect(selectView(useAirlift.getState())!.total).toBeGreaterThan(0);
    expect(screen.queryByRole('status', { name: 'No flights' })).toBeNull();
  });

  it('offers to clear every filter when no single one is to blame', async () => {
    useAirlift.getState().setFilters({ airport: 'LTFM', operators: ['Nobody'] });
    render(<EmptyState />);
    expect(screen.getByRole('status', { name: 'No flights' }).textContent).toContain(
      'No single filter explains it',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(selectView(useAirlift.getState())!.total).toBe(total);
  });

  it('says when the link was made on another dataset', () => {
    useAirlift.setState({ linkDataset: 'my-import-3-0badf00d' });
    useAirlift.getState().setFilters({ airport: 'LTFM' });
    render(<EmptyState />);
    expect(screen.getByRole('status', { name: 'No flights' }).textContent).toContain(
      'This link was made on another dataset (my-import-3-0badf00d)',
    );
  });

  it('says so when the dataset itself has no flight', () => {
    useAirlift.getState().loadDataset(makeDataset([]), 'imported');
    render(<EmptyState />);
    expect(screen.getByRole('status', { name: 'No flights' }).textContent).toBe(
      'This dataset has no flights.',
    );
  });
});

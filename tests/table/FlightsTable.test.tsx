// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import type { Flight, SortKey, SortSpec } from '../../src/data/contract';
import { FlightsTable } from '../../src/table/FlightsTable';
import { fakeLayout, hostileFlight, makeFlights } from '../ui/helpers';

let undoLayout: () => void;
beforeAll(() => {
  undoLayout = fakeLayout(560);
});
afterAll(() => undoLayout());
afterEach(cleanup);

function renderTable(flights: readonly Flight[], props: Partial<ComponentProps<typeof FlightsTable>> = {}) {
  const onSortChange = vi.fn();
  const onSelectFlight = vi.fn();
  const sort: SortSpec = { key: 'date', dir: 'asc' };
  const utils = render(
    <FlightsTable
      flights={flights}
      sort={sort}
      onSortChange={onSortChange}
      onSelectFlight={onSelectFlight}
      {...props}
    />,
  );
  return { ...utils, onSortChange, onSelectFlight };
}

function bodyRows(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>('tbody tr[data-index]'));
}

describe('FlightsTable: virtualization', () => {
  it('renders only a window of 10,000 flights and counts them all for screen readers', () => {
    const { container } = renderTable(makeFlights(10_000));
    const rows = bodyRows(container);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(100);
    expect(rows[0].dataset.index).toBe('0');
    const table = screen.getByRole('table', { name: 'Flights' });
    expect(table.getAttribute('aria-rowcount')).toBe('10001');
    expect(rows[0].getAttribute('aria-rowindex')).toBe('2');
  });

  it('renders the rows of the scrolled-to window', () => {
    const { container } = renderTable(makeFlights(10_000));
    const scroller = container.querySelector<HTMLElement>('.flights-table')!;
    act(() => {
      scroller.scrollTop = 28 * 5000;
      fireEvent.scroll(scroller);
    });
    const indices = bodyRows(container).map((r) => Number(r.dataset.index));
    expect(indices).toContain(5000);
    expect(indices).not.toContain(0);
    expect(indices.length).toBeLessThan(100);
    const row = container.querySelector<HTMLElement>('tr[data-index="5000"]')!;
    expect(row.textContent).toContain('4K-AZ5000');
    // Row 0 held the tab stop and is gone: the first row in view (not an overscan row above it) takes it.
    expect(
      bodyRows(container)
        .filter((r) => r.tabIndex === 0)
        .map((r) => r.dataset.index),
    ).toEqual(['5000']);
  });
});

describe('FlightsTable: sorting headers', () => {
  const labels: [string, SortKey][] = [
    ['Date', 'date'],
    ['From', 'origin'],
    ['To', 'destination'],
    ['Operator', 'operator'],
    ['Callsign', 'callsign'],
    ['Aircraft', 'aircraftType'],
    ['Registration', 'registration'],
    ['Confidence', 'confidence'],
    ['Sources', 'sources'],
  ];

  it.each(labels)('header %s starts %s ascending when it is a new key', async (label, key) => {
    const sort: SortSpec =
      key === 'registration' ? { key: 'date', dir: 'desc' } : { key: 'registration', dir: 'desc' };
    const { onSortChange } = renderTable(makeFlights(3), { sort });
    await userEvent.click(screen.getByRole('button', { name: label }));
    expect(onSortChange).toHaveBeenCalledWith({ key, dir: 'asc' });
  });

  it.each([
    ['asc', 'desc'],
    ['desc', 'asc'],
  ] as const)('clicking the sorted header flips %s to %s', async (dir, next) => {
    const { onSortChange } = renderTable(makeFlights(3), { sort: { key: 'operator', dir } });
    await userEvent.click(screen.getByRole('button', { name: 'Operator' }));
    expect(onSortChange).toHaveBeenCalledWith({ key: 'operator', dir: next });
  });

  it('marks the sorted column with aria-sort and the others with none', () => {
    const flights = makeFlights(3);
    const { rerender } = renderTable(flights, { sort: { key: 'callsign', dir: 'asc' } });
    const header = (name: string) => screen.getByRole('button', { name }).closest('th')!;
    expect(header('Callsign').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Date').getAttribute('aria-sort')).toBe('none');
    rerender(
      <FlightsTable
        flights={flights}
        sort={{ key: 'callsign', dir: 'desc' }}
        onSortChange={() => {}}
        onSelectFlight={() => {}}
      />,
    );
    expect(header('Callsign').getAttribute('aria-sort')).toBe('descending');
  });
});

describe('FlightsTable: selecting', () => {
  it('selects on row click', async () => {
    const flights = makeFlights(20);
    const { container, onSelectFlight } = renderTable(flights);
    await userEvent.click(within(container.querySelector('tr[data-index="3"]')!).getByText('4K-AZ3'));
    expect(onSelectFlight).toHaveBeenCalledTimes(1);
    expect(onSelectFlight).toHaveBeenCalledWith(flights[3]);
  });

  it('selects on Enter in a focused row, and not on Enter in a focused link', async () => {
    const flights = makeFlights(20);
    const { container, onSelectFlight } = renderTable(flights);
    const row = container.querySelector<HTMLElement>('tr[data-index="2"]')!;
    row.focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelectFlight).toHaveBeenCalledWith(flights[2]);
    onSelectFlight.mockClear();
    fireEvent.keyDown(within(row).getByRole('link'), { key: 'Enter' });
    expect(onSelectFlight).not.toHaveBeenCalled();
  });

  it('does not select when a source link is clicked', async () => {
    const { container, onSelectFlight } = renderTable(makeFlights(5));
    const link = within(container.querySelector<HTMLElement>('tr[data-index="1"]')!).getByRole('link');
    await userEvent.click(link);
    expect(onSelectFlight).not.toHaveBeenCalled();
  });

  it('marks the selected row and the highlighted route beyond colour', () => {
    const flights = makeFlights(6, (i) => (i % 2 ? { origin: 'LLOV', destination: 'UBBB' } : {}));
    const { container } = renderTable(flights, { selectedFlightId: 'f2', highlightedRouteKey: 'LLOV>UBBB' });
    const rows = bodyRows(container);
    expect(
      rows.filter((r) => r.getAttribute('aria-current') === 'true').map((r) => r.dataset.flightId),
    ).toEqual(['f2']);
    expect(rows.filter((r) => r.classList.contains('is-highlighted')).map((r) => r.dataset.flightId)).toEqual(
      ['f1', 'f3', 'f5'],
    );
    expect(rows[2].classList.contains('is-selected')).toBe(true);
  });
});

describe('FlightsTable: keyboard', () => {
  it('keeps one tab stop and moves focus with the arrow keys', async () => {
    const { container } = renderTable(makeFlights(50));
    const tabStops = bodyRows(container).filter((r) => r.tabIndex === 0);
    expect(tabStops.map((r) => r.dataset.index)).toEqual(['0']);
    tabStops[0].focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect((document.activeElement as HTMLElement).dataset.index).toBe('2');
    await userEvent.keyboard('{ArrowUp}');
    expect((document.activeElement as HTMLElement).dataset.index).toBe('1');
    expect(
      bodyRows(container)
        .filter((r) => r.tabIndex === 0)
        .map((r) => r.dataset.index),
    ).toEqual(['1']);
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect((document.activeElement as HTMLElement).dataset.index).toBe('0');
  });

  it('scrolls the virtualizer to a row out of view (End) and focuses it', async () => {
    const { container } = renderTable(makeFlights(10_000));
    container.querySelector<HTMLElement>('tr[data-index="0"]')!.focus();
    await userEvent.keyboard('{End}');
    const focused = document.activeElement as HTMLElement;
    expect(focused.dataset.index).toBe('9999');
    expect(focused.textContent).toContain('4K-AZ9999');
    expect(bodyRows(container).length).toBeLessThan(100);
    await userEvent.keyboard('{ArrowDown}');
    expect((document.activeElement as HTMLElement).dataset.index).toBe('9999');
  });
});

describe('FlightsTable: content', () => {
  it('says so when no flights match', () => {
    const { container } = renderTable([]);
    expect(screen.getByText('No flights match the filters.')).toBeTruthy();
    expect(bodyRows(container)).toHaveLength(0);
    expect(screen.getByRole('table', { name: 'Flights' }).getAttribute('aria-rowcount')).toBe('1');
  });

  it('labels airports with airportLabel and marks synthetic flights in text', () => {
    const flights = makeFlights(1, () => ({ confidence: 'synthetic' }));
    const { container } = renderTable(flights, { airportLabel: (icao) => `${icao} (label)` });
    const row = bodyRows(container)[0];
    expect(row.textContent).toContain('UBBB (label)');
    expect(row.textContent).toContain('LLOV (label)');
    expect(within(row).getByText('synthetic')).toBeTruthy();
  });

  it('renders hostile data as text: no injected elements, no javascript: links', () => {
    const { container } = renderTable([hostileFlight()]);
    expect(container.querySelector('img, script, iframe')).toBeNull();
    expect(container.querySelector('a[href^="javascript"], a[href^="data"]')).toBeNull();
    expect(container.querySelectorAll('a')).toHaveLength(0);
    const row = bodyRows(container)[0];
    expect(row.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(row.textContent).toContain('<script>alert(2)</script>');
  });
});

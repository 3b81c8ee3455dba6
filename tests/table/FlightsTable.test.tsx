// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import type { Flight, SortKey, SortSpec } from '../../src/data/contract';
import { FlightsTable } from '../../src/table/FlightsTable';
import { makeFlights } from '../fixtures/flights';
import { fakeLayout, hostileFlight } from '../ui/helpers';

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

const table = () => screen.getByRole('table', { name: 'Flights' });

/** The body rows on show (the header is row 1 of aria-rowindex). */
function bodyRows(): HTMLElement[] {
  return within(table())
    .queryAllByRole('row')
    .filter((r) => Number(r.getAttribute('aria-rowindex')) > 1);
}

/** Which flight (0-based) a row shows, from its aria-rowindex. */
const indexOf = (row: Element | null) => String(Number(row?.getAttribute('aria-rowindex')) - 2);

function rowAt(index: number): HTMLElement {
  const row = bodyRows().find((r) => indexOf(r) === String(index));
  if (!row) throw new Error(`row ${index} is not rendered`);
  return row;
}

describe('FlightsTable: virtualization', () => {
  it('renders only a window of 10,000 flights and counts them all for screen readers', () => {
    renderTable(makeFlights(10_000));
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(100);
    expect(indexOf(rows[0] ?? null)).toBe('0');
    const table = screen.getByRole('table', { name: 'Flights' });
    expect(table.getAttribute('aria-rowcount')).toBe('10001');
    expect(rows[0]?.getAttribute('aria-rowindex')).toBe('2');
  });

  it('renders the rows of the scrolled-to window', () => {
    renderTable(makeFlights(10_000));
    // The table scrolls inside its own box.
    const scroller = table().parentElement;
    if (!scroller) throw new Error('the table has no scroller');
    act(() => {
      scroller.scrollTop = 28 * 5000;
      fireEvent.scroll(scroller);
    });
    const indices = bodyRows().map((r) => Number(indexOf(r)));
    expect(indices).toContain(5000);
    expect(indices).not.toContain(0);
    expect(indices.length).toBeLessThan(100);
    const row = rowAt(5000);
    expect(row.textContent).toContain('4K-AZ5000');
    // Row 0 held the tab stop and is gone: the first row in view (not an overscan row above it) takes it.
    expect(
      bodyRows()
        .filter((r) => r.tabIndex === 0)
        .map((r) => indexOf(r)),
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
    const { onSelectFlight } = renderTable(flights);
    await userEvent.click(within(rowAt(3)).getByText('4K-AZ3'));
    expect(onSelectFlight).toHaveBeenCalledTimes(1);
    expect(onSelectFlight).toHaveBeenCalledWith(flights[3]);
  });

  it('selects on Enter in a focused row, and not on Enter in a focused link', async () => {
    const flights = makeFlights(20);
    const { onSelectFlight } = renderTable(flights);
    const row = rowAt(2);
    row.focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelectFlight).toHaveBeenCalledWith(flights[2]);
    onSelectFlight.mockClear();
    fireEvent.keyDown(within(row).getByRole('link'), { key: 'Enter' });
    expect(onSelectFlight).not.toHaveBeenCalled();
  });

  it('does not select when a source link is clicked', async () => {
    const { onSelectFlight } = renderTable(makeFlights(5));
    const link = within(rowAt(1)).getByRole('link');
    await userEvent.click(link);
    expect(onSelectFlight).not.toHaveBeenCalled();
  });

  it('marks the selected row and the highlighted route beyond colour', () => {
    const flights = makeFlights(6, (i) => (i % 2 ? { origin: 'LLOV', destination: 'UBBB' } : {}));
    renderTable(flights, { selectedFlightId: 'f2', highlightedRouteKey: 'LLOV>UBBB' });
    const rows = bodyRows();
    expect(rows.filter((r) => r.getAttribute('aria-current') === 'true').map(indexOf)).toEqual(['2']);
    expect(rows.filter((r) => r.classList.contains('is-highlighted')).map(indexOf)).toEqual(['1', '3', '5']);
    expect(rows[2]?.classList.contains('is-selected')).toBe(true);
  });
});

describe('FlightsTable: keyboard', () => {
  it('keeps one tab stop and moves focus with the arrow keys', async () => {
    renderTable(makeFlights(50));
    const tabStops = bodyRows().filter((r) => r.tabIndex === 0);
    expect(tabStops.map((r) => indexOf(r))).toEqual(['0']);
    tabStops[0]?.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(indexOf(document.activeElement)).toBe('2');
    await userEvent.keyboard('{ArrowUp}');
    expect(indexOf(document.activeElement)).toBe('1');
    expect(
      bodyRows()
        .filter((r) => r.tabIndex === 0)
        .map((r) => indexOf(r)),
    ).toEqual(['1']);
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(indexOf(document.activeElement)).toBe('0');
  });

  it('scrolls the virtualizer to a row out of view (End) and focuses it', async () => {
    renderTable(makeFlights(10_000));
    rowAt(0).focus();
    await userEvent.keyboard('{End}');
    const focused = document.activeElement as HTMLElement;
    expect(indexOf(focused)).toBe('9999');
    expect(focused.textContent).toContain('4K-AZ9999');
    expect(bodyRows().length).toBeLessThan(100);
    await userEvent.keyboard('{ArrowDown}');
    expect(indexOf(document.activeElement)).toBe('9999');
  });
});

describe('FlightsTable: content', () => {
  it('says so when no flights match', () => {
    renderTable([]);
    expect(screen.getByText('No flights match the filters.')).toBeTruthy();
    expect(bodyRows()).toHaveLength(0);
    expect(screen.getByRole('table', { name: 'Flights' }).getAttribute('aria-rowcount')).toBe('1');
  });

  it('labels airports with airportLabel and marks synthetic flights in text', () => {
    const flights = makeFlights(1, () => ({ confidence: 'synthetic' }));
    renderTable(flights, { airportLabel: (icao) => `${icao} (label)` });
    const row = rowAt(0);
    expect(row.textContent).toContain('UBBB (label)');
    expect(row.textContent).toContain('LLOV (label)');
    expect(within(row).getByText('synthetic')).toBeTruthy();
  });

  it('renders hostile data as text: no injected elements, no javascript: links', () => {
    const { container } = renderTable([hostileFlight()]);
    expect(container.querySelector('img, script, iframe')).toBeNull();
    expect(container.querySelector('a[href^="javascript"], a[href^="data"]')).toBeNull();
    expect(container.querySelectorAll('a')).toHaveLength(0);
    const row = rowAt(0);
    expect(row.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(row.textContent).toContain('<script>alert(2)</script>');
  });
});

describe('FlightsTable: track badges', () => {
  it('marks a flight with a track and each observed end, and nothing on a compiled flight', () => {
    const flights = makeFlights(2, (i) =>
      i === 0 ? { departureObserved: true, arrivalObserved: false } : {},
    );
    const first = flights[0];
    if (!first) throw new Error('no flight');
    renderTable(flights, { trackIds: new Map([[first.id, true]]) });
    expect(within(rowAt(0)).getByTitle('Has an observed track').textContent).toBe('track');
    expect(within(rowAt(0)).getByTitle('Departure observed')).toBeTruthy();
    expect(within(rowAt(0)).queryByTitle('Arrival observed')).toBeNull();
    expect(rowAt(1).querySelector('.track-badge')).toBeNull();
  });
});

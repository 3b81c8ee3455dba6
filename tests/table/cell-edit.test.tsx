// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import type { Flight } from '../../src/data/contract';
import { cellChanges } from '../../src/table/cell-edit';
import { FlightsTable, type EditCell } from '../../src/table/FlightsTable';
import { makeFlight, makeFlights } from '../fixtures/flights';
import { fakeLayout } from '../ui/helpers';

let undoLayout: () => void;
beforeAll(() => {
  undoLayout = fakeLayout(560);
});
afterAll(() => undoLayout());
afterEach(cleanup);

function renderTable(flights: readonly Flight[], props: Partial<ComponentProps<typeof FlightsTable>> = {}) {
  const onEditCell = vi.fn<EditCell>(async () => null);
  render(
    <FlightsTable
      flights={flights}
      sort={{ key: 'date', dir: 'asc' }}
      onSortChange={() => {}}
      onSelectFlight={() => {}}
      onEditCell={onEditCell}
      {...props}
    />,
  );
  return { onEditCell };
}

const rowOf = (id: string) => document.querySelector<HTMLElement>(`tr[data-flight-id="${id}"]`)!;
const cellOf = (id: string, column: string) =>
  rowOf(id).querySelector<HTMLElement>(`td[data-column="${column}"]`)!;

describe('the table shows imprecise dates and review', () => {
  it.each([
    [{ date: '2022-10-01', dateEnd: '2022-10-31' }, 'October 2022'],
    [{ date: '2022-10-01', dateEnd: '2022-10-12' }, '2022-10-01 … 2022-10-12'],
    [{ date: '2022-10-03', dateEnd: '2022-10-09' }, 'week of 2022-10-03'],
    [{ date: '2022-10-03' }, '2022-10-03'],
  ])('a flight of %j reads %s in the date cell', (dates, text) => {
    renderTable([makeFlight({ id: 'f-d', ...dates })]);
    expect(cellOf('f-d', 'date').textContent).toBe(text);
  });

  it('a disputed flight says "Disputed" in words and its row is marked; others do not', () => {
    renderTable([
      makeFlight({ id: 'f-x', review: { status: 'disputed', by: 'Ada', note: 'wrong tail' } }),
      makeFlight({ id: 'f-v', review: { status: 'verified' } }),
      makeFlight({ id: 'f-u' }),
    ]);
    expect(within(rowOf('f-x')).getByText('Disputed')).toBeTruthy();
    expect(rowOf('f-x').classList.contains('is-disputed')).toBe(true);
    expect(within(rowOf('f-v')).getByText('Verified')).toBeTruthy();
    expect(rowOf('f-v').classList.contains('is-disputed')).toBe(false);
    expect(rowOf('f-u').textContent).not.toMatch(/Disputed|Verified/);
  });
});

describe('editing a cell in place', () => {
  it('double-click opens an editor; Enter saves through onEditCell and focus returns to the row', async () => {
    const flights = makeFlights(3);
    const { onEditCell } = renderTable(flights);
    await userEvent.dblClick(cellOf('f1', 'registration'));
    const input = screen.getByRole('textbox', { name: 'Registration of flight f1' });
    expect(document.activeElement).toBe(input);
    await userEvent.clear(input);
    await userEvent.type(input, '4K-NEW{Enter}');
    expect(onEditCell).toHaveBeenCalledTimes(1);
    expect(onEditCell).toHaveBeenCalledWith(flights[1], 'registration', 'text', '4K-NEW');
    await waitFor(() => expect(screen.queryByRole('textbox')).toBeNull());
    expect(document.activeElement).toBe(rowOf('f1'));
  });

  it('a refused edit shows why, marks the editor invalid and keeps it open; Escape cancels', async () => {
    const flights = makeFlights(2);
    renderTable(flights, {
      onEditCell: vi.fn<EditCell>(async () => [{ field: 'date', message: 'not a date' }]),
    });
    await userEvent.dblClick(cellOf('f0', 'date'));
    const input = screen.getByRole('textbox', { name: 'Date of flight f0' });
    await userEvent.type(input, 'x{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('date: not a date');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(alert.id);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(cellOf('f0', 'date').textContent).toBe(flights[0]!.date);
    expect(document.activeElement).toBe(rowOf('f0'));
  });

  it('F2 on a focused row edits the column chosen with Left and Right', async () => {
    const flights = makeFlights(2);
    const { onEditCell } = renderTable(flights);
    rowOf('f0').focus();
    // Date, From, To, Operator: three steps right.
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowLeft}{ArrowRight}{F2}');
    const input = screen.getByRole('textbox', { name: 'Operator of flight f0' });
    await userEvent.clear(input);
    await userEvent.type(input, 'Other Air{Enter}');
    expect(onEditCell).toHaveBeenCalledWith(flights[0], 'operator', 'text', 'Other Air');
  });

  it('the sources column is not edited in place, and a read-only table has no editor', async () => {
    renderTable(makeFlights(1), { onEditCell: false });
    await userEvent.dblClick(cellOf('f0', 'registration'));
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});

describe('cellChanges', () => {
  const flight = makeFlight({ date: '2022-10-05', registration: '4K-A' });
  it.each<[string, string, Record<string, unknown>]>([
    ['date', 'Oct 2022', { date: '2022-10-01', dateEnd: '2022-10-31' }],
    ['date', '2022-10-05', {}],
    ['registration', ' 4K-A ', {}],
    ['registration', '', { registration: '' }],
  ])('%s typed as %j changes %j', (field, text, changes) => {
    const kind = field === 'date' ? 'date' : 'text';
    expect(cellChanges(flight, field, kind, text)).toEqual({ ok: true, changes });
  });

  it('a date it cannot read is refused with the date parser’s message', () => {
    const out = cellChanges(flight, 'date', 'date', 'soon');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors[0]?.field).toBe('date');
  });
});

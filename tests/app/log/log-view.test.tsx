// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LogEntry } from '../../../src/data/contract';
import { FlightLogSection } from '../../../src/app/log/FlightLogSection';
import { LogControls } from '../../../src/app/log/LogControls';
import { LOG_PAGE } from '../../../src/app/log/LogView';
import { useAirlift } from '../../../src/store/store';
import { makeDataset, makeMinimalFlight } from '../../fixtures/flights';

const download = vi.hoisted(() => vi.fn());
vi.mock('../../../src/io/download', () => ({ downloadText: download, downloadBlob: vi.fn() }));

// Illustrative entries (names and ids made up for the test).
const LOG: LogEntry[] = [
  { at: '2026-01-05T09:00:00Z', action: 'import', after: 'case.csv (2 flights)' },
  {
    at: '2026-01-05T10:00:00Z',
    by: 'Ana',
    action: 'edit',
    flightId: 'f-1',
    field: 'registration',
    before: '4K-AZ1',
    after: '4K-AZ2',
  },
  {
    at: '2026-01-06T10:00:00Z',
    by: 'Ben',
    action: 'edit',
    flightId: 'f-1',
    field: 'notes',
    before: undefined,
    after: '=SUM(A1)',
  },
  {
    at: '2026-01-07T10:00:00Z',
    by: 'Ana',
    action: 'edit',
    flightId: 'f-2',
    field: 'confidence',
    before: 'reported',
    after: 'confirmed',
  },
];
const flight = makeMinimalFlight({ id: 'f-1' });

function load(log: LogEntry[]) {
  useAirlift
    .getState()
    .loadDataset({ ...makeDataset([flight, makeMinimalFlight({ id: 'f-2' })]), log }, 'imported');
}
const bodyRows = () =>
  within(screen.getByRole('table')).getAllByRole('row').slice(1) as HTMLTableRowElement[];

beforeEach(() => download.mockClear());
afterEach(cleanup);

describe('the flight panel log', () => {
  it("lists the flight's own entries, newest first: when, who, field before → after", () => {
    load(LOG);
    render(<FlightLogSection flight={flight} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      '2026-01-06 10:00 UTC · Ben · notes: (empty) → "=SUM(A1)"',
      '2026-01-05 10:00 UTC · Ana · registration: "4K-AZ1" → "4K-AZ2"',
    ]);
  });

  it('says so when nothing is on record', () => {
    load([]);
    render(<FlightLogSection flight={flight} />);
    expect(screen.getByText('No change to this flight is on record.')).toBeTruthy();
  });
});

describe('the log view', () => {
  it('opens from the toolbar with every entry, newest first, and filters by who, action, field and text', async () => {
    load(LOG);
    const user = userEvent.setup();
    render(<LogControls />);
    await user.click(screen.getByRole('button', { name: 'Change log (4)' }));
    const dialog = screen.getByRole('dialog', { name: 'Change log' });
    expect(within(dialog).getByRole('status').textContent).toBe('4 entries');
    expect(bodyRows().map((r) => r.cells[1]?.textContent)).toEqual(['Ana', 'Ben', 'Ana', '(no name)']);

    await user.selectOptions(within(dialog).getByLabelText('Who'), 'Ana');
    expect(within(dialog).getByRole('status').textContent).toBe('2 of 4 entries');
    await user.selectOptions(within(dialog).getByLabelText('Field'), 'registration');
    expect(bodyRows().map((r) => r.cells[4]?.textContent)).toEqual(['registration: "4K-AZ1" → "4K-AZ2"']);
    await user.selectOptions(within(dialog).getByLabelText('Who'), 'Anyone');
    await user.selectOptions(within(dialog).getByLabelText('Field'), 'Any');
    await user.selectOptions(within(dialog).getByLabelText('Action'), 'import');
    expect(bodyRows().map((r) => r.cells[1]?.textContent)).toEqual(['(no name)']);
    await user.selectOptions(within(dialog).getByLabelText('Action'), 'Any');
    await user.type(within(dialog).getByLabelText('Text'), 'sum(');
    expect(bodyRows().map((r) => r.cells[1]?.textContent)).toEqual(['Ben']);
    await user.clear(within(dialog).getByLabelText('Text'));
    await user.type(within(dialog).getByLabelText('Text'), 'nobody');
    expect(within(dialog).getByText('No entry matches these filters.')).toBeTruthy();
  });

  it('exports the filtered rows as CSV, formulas guarded', async () => {
    load(LOG);
    const user = userEvent.setup();
    render(<LogControls />);
    await user.click(screen.getByRole('button', { name: 'Change log (4)' }));
    await user.selectOptions(screen.getByLabelText('Who'), 'Ben');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [text, name] = download.mock.calls[0] as [string, string];
    expect(name).toBe('change-log.csv');
    expect(text).toBe(
      "\uFEFFat,by,action,flightId,field,before,after\r\n2026-01-06T10:00:00Z,Ben,edit,f-1,notes,,'=SUM(A1)",
    );
  });

  it('pages a long log, newest first', async () => {
    const long: LogEntry[] = Array.from({ length: LOG_PAGE + 5 }, (_, i) => ({
      at: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
      by: 'Ana',
      action: 'edit',
      flightId: `f-${i}`,
      field: 'notes',
      after: `n${i}`,
    }));
    load(long);
    render(<LogControls />);
    fireEvent.click(screen.getByRole('button', { name: `Change log (${long.length})` }));
    expect(bodyRows()).toHaveLength(LOG_PAGE);
    expect(screen.getByRole('status').textContent).toBe(
      `${long.length} entries · showing 1–${LOG_PAGE}, newest first`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Older' }));
    expect(bodyRows()).toHaveLength(5);
    expect(screen.getByText('Page 2 of 2')).toBeTruthy();
  });

  it('closes with Close and gives focus back to its button', async () => {
    load(LOG);
    const user = userEvent.setup();
    render(<LogControls />);
    const opener = screen.getByRole('button', { name: 'Change log (4)' });
    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});

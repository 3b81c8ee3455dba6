// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AircraftList } from '../../src/app/aircraft/AircraftList';
import { SelectionPanel } from '../../src/app/SelectionPanel';
import type { Flight } from '../../src/data/contract';
import { useAirlift } from '../../src/store/store';
import { makeDataset } from '../fixtures/flights';
import { fakeDb, fakeSources, flight } from '../data/identity/resolve-fakes';

// Made-up blocks, marks and designators (resolve-fakes.ts): Xaland 100000–1003FF, mark X1; QQA, QQB.
const FLIGHTS: Flight[] = [
  flight({ id: 'a1', date: '2024-01-05', icao24: '100001', callsign: 'QQA101' }),
  flight({ id: 'a2', date: '2024-01-20', icao24: '100001', callsign: 'QQA102', destination: 'LTFM' }),
  // The same airframe under a new registration and callsign prefix a few months on.
  flight({ id: 'a3', date: '2024-04-02', icao24: '100001', registration: 'X1-NEW', callsign: 'QQB7' }),
  flight({ id: 'b1', date: '2024-02-01', icao24: '100002', registration: 'X1-BBB', aircraftType: 'A332' }),
  flight({ id: 'b2', date: '2024-02-03', icao24: '100002', registration: 'X1-BBB', aircraftType: 'A332' }),
  flight({ id: 'b3', date: '2024-02-05', icao24: '100002', registration: 'X1-BBB', aircraftType: 'A332' }),
  flight({ id: 'b4', date: '2024-02-07', icao24: '100002', registration: 'X1-BBB', aircraftType: 'A332' }),
];
const db = fakeDb([{ icao24: '100001', registration: 'X1-OLD', typecode: 'IL76' }]);
const { db: _none, ...tables } = fakeSources();

beforeEach(() => {
  useAirlift.setState({ filters: {}, selection: null, aircraftDb: null, identityTables: null });
  useAirlift.getState().loadDataset(makeDataset(FLIGHTS), 'imported');
  useAirlift.getState().setIdentityTables(tables);
  useAirlift.getState().setAircraftDb(db);
});
afterEach(cleanup);

const list = () => screen.getByRole('region', { name: 'Aircraft' });
const items = () =>
  within(list())
    .getAllByRole('button', { pressed: false })
    .concat(within(list()).queryAllByRole('button', { pressed: true }));
const itemLabels = () =>
  within(list())
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.aircraft-item__label')?.textContent?.replace(/\s+/g, ' ').trim());

describe('the Aircraft list', () => {
  it('lists every airframe busiest first, a derived registration in italics marked "derived" with its source', () => {
    render(<AircraftList />);
    expect(itemLabels()).toEqual(['X1-BBB', 'X1-NEW']);
    expect(items()).toHaveLength(2);
    // 100001's latest registration is its own (X1-NEW); its derived one (X1-OLD) is not the label.
    act(() => useAirlift.getState().setFilters({ to: '2024-03-01' }));
    const derived = within(list()).getByText('X1-OLD');
    expect(derived.tagName).toBe('I');
    const mark = derived.closest('.derived-value')!;
    expect(mark.textContent).toContain('derived');
    expect(mark.textContent).toContain('from aircraftDatabase.csv (imported 2026-12-02)');
    expect(mark.getAttribute('title')).toBe(
      'X1-OLD: derived from aircraftDatabase.csv (imported 2026-12-02)',
    );
  });

  it('shows type, operators, dates and routes, and follows the filters', () => {
    render(<AircraftList />);
    const button = within(list()).getByRole('button', { name: /^X1-NEW/ });
    expect(button.textContent).toContain('2024-01-05 – 2024-04-02');
    expect(button.textContent).toContain('UBBB → LLOV (2)');
    expect(button.textContent).toContain('UBBB → LTFM (1)');
    // IL76 came from the database for the flights without a type.
    expect(within(button).getByText('IL76').tagName).toBe('I');
    act(() => useAirlift.getState().setFilters({ destination: 'LTFM' }));
    expect(itemLabels()).toEqual(['X1-OLD derived from aircraftDatabase.csv (imported 2026-12-02)']);
  });

  it('searches by registration (with or without hyphen), icao24, type or operator', async () => {
    const user = userEvent.setup();
    render(<AircraftList />);
    const search = screen.getByLabelText('Search aircraft');
    await user.type(search, 'x1bbb');
    expect(itemLabels()).toEqual(['X1-BBB']);
    await user.clear(search);
    await user.type(search, '100001');
    expect(itemLabels()).toEqual(['X1-NEW']);
    await user.clear(search);
    await user.type(search, 'brightwing');
    expect(itemLabels()).toEqual(['X1-NEW']);
    await user.clear(search);
    await user.type(search, 'nothing like it');
    expect(within(list()).getByText('No aircraft match the search.')).toBeTruthy();
  });

  it('sorts by the chosen key and direction', async () => {
    const user = userEvent.setup();
    render(<AircraftList />);
    await user.selectOptions(screen.getByLabelText('Sort aircraft by'), 'Fewest flights first');
    expect(itemLabels()).toEqual(['X1-NEW', 'X1-BBB']);
    await user.selectOptions(screen.getByLabelText('Sort aircraft by'), 'Registration, Z to A');
    expect(itemLabels()).toEqual(['X1-NEW', 'X1-BBB']);
    await user.selectOptions(screen.getByLabelText('Sort aircraft by'), 'Last seen, oldest first');
    expect(itemLabels()).toEqual(['X1-BBB', 'X1-NEW']);
  });

  it('selects an aircraft on a click; its panel filters to it, and the list offers the way out', async () => {
    const user = userEvent.setup();
    render(
      <>
        <AircraftList />
        <SelectionPanel />
      </>,
    );
    await user.click(within(list()).getByRole('button', { name: /^X1-NEW/ }));
    expect(useAirlift.getState().selection).toEqual({ kind: 'aircraft', key: '100001' });
    expect(
      within(list())
        .getByRole('button', { name: /^X1-NEW/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    const panel = screen.getByRole('region', { name: 'Selected aircraft' });
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('Aircraft X1-NEW');
    expect(panel.textContent).toContain('3 flights in the current filter, 2024-01-05 – 2024-04-02');

    await user.click(within(panel).getByRole('button', { name: 'Filter to this aircraft' }));
    expect(useAirlift.getState().filters.aircraft).toEqual(['100001']);
    expect(itemLabels()).toEqual(['X1-NEW']);
    expect(list().textContent).toContain('Filtered to aircraft X1-NEW');
    await user.click(within(list()).getByRole('button', { name: 'Clear aircraft filter' }));
    expect(useAirlift.getState().filters.aircraft).toBeUndefined();
  });
});

describe("the aircraft panel's history", () => {
  it('lists each change of registration, operator and callsign prefix with its date, derived ones marked', () => {
    useAirlift.getState().select({ kind: 'aircraft', key: '100001' });
    render(<SelectionPanel />);
    const history = screen.getByRole('region', { name: 'History' });
    const changes = within(history)
      .getAllByRole('listitem')
      .map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(changes).toEqual([
      '2024-01-05 Registration first seen as X1-OLD derived',
      '2024-01-05 Operator first seen as Qualm Air Lines derived',
      '2024-01-05 Callsign prefix first seen as QQA',
      '2024-04-02 Registration changed from X1-OLD to X1-NEW',
      '2024-04-02 Operator changed from Qualm Air Lines to Brightwing Cargo Ltd derived',
      '2024-04-02 Callsign prefix changed from QQA to QQB',
    ]);
    expect(within(history).getByRole('heading', { level: 4 }).textContent).toContain('(3 changes)');
    // Flights per month as a table a screen reader can read (the bars are hidden from it).
    const rows = within(history)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual(['2024-012', '2024-041']);
    expect(history.textContent).toContain('Months without flights are left out.');
  });

  it('keeps the history when the filter hides the aircraft, and says so', () => {
    useAirlift.getState().select({ kind: 'aircraft', key: '100001' });
    useAirlift.getState().setFilters({ from: '2024-02-01', to: '2024-03-01' });
    render(<SelectionPanel />);
    const panel = screen.getByRole('region', { name: 'Selected aircraft' });
    expect(panel.textContent).toContain('0 flights in the current filter');
    expect(panel.textContent).toContain('None of its flights is in the current filter');
    expect(within(panel).getByRole('region', { name: 'History' }).textContent).toContain(
      'All 3 flights of this aircraft in the dataset.',
    );
  });
});

// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EvidenceFilters } from '../../src/app/EvidenceFilters';
import { SelectionPanel } from '../../src/app/SelectionPanel';
import type { Flight } from '../../src/data/contract';
import { selectSortedFlights } from '../../src/store/selectors';
import { useAirlift } from '../../src/store/store';
import { FlightsTable } from '../../src/table/FlightsTable';
import { makeDataset } from '../fixtures/flights';
import { fakeLayout } from '../ui/helpers';
import { fakeDb, fakeSources, flight } from '../data/identity/resolve-fakes';

// Made-up tables (resolve-fakes.ts): Xaland 100000–1003FF with mark X1, Xbland 100400–1007FF with X12.
const FLIGHTS: Flight[] = [
  // Nothing but an address and a callsign: all three fields derived.
  flight({ id: 'open', date: '2024-01-05', icao24: '100001', callsign: 'QQA101' }),
  // Its own registration differs from the database's, and its X1 mark is not Xbland's (its address).
  flight({ id: 'clash', date: '2024-01-06', icao24: '100401', registration: 'X1-MINE', operator: 'Own Air' }),
  flight({ id: 'own', date: '2024-01-07', icao24: '100002', registration: 'X1-OWN', aircraftType: 'A332' }),
];
const db = fakeDb([
  { icao24: '100001', registration: 'X1-AAA', typecode: 'IL76' },
  { icao24: '100401', registration: 'X12-DB' },
  { icao24: '100002', registration: 'X1-OWN', typecode: 'B763', operator: 'Db Operator' },
]);
const { db: _none, ...tables } = fakeSources();
const SOURCE = 'aircraftDatabase.csv (imported 2026-12-02)';

let undoLayout: () => void;
beforeAll(() => {
  undoLayout = fakeLayout(560);
});
afterAll(() => undoLayout());
beforeEach(() => {
  useAirlift.setState({ filters: {}, selection: null, aircraftDb: null, identityTables: null });
  useAirlift.getState().loadDataset(makeDataset(FLIGHTS), 'imported');
});
afterEach(cleanup);

const loadSources = () =>
  act(() => {
    useAirlift.getState().setIdentityTables(tables);
    useAirlift.getState().setAircraftDb(db);
  });

function Table() {
  const flights = useAirlift(selectSortedFlights);
  return (
    <FlightsTable
      flights={flights}
      sort={{ key: 'date', dir: 'asc' }}
      onSortChange={() => {}}
      onSelectFlight={() => {}}
      onEditCell={false}
    />
  );
}
const row = (id: string) => document.querySelector<HTMLElement>(`tr[data-flight-id="${id}"]`)!;
const cell = (id: string, column: string) =>
  row(id).querySelector<HTMLElement>(`td[data-column="${column}"]`)!;

describe('derived values and conflicts in the table', () => {
  it('shows nothing derived before the sources load, then each derived value marked with its source', () => {
    render(<Table />);
    expect(cell('open', 'registration').textContent).toBe('');
    loadSources();
    const reg = cell('open', 'registration');
    expect(within(reg).getByText('X1-AAA').tagName).toBe('I');
    expect(reg.textContent).toBe(`X1-AAA derived from ${SOURCE}`);
    expect(reg.querySelector('.derived-value')?.getAttribute('title')).toBe(`X1-AAA: derived from ${SOURCE}`);
    expect(within(cell('open', 'aircraftType')).getByText('IL76').tagName).toBe('I');
    expect(cell('open', 'operator').textContent).toContain('Qualm Air Lines derived');
    // A flight's own values are shown as they are, never replaced by the database's.
    expect(cell('own', 'aircraftType').textContent).toBe('A332');
    expect(cell('own', 'registration').querySelector('.derived-value')).toBeNull();
    // Its missing operator is filled (and marked).
    expect(cell('own', 'operator').textContent).toBe(`Db Operator derived from ${SOURCE}`);
  });

  it('badges a conflicting row in words, every conflict in the title', () => {
    render(<Table />);
    loadSources();
    expect(row('open').querySelector('.identity-conflict-badge')).toBeNull();
    const badge = cell('clash', 'confidence').querySelector('.identity-conflict-badge')!;
    // First in the cell, so that a cut-off cell still shows it.
    expect(cell('clash', 'confidence').firstElementChild).toBe(badge);
    expect(badge.textContent).toBe('Identity conflict (2)');
    expect(badge.getAttribute('title')).toContain('Registration X1-MINE differs from X12-DB');
    expect(badge.getAttribute('title')).toContain('icao24 100401 lies in the address block of Xbland');
    expect(row('clash').classList.contains('has-identity-conflict')).toBe(true);
    // Kept as the flight has it.
    expect(cell('clash', 'registration').textContent).toBe('X1-MINE');
  });

  it("highlights the selected aircraft's rows", () => {
    render(<Table />);
    act(() => useAirlift.getState().select({ kind: 'aircraft', key: '100401' }));
    expect(row('clash').classList.contains('is-highlighted')).toBe(true);
    expect(row('open').classList.contains('is-highlighted')).toBe(false);
  });
});

describe('the flight panel', () => {
  it('marks derived values with their source and lists each conflict with both values and sources', () => {
    loadSources();
    act(() => useAirlift.getState().select({ kind: 'flight', id: 'open' }));
    const { unmount } = render(<SelectionPanel />);
    const panel = screen.getByRole('region', { name: 'Selected flight' });
    const registration = within(panel).getByText('Registration').nextElementSibling!;
    expect(registration.textContent).toBe(`X1-AAA derived from ${SOURCE}`);
    expect(within(panel).queryByRole('region', { name: 'Identity conflict' })).toBeNull();
    unmount();

    act(() => useAirlift.getState().select({ kind: 'flight', id: 'clash' }));
    render(<SelectionPanel />);
    const conflicts = screen.getByRole('region', { name: 'Identity conflict' });
    const items = within(conflicts)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(items[0]).toContain(`Registration: X1-MINE (this flight's record) vs X12-DB (${SOURCE}).`);
    expect(items[1]).toContain(
      "Transponder (icao24): 100401 (this flight's record) vs Xaland (registration X1-MINE)",
    );
    expect(items[1]).toContain('test blocks; test marks');
    // The flight's own registration stays what the panel lists.
    const clash = screen.getByRole('region', { name: 'Selected flight' });
    expect(within(clash).getByText('Registration').nextElementSibling!.textContent).toBe('X1-MINE');
  });
});

describe('"Identity conflicts only (N)"', () => {
  it('waits for the tables, counts the filtered flights with a conflict, and filters to them', async () => {
    const user = userEvent.setup();
    render(<EvidenceFilters />);
    const box = () => screen.getByRole('checkbox', { name: /^Identity conflicts only/ });
    expect(box().closest('label')!.textContent).toBe('Identity conflicts only (not checked yet)');
    expect((box() as HTMLInputElement).disabled).toBe(true);
    loadSources();
    expect(box().closest('label')!.textContent).toBe('Identity conflicts only (1)');
    await user.click(box());
    expect(useAirlift.getState().filters.identityConflict).toBe(true);
    expect(selectSortedFlights(useAirlift.getState()).map((f) => f.id)).toEqual(['clash']);
    await user.click(box());
    expect(useAirlift.getState().filters.identityConflict).toBeUndefined();
    act(() => useAirlift.getState().setFilters({ from: '2024-01-07' }));
    expect(box().closest('label')!.textContent).toBe('Identity conflicts only (0)');
  });
});

describe('from a flight to its aircraft', () => {
  it('"Show aircraft" selects the airframe, named by its registration (derived if need be)', async () => {
    const user = userEvent.setup();
    loadSources();
    act(() => useAirlift.getState().select({ kind: 'flight', id: 'open' }));
    render(<SelectionPanel />);
    await user.click(screen.getByRole('button', { name: 'Show aircraft X1-AAA' }));
    expect(useAirlift.getState().selection).toEqual({ kind: 'aircraft', key: '100001' });
    expect(screen.getByRole('region', { name: 'Selected aircraft' })).toBeTruthy();
  });
});

// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EditControls } from '../../../src/app/edit/EditControls';
import { FlightEditSection } from '../../../src/app/edit/FlightEditSection';
import { selectSelectedFlight } from '../../../src/store/selectors';
import { useAirlift } from '../../../src/store/store';
import { flightById, loadTestCase } from './helpers';

/** The flight panel's edit section, following the selected flight as SelectionPanel does. */
function Panel() {
  const flight = useAirlift(selectSelectedFlight);
  return flight ? <FlightEditSection flight={flight} /> : <p>no flight</p>;
}

const dialog = () => screen.getByRole('dialog');
const field = (label: RegExp) => within(dialog()).getByLabelText(label);
const save = () => within(dialog()).getByRole('button', { name: 'Save' });

beforeEach(() => {
  localStorage.clear();
  loadTestCase();
});
afterEach(cleanup);

async function openEdit(id = 'f-a') {
  act(() => useAirlift.getState().select({ kind: 'flight', id }));
  render(<Panel />);
  await userEvent.click(screen.getByRole('button', { name: 'Edit flight' }));
  return dialog();
}

describe('the flight form checks each field as it is typed', () => {
  it('an invalid icao24 is named beside its field and Save is disabled; fixing it enables Save', async () => {
    await openEdit();
    const icao24 = field(/icao24/);
    expect(save()).toHaveProperty('disabled', false);
    await userEvent.clear(icao24);
    await userEvent.type(icao24, 'xyz');
    const error = within(dialog()).getByText(/^icao24: /);
    expect(error.textContent).toMatch(/xyz/);
    expect(icao24.getAttribute('aria-invalid')).toBe('true');
    expect(icao24.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    expect(save()).toHaveProperty('disabled', true);

    await userEvent.clear(icao24);
    await userEvent.type(icao24, '0ABC02');
    expect(within(dialog()).queryByText(/^icao24: /)).toBeNull();
    expect(icao24.getAttribute('aria-invalid')).toBeNull();
    expect(save()).toHaveProperty('disabled', false);
  });

  it('a source link that is not http(s) is named on its row', async () => {
    await openEdit();
    const link = within(dialog()).getByLabelText(/^Link/);
    await userEvent.clear(link);
    await userEvent.type(link, 'javascript:alert(1)');
    await userEvent.tab();
    expect(within(dialog()).getByText(/^sources\[1\]\.url: /)).toBeTruthy();
    expect(save()).toHaveProperty('disabled', true);
  });
});

describe('add a flight', () => {
  it('adds the flight with a log entry by the analyst, and selects it', async () => {
    render(<EditControls />);
    const opener = screen.getByRole('button', { name: 'Add flight' });
    await userEvent.click(opener);
    expect(save()).toHaveProperty('disabled', true);
    const id = field(/^Flight id/);
    await userEvent.clear(id);
    await userEvent.type(id, 'f-new');
    await userEvent.type(field(/^Date \(required\)/), '2023-04-01');
    // Origin by name: search, then pick with the keyboard.
    const origin = field(/^Origin/);
    await userEvent.type(origin, 'Heydar');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect((origin as HTMLInputElement).value).toBe('UBBB');
    // Destination by code, picked with the mouse.
    await userEvent.type(field(/^Destination/), 'llov');
    await userEvent.click(await within(dialog()).findByRole('option', { name: /^LLOV/ }));
    await userEvent.selectOptions(field(/^Confidence/), 'reported');
    await userEvent.type(within(dialog()).getByLabelText('Publisher'), 'Test Wire');
    await userEvent.type(field(/^Tags/), 'convoy, second look');
    await waitFor(() => expect(save()).toHaveProperty('disabled', false));
    await userEvent.click(save());

    const added = flightById('f-new');
    expect(added).toMatchObject({
      date: '2023-04-01',
      origin: 'UBBB',
      destination: 'LLOV',
      confidence: 'reported',
      sources: [{ publisher: 'Test Wire' }],
      tags: ['convoy', 'second look'],
    });
    const state = useAirlift.getState();
    expect(state.dataset?.log).toContainEqual(
      expect.objectContaining({ action: 'add', flightId: 'f-new', by: 'Test Analyst' }),
    );
    expect(state.selection).toEqual({ kind: 'flight', id: 'f-new' });
    expect(state.past).toHaveLength(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('an id already in the dataset is refused', async () => {
    render(<EditControls />);
    await userEvent.click(screen.getByRole('button', { name: 'Add flight' }));
    const id = field(/^Flight id/);
    await userEvent.clear(id);
    await userEvent.type(id, 'f-a');
    expect(within(dialog()).getByText(/^id: /)).toBeTruthy();
  });

  it('"October 2022" typed as the date becomes date and dateEnd', async () => {
    render(<EditControls />);
    await userEvent.click(screen.getByRole('button', { name: 'Add flight' }));
    await userEvent.type(field(/^Date \(required\)/), 'October 2022');
    await userEvent.tab();
    expect((field(/^Date \(required\)/) as HTMLInputElement).value).toBe('2022-10-01');
    expect((field(/dateEnd/) as HTMLInputElement).value).toBe('2022-10-31');
  });
});

describe('edit, delete and cancel', () => {
  it('saves only the changed field, logged with before and after', async () => {
    await openEdit();
    const registration = field(/^Registration/);
    await userEvent.clear(registration);
    await userEvent.type(registration, '4K-TEST9');
    await userEvent.click(save());
    expect(flightById('f-a')?.registration).toBe('4K-TEST9');
    const log = useAirlift.getState().dataset?.log ?? [];
    expect(log.filter((e) => e.action === 'edit')).toEqual([
      expect.objectContaining({
        flightId: 'f-a',
        field: 'registration',
        before: '4K-TEST1',
        after: '4K-TEST9',
        by: 'Test Analyst',
      }),
    ]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit flight' }));
  });

  it('Escape cancels: nothing changes and focus returns to the opener', async () => {
    const before = useAirlift.getState().dataset;
    await openEdit();
    await userEvent.clear(field(/^Registration/));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useAirlift.getState().dataset).toBe(before);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit flight' }));
  });

  it('Cancel closes without a step', async () => {
    await openEdit();
    await userEvent.type(field(/^Callsign/), 'X');
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    expect(useAirlift.getState().past).toHaveLength(0);
  });

  it('Delete asks first; "Keep it" keeps the flight; Delete removes it and undo brings it back', async () => {
    act(() => useAirlift.getState().select({ kind: 'flight', id: 'f-b' }));
    render(<Panel />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete flight' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Confirm delete' });
    expect(confirm.textContent).toMatch(/Delete flight f-b\?/);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(flightById('f-b')).toBeDefined();

    await userEvent.click(screen.getByRole('button', { name: 'Delete flight' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(flightById('f-b')).toBeUndefined();
    expect(useAirlift.getState().dataset?.log).toContainEqual(
      expect.objectContaining({ action: 'delete', flightId: 'f-b', by: 'Test Analyst' }),
    );
    act(() => useAirlift.getState().undo());
    expect(flightById('f-b')).toBeDefined();
  });
});

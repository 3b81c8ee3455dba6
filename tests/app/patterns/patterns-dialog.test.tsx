// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PatternsDialog } from '../../../src/app/patterns/PatternsDialog';
import { selectView } from '../../../src/store/selectors';
import { useAirlift } from '../../../src/store/store';
import { makeDataset, makeFlight } from '../../fixtures/flights';

// jsdom has <dialog> without showModal: open it as the browser would.
beforeEach(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
});
afterEach(cleanup);

const at = (id: string, date: string, over = {}) =>
  makeFlight({
    id,
    date,
    icao24: '600001',
    departureTime: `${date}T04:00Z`,
    arrivalTime: `${date}T09:00Z`,
    ...over,
  });

function load() {
  const flights = [
    at('a1', '2022-09-10'),
    at('b1', '2022-10-10'),
    at('b2', '2022-10-10', {
      origin: 'LLOV',
      destination: 'UBBB',
      departureTime: '2022-10-10T11:30Z',
      arrivalTime: '2022-10-10T15:00Z',
    }),
    at('b3', '2022-10-20'),
  ];
  useAirlift.setState({ filters: {}, selection: null });
  useAirlift
    .getState()
    .loadDataset(
      makeDataset(flights, { events: [{ date: '2022-10-03', title: 'A visit (test event)' }] }),
      'imported',
    );
}

describe('the Patterns dialog', () => {
  beforeEach(load);

  it('compares the days before and after an event and says whether it may be chance', async () => {
    render(<PatternsDialog />);
    await userEvent.click(screen.getByRole('button', { name: 'Patterns…' }));
    expect(
      screen.getByText(
        /^1 vs 3 flights: a rise this large would happen by chance \d+% of the time, so it may be chance\.$/,
      ),
    ).toBeTruthy();
    const table = screen.getByRole('table');
    const flights = within(table).getByRole('row', { name: /Flights/ });
    expect(flights.textContent).toBe('Flights13+2 (×3.00)');
  });

  it("takes the timeline's range as a period", async () => {
    useAirlift.getState().setFilters({ from: '2022-10-01', to: '2022-10-31' });
    render(<PatternsDialog />);
    await userEvent.click(screen.getByRole('button', { name: 'Patterns…' }));
    await userEvent.click(screen.getByRole('button', { name: "A = the timeline's range" }));
    expect(screen.getByText(/^3 vs 3 flights/)).toBeTruthy();
  });

  it('pairs the arrival at Ovda with the next departure and counts the arrivals it cannot pair', async () => {
    render(<PatternsDialog />);
    await userEvent.click(screen.getByRole('button', { name: 'Patterns…' }));
    await userEvent.click(screen.getByRole('tab', { name: 'Time on the ground' }));
    expect(screen.getByRole('status').textContent).toBe(
      'median 2 h 30 min on the ground at LLOV, 1 turnaround; 2 arrivals could not be paired.',
    );
  });

  it('counts departures by weekday and hour in UTC', async () => {
    render(<PatternsDialog />);
    await userEvent.click(screen.getByRole('button', { name: 'Patterns…' }));
    await userEvent.click(screen.getByRole('tab', { name: 'When they fly' }));
    expect(screen.getByRole('status').textContent).toBe('4 departures with a time.');
    // 2022-09-10 was a Saturday: its 04:00Z departure is in the Sat row, hour 04.
    const saturday = screen.getByRole('row', { name: /^Sat/ });
    expect(within(saturday).getByRole('button', { name: 'Sat 04:00–04:59, 1' })).toBeTruthy();
    // A click filters every view to that cell's flights; the grid itself still counts them all.
    await userEvent.click(within(saturday).getByRole('button', { name: 'Sat 04:00–04:59, 1' }));
    expect(useAirlift.getState().filters.when).toEqual({
      end: 'departure',
      clock: 'utc',
      weekday: 5,
      hour: 4,
    });
    // The views behind the dialog follow once the chart has painted (use-held-panes.ts).
    await waitFor(() => expect(selectView(useAirlift.getState())!.flights.map((f) => f.id)).toEqual(['a1']));
    expect(screen.getByRole('status').textContent).toBe('4 departures with a time.');
    await userEvent.click(within(saturday).getByRole('button', { name: 'Sat 04:00–04:59, 1' }));
    expect(useAirlift.getState().filters.when).toBeUndefined();
  });
});

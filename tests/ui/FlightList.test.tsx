// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FLIGHT_LIST_VIRTUAL_THRESHOLD, FlightList } from '../../src/ui/FlightList';
import { fakeLayout, hostileFlight, makeFlight, makeFlights } from './helpers';

let undoLayout: () => void;
beforeAll(() => {
  undoLayout = fakeLayout(400);
});
afterAll(() => undoLayout());
afterEach(cleanup);

describe('FlightList', () => {
  it('lists every flight with date, operator, aircraft, registration, badge, sources and notes', () => {
    const flights = [
      makeFlight({ id: 'a', notes: 'Stayed about two hours.' }),
      makeFlight({ id: 'b', date: '2023-09-01', confidence: 'synthetic', registration: '4K-AZ101' }),
    ];
    render(<FlightList flights={flights} />);
    const items = within(screen.getByRole('list', { name: '2 flights' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const first = items[0].textContent!;
    for (const part of [
      '2023-03-02',
      'Silk Way Airlines',
      'Il-76TD',
      '4K-AZ100',
      'reported',
      'Stayed about two hours.',
    ])
      expect(first).toContain(part);
    expect(
      within(items[0])
        .getByRole('link', { name: /Haaretz/ })
        .getAttribute('href'),
    ).toBe('https://www.haaretz.com/x');
    expect(items[1].textContent).toContain('synthetic');
    // Without a handler nothing is a button.
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('selects a flight from its summary button and marks the selected one', async () => {
    const flights = makeFlights(3);
    const onSelectFlight = vi.fn();
    render(<FlightList flights={flights} onSelectFlight={onSelectFlight} selectedFlightId="f1" />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-current'))).toEqual([null, 'true', null]);
    await userEvent.click(buttons[2]);
    expect(onSelectFlight).toHaveBeenCalledWith(flights[2]);
    onSelectFlight.mockClear();
    await userEvent.click(screen.getAllByRole('link')[0]);
    expect(onSelectFlight).not.toHaveBeenCalled();
  });

  it('renders every item up to the threshold and only a window above it', () => {
    const small = render(<FlightList flights={makeFlights(FLIGHT_LIST_VIRTUAL_THRESHOLD)} />);
    expect(small.container.querySelectorAll('li.flight-list__item')).toHaveLength(
      FLIGHT_LIST_VIRTUAL_THRESHOLD,
    );
    small.unmount();

    const big = render(<FlightList flights={makeFlights(5000)} />);
    const rendered = big.container.querySelectorAll('li.flight-list__item');
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(50);
    expect(screen.getByRole('list', { name: '5000 flights' })).toBeTruthy();
    expect(rendered[0].textContent).toContain('4K-AZ0');
  });

  it('renders hostile data as text', () => {
    const { container } = render(<FlightList flights={[hostileFlight()]} onSelectFlight={() => {}} />);
    expect(container.querySelector('img, script, iframe')).toBeNull();
    expect(container.querySelector('a[href^="javascript"], a[href^="data"]')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

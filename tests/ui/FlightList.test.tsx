// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FLIGHT_LIST_VIRTUAL_THRESHOLD, FlightList } from '../../src/ui/FlightList';
import { makeFlight, makeFlights } from '../fixtures/flights';
import { fakeLayout, hostileFlight } from './helpers';

let undoLayout: () => void;
beforeAll(() => {
  undoLayout = fakeLayout(400);
});
afterAll(() => undoLayout());
afterEach(cleanup);

/** The list's own items (not the items of a flight's source list inside them). */
function flightItems(name: string): HTMLElement[] {
  const list = screen.getByRole('list', { name });
  return within(list)
    .getAllByRole('listitem')
    .filter((item) => item.parentElement === list);
}

describe('FlightList', () => {
  it('lists every flight with date, operator, aircraft, registration, badge, sources and notes', () => {
    const flights = [
      makeFlight({
        id: 'a',
        operator: 'Silk Way Airlines',
        registration: '4K-AZ100',
        confidence: 'reported',
        sources: [{ publisher: 'Haaretz', url: 'https://www.haaretz.com/x' }],
        notes: 'Stayed about two hours.',
      }),
      makeFlight({ id: 'b', date: '2023-09-01', confidence: 'synthetic', registration: '4K-AZ101' }),
    ];
    render(<FlightList flights={flights} />);
    const [first, second, ...rest] = flightItems('2 flights');
    if (!first || !second) throw new Error('expected two items');
    expect(rest).toHaveLength(0);
    for (const part of [
      '2023-03-02',
      'Silk Way Airlines',
      'Il-76TD',
      '4K-AZ100',
      'reported',
      'Stayed about two hours.',
    ])
      expect(first.textContent).toContain(part);
    expect(
      within(first)
        .getByRole('link', { name: /Haaretz/ })
        .getAttribute('href'),
    ).toBe('https://www.haaretz.com/x');
    expect(second.textContent).toContain('synthetic');
    // Without a handler nothing is a button.
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('selects a flight from its summary button and marks the selected one', async () => {
    const flights = makeFlights(3);
    const onSelectFlight = vi.fn();
    render(<FlightList flights={flights} onSelectFlight={onSelectFlight} selectedFlightId="f1" />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-current'))).toEqual([null, 'true', null]);
    const [, , third] = buttons;
    if (!third) throw new Error('expected three buttons');
    await userEvent.click(third);
    expect(onSelectFlight).toHaveBeenCalledWith(flights[2]);
    onSelectFlight.mockClear();
    const [link] = screen.getAllByRole('link');
    if (!link) throw new Error('expected a source link');
    await userEvent.click(link);
    expect(onSelectFlight).not.toHaveBeenCalled();
  });

  it('renders every item up to the threshold and only a window above it', () => {
    const small = render(<FlightList flights={makeFlights(FLIGHT_LIST_VIRTUAL_THRESHOLD)} />);
    expect(flightItems(`${FLIGHT_LIST_VIRTUAL_THRESHOLD} flights`)).toHaveLength(
      FLIGHT_LIST_VIRTUAL_THRESHOLD,
    );
    small.unmount();

    render(<FlightList flights={makeFlights(5000)} />);
    const rendered = flightItems('5000 flights');
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(50);
    expect(rendered[0]?.textContent).toContain('4K-AZ0');
  });

  it('renders hostile data as text', () => {
    const { container } = render(<FlightList flights={[hostileFlight()]} onSelectFlight={() => {}} />);
    expect(container.querySelector('img, script, iframe')).toBeNull();
    expect(container.querySelector('a[href^="javascript"], a[href^="data"]')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

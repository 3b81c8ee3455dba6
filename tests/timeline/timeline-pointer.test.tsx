// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { dayNumber } from '../../src/data/contract';
import type { TimelineEvent } from '../../src/data/contract';
import { lastCall, PLOT_LEFT, setup, xOf } from './harness';

afterEach(cleanup);

describe('brushing with the pointer', () => {
  it('a drag selects whole days, the end being the day the pointer stops in, committed on pointer up', () => {
    const { container, onRangeChange } = setup();
    const svg = container.querySelector('svg.tl-svg')!;
    fireEvent.pointerDown(container.querySelector('[data-brush="new"]')!, { clientX: xOf(1), pointerId: 1 });
    fireEvent.pointerMove(svg, { clientX: xOf(2), pointerId: 1 });
    fireEvent.pointerMove(svg, { clientX: xOf(4), pointerId: 1 });
    // Moves within one frame only update the preview: the inputs follow, the filter waits.
    expect(onRangeChange).not.toHaveBeenCalled();
    expect((screen.getByLabelText('To') as HTMLInputElement).value).toBe('2020-01-05');
    fireEvent.pointerUp(svg, { clientX: PLOT_LEFT + 4 * 100 + 99, pointerId: 1 });
    expect(onRangeChange).toHaveBeenCalledTimes(1);
    expect(lastCall(onRangeChange)).toEqual({ from: '2020-01-02', to: '2020-01-05' });
  });

  it('commits at most once per animation frame while dragging', async () => {
    const { container, onRangeChange } = setup();
    const svg = container.querySelector('svg.tl-svg')!;
    fireEvent.pointerDown(container.querySelector('[data-brush="new"]')!, { clientX: xOf(0), pointerId: 1 });
    for (let i = 1; i < 6; i++) fireEvent.pointerMove(svg, { clientX: xOf(i), pointerId: 1 });
    await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
    expect(onRangeChange).toHaveBeenCalledTimes(1);
    expect(lastCall(onRangeChange)).toEqual({ from: '2020-01-01', to: '2020-01-06' });
    fireEvent.pointerUp(svg, { clientX: xOf(5), pointerId: 1 });
  });

  it('dragging inside the brush moves it; double-click clears', () => {
    const { container, onRangeChange } = setup({ range: { from: '2020-01-02', to: '2020-01-03' } });
    const svg = container.querySelector('svg.tl-svg')!;
    fireEvent.pointerDown(container.querySelector('[data-brush="move"]')!, { clientX: xOf(1), pointerId: 1 });
    fireEvent.pointerMove(svg, { clientX: xOf(4), pointerId: 1 });
    fireEvent.pointerUp(svg, { clientX: xOf(4), pointerId: 1 });
    expect(lastCall(onRangeChange)).toEqual({ from: '2020-01-05', to: '2020-01-06' });
    fireEvent.doubleClick(svg);
    expect(lastCall(onRangeChange)).toEqual({});
  });

  it('dragging an edge resizes the range', () => {
    const { container, onRangeChange } = setup({ range: { from: '2020-01-02', to: '2020-01-03' } });
    const svg = container.querySelector('svg.tl-svg')!;
    fireEvent.pointerDown(container.querySelector('[data-brush="to"]')!, {
      clientX: PLOT_LEFT + 300,
      pointerId: 1,
    });
    fireEvent.pointerUp(svg, { clientX: xOf(7), pointerId: 1 });
    expect(lastCall(onRangeChange)).toEqual({ from: '2020-01-02', to: '2020-01-08' });
  });
});

/** The hover readout, found by what it says: "2020-01-04 · 3 flights: 3 inferred". */
function readout(): string | undefined {
  const line = /^\S+( of \S+)? · \d+ flights?(: .+)?$/;
  const found = screen.queryAllByText((_, el) => line.test(el?.textContent ?? ''));
  return found.at(-1)?.textContent ?? undefined;
}

describe('hover readout', () => {
  it('reads the count and confidence mix of the bar under the pointer, and hides when it leaves', () => {
    const { container } = setup();
    const svg = container.querySelector('svg.tl-svg')!;
    fireEvent.pointerMove(svg, { clientX: xOf(3), buttons: 0 });
    expect(readout()).toBe('2020-01-04 · 3 flights: 3 inferred');
    expect(container.querySelector('.tl-hover')).not.toBeNull();
    fireEvent.pointerMove(svg, { clientX: xOf(5), buttons: 0 });
    expect(readout()).toBe('2020-01-06 · 3 flights: 1 confirmed · 2 synthetic');
    fireEvent.pointerLeave(svg);
    expect(readout()).toBeUndefined();
  });

  it("outlines the selection's share of each bar, says so under the chart, and reads it on hover", () => {
    const counts = [1, 0, 0, 2, 0, 0, 0, 0, 0, 0];
    const { container } = setup({ highlight: { label: 'UBBB → LLOV', counts } });
    const d = container.querySelector('path.tl-selection')?.getAttribute('d') ?? '';
    expect(d.match(/M/g)).toHaveLength(2);
    expect(screen.getByText(/Outlined: UBBB → LLOV/).textContent).toContain('3 flights');
    fireEvent.pointerMove(container.querySelector('svg.tl-svg')!, { clientX: xOf(3), buttons: 0 });
    expect(readout()).toBe('2020-01-04 · 3 flights: 3 inferred · 2 UBBB → LLOV');
  });

  it('draws no outline without a selection', () => {
    const { container } = setup();
    expect(container.querySelector('path.tl-selection')).toBeNull();
    expect(screen.queryByText(/Outlined:/)).toBeNull();
  });

  it('stays hidden while a button is held (a brush drag)', () => {
    const { container } = setup();
    fireEvent.pointerMove(container.querySelector('svg.tl-svg')!, { clientX: xOf(3), buttons: 1 });
    expect(readout()).toBeUndefined();
  });
});

describe('event markers', () => {
  const events: TimelineEvent[] = [
    {
      date: '2020-01-04',
      title: '<script>alert(1)</script>Ceasefire',
      description: '<img src=x onerror=alert(2)>',
      sources: [
        { publisher: 'Good Source', url: 'https://example.org/a' },
        { publisher: 'Bad Source', url: 'javascript:alert(3)' },
      ],
    },
    { date: '2020-01-09', title: 'Later event' },
  ];

  it('click and Enter activate the event', async () => {
    const onEventActivate = vi.fn();
    const { user } = setup({ events, onEventActivate });
    const marker = screen.getByRole('button', { name: 'Event: 2020-01-09 Later event' });
    await user.click(marker);
    expect(onEventActivate).toHaveBeenLastCalledWith(events[1]);
    marker.focus();
    await user.keyboard('{Enter}');
    expect(onEventActivate).toHaveBeenCalledTimes(2);
  });

  it('renders markup from the data as inert text; only http(s) sources become links', async () => {
    const { container, user } = setup({ events });
    const marker = screen.getByRole('button', {
      name: 'Event: 2020-01-04 <script>alert(1)</script>Ceasefire',
    });
    await user.hover(marker);
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toContain('<script>alert(1)</script>Ceasefire');
    expect(tip.textContent).toContain('<img src=x onerror=alert(2)>');
    expect(container.querySelector('script, img')).toBeNull();
    // The sources are the shared SourceLinks: only the http(s) one is a link, opened in a new tab.
    const links = within(tip).getAllByRole('link');
    expect(links).toHaveLength(1);
    const good = within(tip).getByRole('link', { name: /^Good Source/ });
    expect(good.getAttribute('target')).toBe('_blank');
    expect(good.getAttribute('rel')).toBe('noopener noreferrer');
    expect(tip.textContent).toContain('Bad Source');
  });

  it("writes each event's title by its line, as inert text", () => {
    const { container } = setup({ events });
    const titles = [...container.querySelectorAll('.tl-event-label')].map((t) => t.textContent);
    expect(titles).toHaveLength(2);
    // Each is its title, or the title's start cut with an ellipsis where the plot is too low.
    titles.forEach((text, i) => {
      const shown = text?.endsWith('…') ? text.slice(0, -1) : text;
      expect(events[i]?.title.startsWith(shown ?? '-')).toBe(true);
    });
    expect(titles[0]).toMatch(/^<script>/);
    expect(titles[1]).toBe('Later event');
    expect(container.querySelector('script')).toBeNull();
  });

  it('greys events outside the date range instead of hiding them', () => {
    setup({ events, range: { from: '2020-01-05', to: '2020-01-10' } });
    // Greyed, and described as outside the range for those who do not see the grey.
    const outside = { description: 'Outside the date range' };
    expect(screen.getByRole('button', { name: /Event: 2020-01-04/, ...outside })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Event: 2020-01-09/, ...outside })).toBeNull();
    expect(screen.getByRole('button', { name: /Event: 2020-01-09/ })).toBeTruthy();
  });

  it('places the marker at the middle of its day', () => {
    setup({ events });
    const wrap = screen.getByRole('button', { name: /Event: 2020-01-09/ }).parentElement!;
    const dayIndex = dayNumber('2020-01-09') - dayNumber('2020-01-01');
    expect(wrap.style.left).toBe(`${PLOT_LEFT + dayIndex * 100 + 50}px`);
  });
});

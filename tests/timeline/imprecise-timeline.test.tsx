// @vitest-environment jsdom
/**
 * The timeline shows a flight with an imprecise date spread over its days, as a striped layer apart
 * from the known days' bars, and an imprecise event as a band over its days.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { computeView, createIndex } from '../../src/data/query';
import type { TimelineEvent } from '../../src/data/contract';
import { barPaths, placeEvents } from '../../src/timeline/chart-geometry';
import { selectCountsLine, selectSelectionSummary, selectTimelineSummary } from '../../src/store/selectors';
import { useAirlift } from '../../src/store/store';
import { makeDataset, makeMinimalFlight } from '../fixtures/flights';
import { setup } from './harness';

afterEach(cleanup);

const october = makeMinimalFlight({
  id: 'oct',
  date: '2022-10-01',
  dateEnd: '2022-10-31',
  confidence: 'reported',
});
const known = makeMinimalFlight({ id: 'known', date: '2022-10-15', confidence: 'confirmed' });
const dataset = makeDataset([october, known]);
const dayView = computeView(createIndex(dataset), {}, 'day');
const SPAN = { from: '2022-10-01', to: '2022-10-31' };
const bars = (d: string | null | undefined) => d?.match(/M/g)?.length ?? 0;

describe('an imprecise flight on the chart', () => {
  it('is one striped bar per day of its range, apart from the known flight', () => {
    const { container } = setup({ bins: dayView.bins, span: SPAN, width: 1044 });
    const uncertain = container.querySelector('path[data-layer="uncertain"]');
    expect(bars(uncertain?.getAttribute('d'))).toBe(31);
    expect(uncertain?.getAttribute('data-bars')).toBe('31');
    expect(uncertain?.getAttribute('fill')).toMatch(/-pat-uncertain\)$/);
    // Its confidence (reported) draws nothing: only the known flight is a solid bar.
    expect(bars(container.querySelector('path[data-confidence="reported"]')?.getAttribute('d'))).toBe(0);
    expect(bars(container.querySelector('path[data-confidence="confirmed"]')?.getAttribute('d'))).toBe(1);
    expect(screen.getByText('Date uncertain (spread over its days)')).toBeTruthy();
  });

  it('has no striped layer or legend entry when every date is known', () => {
    const view = computeView(createIndex(makeDataset([known])), {}, 'day');
    const { container } = setup({ bins: view.bins, span: { from: known.date, to: known.date } });
    expect(container.querySelector('path[data-layer="uncertain"]')?.getAttribute('d')).toBe('');
    expect(screen.queryByText(/Date uncertain/)).toBeNull();
  });

  it('stacks the share on top of the known bars, on the same scale', () => {
    const monthBins = computeView(createIndex(makeDataset([october, known])), {}, 'month').bins;
    const domain = { start: 19266, end: 19297 }; // 2022-10-01 … 2022-11-01
    const g = barPaths(monthBins, domain, 310, 100);
    expect(g.max).toBe(2); // one known flight + one whole month's share
    expect(g.paths.confirmed).toBe('M0.5 50h309v50h-309z');
    expect(g.uncertain).toBe('M0.5 0h309v50h-309z');
    // In day bins the share is 1/31 per day: the axis still counts whole flights.
    expect(barPaths(dayView.bins, domain, 310, 100).max).toBe(2);
  });
});

describe('an imprecise event on the chart', () => {
  const event: TimelineEvent = { date: '2022-10-03', dateEnd: '2022-10-09', title: 'Visit' };

  it('is placed over its days, in range when they meet the filter', () => {
    const domain = { start: 19266, end: 19297 };
    const { placed } = placeEvents([event], domain, 310, { from: '2022-10-09' });
    expect(placed[0]).toMatchObject({ x: 55, spread: { x0: 20, x1: 90 }, inRange: true });
    expect(placeEvents([event], domain, 310, { from: '2022-10-10' }).placed[0]?.inRange).toBe(false);
    // A range that begins before the chart is cut at its start.
    const early = { date: '2022-09-20', dateEnd: '2022-10-02', title: 'Early' };
    expect(placeEvents([early], domain, 310, {}).placed[0]?.spread).toEqual({ x0: 0, x1: 20 });
  });

  it('has a marker named by its formatted date and a bar over its range', () => {
    const { container } = setup({ bins: dayView.bins, span: SPAN, events: [event] });
    expect(screen.getByRole('button', { name: 'Event: week of 2022-10-03 Visit' })).toBeTruthy();
    expect(container.querySelectorAll('[data-testid="event-spread"]')).toHaveLength(1);
    expect(bars(container.querySelector('path.tl-event-band')?.getAttribute('d'))).toBe(1);
  });
});

describe('the counts say how many dates are uncertain', () => {
  it('in the counts line and the timeline summary', () => {
    useAirlift.getState().loadDataset(dataset, 'imported');
    const s = useAirlift.getState();
    expect(selectCountsLine(s)).toBe('2 flights · 1 flight with an uncertain date');
    expect(selectTimelineSummary(s)).toBe(
      '2 flights, 2022-10-01 to 2022-10-31 · 1 flight with an uncertain date',
    );
    useAirlift.getState().replaceFilters({ from: '2022-10-20' });
    expect(selectCountsLine(useAirlift.getState())).toBe(
      '1 of 2 flights, 2022-10-20 – end · 1 flight with an uncertain date',
    );
    useAirlift.getState().replaceFilters({});
    useAirlift.getState().select({ kind: 'route', key: `${october.origin}>${october.destination}` });
    expect(selectSelectionSummary(useAirlift.getState())).toMatchObject({
      first: '2022-10-01',
      last: '2022-10-31',
    });
    useAirlift.getState().replaceFilters({ from: '2022-10-20' });
    useAirlift.getState().loadDataset(makeDataset([known]), 'imported');
    expect(selectCountsLine(useAirlift.getState())).toBe('0 of 1 flight, 2022-10-20 – end');
  });
});

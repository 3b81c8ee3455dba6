import { beforeEach, describe, expect, it } from 'vitest';
import { stepPlayback } from '../../src/app/PlaybackControls';
import { loadBundledDataset } from '../../src/app/load-bundled';
import { selectAbout, selectCountsLine, selectView } from '../../src/store/selectors';
import { useAirlift } from '../../src/store/store';

const bundled = loadBundledDataset();

describe('events in context and playback, through the store', () => {
  beforeEach(() => {
    useAirlift.setState({
      filters: {},
      selection: null,
      eventFocus: null,
      eventWindowDays: 7,
      playback: { playing: false, width: 'month', intervalMs: 1000 },
    });
    useAirlift.getState().loadDataset(bundled, 'bundled');
  });

  it('an event sets the range to its date ± N days and the counts line names it', () => {
    const gantz = bundled.events.find((e) => e.date === '2022-10-03')!;
    useAirlift.getState().focusEvent(gantz);
    const s = useAirlift.getState();
    expect(s.filters).toMatchObject({ from: '2022-09-26', to: '2022-10-10' });
    const n = selectView(s)!.total;
    expect(selectCountsLine(s)).toBe(
      `${n} ${n === 1 ? 'flight' : 'flights'} within 7 days of ${gantz.title} (2022-10-03)`,
    );
  });

  it('uses the adjustable N, and drops the event wording once the range is changed by hand', () => {
    useAirlift.getState().setEventWindowDays(30);
    useAirlift.getState().focusEvent({ date: '2020-09-27', title: 'War begins' });
    expect(useAirlift.getState().filters).toMatchObject({ from: '2020-08-28', to: '2020-10-27' });
    expect(selectCountsLine(useAirlift.getState())).toContain('within 30 days of War begins (2020-09-27)');
    useAirlift.getState().setFilters({ to: '2020-12-31' });
    expect(selectCountsLine(useAirlift.getState())).toMatch(/ of 109 flights, 2020-08-28 – 2020-12-31$/);
  });

  it('playback starts at the first flight, never shows an empty window, and stops at the end', () => {
    let steps = 0;
    let seen = 0;
    while (stepPlayback(1)) {
      steps++;
      const total = selectView(useAirlift.getState())!.total;
      expect(total).toBeGreaterThan(0);
      seen += total;
      expect(steps).toBeLessThan(200);
    }
    expect(seen).toBe(bundled.flights.length);
    expect(useAirlift.getState().playback.playing).toBe(false);
  });

  it('lists every cited publisher in About, with the confidence mix', () => {
    const about = selectAbout(useAirlift.getState());
    expect(about.publishers[0]).toEqual({ name: 'Airlift sample generator', flights: 104 });
    expect(about.publishers.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Wikipedia', 'The Times of Israel']),
    );
    expect(about.confidence.synthetic).toBe(104);
  });
});

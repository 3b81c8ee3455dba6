import { beforeEach, describe, expect, it } from 'vitest';
import { stepPlayback } from '../../src/app/PlaybackControls';
import { addDays } from '../../src/data/contract';
import type { Flight } from '../../src/data/contract';
import { selectView } from '../../src/store/selectors';
import { useAirlift } from '../../src/store/store';
import { makeDataset, makeMinimalFlight } from '../fixtures/flights';

// A flight every week for three years, and a "reported" one only every fifth month or so.
const flights: Flight[] = [];
for (let i = 0; i < 156; i++) {
  const date = addDays('2020-01-06', 7 * i);
  flights.push(makeMinimalFlight({ id: `s${i}`, date, confidence: 'synthetic' }));
  if (i % 22 === 0) flights.push(makeMinimalFlight({ id: `r${i}`, date, confidence: 'reported' }));
}
const reported = flights.filter((f) => f.confidence === 'reported');

describe('playback steps over the flights the other filters pass', () => {
  beforeEach(() => {
    useAirlift.setState({ filters: {}, playback: { playing: false, width: 'month', intervalMs: 1000 } });
    useAirlift.getState().loadDataset(makeDataset(flights), 'imported');
  });

  it('with "reported" ticked, Step forward never shows an empty window, and visits every reported flight', () => {
    useAirlift.getState().setFilters({ confidences: ['reported'] });
    const seen = new Set<string>();
    let steps = 0;
    while (stepPlayback(1)) {
      const view = selectView(useAirlift.getState())!;
      expect(view.total, `step ${++steps}: ${JSON.stringify(useAirlift.getState().filters)}`).toBeGreaterThan(
        0,
      );
      for (const f of view.flights) seen.add(f.id);
      if (steps > 1000) throw new Error('playback did not end');
    }
    expect([...seen].sort()).toEqual(reported.map((f) => f.id).sort());
    expect(steps).toBe(reported.length);
  });

  it('Step back never shows an empty window either', () => {
    useAirlift.getState().setFilters({ confidences: ['reported'], from: '2022-12-01', to: '2022-12-31' });
    let steps = 0;
    while (stepPlayback(-1)) {
      expect(selectView(useAirlift.getState())!.total).toBeGreaterThan(0);
      if (++steps > 1000) throw new Error('playback did not end');
    }
    expect(steps).toBeGreaterThan(0);
  });

  it('with no other filter, it still steps through every week that has flights', () => {
    let steps = 0;
    while (stepPlayback(1)) {
      expect(selectView(useAirlift.getState())!.total).toBeGreaterThan(0);
      if (++steps > 1000) throw new Error('playback did not end');
    }
    expect(steps).toBeGreaterThan(30);
  });
});

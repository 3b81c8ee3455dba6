import { describe, expect, it } from 'vitest';
import type { Airport, Dataset, Flight, Track, TrackPoint } from '../../src/data/contract';
import { useAirlift } from '../../src/store/store';
import {
  MAX_DRAWN_TRACKS,
  selectOpenSkyQuery,
  selectOpenSkyView,
  selectSelectedTrackInfo,
  selectShownTracks,
  selectSelectionTracks,
  selectTrackDrawings,
  selectTracksByFlight,
} from '../../src/store/track-selectors';
import { makeDataset, makeMinimalFlight } from '../fixtures/flights';

const AIRPORTS: Airport[] = [
  { icao: 'UBBB', name: 'Baku', lat: 40.4675, lon: 50.0467 },
  { icao: 'LLOV', name: 'Ovda', lat: 29.9403, lon: 34.9358 },
];
const T0 = Date.parse('2020-01-05T05:00:00Z') / 1000;

/** 60 points a minute apart, a 30-minute gap after the 30th; starts observed, ends in the air. */
function points(): TrackPoint[] {
  const out: TrackPoint[] = [];
  for (let i = 0; i < 60; i++) {
    const t = T0 + i * 60 + (i >= 30 ? 30 * 60 : 0);
    out.push([t, 40.4 - i * 0.15, 50 - i * 0.2, i === 0 ? null : 30_000, i === 0]);
  }
  return out;
}
const flight = (id: string, extra: Partial<Flight> = {}) =>
  makeMinimalFlight({ id, date: '2020-01-05', origin: 'UBBB', destination: 'LLOV', ...extra });
const track = (flightId: string): Track => ({
  flightId,
  source: { publisher: 'synthetic' },
  points: points(),
});

function load(flights: Flight[], tracks: Track[]) {
  const dataset: Dataset = { ...makeDataset(flights), airports: AIRPORTS, tracks };
  useAirlift.getState().loadDataset(dataset, 'imported');
  useAirlift.getState().replaceFilters({});
}

describe('track selectors', () => {
  it('index tracks by flight once per dataset', () => {
    load([flight('a')], [track('a')]);
    const first = selectTracksByFlight(useAirlift.getState());
    useAirlift.getState().setFilters({ from: '2020-01-01' });
    expect(selectTracksByFlight(useAirlift.getState())).toBe(first);
    expect(first.get('a')?.points).toHaveLength(60);
  });

  it('draw a selected flight: seen runs, a gap, a faint line to the inferred arrival; same arrays per zoom', () => {
    load([flight('a', { departureObserved: true, arrivalObserved: false })], [track('a')]);
    useAirlift.getState().select({ kind: 'flight', id: 'a' });
    const s = useAirlift.getState();
    const drawn = selectTrackDrawings(s, 6);
    const kinds = drawn.flatMap((d) => d.lines.map((l) => l.kind));
    expect(kinds).toEqual(['seen', 'gap', 'seen', 'end']);
    expect(selectTrackDrawings(s, 6.2)).toBe(drawn);
    expect(selectTrackDrawings(s, 8)[0]?.lines[0]).not.toBe(drawn[0]?.lines[0]);
    const gap = drawn[0]?.lines[1];
    expect(gap?.kind === 'gap' && gap.label).toBe('gap 31 min, 05:29Z–06:00Z');
  });

  it('coverage line and profile of the selected flight; nothing for a flight without a track', () => {
    load([flight('a', { departureObserved: true, arrivalObserved: false }), flight('b')], [track('a')]);
    useAirlift.getState().select({ kind: 'flight', id: 'a' });
    const info = selectSelectedTrackInfo(useAirlift.getState());
    expect(info?.coverage.text).toMatch(/^seen \d+% of the flight; longest gap 31 min, from 05:29Z$/);
    expect(info?.coverage.arrival.text).toContain('inferred');
    expect(info?.profile).toHaveLength(60);
    useAirlift.getState().select({ kind: 'flight', id: 'b' });
    expect(selectSelectedTrackInfo(useAirlift.getState())).toBeUndefined();
    expect(selectSelectionTracks(useAirlift.getState())).toEqual([]);
  });

  it(`a route draws its flights' tracks, up to ${MAX_DRAWN_TRACKS}`, () => {
    const ids = Array.from({ length: MAX_DRAWN_TRACKS + 1 }, (_, i) => `f${i}`);
    load(
      ids.map((id) => flight(id)),
      ids.slice(0, 3).map(track),
    );
    useAirlift.getState().select({ kind: 'route', key: 'UBBB>LLOV' });
    expect(selectSelectionTracks(useAirlift.getState())).toHaveLength(3);
    load(
      ids.map((id) => flight(id)),
      ids.map(track),
    );
    useAirlift.getState().select({ kind: 'route', key: 'UBBB>LLOV' });
    expect(selectSelectionTracks(useAirlift.getState())).toEqual([]);
  });
});

describe('track exports and the OpenSky view', () => {
  it('the shown tracks follow the filters; the OpenSky view names dates, airports and aircraft', () => {
    load(
      [flight('a', { icao24: '4CA7B5', departureObserved: true, arrivalObserved: true }), flight('b')],
      [track('a'), track('b')],
    );
    expect(selectShownTracks(useAirlift.getState()).map((t) => t.flightId)).toEqual(['a', 'b']);
    useAirlift.getState().setFilters({ bothEndsObserved: true });
    const s = useAirlift.getState();
    expect(selectShownTracks(s).map((t) => t.flightId)).toEqual(['a']);
    const view = selectOpenSkyView(s);
    expect(view).toMatchObject({ from: '2020-01-05', to: '2020-01-05', icao24s: ['4ca7b5'] });
    expect(view.airports.map((a) => a.icao).sort()).toEqual(['LLOV', 'UBBB']);
    const query = selectOpenSkyQuery(s);
    expect(query.ok && query.stateVectorsSql).toContain("'4ca7b5'");
    expect(query.ok && query.flightsSql).toContain('LLOV');
  });
});

/**
 * Tracks for the views: the dataset's tracks by flight id (once per dataset), the selection's tracks
 * (a flight, or a route of up to MAX_DRAWN_TRACKS flights), what the map draws for them at a zoom, and
 * the selected flight's coverage and altitude profile. Every result is memoized with stable references:
 * react-leaflet compares `positions` by reference.
 */
import type { Airport, Flight, Track } from '../data/contract';
import {
  altitudeProfile,
  trackCoverage,
  trackDrawing,
  tracksSummary,
  type Coverage,
  type TracksSummary,
  type DrawEnd,
  type ProfileSample,
  type TrackLine,
} from '../data/tracks';
import { memoizeLast } from './memo';
import {
  selectAirportsByIcao,
  selectSelectedFlight,
  selectSelectionFlights,
  selectSortedFlights,
} from './selectors';
import { openSkyQuery, type OpenSkyView } from '../data/export';
import { paneFilters, type AirliftState } from './store';

/** A route with more flights than this draws no tracks (the map would be a tangle, and slow). */
export const MAX_DRAWN_TRACKS = 30;

const tracksByFlightOf = memoizeLast(
  (tracks: readonly Track[] | undefined): ReadonlyMap<string, Track> =>
    new Map((tracks ?? []).map((t) => [t.flightId, t])),
);
/** The dataset's tracks by flight id. */
export const selectTracksByFlight = (s: AirliftState) => tracksByFlightOf(s.dataset?.tracks);

export interface DrawnTrack {
  flight: Flight;
  track: Track;
}
const selectionTracksOf = memoizeLast(
  (
    selection: AirliftState['selection'],
    selected: Flight | undefined,
    flights: readonly Flight[],
    byFlight: ReadonlyMap<string, Track>,
  ): readonly DrawnTrack[] => {
    if (!selection || selection.kind === 'airport') return [];
    const candidates = selection.kind === 'flight' ? (selected ? [selected] : []) : flights;
    const out: DrawnTrack[] = [];
    for (const flight of candidates) {
      const track = byFlight.get(flight.id);
      if (track && track.points.length > 0) out.push({ flight, track });
    }
    return out.length <= MAX_DRAWN_TRACKS ? out : [];
  },
);

const routeTracksOf = memoizeLast(
  (
    selection: AirliftState['selection'],
    flights: readonly Flight[],
    byFlight: ReadonlyMap<string, Track>,
  ): TracksSummary | undefined =>
    selection?.kind === 'route'
      ? tracksSummary(flights, (i) => byFlight.get(flights[i]?.id ?? ''), MAX_DRAWN_TRACKS)
      : undefined,
);
/** A selected route's tracks in a line (how many, drawn or too many, ends observed, mean coverage). */
export const selectRouteTracksSummary = (s: AirliftState) =>
  routeTracksOf(s.selection, selectSelectionFlights(s), selectTracksByFlight(s));
/** The tracks the map draws for the selection (none for an airport or a route with too many). */
export const selectSelectionTracks = (s: AirliftState) =>
  selectionTracksOf(s.selection, selectSelectedFlight(s), selectSelectionFlights(s), selectTracksByFlight(s));

function drawEnd(airports: ReadonlyMap<string, Airport>, icao: string, observed: boolean | undefined) {
  const a = airports.get(icao);
  return a ? ({ icao, lat: a.lat, lon: a.lon, observed } satisfies DrawEnd) : undefined;
}

// One cache per track (a WeakMap: a new dataset's tracks get new caches), one entry per whole zoom.
const drawingCaches = new WeakMap<Track, Map<number, readonly TrackLine[]>>();

/** The lines of one flight's track at `zoom` (rounded); the same array on every call. */
export function trackLines(
  flight: Flight,
  track: Track,
  airports: ReadonlyMap<string, Airport>,
  zoom: number,
): readonly TrackLine[] {
  const z = Math.max(0, Math.round(zoom));
  let cache = drawingCaches.get(track);
  if (!cache) drawingCaches.set(track, (cache = new Map()));
  let lines = cache.get(z);
  if (!lines) {
    lines = trackDrawing(track.points, {
      zoom: z,
      departure: drawEnd(airports, flight.origin, flight.departureObserved),
      arrival: drawEnd(airports, flight.destination, flight.arrivalObserved),
    });
    cache.set(z, lines);
  }
  return lines;
}

export interface TrackDrawing {
  flightId: string;
  lines: readonly TrackLine[];
}
const drawingsOf = memoizeLast(
  (drawn: readonly DrawnTrack[], airports: ReadonlyMap<string, Airport>, zoom: number): TrackDrawing[] =>
    drawn.map(({ flight, track }) => ({
      flightId: flight.id,
      lines: trackLines(flight, track, airports, zoom),
    })),
);
/** What the map draws for the selection's tracks at `zoom`. */
export const selectTrackDrawings = (s: AirliftState, zoom: number) =>
  drawingsOf(selectSelectionTracks(s), selectAirportsByIcao(s), Math.max(0, Math.round(zoom)));

export interface SelectedTrackInfo {
  coverage: Coverage;
  profile: ProfileSample[];
  points: number;
}
const selectedInfoOf = memoizeLast(
  (flight: Flight | undefined, byFlight: ReadonlyMap<string, Track>): SelectedTrackInfo | undefined => {
    const track = flight ? byFlight.get(flight.id) : undefined;
    if (!flight || !track) return undefined;
    const coverage = trackCoverage(track, flight);
    if (!coverage) return undefined;
    return { coverage, profile: altitudeProfile(track.points), points: track.points.length };
  },
);
/** The selected flight's track coverage and altitude profile; undefined when it has no track. */
export const selectSelectedTrackInfo = (s: AirliftState) =>
  selectedInfoOf(selectSelectedFlight(s), selectTracksByFlight(s));

const NO_TRACKS: readonly Track[] = [];
/** The shown flights' tracks, in the table's order (what the track exports write). */
const shownTracksOf = memoizeLast(
  (flights: readonly Flight[], byFlight: ReadonlyMap<string, Track>): readonly Track[] => {
    // Most datasets have no track: then no lookup per shown flight (~130 ms at 1M flights per change).
    if (byFlight.size === 0) return NO_TRACKS;
    const out: Track[] = [];
    for (const f of flights) {
      const t = byFlight.get(f.id);
      if (t && t.points.length > 0) out.push(t);
    }
    return out;
  },
);
export const selectShownTracks = (s: AirliftState) =>
  shownTracksOf(selectSortedFlights(s), selectTracksByFlight(s));

const openSkyViewOf = memoizeLast(
  (
    flights: readonly Flight[],
    filters: AirliftState['filters'],
    airports: ReadonlyMap<string, Airport>,
  ): OpenSkyView => {
    let [first, last] = ['', ''];
    const codes = new Set<string>();
    const icao24s = new Set<string>();
    for (const f of flights) {
      if (!first || f.date < first) first = f.date;
      if (!last || f.date > last) last = f.date;
      codes.add(f.origin);
      codes.add(f.destination);
      if (f.icao24) icao24s.add(f.icao24.toLowerCase());
    }
    const shown = [...codes].flatMap((icao) => {
      const a = airports.get(icao);
      return a ? [{ icao, lat: a.lat, lon: a.lon }] : [];
    });
    return { from: filters.from ?? first, to: filters.to ?? last, airports: shown, icao24s: [...icao24s] };
  },
);
/** The current view as OpenSky sees it: date range, the shown airports, the shown aircraft. */
export const selectOpenSkyView = (s: AirliftState) =>
  openSkyViewOf(selectSortedFlights(s), paneFilters(s), selectAirportsByIcao(s));

const openSkyQueryOf = memoizeLast((view: OpenSkyView) => openSkyQuery(view));
/** "Query for OpenSky": the SQL for the current view, or why it cannot be written. */
export const selectOpenSkyQuery = (s: AirliftState) => openSkyQueryOf(selectOpenSkyView(s));

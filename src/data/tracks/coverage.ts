/**
 * How much of a flight its track saw: the line the selection panel shows ("seen 83% of the flight;
 * longest gap 52 min, from 07:12Z") and each end as observed or inferred.
 *
 * The span is the flight's: each end is the flight's `departureTime`/`arrivalTime` when it has one,
 * otherwise the track's first/last point. So an unobserved end (no time, the usual case for inferred
 * ends) does not count against the track, while the time from an observed take-off to the first point
 * does. Seen time is the sum of the intervals between consecutive points that are not gaps, clipped to
 * the span; the longest gap is the longest derived gap inside the track.
 */
import type { Flight, Track, TrackPoint } from '../contract';
import { clockZ, DEFAULT_GAP_S, durationText, trackGaps, type TrackGap } from './gaps';

export type CoverageFlight = Pick<
  Flight,
  'origin' | 'destination' | 'departureTime' | 'arrivalTime' | 'departureObserved' | 'arrivalObserved'
>;

export interface EndCoverage {
  icao: string;
  /** `undefined`: the flight did not come from a track. */
  observed: boolean | undefined;
  /** e.g. `Arrival LLOV: inferred (last seen 03:41Z at 9,200 ft)`. */
  text: string;
}

export interface Coverage {
  startT: number;
  endT: number;
  /** Where each end of the span came from. */
  startFrom: 'flight' | 'track';
  endFrom: 'flight' | 'track';
  seenS: number;
  /** 0–1. */
  fraction: number;
  longestGap: TrackGap | undefined;
  gapCount: number;
  /** `seen 83% of the flight; longest gap 52 min, from 07:12Z`. */
  text: string;
  departure: EndCoverage;
  arrival: EndCoverage;
}

/** Coverage of `flight` by `track`; `undefined` for a track without points. */
export function trackCoverage(
  track: Track,
  flight: CoverageFlight,
  gapS: number = DEFAULT_GAP_S,
): Coverage | undefined {
  const points = track.points;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return undefined;
  let startT = first[0];
  let endT = last[0];
  let startFrom: Coverage['startFrom'] = 'track';
  let endFrom: Coverage['endFrom'] = 'track';
  const dep = unixOf(flight.departureTime);
  const arr = unixOf(flight.arrivalTime);
  if (dep !== undefined && dep < endT) [startT, startFrom] = [dep, 'flight'];
  if (arr !== undefined && arr > startT) [endT, endFrom] = [arr, 'flight'];

  let seenS = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]![0];
    const b = points[i]![0];
    if (b - a > gapS) continue;
    seenS += Math.max(0, Math.min(b, endT) - Math.max(a, startT));
  }
  const spanS = endT - startT;
  // A one-point track (or all points at one time) saw the whole of its zero-length span.
  const fraction = spanS > 0 ? Math.min(1, seenS / spanS) : 1;
  const gaps = trackGaps(points, gapS);
  let longestGap: TrackGap | undefined;
  for (const g of gaps) if (!longestGap || g.durationS > longestGap.durationS) longestGap = g;

  const gapText = longestGap
    ? `longest gap ${durationText(longestGap.durationS)}, from ${clockZ(longestGap.startT)}`
    : `no gap over ${durationText(gapS)}`;
  return {
    startT,
    endT,
    startFrom,
    endFrom,
    seenS,
    fraction,
    longestGap,
    gapCount: gaps.length,
    text: `seen ${percentText(fraction)} of the flight; ${gapText}`,
    departure: endCoverage('Departure', flight.origin, flight.departureObserved, 'first', first),
    arrival: endCoverage('Arrival', flight.destination, flight.arrivalObserved, 'last', last),
  };
}

/** Whole percent, rounded down so that a flight with any unseen time never reads 100%. */
function percentText(fraction: number): string {
  if (fraction > 0 && fraction < 0.01) return 'under 1%';
  return `${Math.floor(fraction * 100 + 1e-9)}%`;
}

function endCoverage(
  label: string,
  icao: string,
  observed: boolean | undefined,
  which: 'first' | 'last',
  point: TrackPoint,
): EndCoverage {
  const seen = `${which} seen ${clockZ(point[0])}${altitudeText(point)}`;
  const state = observed === true ? 'observed' : observed === false ? 'inferred' : 'not from the track';
  return { icao, observed, text: `${label} ${icao}: ${state} (${seen})` };
}

function altitudeText(p: TrackPoint): string {
  if (p[4] === true) return ' on the ground';
  if (p[3] === null) return '';
  return ` at ${Math.round(p[3]).toLocaleString('en-US')} ft`;
}

function unixOf(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms / 1000 : undefined;
}

export interface TracksSummary {
  /** Flights of the selection with a track. */
  withTrack: number;
  /** Whether the map draws them (at most `limit`). */
  drawn: boolean;
  /** e.g. `12 of 14 flights have a track, drawn on the map; both ends observed on 9; seen 81% on average`. */
  text: string;
}

/**
 * What a route's tracks add up to, for the selection panel: how many flights have one, whether the map
 * draws them (a route with more than `limit` tracks draws none, and says so), how many have both ends
 * observed, and the mean share of each flight that was seen.
 */
export function tracksSummary(
  flights: readonly CoverageFlight[],
  trackOf: (index: number) => Track | undefined,
  limit: number,
): TracksSummary | undefined {
  let withTrack = 0;
  let both = 0;
  let fractions = 0;
  flights.forEach((flight, i) => {
    const track = trackOf(i);
    if (!track || track.points.length === 0) return;
    withTrack++;
    if (flight.departureObserved === true && flight.arrivalObserved === true) both++;
    fractions += trackCoverage(track, flight)?.fraction ?? 0;
  });
  if (withTrack === 0) return undefined;
  const drawn = withTrack <= limit;
  const n = flights.length;
  const have = `${withTrack.toLocaleString('en-US')} of ${n.toLocaleString('en-US')} flight${n === 1 ? '' : 's'} ${withTrack === 1 ? 'has a track' : 'have tracks'}`;
  const where = drawn
    ? 'drawn on the map'
    : `too many to draw at once (the map draws up to ${limit}): select a flight, or narrow the dates`;
  const mean = Math.round((fractions / withTrack) * 100);
  return {
    withTrack,
    drawn,
    text: `${have}, ${where}; both ends observed on ${both.toLocaleString('en-US')}; seen ${mean}% of the flight on average`,
  };
}

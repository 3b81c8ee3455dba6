/**
 * The airport at each end of a leg: observed when the aircraft is seen on the ground at it, or low and
 * close with no other airport fitting; otherwise the most plausible airport near where it was first or
 * last seen, labelled as inferred.
 */
import type { AircraftPoints } from './points';
import type { Leg } from './legs';
import { distanceKm } from './legs';
import { bearingDeg, compass, type Candidate, type LandingCandidates } from './candidates';
import { GROUND_AIRPORT_KM, INFER_RADIUS_KM, KM_PER_1000_FT, LOW_AIRPORT_KM, LOW_HEIGHT_FT } from './rules';
import type { GazetteerEntry } from '../geo';

export interface LegEnd {
  entry: GazetteerEntry;
  observed: boolean;
  /** Index of the point the end was judged on (first or last of the leg). */
  at: number;
  /** Observed: take-off (last ground point before flying) or touchdown time; undefined when inferred. */
  time?: number;
  /** For an inferred end: "last seen 03:41Z at 9,200 ft, 46 km N of LLOV". */
  note?: string;
}

function heightAbove(p: AircraftPoints, i: number, entry: GazetteerEntry): number {
  const alt = p.alt[i]!;
  // Unknown field elevation counts as sea level: a high field then looks "too high", never too low,
  // so the error can only turn an observed end into an inferred one.
  return Number.isNaN(alt) ? Number.NaN : alt - (entry.elevationFt ?? 0);
}

/** The observed airport at point i, if the rules allow exactly that conclusion. */
function observedAt(p: AircraftPoints, i: number, candidates: LandingCandidates): GazetteerEntry | undefined {
  const lat = p.lat[i]!;
  const lon = p.lon[i]!;
  if (p.isGround(i)) return candidates.around(lat, lon, GROUND_AIRPORT_KM, 1)[0]?.entry;
  const fits = candidates
    .around(lat, lon, LOW_AIRPORT_KM, 5)
    .filter((c) => heightAbove(p, i, c.entry) <= LOW_HEIGHT_FT);
  return fits.length === 1 ? fits[0]?.entry : undefined;
}

/**
 * The direction of travel at an end, from two points at least a minute apart (one-second points are
 * too noisy for a bearing); for a departure, from the later point back to the first, so that "ahead" points where it came from.
 */
function heading(p: AircraftPoints, leg: Leg, arrival: boolean): number | undefined {
  const i = arrival ? leg.end - 1 : leg.start;
  const step = arrival ? -1 : 1;
  for (let j = i + step; j >= leg.start && j < leg.end; j += step) {
    if (Math.abs(p.t[j]! - p.t[i]!) < 60) continue;
    if (distanceKm(p.lat[j]!, p.lon[j]!, p.lat[i]!, p.lon[i]!) < 1) return undefined;
    return bearingDeg(p.lat[j]!, p.lon[j]!, p.lat[i]!, p.lon[i]!);
  }
  return undefined;
}

/**
 * The most plausible airport for an unobserved end: among candidates within the radius, those ahead
 * (arrival) or behind (departure) within 90° of the course when there are any, scored by how far the
 * distance is from what a normal descent or climb from the seen altitude takes (~3 nm per 1,000 ft),
 * plus a quarter of the distance so that nearer airports win ties. Nothing within the radius: the
 * same choice among the 20 nearest at any distance.
 */
function plausible(
  p: AircraftPoints,
  i: number,
  course: number | undefined,
  candidates: LandingCandidates,
): Candidate | undefined {
  const lat = p.lat[i]!;
  const lon = p.lon[i]!;
  let all = candidates.around(lat, lon, INFER_RADIUS_KM, 60);
  if (all.length === 0) all = candidates.around(lat, lon, Infinity, 20);
  const ahead =
    course === undefined
      ? []
      : all.filter((c) => {
          const to = bearingDeg(lat, lon, c.entry.airport.lat, c.entry.airport.lon);
          return Math.abs(((to - course + 540) % 360) - 180) <= 90;
        });
  const pool = ahead.length > 0 ? ahead : all;
  let best: Candidate | undefined;
  let bestScore = Infinity;
  for (const c of pool) {
    const height = p.isGround(i) ? 0 : Math.max(0, heightAbove(p, i, c.entry) || 0);
    const needKm = (height / 1000) * KM_PER_1000_FT;
    const score = Math.abs(c.km - needKm) + c.km / 4;
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

function hhmm(t: number): string {
  return `${new Date(t * 1000).toISOString().slice(11, 16)}Z`;
}

/** "at 9,200 ft" / "on the ground" / "at unknown altitude" */
function altitudeText(p: AircraftPoints, i: number): string {
  if (p.isGround(i)) return 'on the ground';
  const alt = p.alt[i]!;
  if (Number.isNaN(alt)) return 'at unknown altitude';
  return `at ${(Math.round(alt / 100) * 100).toLocaleString('en-US')} ft`;
}

/** Resolves one end of a leg. Undefined only when the candidate table is empty. */
export function resolveEnd(
  p: AircraftPoints,
  leg: Leg,
  arrival: boolean,
  candidates: LandingCandidates,
): LegEnd | undefined {
  const i = arrival ? leg.end - 1 : leg.start;
  const seen = observedAt(p, i, candidates);
  if (seen) return { entry: seen, observed: true, at: i, time: observedTime(p, leg, arrival) };
  const chosen = plausible(p, i, heading(p, leg, arrival), candidates);
  if (!chosen) return undefined;
  const { airport } = chosen.entry;
  const km = distanceKm(airport.lat, airport.lon, p.lat[i]!, p.lon[i]!);
  const where =
    km < 1
      ? `over ${airport.icao}`
      : `${Math.round(km).toLocaleString('en-US')} km ${compass(bearingDeg(airport.lat, airport.lon, p.lat[i]!, p.lon[i]!))} of ${airport.icao}`;
  const note = `${arrival ? 'last' : 'first'} seen ${hhmm(p.t[i]!)} ${altitudeText(p, i)}, ${where}`;
  return { entry: chosen.entry, observed: false, at: i, note };
}

/** Take-off: the last ground point before the first airborne one; touchdown: the first ground point after the last. */
function observedTime(p: AircraftPoints, leg: Leg, arrival: boolean): number {
  if (arrival) {
    let last = leg.end - 1;
    while (last > leg.start && p.isGround(last)) last--;
    return p.t[Math.min(last + 1, leg.end - 1)]!;
  }
  let first = leg.start;
  while (first < leg.end - 1 && p.isGround(first)) first++;
  return p.t[Math.max(first - 1, leg.start)]!;
}

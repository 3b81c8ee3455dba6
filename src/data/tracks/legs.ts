/**
 * Points → legs, per aircraft in time order. A leg ends where the aircraft must have been on the
 * ground between two points: readsb's new-leg flag, a ground stop, or a gap it cannot have flown
 * through (see rules.ts for the thresholds and why).
 */
import type { AircraftPoints } from './points';
import { NEW_LEG } from './points';
import {
  GROUND_STOP_S,
  LONG_GAP_S,
  MIN_AIRBORNE_POINTS,
  MIN_AIRBORNE_S,
  STOP_GAP_S,
  STOP_SPEED_KT,
} from './rules';

/** Half-open range of point indices `[start, end)`. */
export interface Leg {
  start: number;
  end: number;
}

const EARTH_KM = 6371.0088;
const KM_PER_NM = 1.852;
const RAD = Math.PI / 180;

/** Great-circle distance in km (haversine). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** True when the gap between points i-1 and i means the aircraft landed: too long, or too slow to be flying. */
export function isLandingGap(p: AircraftPoints, i: number): boolean {
  const dt = p.t[i]! - p.t[i - 1]!;
  if (dt >= LONG_GAP_S) return true;
  if (dt < STOP_GAP_S) return false;
  const km = distanceKm(p.lat[i - 1]!, p.lon[i - 1]!, p.lat[i]!, p.lon[i]!);
  return km / KM_PER_NM / (dt / 3600) < STOP_SPEED_KT;
}

/**
 * Splits sorted, de-duplicated points into legs that partition them in time order. A boundary falls
 * before point i when i carries the new-leg flag, when the gap before i is a landing gap, or inside a
 * ground run of at least {@link GROUND_STOP_S} that has airborne points on both sides within the leg
 * (at the run's longest gap, where the aircraft most likely stood parked out of coverage).
 */
export function splitLegs(p: AircraftPoints): Leg[] {
  const n = p.n;
  const legs: Leg[] = [];
  if (n === 0) return legs;
  let start = 0;
  let airborneSeen = false;
  let runStart = -1; // first index of the current ground run, when airborne points came before it
  for (let i = 0; i < n; i++) {
    if (i > start && ((p.flags[i]! & NEW_LEG) !== 0 || isLandingGap(p, i))) {
      legs.push({ start, end: i });
      start = i;
      airborneSeen = false;
      runStart = -1;
    }
    if (p.isGround(i)) {
      if (airborneSeen && runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0 && p.t[i - 1]! - p.t[runStart]! >= GROUND_STOP_S) {
      const cut = longestGapEnd(p, runStart, i - 1);
      legs.push({ start, end: cut });
      start = cut;
    }
    runStart = -1;
    airborneSeen = true;
  }
  legs.push({ start, end: n });
  return legs;
}

/** The index just after the longest gap between points first..last (both on the ground), first if none. */
function longestGapEnd(p: AircraftPoints, first: number, last: number): number {
  let best = first + 1;
  let bestGap = -1;
  for (let k = first + 1; k <= last; k++) {
    const gap = p.t[k]! - p.t[k - 1]!;
    if (gap > bestGap) {
      bestGap = gap;
      best = k;
    }
  }
  return best;
}

/** A leg is a flight when it was airborne: enough airborne points over enough time (not just taxiing). */
export function isFlight(p: AircraftPoints, leg: Leg): boolean {
  let count = 0;
  let first = Number.NaN;
  let last = Number.NaN;
  for (let i = leg.start; i < leg.end; i++) {
    if (p.isGround(i)) continue;
    count++;
    if (count === 1) first = p.t[i]!;
    last = p.t[i]!;
  }
  return count >= MIN_AIRBORNE_POINTS && last - first >= MIN_AIRBORNE_S;
}

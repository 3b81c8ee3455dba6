/**
 * Landing candidates: the airports a cargo aircraft can use, in a kd-tree built once (kdbush) and
 * searched on the sphere (geokdbush `around`), instead of a scan of 17,550 airports per leg end.
 */
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import type { GazetteerEntry } from '../geo';
import { distanceKm } from './legs';
import { MIN_RUNWAY_FT } from './rules';

/** Why an airport is not a landing candidate, or undefined when it is one. */
export function exclusion(entry: GazetteerEntry, minRunwayFt = MIN_RUNWAY_FT): string | undefined {
  if (entry.kind === 'heliport') return 'a heliport';
  if (entry.kind === 'seaplane') return 'a seaplane base';
  if (entry.kind === 'closed') return 'closed';
  if (entry.runwayFt !== undefined && entry.runwayFt < minRunwayFt) return `runway ${entry.runwayFt} ft`;
  return undefined;
}

/** A found candidate: the gazetteer entry and its great-circle distance in km. */
export interface Candidate {
  entry: GazetteerEntry;
  km: number;
}

/** The spatial index of landing candidates. Build it once per gazetteer and reuse it across imports. */
export class LandingCandidates {
  private readonly entries: GazetteerEntry[];
  private readonly index: KDBush;

  constructor(all: readonly GazetteerEntry[], minRunwayFt = MIN_RUNWAY_FT) {
    this.entries = all.filter(
      (e) =>
        exclusion(e, minRunwayFt) === undefined &&
        Number.isFinite(e.airport.lat) &&
        Number.isFinite(e.airport.lon),
    );
    this.index = new KDBush(Math.max(1, this.entries.length));
    for (const e of this.entries) this.index.add(e.airport.lon, e.airport.lat);
    // kdbush refuses an empty index: one unreachable dummy point keeps `around` simple.
    if (this.entries.length === 0) this.index.add(0, 0);
    this.index.finish();
  }

  get size(): number {
    return this.entries.length;
  }

  /** Candidates within `maxKm` of the position, nearest first (at most `max`). */
  around(lat: number, lon: number, maxKm: number, max = 20): Candidate[] {
    if (this.entries.length === 0) return [];
    const ids = around(this.index, lon, lat, max, maxKm);
    return ids.map((id) => {
      const entry = this.entries[id]!;
      return { entry, km: distanceKm(lat, lon, entry.airport.lat, entry.airport.lon) };
    });
  }

  /** The nearest candidate at any distance (undefined only for an empty table). */
  nearest(lat: number, lon: number): Candidate | undefined {
    return this.around(lat, lon, Infinity, 1)[0];
  }
}

const cache = new WeakMap<readonly GazetteerEntry[], LandingCandidates>();

/** The candidates of a gazetteer, built on first use and kept while the gazetteer's array lives. */
export function landingCandidates(entries: readonly GazetteerEntry[]): LandingCandidates {
  let found = cache.get(entries);
  if (!found) {
    found = new LandingCandidates(entries);
    cache.set(entries, found);
  }
  return found;
}

const RAD = Math.PI / 180;

/** Initial bearing from the first position to the second, degrees 0–360. */
export function bearingDeg(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const [p1, p2, dl] = [lat1 * RAD, lat2 * RAD, (lon2 - lon1) * RAD];
  const y = Math.sin(dl) * Math.cos(p2);
  const x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl);
  return (((Math.atan2(y, x) / RAD) % 360) + 360) % 360;
}

const COMPASS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'];
/** Eight-point compass name of a bearing. */
export function compass(deg: number): string {
  return COMPASS[Math.round(deg / 45) % 8] ?? 'N';
}

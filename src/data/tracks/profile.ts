/**
 * Altitude-over-time data for the profile chart, thinned to at most `maxPoints` while keeping the
 * shape: the points are cut into equal-count buckets and each bucket keeps its lowest and highest
 * altitude (in time order), so a descent, a level-off or a go-around survives, and the global minimum
 * and maximum are always kept (when `maxPoints` ≥ 2).
 *
 * A point on the ground is drawn at 0 ft (ground level, whatever altitude the transponder reported: a
 * barometric altitude on the ground is noisy, and readsb reports just "ground"). A point with no
 * altitude that is not on the ground breaks the line: it is kept as `altFt: null`, at least one
 * wherever nulls lie between two kept samples, so the thinned line never joins across a break.
 */
import type { TrackPoint } from '../contract';

/** Same shape as the chart's own ProfilePoint (src/ui/profile-geometry.ts), which takes these as they are. */
export interface ProfileSample {
  /** Unix seconds UTC. */
  t: number;
  /** Feet; 0 on the ground; `null` where the line breaks. */
  altFt: number | null;
}

export const DEFAULT_PROFILE_POINTS = 500;

/** The altitude a point is drawn at. */
export function profileAltitude(p: TrackPoint): number | null {
  if (p[4] === true) return 0;
  return p[3];
}

/**
 * Profile samples of `points` (ascending `t`): all of them when few, else at most `maxPoints`. Every
 * break survives: where the track has a null between two kept samples, one of those nulls is kept
 * too (the bucket count shrinks until that fits). Below 7 samples there is room only for the global
 * minimum and maximum, then first and last, and a break may be lost.
 */
export function altitudeProfile(
  points: readonly TrackPoint[],
  maxPoints: number = DEFAULT_PROFILE_POINTS,
): ProfileSample[] {
  const all = points.map((p) => ({ t: p[0], altFt: profileAltitude(p) }));
  if (all.length <= maxPoints) return all;
  if (maxPoints < 1) return [];
  const pick = (keep: Iterable<number>) => [...new Set(keep)].sort((a, b) => a - b).map((i) => all[i]!);
  // Without nulls 2 per bucket (+ first and last) fit; breaks need room too, so shrink until all fit
  // (at most 4 × buckets + 3, so buckets ≤ (maxPoints − 3) / 4 always fits).
  let buckets = Math.floor((maxPoints - 2) / 2);
  while (buckets >= 1) {
    const keep = withBreaks(all, bucketExtremes(all, buckets));
    if (keep.length <= maxPoints) return pick(keep);
    buckets = Math.min(buckets - 1, Math.floor((buckets * maxPoints) / keep.length));
  }
  const [minI, maxI] = extremes(all, 0, all.length);
  const priority = [minI, maxI, 0, all.length - 1].filter((i) => i >= 0);
  return pick([...new Set(priority)].slice(0, maxPoints));
}

/** First, last, and each bucket's lowest and highest sample (indices, ascending). */
function bucketExtremes(all: readonly ProfileSample[], buckets: number): number[] {
  const keep = new Set<number>([0, all.length - 1]);
  const size = all.length / buckets;
  for (let b = 0; b < buckets; b++) {
    const lo = Math.floor(b * size);
    const hi = Math.min(all.length, Math.floor((b + 1) * size));
    for (const i of extremes(all, lo, hi)) if (i >= 0) keep.add(i);
  }
  return [...keep].sort((a, b) => a - b);
}

/** Indices of the lowest and highest non-null altitude in `lo..hi` (−1 when none). */
function extremes(all: readonly ProfileSample[], lo: number, hi: number): [number, number] {
  let [minI, maxI, minAlt, maxAlt] = [-1, -1, Infinity, -Infinity];
  for (let i = lo; i < hi; i++) {
    const alt = all[i]!.altFt;
    if (alt === null) continue;
    if (alt < minAlt) [minI, minAlt] = [i, alt];
    if (alt > maxAlt) [maxI, maxAlt] = [i, alt];
  }
  return [minI, maxI];
}

/** `kept` plus the first null between any two kept samples that have a null between them. */
function withBreaks(all: readonly ProfileSample[], kept: readonly number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < kept.length; k++) {
    const i = kept[k]!;
    const prev = kept[k - 1];
    if (prev !== undefined) {
      for (let j = prev + 1; j < i; j++)
        if (all[j]!.altFt === null) {
          out.push(j);
          break;
        }
    }
    out.push(i);
  }
  return out;
}

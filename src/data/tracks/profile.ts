/**
 * Altitude-over-time data for the profile chart, thinned to at most `maxPoints` while keeping the
 * shape: the points are cut into equal-count buckets and each bucket keeps its lowest and highest
 * altitude (in time order), so a descent, a level-off or a go-around survives, and the global minimum
 * and maximum are always kept.
 *
 * A point on the ground is drawn at 0 ft (ground level, whatever altitude the transponder reported: a
 * barometric altitude on the ground is noisy, and readsb reports just "ground"). A point with no
 * altitude that is not on the ground breaks the line: it is kept as `altFt: null`, one per bucket.
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

/** Profile samples of `points` (ascending `t`): all of them when few, else at most `maxPoints`. */
export function altitudeProfile(
  points: readonly TrackPoint[],
  maxPoints: number = DEFAULT_PROFILE_POINTS,
): ProfileSample[] {
  const all = points.map((p) => ({ t: p[0], altFt: profileAltitude(p) }));
  if (all.length <= maxPoints) return all;
  // Each bucket yields at most 3 samples (min, max, one break); first and last point add 2.
  const buckets = Math.max(1, Math.floor((maxPoints - 2) / 3));
  const keep = new Set<number>([0, all.length - 1]);
  const size = all.length / buckets;
  for (let b = 0; b < buckets; b++) {
    const lo = Math.floor(b * size);
    const hi = Math.min(all.length, Math.floor((b + 1) * size));
    let [minI, maxI, breakI] = [-1, -1, -1];
    let [minAlt, maxAlt] = [Infinity, -Infinity];
    for (let i = lo; i < hi; i++) {
      const alt = all[i]!.altFt;
      if (alt === null) {
        if (breakI < 0) breakI = i;
        continue;
      }
      if (alt < minAlt) [minI, minAlt] = [i, alt];
      if (alt > maxAlt) [maxI, maxAlt] = [i, alt];
    }
    for (const i of [minI, maxI, breakI]) if (i >= 0) keep.add(i);
  }
  return [...keep].sort((a, b) => a - b).map((i) => all[i]!);
}

/**
 * "Add to current" for flights made from tracks: a flight id that both datasets hold, each with a track
 * (the same leg imported again, or an overlapping trace of it: ids are `adsb-<icao24>-<departure s>`), is
 * one flight, not a clash. Its track points are merged (one point per second `t`; the current dataset's
 * point wins a tie) and the current flight is kept, with the incoming flight's sources added. The flight's
 * other fields (ends, times, status) are not recomputed here: they stay as the current dataset has them.
 */
import type { Dataset, Flight, Source, Track, TrackPoint } from '../contract';

export interface TrackMerge {
  /** Incoming flight ids that are merged into a current flight rather than added. */
  merged: Set<string>;
  /** The merged tracks and flights, by flight id. */
  tracks: Map<string, Track>;
  flights: Map<string, Flight>;
  /** Points the incoming tracks added to current ones. */
  newPoints: number;
}

/** Points of both, in time order, one per `t` (`a`'s first). */
export function mergePoints(a: readonly TrackPoint[], b: readonly TrackPoint[]): TrackPoint[] {
  const out: TrackPoint[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const p = a[i];
    const q = b[j];
    let next: TrackPoint;
    if (p !== undefined && (q === undefined || p[0] <= q[0])) {
      next = p;
      i++;
      if (q !== undefined && q[0] === p[0]) j++;
    } else if (q !== undefined) {
      next = q;
      j++;
    } else break;
    const last = out[out.length - 1];
    if (last === undefined || last[0] !== next[0]) out.push(next);
  }
  return out;
}

const sourceKey = (s: Source) => JSON.stringify([s.publisher, s.title, s.url]);

/** The track-derived flights `incoming` shares with `current`, merged. */
export function mergeTrackFlights(current: Dataset, incoming: Dataset): TrackMerge {
  const result: TrackMerge = { merged: new Set(), tracks: new Map(), flights: new Map(), newPoints: 0 };
  const currentTracks = new Map((current.tracks ?? []).map((t) => [t.flightId, t]));
  if (currentTracks.size === 0 || !incoming.tracks?.length) return result;
  const currentFlights = new Map(current.flights.map((f) => [f.id, f]));
  const incomingFlights = new Map(incoming.flights.map((f) => [f.id, f]));
  for (const track of incoming.tracks) {
    const id = track.flightId;
    const mine = currentTracks.get(id);
    const flight = currentFlights.get(id);
    const theirs = incomingFlights.get(id);
    if (!mine || !flight || !theirs || result.merged.has(id)) continue;
    const points = mergePoints(mine.points, track.points);
    result.newPoints += points.length - mine.points.length;
    result.tracks.set(id, { ...mine, points });
    const known = new Set(flight.sources.map(sourceKey));
    const added = theirs.sources.filter((s) => !known.has(sourceKey(s)));
    result.flights.set(id, added.length > 0 ? { ...flight, sources: [...flight.sources, ...added] } : flight);
    result.merged.add(id);
  }
  return result;
}

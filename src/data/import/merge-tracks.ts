/**
 * "Add to current" for flights made from tracks. An incoming flight is the same leg as a current one when
 * both have a track and either the ids match (ids are `adsb-<icao24>-<first point s>`) or it is the same
 * aircraft (icao24) and the two tracks overlap in time, with exactly one current leg. Then it is one
 * flight, not a clash: the points are merged (one per second `t`; the current point wins a tie), the
 * current id is kept (analysts may have cited it), the sources are added, and each end is taken from the
 * flight that saw it best: an observed end over an inferred one, else the track seen first (departure)
 * or last (arrival); a tie keeps the current. Status follows the ends: `confirmed` only with both ends
 * observed (a synthetic flight stays synthetic). Rules in data/FORMAT.md ("Adding tracks to tracks").
 */
import type { Dataset, Flight, Source, Track, TrackPoint } from '../contract';

export interface TrackMerge {
  /** Incoming flight ids that are merged into a current flight rather than added, to that flight's id. */
  merged: Map<string, string>;
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

/** A track's first and last point times. */
function span(track: Track): [number, number] | undefined {
  const first = track.points[0];
  const last = track.points[track.points.length - 1];
  return first && last ? [first[0], last[0]] : undefined;
}

/** The note an end adds (see tracks/ends.ts): "first seen …" for departure, "last seen …" for arrival. */
function endNote(flight: Flight, arrival: boolean): string | undefined {
  const prefix = arrival ? 'last seen ' : 'first seen ';
  return flight.notes
    ?.replace(/\.$/, '')
    .split('; ')
    .find((part) => part.startsWith(prefix));
}

/** Which flight's end to keep: observed over inferred, then the earlier start (or later end). */
function betterEnd(
  mine: Flight,
  theirs: Flight,
  mineSpan: number,
  theirsSpan: number,
  arrival: boolean,
): Flight {
  const seenMine = arrival ? mine.arrivalObserved : mine.departureObserved;
  const seenTheirs = arrival ? theirs.arrivalObserved : theirs.departureObserved;
  if (seenMine !== seenTheirs) return seenTheirs === true ? theirs : mine;
  if (seenMine === true) return mine;
  const further = arrival ? theirsSpan > mineSpan : theirsSpan < mineSpan;
  return further ? theirs : mine;
}

/** The current flight with the incoming one's sources and its better-seen ends. */
function mergedFlight(mine: Flight, theirs: Flight, mineTrack: Track, theirsTrack: Track): Flight {
  const a = span(mineTrack);
  const b = span(theirsTrack);
  const known = new Set(mine.sources.map(sourceKey));
  const added = theirs.sources.filter((s) => !known.has(sourceKey(s)));
  const out: Flight = { ...mine, sources: [...mine.sources, ...added] };
  if (!a || !b) return out;
  const dep = betterEnd(mine, theirs, a[0], b[0], false);
  const arr = betterEnd(mine, theirs, a[1], b[1], true);
  out.origin = dep.origin;
  out.departureObserved = dep.departureObserved;
  if (dep.departureTime !== undefined) out.departureTime = dep.departureTime;
  else delete out.departureTime;
  out.destination = arr.destination;
  out.arrivalObserved = arr.arrivalObserved;
  out.date = arr.date;
  if (arr.arrivalTime !== undefined) out.arrivalTime = arr.arrivalTime;
  else delete out.arrivalTime;
  if (mine.confidence !== 'synthetic' && theirs.confidence !== 'synthetic')
    out.confidence =
      out.departureObserved === true && out.arrivalObserved === true ? 'confirmed' : 'inferred';
  else out.confidence = 'synthetic';
  // The end notes follow the ends; any other note of the current flight stays.
  const others = (mine.notes?.replace(/\.$/, '').split('; ') ?? []).filter(
    (part) => part !== '' && !part.startsWith('first seen ') && !part.startsWith('last seen '),
  );
  const notes = [...others, endNote(dep, false), endNote(arr, true)].filter(
    (n): n is string => n !== undefined,
  );
  if (notes.length > 0) out.notes = `${notes.join('; ')}.`;
  else delete out.notes;
  return out;
}

/** The track-derived flights `incoming` shares with `current`, merged. */
export function mergeTrackFlights(current: Dataset, incoming: Dataset): TrackMerge {
  const result: TrackMerge = { merged: new Map(), tracks: new Map(), flights: new Map(), newPoints: 0 };
  const currentTracks = new Map((current.tracks ?? []).map((t) => [t.flightId, t]));
  if (currentTracks.size === 0 || !incoming.tracks?.length) return result;
  const currentFlights = new Map(current.flights.map((f) => [f.id, f]));
  const incomingFlights = new Map(incoming.flights.map((f) => [f.id, f]));
  // Current legs by aircraft, for the overlap rule.
  const legsOf = new Map<string, { id: string; from: number; to: number }[]>();
  for (const [id, track] of currentTracks) {
    const icao24 = currentFlights.get(id)?.icao24;
    const s = span(track);
    if (!icao24 || !s) continue;
    const legs = legsOf.get(icao24) ?? [];
    legs.push({ id, from: s[0], to: s[1] });
    legsOf.set(icao24, legs);
  }
  const taken = new Set<string>();
  for (const track of incoming.tracks) {
    const theirs = incomingFlights.get(track.flightId);
    if (!theirs || result.merged.has(theirs.id)) continue;
    let id: string | undefined = currentTracks.has(theirs.id) ? theirs.id : undefined;
    const s = span(track);
    if (id === undefined && theirs.icao24 && s) {
      const overlapping = (legsOf.get(theirs.icao24) ?? []).filter((l) => l.from <= s[1] && s[0] <= l.to);
      // One leg overlapped: the same leg. Two or more: the incoming leg bridges a stop the current
      // dataset saw, so it is left as its own flight rather than guessing which one it is.
      if (overlapping.length === 1) id = overlapping[0]?.id;
    }
    if (id === undefined || taken.has(id)) continue;
    const flight = result.flights.get(id) ?? currentFlights.get(id);
    const mine = result.tracks.get(id) ?? currentTracks.get(id);
    if (!flight || !mine) continue;
    const points = mergePoints(mine.points, track.points);
    result.newPoints += points.length - mine.points.length;
    result.tracks.set(id, { ...mine, points });
    result.flights.set(id, mergedFlight(flight, theirs, mine, track));
    result.merged.set(theirs.id, id);
    taken.add(id);
  }
  return result;
}

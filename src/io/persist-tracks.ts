/**
 * Tracks in IndexedDB: chunked by points like flights are by count (Chromium refuses one value over
 * ~127 MB; 2 M points of five small values stay well under it). A track longer than a chunk is split
 * into pieces, each naming its track by index, and joined again on load.
 */
import type { Track, TrackPoint } from '../data/contract';

/** Points per stored chunk. */
export const TRACK_POINTS_PER_CHUNK = 2_000_000;

/** One stored piece of a track: its index in `dataset.tracks` and a run of its points. */
export interface TrackPiece {
  i: number;
  flightId: string;
  source: Track['source'];
  points: TrackPoint[];
}

/** The counts a record keeps to check the chunks on load. */
export interface TrackCounts {
  trackChunks: number;
  trackCount: number;
  trackPointCount: number;
}

/** The tracks as chunks of at most `perChunk` points (a chunk holds at least one piece). */
export function trackChunks(tracks: readonly Track[], perChunk = TRACK_POINTS_PER_CHUNK): TrackPiece[][] {
  const chunks: TrackPiece[][] = [];
  let chunk: TrackPiece[] = [];
  let room = perChunk;
  tracks.forEach((t, i) => {
    let at = 0;
    do {
      const take = Math.min(room, t.points.length - at);
      chunk.push({ i, flightId: t.flightId, source: t.source, points: t.points.slice(at, at + take) });
      at += take;
      room -= take;
      if (room === 0) {
        chunks.push(chunk);
        chunk = [];
        room = perChunk;
      }
    } while (at < t.points.length);
  });
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

function isPiece(p: unknown): p is TrackPiece {
  const x = p as Partial<TrackPiece> | null;
  return (
    typeof x === 'object' &&
    x !== null &&
    Number.isInteger(x.i) &&
    typeof x.flightId === 'string' &&
    typeof x.source === 'object' &&
    x.source !== null &&
    Array.isArray(x.points)
  );
}

/** The tracks joined from their chunks, or what is wrong with them. */
export function joinTracks(parts: readonly unknown[], counts: TrackCounts): Track[] | string {
  const tracks: Track[] = [];
  let points = 0;
  for (const part of parts) {
    if (!Array.isArray(part)) return 'a chunk of its tracks is missing';
    for (const piece of part) {
      if (!isPiece(piece)) return 'a chunk of its tracks is damaged';
      const last = tracks[tracks.length - 1];
      if (piece.i === tracks.length)
        tracks.push({ flightId: piece.flightId, source: piece.source, points: piece.points });
      else if (last && piece.i === tracks.length - 1 && last.flightId === piece.flightId)
        for (const p of piece.points) last.points.push(p);
      else return 'its tracks are out of order';
      points += piece.points.length;
      const first = piece.points[0] as unknown;
      if (first !== undefined && !(Array.isArray(first) && typeof first[0] === 'number'))
        return `its track for ${piece.flightId} is damaged`;
    }
  }
  if (tracks.length !== counts.trackCount || points !== counts.trackPointCount)
    return 'its tracks do not add up';
  return tracks;
}

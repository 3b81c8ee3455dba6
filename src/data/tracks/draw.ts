/**
 * What the map draws for a selected flight's track: solid lines where it was seen (split at gaps), a
 * straight dashed line across each gap with its duration and times for the hover text, and a faint line
 * from an unobserved end to the airport chosen for it. Pure: positions only, styles belong to the map.
 *
 * Thinning: each seen run is simplified with simplify-js (Douglas–Peucker after a radial-distance pass)
 * in degrees, with a tolerance of half a screen pixel at the zoom drawn (see {@link toleranceForZoom}):
 * what it removes cannot be seen. It returns a subset of the points, never moved, first and last kept;
 * the track's own points are not touched.
 *
 * Antimeridian: longitudes are unwrapped along the drawing (a step of more than 180° is taken the short
 * way, by ±360°), so a flight crossing 180° is drawn across it rather than across the whole world.
 * Positions may therefore lie outside −180…180; Leaflet draws them on the neighbouring world copy.
 */
import simplify from 'simplify-js';
import type { TrackPoint } from '../contract';
import { clockZ, DEFAULT_GAP_S, durationText, seenRuns, trackGaps } from './gaps';

/** `[lat, lon]`, as Leaflet takes them. */
export type LatLonTuple = [lat: number, lon: number];

export interface SeenLine {
  kind: 'seen';
  positions: LatLonTuple[];
}

export interface GapLine {
  kind: 'gap';
  positions: [LatLonTuple, LatLonTuple];
  startT: number;
  endT: number;
  durationS: number;
  /** `gap 52 min, 07:12Z–08:04Z`. */
  label: string;
}

export interface EndLine {
  kind: 'end';
  end: 'departure' | 'arrival';
  icao: string;
  /** From the airport to the first point (departure), or from the last point to the airport (arrival). */
  positions: [LatLonTuple, LatLonTuple];
  label: string;
}

export type TrackLine = SeenLine | GapLine | EndLine;

export interface DrawEnd {
  icao: string;
  lat: number;
  lon: number;
  /** Only an end that is `false` (inferred) gets a faint line; an observed end is where the track is. */
  observed: boolean | undefined;
}

export interface DrawOptions {
  /** Leaflet zoom the lines are for (0 = whole world in 256 px). */
  zoom: number;
  gapS?: number;
  departure?: DrawEnd;
  arrival?: DrawEnd;
}

/** Half a pixel in degrees of longitude at `zoom` (256-px tiles): 0.7° at zoom 0, 0.0007° at zoom 10. */
export function toleranceForZoom(zoom: number): number {
  return 180 / (256 * 2 ** Math.max(0, zoom));
}

/** `lon` moved by whole turns to within 180° of `ref`. */
export function unwrapLon(lon: number, ref: number): number {
  let out = lon;
  while (out - ref > 180) out -= 360;
  while (out - ref < -180) out += 360;
  return out;
}

interface XY {
  x: number;
  y: number;
}

/** Points of one run, thinned at `tolerance` degrees, longitudes unwrapped from `refLon`. */
export function thinRun(run: readonly TrackPoint[], tolerance: number, refLon: number): LatLonTuple[] {
  const xy: XY[] = [];
  let prev = refLon;
  for (const p of run) {
    prev = unwrapLon(p[2], prev);
    xy.push({ x: prev, y: p[1] });
  }
  // Two points or fewer: nothing to thin (simplify-js returns such input as it is anyway).
  const kept = xy.length > 2 ? simplify(xy, tolerance) : xy;
  return kept.map((q) => [q.y, q.x]);
}

/** The lines to draw for one track (ascending `t`), in drawing order. */
export function trackDrawing(points: readonly TrackPoint[], options: DrawOptions): TrackLine[] {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return [];
  const gapS = options.gapS ?? DEFAULT_GAP_S;
  const tolerance = toleranceForZoom(options.zoom);
  const lines: TrackLine[] = [];
  const { departure, arrival } = options;

  let refLon = first[2];
  if (departure && departure.observed === false) {
    const from: LatLonTuple = [departure.lat, unwrapLon(departure.lon, first[2])];
    lines.push(endLine('departure', departure.icao, [from, [first[1], first[2]]], first[0]));
  }
  const runs = seenRuns(points, gapS);
  const gaps = trackGaps(points, gapS);
  runs.forEach((run, i) => {
    const positions = thinRun(run, tolerance, refLon);
    const end = positions[positions.length - 1];
    if (end) refLon = end[1];
    lines.push({ kind: 'seen', positions });
    const gap = gaps[i];
    const next = runs[i + 1]?.[0];
    if (gap && next && end) {
      lines.push({
        kind: 'gap',
        positions: [end, [next[1], unwrapLon(next[2], end[1])]],
        startT: gap.startT,
        endT: gap.endT,
        durationS: gap.durationS,
        label: `gap ${durationText(gap.durationS)}, ${clockZ(gap.startT)}–${clockZ(gap.endT)}`,
      });
    }
  });
  if (arrival && arrival.observed === false) {
    const to: LatLonTuple = [arrival.lat, unwrapLon(arrival.lon, refLon)];
    lines.push(endLine('arrival', arrival.icao, [[last[1], refLon], to], last[0]));
  }
  return lines;
}

function endLine(end: EndLine['end'], icao: string, positions: EndLine['positions'], t: number): EndLine {
  const label =
    end === 'departure'
      ? `departure ${icao} inferred: first seen ${clockZ(t)}`
      : `arrival ${icao} inferred: last seen ${clockZ(t)}`;
  return { kind: 'end', end, icao, positions, label };
}

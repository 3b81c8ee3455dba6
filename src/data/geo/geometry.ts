/** Geometry for drawing routes: great-circle arcs bent to one side, and arrowheads showing direction. */

export type LatLon = [lat: number, lon: number];

const RAD = Math.PI / 180;

function toVector([lat, lon]: LatLon): [number, number, number] {
  const φ = lat * RAD;
  const λ = lon * RAD;
  return [Math.cos(φ) * Math.cos(λ), Math.cos(φ) * Math.sin(λ), Math.sin(φ)];
}

function toLatLon([x, y, z]: [number, number, number]): LatLon {
  return [Math.atan2(z, Math.hypot(x, y)) / RAD, Math.atan2(y, x) / RAD];
}

/** Points along the great circle from a to b (inclusive), by spherical linear interpolation. */
export function greatCircle(a: LatLon, b: LatLon, segments = 32): LatLon[] {
  const va = toVector(a);
  const vb = toVector(b);
  const dot = Math.min(1, Math.max(-1, va[0] * vb[0] + va[1] * vb[1] + va[2] * vb[2]));
  const ω = Math.acos(dot);
  if (ω < 1e-9) return [a, b];
  const sinω = Math.sin(ω);
  const points: LatLon[] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const ka = Math.sin((1 - t) * ω) / sinω;
    const kb = Math.sin(t * ω) / sinω;
    points.push(toLatLon([ka * va[0] + kb * vb[0], ka * va[1] + kb * vb[1], ka * va[2] + kb * vb[2]]));
  }
  // Keep longitudes continuous so Leaflet does not draw a stripe across the map at ±180°.
  for (let i = 1; i < points.length; i++) {
    const point = points[i]!; // 1 ≤ i < length
    const lonBefore = points[i - 1]![1];
    while (point[1] - lonBefore > 180) point[1] -= 360;
    while (point[1] - lonBefore < -180) point[1] += 360;
  }
  return points;
}

/**
 * The route's arc: the great circle from origin to destination, pushed sideways (to the right of the
 * direction of travel) by up to `bend` × its length, so A→B and B→A are two distinct, visible curves.
 */
export function routeArc(origin: LatLon, destination: LatLon, bend = 0.12, segments = 32): LatLon[] {
  const base = greatCircle(origin, destination, segments);
  const start = base[0];
  const end = base[base.length - 1];
  if (base.length < 3 || !start || !end) return base;
  const [lat0, lon0] = start;
  const [lat1, lon1] = end;
  const cosMid = Math.cos(((lat0 + lat1) / 2) * RAD);
  // Direction and length in a locally flat frame (x = lon·cos(lat), y = lat).
  const dx = (lon1 - lon0) * cosMid;
  const dy = lat1 - lat0;
  const length = Math.hypot(dx, dy);
  if (length === 0) return base;
  // Right-hand normal of (dx, dy) is (dy, -dx).
  const nx = dy / length;
  const ny = -dx / length;
  return base.map(([lat, lon], i) => {
    const t = i / (base.length - 1);
    const offset = bend * length * Math.sin(Math.PI * t);
    return [lat + ny * offset, lon + (nx * offset) / Math.max(cosMid, 0.05)] as LatLon;
  });
}

/**
 * A small triangle pointing along the arc at fraction `at` of its points, sized relative to the arc's
 * length (so it stays in proportion on short and long routes).
 */
export function arrowHead(arc: readonly LatLon[], at = 0.55, sizeFraction = 0.035): LatLon[] {
  const i = Math.min(arc.length - 2, Math.max(0, Math.round(at * (arc.length - 1))));
  const a = arc[i];
  const b = arc[i + 1];
  const first = arc[0];
  const last = arc[arc.length - 1];
  if (!a || !b || !first || !last) return [];
  const [latA, lonA] = a;
  const [latB, lonB] = b;
  const cos = Math.max(Math.cos(latA * RAD), 0.05);
  const dx = (lonB - lonA) * cos;
  const dy = latB - latA;
  const seg = Math.hypot(dx, dy);
  if (seg === 0) return [];
  const [lat0, lon0] = first;
  const [lat1, lon1] = last;
  const total = Math.hypot((lon1 - lon0) * cos, lat1 - lat0);
  const size = Math.min(Math.max(total * sizeFraction, 0.08), 1.2);
  const ux = dx / seg;
  const uy = dy / seg;
  const tip: [number, number] = [lonB * cos + ux * size * 0.5, latB + uy * size * 0.5];
  const back: [number, number] = [tip[0] - ux * size, tip[1] - uy * size];
  const half = size * 0.45;
  const left: [number, number] = [back[0] - uy * half, back[1] + ux * half];
  const right: [number, number] = [back[0] + uy * half, back[1] - ux * half];
  return [tip, left, right].map(([x, y]) => [y, x / cos] as LatLon);
}

/** [[south, west], [north, east]] of the points, or undefined when there are none. */
export function boundsOf(points: readonly LatLon[]): [LatLon, LatLon] | undefined {
  if (points.length === 0) return undefined;
  let s = Infinity,
    w = Infinity,
    n = -Infinity,
    e = -Infinity;
  for (const [lat, lon] of points) {
    s = Math.min(s, lat);
    n = Math.max(n, lat);
    w = Math.min(w, lon);
    e = Math.max(e, lon);
  }
  return [
    [s, w],
    [n, e],
  ];
}

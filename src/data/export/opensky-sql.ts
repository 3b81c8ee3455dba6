/**
 * "Query for OpenSky": from the current view, the ready-to-run Trino SQL for OpenSky's historical
 * database, whose CSV results Airlift reads back. Tables are written in full (catalog minio, schema
 * osky) so the SQL runs in a session with no default catalog.
 *
 * - `state_vectors_data4` is partitioned by `hour` (Unix seconds at the start of the hour): the
 *   `hour` predicates let Trino read only the hours asked for; `time` (Unix s, one row per second per
 *   aircraft) bounds the same range exactly. Range: from 00:00Z of `from` to 00:00Z after `to`.
 * - Bounding box: the smallest lat/lon box holding every airport (taking the short way round in
 *   longitude, and across 180° when that is shorter), widened by `marginDeg` (default 1°, ~110 km: wide
 *   enough for approaches and holds, and the route between the airports lies inside it).
 * - Resample: `time % N = 0` keeps OpenSky's own row at each multiple of N seconds (default 10 s). A
 *   plain filter, which Trino pushes into the scan; since state vectors are written every second, every
 *   aircraft seen has a row at each multiple. A GROUP BY on floor(time / N) would average positions
 *   that were never observed.
 * - `flights_data4` is partitioned by `day` (Unix seconds at 00:00Z). A flight is filed under one day,
 *   so the day range starts a day early (flights crossing midnight); `lastseen` then keeps exactly the
 *   flights landing in the range, as Airlift dates a flight by its arrival.
 * Every value is validated before it is written (ICAO code, hex icao24, calendar date, coordinates,
 * numbers): nothing from the view reaches the SQL as raw text.
 */
import { dayNumber, isIsoDate } from '../contract';

export interface OpenSkyView {
  /** Inclusive UTC dates, YYYY-MM-DD. */
  from: string;
  to: string;
  airports: readonly { icao: string; lat: number; lon: number }[];
  /** The shown aircraft; empty: any aircraft in the box. */
  icao24s: readonly string[];
}

export interface OpenSkyQueryOptions {
  /** One point per this many seconds (1–3600, whole). Default 10. */
  resampleS?: number;
  /** Degrees added around the airports (0–10). Default 1. */
  marginDeg?: number;
}

export type OpenSkyQuery =
  { ok: true; stateVectorsSql: string; flightsSql: string } | { ok: false; errors: string[] };

export const ICAO_AIRPORT = /^[A-Z0-9]{4}$/;
export const ICAO24 = /^[0-9a-f]{6}$/;
/** More than this many icao24s makes an IN list no query planner enjoys; narrow the view instead. */
export const MAX_ICAO24S = 1000;
const DAY_S = 86_400;

/** The two queries for `view`, or every reason it cannot be written. */
export function openSkyQuery(view: OpenSkyView, options: OpenSkyQueryOptions = {}): OpenSkyQuery {
  const errors: string[] = [];
  const resampleS = options.resampleS ?? 10;
  const marginDeg = options.marginDeg ?? 1;
  if (!Number.isInteger(resampleS) || resampleS < 1 || resampleS > 3600)
    errors.push(`resample: ${String(resampleS)} is not a whole number of seconds from 1 to 3600`);
  if (!Number.isFinite(marginDeg) || marginDeg < 0 || marginDeg > 10)
    errors.push(`margin: ${String(marginDeg)} is not a number of degrees from 0 to 10`);
  for (const [name, date] of [
    ['from', view.from],
    ['to', view.to],
  ] as const)
    if (typeof date !== 'string' || !isIsoDate(date))
      errors.push(`${name}: ${quote(date)} is not a YYYY-MM-DD date`);
  if (errors.length === 0 && view.from > view.to) errors.push(`from ${view.from} is after to ${view.to}`);
  if (view.airports.length === 0) errors.push('airports: the view has no airports');
  view.airports.forEach((a, i) => {
    if (typeof a.icao !== 'string' || !ICAO_AIRPORT.test(a.icao))
      errors.push(`airport ${i + 1}: ${quote(a.icao)} is not a 4-character ICAO code`);
    if (!Number.isFinite(a.lat) || Math.abs(a.lat) > 90 || !Number.isFinite(a.lon) || Math.abs(a.lon) > 180)
      errors.push(`airport ${i + 1}: latitude/longitude out of range`);
  });
  const icao24s: string[] = [];
  view.icao24s.forEach((raw, i) => {
    const hex = typeof raw === 'string' ? raw.toLowerCase() : '';
    if (ICAO24.test(hex)) icao24s.push(hex);
    else errors.push(`icao24 ${i + 1}: ${quote(raw)} is not 6 hexadecimal digits`);
  });
  if (icao24s.length > MAX_ICAO24S)
    errors.push(`icao24: ${icao24s.length} aircraft, more than ${MAX_ICAO24S}`);
  if (errors.length > 0) return { ok: false, errors };

  const startS = dayNumber(view.from) * DAY_S;
  const endS = (dayNumber(view.to) + 1) * DAY_S;
  const codes = [...new Set(view.airports.map((a) => a.icao))].sort();
  const aircraft = [...new Set(icao24s)].sort();
  const codeList = codes.map((c) => `'${c}'`).join(', ');
  const aircraftList = aircraft.map((h) => `'${h}'`).join(', ');
  const box = boundingBox(view.airports, marginDeg);
  const lonPredicate =
    box.west <= box.east
      ? `lon BETWEEN ${deg(box.west)} AND ${deg(box.east)}`
      : `(lon >= ${deg(box.west)} OR lon <= ${deg(box.east)})`;

  const stateVectorsSql = [
    `-- Airlift: OpenSky state vectors ${view.from} to ${view.to} (UTC), one point per ${resampleS} s,`,
    `-- within ${marginDeg}° of ${codes.join(', ')}. Save the result as CSV and drop it on Airlift.`,
    'SELECT time, icao24, lat, lon, velocity, heading, vertrate, callsign, onground, alert, spi, squawk,',
    '  baroaltitude, geoaltitude, lastposupdate, lastcontact, hour',
    'FROM minio.osky.state_vectors_data4',
    `WHERE hour >= ${startS} AND hour < ${endS}`,
    `  AND time >= ${startS} AND time < ${endS}`,
    `  AND time % ${resampleS} = 0`,
    `  AND lat BETWEEN ${deg(box.south)} AND ${deg(box.north)}`,
    `  AND ${lonPredicate}`,
    ...(aircraft.length > 0 ? [`  AND icao24 IN (${aircraftList})`] : []),
    'ORDER BY icao24, time;',
  ].join('\n');

  const flightsSql = [
    `-- Airlift: OpenSky flights landing ${view.from} to ${view.to} (UTC) at or from ${codes.join(', ')}.`,
    'SELECT icao24, firstseen, estdepartureairport, lastseen, estarrivalairport, callsign, day',
    'FROM minio.osky.flights_data4',
    `WHERE day >= ${startS - DAY_S} AND day < ${endS}`,
    `  AND lastseen >= ${startS} AND lastseen < ${endS}`,
    `  AND (estdepartureairport IN (${codeList}) OR estarrivalairport IN (${codeList}))`,
    ...(aircraft.length > 0 ? [`  AND icao24 IN (${aircraftList})`] : []),
    'ORDER BY firstseen;',
  ].join('\n');
  return { ok: true, stateVectorsSql, flightsSql };
}

export interface Box {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** Smallest box around the points plus `margin`; `west > east` when it crosses 180°. */
export function boundingBox(points: readonly { lat: number; lon: number }[], margin: number): Box {
  const lats = points.map((p) => p.lat);
  const south = Math.max(-90, Math.min(...lats) - margin);
  const north = Math.min(90, Math.max(...lats) + margin);
  const lons = [...new Set(points.map((p) => p.lon))].sort((a, b) => a - b);
  // The box in longitude is the circle minus its largest empty arc between neighbouring airports.
  let gapAfter = lons.length - 1;
  let widest = 360 - ((lons[lons.length - 1] ?? 0) - (lons[0] ?? 0));
  for (let i = 0; i + 1 < lons.length; i++) {
    const gap = lons[i + 1]! - lons[i]!;
    if (gap > widest) [widest, gapAfter] = [gap, i];
  }
  const west = lons[(gapAfter + 1) % lons.length] ?? 0;
  const east = lons[gapAfter] ?? 0;
  if (360 - widest + 2 * margin >= 360) return { south, west: -180, north, east: 180 };
  return { south, west: wrap(west - margin), north, east: wrap(east + margin) };
}

function wrap(lon: number): number {
  if (lon > 180) return lon - 360;
  if (lon < -180) return lon + 360;
  return lon;
}

/** Degrees as SQL decimal literals (never exponent notation). */
function deg(x: number): string {
  return x.toFixed(4).replace(/\.?0+$/, '') || '0';
}

/** A rejected value, shown safely and briefly in an error message. */
function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

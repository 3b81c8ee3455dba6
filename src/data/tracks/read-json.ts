/**
 * The JSON track formats: readsb / tar1090 / ADS-B Exchange `trace_full` files and OpenSky REST
 * `/tracks/all` responses. Row N is the N-th entry (1-based) of `trace` or `path`.
 */
import { checkPosition, FEET_PER_METRE, icao24Of, type FileContext } from './context';
import { AIR, GROUND, NEW_LEG, UNKNOWN } from './points';
import { fallbackKey } from './read-fr24';
import { shown } from '../validate';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

/** Which JSON track format a parsed value is, if any. */
export function jsonTrackFormat(value: unknown): 'readsb' | 'opensky-tracks' | undefined {
  if (!isObject(value)) return undefined;
  if (Array.isArray(value.trace) && 'icao' in value) return 'readsb';
  if (Array.isArray(value.path) && 'icao24' in value) return 'opensky-tracks';
  return undefined;
}

const READSB_FIELDS = ['dt', 'lat', 'lon', 'alt', 'gs', 'track', 'flags', 'vrate', 'details'];

export function readReadsb(doc: Json, ctx: FileContext): void {
  const icao = typeof doc.icao === 'string' ? doc.icao : '';
  // readsb writes non-ICAO addresses (TIS-B, anonymous) with a leading "~": kept apart, no icao24.
  const icao24 = icao24Of(icao);
  if (!icao24 && !/^~[0-9a-f]{6}$/i.test(icao))
    return ctx.fileError(`field icao: must be 6 hex digits, not ${shown(doc.icao)}`);
  const base = doc.timestamp;
  if (typeof base !== 'number' || !(base > 0))
    return ctx.fileError(`field timestamp: must be Unix seconds, not ${shown(base)}`);
  const a = ctx.store.get(icao24 ?? icao.toLowerCase().replace('~', 'x'), icao24);
  const r = text(doc.r);
  const t = text(doc.t);
  const op = text(doc.ownOp);
  if (r) a.info.registration = r;
  if (t) a.info.aircraftType = t;
  if (op) a.info.operator = op;
  const trace = doc.trace as unknown[];
  let callsign = 0;
  for (let k = 0; k < trace.length && !ctx.full; k++) {
    const row = trace[k];
    const rowNo = k + 1;
    if (!Array.isArray(row)) {
      ctx.rowError(rowNo, undefined, `must be an array [dt, lat, lon, alt, …], not ${shown(row)}`);
      continue;
    }
    // Indexed reads, not destructuring: this loop runs once per point.
    const cells = row as unknown[];
    const dt = cells[0];
    const lat = cells[1];
    const lon = cells[2];
    const alt = cells[3];
    const flags = cells[6];
    const details = cells[8];
    if (lat === null || lon === null || lat === undefined || lon === undefined) {
      ctx.noPosition++;
      continue;
    }
    if (typeof dt !== 'number' || !Number.isFinite(dt)) {
      ctx.rowError(rowNo, READSB_FIELDS[0], `must be seconds after timestamp, not ${shown(dt)}`);
      continue;
    }
    if (
      typeof lat !== 'number' ||
      typeof lon !== 'number' ||
      !(Math.abs(lat) <= 90) ||
      !(Math.abs(lon) <= 180)
    ) {
      const field = typeof lat === 'number' && Math.abs(lat) <= 90 ? 'lon' : 'lat';
      ctx.rowError(rowNo, field, checkPosition(Number(lat), Number(lon)) ?? 'must be a number');
      continue;
    }
    const f = typeof flags === 'number' ? flags : 0;
    if (flags !== undefined && flags !== null && (typeof flags !== 'number' || !Number.isInteger(flags))) {
      ctx.rowError(rowNo, 'flags', `must be an integer, not ${shown(flags)}`);
      continue;
    }
    if (f & 1) {
      ctx.stale++;
      continue;
    }
    let altFt = Number.NaN;
    let ground = UNKNOWN;
    if (alt === 'ground') ground = GROUND;
    else if (typeof alt === 'number' && Number.isFinite(alt)) {
      altFt = alt;
      ground = AIR;
    } else if (alt !== null && alt !== undefined) {
      ctx.rowError(rowNo, 'alt', `must be feet or "ground", not ${shown(alt)}`);
      continue;
    }
    // The callsign arrives only now and then (in `details`); it holds until the next one.
    if (isObject(details)) {
      const cs = text(details.flight);
      if (cs) callsign = a.callsignId(cs);
    }
    ctx.add(a, base + dt, lat, lon, altFt, ground, f & 2 ? NEW_LEG : 0, callsign);
  }
}

const PATH_FIELDS = ['time', 'latitude', 'longitude', 'baro_altitude', 'true_track', 'on_ground'];

export function readOpenSkyTracks(doc: Json, ctx: FileContext): void {
  const icao24 = icao24Of(typeof doc.icao24 === 'string' ? doc.icao24 : '');
  if (!icao24) return ctx.fileError(`field icao24: must be 6 hex digits, not ${shown(doc.icao24)}`);
  const a = ctx.store.get(icao24, icao24);
  const cs = text(doc.callsign);
  const callsign = cs ? a.callsignId(cs) : 0;
  const path = doc.path as unknown[];
  for (let k = 0; k < path.length && !ctx.full; k++) {
    const row = path[k];
    const rowNo = k + 1;
    if (!Array.isArray(row)) {
      ctx.rowError(rowNo, undefined, `must be an array [time, latitude, longitude, …], not ${shown(row)}`);
      continue;
    }
    const [time, lat, lon, baro, , onGround] = row as unknown[];
    if (lat === null || lon === null || lat === undefined || lon === undefined) {
      ctx.noPosition++;
      continue;
    }
    if (typeof time !== 'number' || !(time > 0)) {
      ctx.rowError(rowNo, PATH_FIELDS[0], `must be Unix seconds, not ${shown(time)}`);
      continue;
    }
    const bad = checkPosition(lat as number, lon as number);
    if (typeof lat !== 'number' || typeof lon !== 'number' || bad) {
      ctx.rowError(
        rowNo,
        typeof lat === 'number' && Math.abs(lat) <= 90 ? 'longitude' : 'latitude',
        bad ?? 'must be a number',
      );
      continue;
    }
    if (baro !== null && baro !== undefined && (typeof baro !== 'number' || !Number.isFinite(baro))) {
      ctx.rowError(rowNo, 'baro_altitude', `must be metres, not ${shown(baro)}`);
      continue;
    }
    if (onGround !== null && onGround !== undefined && typeof onGround !== 'boolean') {
      ctx.rowError(rowNo, 'on_ground', `must be true or false, not ${shown(onGround)}`);
      continue;
    }
    const altFt = typeof baro === 'number' ? baro * FEET_PER_METRE : Number.NaN;
    const ground = onGround === true ? GROUND : onGround === false ? AIR : UNKNOWN;
    ctx.add(a, time, lat, lon, altFt, ground, 0, callsign);
  }
}

export { fallbackKey };

/**
 * The JSON track formats: readsb / tar1090 / ADS-B Exchange `trace_full` files and OpenSky REST
 * `/tracks/all` responses. Row N is the N-th entry (1-based) of `trace` or `path`.
 */
import { checkPosition, FEET_PER_METRE, icao24Of, type FileContext } from './context';
import { AIR, GROUND, NEW_LEG, UNKNOWN, type AircraftPoints } from './points';
import {
  ALT_FEET,
  ALT_GROUND,
  ROW_DETAILS,
  ROW_GENERIC,
  ROW_NO_POSITION,
  type ScannedTrace,
} from './readsb-scan';
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

/** The top-level fields of a readsb trace; undefined (and a file error) when icao or timestamp is wrong. */
function startReadsb(doc: Json, ctx: FileContext): ReadsbRows | undefined {
  const icao = typeof doc.icao === 'string' ? doc.icao : '';
  // readsb writes non-ICAO addresses (TIS-B, anonymous) with a leading "~": kept apart, no icao24.
  const icao24 = icao24Of(icao);
  if (!icao24 && !/^~[0-9a-f]{6}$/i.test(icao)) {
    ctx.fileError(`field icao: must be 6 hex digits, not ${shown(doc.icao)}`);
    return undefined;
  }
  const base = doc.timestamp;
  if (typeof base !== 'number' || !(base > 0)) {
    ctx.fileError(`field timestamp: must be Unix seconds, not ${shown(base)}`);
    return undefined;
  }
  const a = ctx.store.get(icao24 ?? icao.toLowerCase().replace('~', 'x'), icao24);
  const r = text(doc.r);
  const t = text(doc.t);
  const op = text(doc.ownOp);
  if (r) a.info.registration = r;
  if (t) a.info.aircraftType = t;
  if (op) a.info.operator = op;
  return new ReadsbRows(a, base, ctx);
}

/** The one reader of readsb rows, fed by JSON.parse's arrays or by the byte scanner's columns. */
class ReadsbRows {
  /** The callsign arrives only now and then (in `details`); it holds until the next one. */
  private callsign = 0;

  constructor(
    private readonly a: AircraftPoints,
    private readonly base: number,
    private readonly ctx: FileContext,
  ) {}

  /** Row `rowNo` as any JSON value. */
  value(rowNo: number, row: unknown): void {
    if (!Array.isArray(row)) {
      this.ctx.rowError(rowNo, undefined, `must be an array [dt, lat, lon, alt, …], not ${shown(row)}`);
      return;
    }
    // Indexed reads, not destructuring: this runs once per point.
    const cells = row as unknown[];
    this.cells(rowNo, cells[0], cells[1], cells[2], cells[3], cells[6], cells[8]);
  }

  /** The cells the reader uses; positional on purpose (once per point, no object per point). */
  cells(
    rowNo: number,
    dt: unknown,
    lat: unknown,
    lon: unknown,
    alt: unknown,
    flags: unknown,
    details: unknown,
  ): void {
    const ctx = this.ctx;
    if (lat === null || lon === null || lat === undefined || lon === undefined) {
      ctx.noPosition++;
      return;
    }
    if (typeof dt !== 'number' || !Number.isFinite(dt)) {
      ctx.rowError(rowNo, READSB_FIELDS[0], `must be seconds after timestamp, not ${shown(dt)}`);
      return;
    }
    if (
      typeof lat !== 'number' ||
      typeof lon !== 'number' ||
      !(Math.abs(lat) <= 90) ||
      !(Math.abs(lon) <= 180)
    ) {
      const field = typeof lat === 'number' && Math.abs(lat) <= 90 ? 'lon' : 'lat';
      ctx.rowError(rowNo, field, checkPosition(Number(lat), Number(lon)) ?? 'must be a number');
      return;
    }
    const f = typeof flags === 'number' ? flags : 0;
    if (flags !== undefined && flags !== null && (typeof flags !== 'number' || !Number.isInteger(flags))) {
      ctx.rowError(rowNo, 'flags', `must be an integer, not ${shown(flags)}`);
      return;
    }
    if (f & 1) {
      ctx.stale++;
      return;
    }
    let altFt = Number.NaN;
    let ground = UNKNOWN;
    if (alt === 'ground') ground = GROUND;
    else if (typeof alt === 'number' && Number.isFinite(alt)) {
      altFt = alt;
      ground = AIR;
    } else if (alt !== null && alt !== undefined) {
      ctx.rowError(rowNo, 'alt', `must be feet or "ground", not ${shown(alt)}`);
      return;
    }
    if (isObject(details)) {
      const cs = text(details.flight);
      if (cs) this.callsign = this.a.callsignId(cs);
    }
    ctx.add(this.a, this.base + dt, lat, lon, altFt, ground, f & 2 ? NEW_LEG : 0, this.callsign);
  }
}

/** A readsb trace from JSON.parse. */
export function readReadsb(doc: Json, ctx: FileContext): void {
  const rows = startReadsb(doc, ctx);
  if (!rows) return;
  const trace = doc.trace as unknown[];
  for (let k = 0; k < trace.length && !ctx.full; k++) rows.value(k + 1, trace[k]);
}

/** A readsb trace from {@link scanReadsb}: the same reader, fed column by column. */
export function readScannedReadsb(scan: ScannedTrace, ctx: FileContext): void {
  const rows = startReadsb(scan.top, ctx);
  if (!rows) return;
  const { kind, dt, lat, lon, alt, flags, details, generic } = scan;
  for (let k = 0; k < scan.n && !ctx.full; k++) {
    const bits = kind[k]!;
    if (bits & ROW_GENERIC) {
      rows.value(k + 1, generic.get(k));
      continue;
    }
    const f = flags[k]!;
    rows.cells(
      k + 1,
      dt[k],
      bits & ROW_NO_POSITION ? null : lat[k],
      lon[k],
      bits & ALT_GROUND ? 'ground' : bits & ALT_FEET ? alt[k] : null,
      Number.isNaN(f) ? null : f,
      bits & ROW_DETAILS ? details.get(k) : null,
    );
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

/** Validation of a contract JSON's v2 lists: `tracks` (after the flights, whose ids they name) and `log`. */
import type { LogAction, LogEntry, Track, TrackPoint } from '../contract';
import type { FlightChecks } from './checks';
import { canonicalId, dateTime } from './field-checks';
import type { IssueLog } from './issue-log';
import { shown } from './issue-log';
import { EMPTY, isAbsent, isRecord, optionalText, validateOneSource } from './sources';

const TRACK_FIELDS = new Set(['flightId', 'source', 'points']);
const LOG_FIELDS = new Set(['at', 'by', 'action', 'flightId', 'field', 'before', 'after']);

function logActionOf(value: unknown): LogAction | undefined {
  if (value === 'import' || value === 'add' || value === 'edit' || value === 'delete' || value === 'merge')
    return value;
  return undefined;
}

/** What is wrong with one point given the previous point's time, or undefined when it is fine. */
function pointProblem(p: unknown, previousT: number): string | undefined {
  if (!Array.isArray(p) || p.length !== 5) {
    return `must be [t, lat, lon, altFt, onGround], not ${Array.isArray(p) ? `a list of ${p.length}` : shown(p)}`;
  }
  const [t, lat, lon, alt, ground] = p as unknown[];
  if (typeof t !== 'number' || !Number.isFinite(t)) return `t ${shown(t)} is not a number (Unix seconds)`;
  if (t < previousT) return `t ${t} is before the previous point's ${previousT}: points go in ascending t`;
  if (typeof lat !== 'number' || !(lat >= -90 && lat <= 90))
    return `lat ${shown(lat)} is not a number from -90 to 90`;
  if (typeof lon !== 'number' || !(lon >= -180 && lon <= 180))
    return `lon ${shown(lon)} is not a number from -180 to 180`;
  if (alt !== null && (typeof alt !== 'number' || !Number.isFinite(alt)))
    return `altFt ${shown(alt)} is not a number or null`;
  if (ground !== null && typeof ground !== 'boolean')
    return `onGround ${shown(ground)} is not true, false or null`;
  return undefined;
}

function validatePoints(value: unknown, where: string, log: IssueLog): TrackPoint[] | undefined {
  if (!Array.isArray(value)) {
    log.error(
      where,
      'points',
      isAbsent(value) ? 'required (a list, may be empty)' : `must be a list, not ${shown(value)}`,
    );
    return undefined;
  }
  const before = log.totalErrors;
  let previousT = -Infinity;
  for (let i = 0; i < value.length; i++) {
    const p: unknown = value[i];
    const problem = pointProblem(p, previousT);
    if (problem !== undefined) log.error(where, `points[${i + 1}]`, problem);
    else previousT = (p as TrackPoint)[0];
  }
  return log.totalErrors === before ? (value as TrackPoint[]) : undefined;
}

/**
 * Validates the `tracks` list: each names a flight of the file (`checks.ids`), at most one per flight,
 * with a source and points `[t, lat, lon, altFt|null, onGround|null]` in ascending t (equal t allowed).
 */
export function validateTracks(value: unknown, checks: FlightChecks): Track[] | undefined {
  const { log } = checks;
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    log.error('', 'tracks', `must be a list, not ${shown(value)}`);
    return undefined;
  }
  const tracks: Track[] = [];
  const trackOf = new Map<string, number>();
  for (let i = 0; i < value.length; i++) {
    const raw: unknown = value[i];
    const where = `tracks[${i + 1}]`;
    if (!isRecord(raw)) {
      log.error(where, undefined, `a track must be an object, not ${shown(raw)}`);
      continue;
    }
    const before = log.totalErrors;
    // Compared and stored as flight ids are (NFC), so a track still finds its flight.
    const flightId = typeof raw.flightId === 'string' ? canonicalId(raw.flightId) : raw.flightId;
    if (typeof flightId !== 'string' || flightId === '') {
      log.error(where, 'flightId', isAbsent(flightId) ? 'required' : `must be text, not ${shown(flightId)}`);
    } else if (!checks.ids.has(flightId)) {
      log.error(where, 'flightId', `${shown(flightId)} is not the id of a flight in this file`);
    } else if (trackOf.has(flightId)) {
      log.error(
        where,
        'flightId',
        `flight ${shown(flightId)} already has a track (tracks[${trackOf.get(flightId)}]): at most one per flight`,
      );
    } else trackOf.set(flightId, i + 1);
    const source = validateOneSource(raw.source, 'source', where, checks);
    const points = validatePoints(raw.points, where, log);
    let dirty = false;
    for (const key in raw) {
      if (!TRACK_FIELDS.has(key)) {
        dirty = true;
        checks.unknown.note(`tracks[].${key}`, key, where, 'tracks');
      }
    }
    if (log.totalErrors !== before) continue;
    const track = raw as unknown as Track;
    tracks.push(
      dirty || source !== raw.source || flightId !== raw.flightId
        ? { flightId: flightId as string, source: source!, points: points! }
        : track,
    );
  }
  return tracks;
}

/** Validates the change log: `at` (date-time with offset) and `action` required; before/after any value. */
export function validateLog(value: unknown, checks: FlightChecks): LogEntry[] | undefined {
  const { log } = checks;
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    log.error('', 'log', `must be a list, not ${shown(value)}`);
    return undefined;
  }
  const entries: LogEntry[] = [];
  let previous = -Infinity;
  let outOfOrder = 0;
  for (let i = 0; i < value.length; i++) {
    const raw: unknown = value[i];
    const where = `log[${i + 1}]`;
    if (!isRecord(raw)) {
      log.error(where, undefined, `a log entry must be an object, not ${shown(raw)}`);
      continue;
    }
    const before = log.totalErrors;
    const at = dateTime(raw.at, 'at', where, log);
    if (at === undefined || at === EMPTY) {
      if (log.totalErrors === before) log.error(where, 'at', 'required');
    }
    const action = logActionOf(raw.action);
    if (action === undefined) {
      const what = isAbsent(raw.action)
        ? 'required'
        : `${shown(raw.action)} is not one of import, add, edit, delete, merge`;
      log.error(where, 'action', what);
    }
    const entry = { at, action } as LogEntry;
    for (const name of ['by', 'flightId', 'field'] as const) {
      const text = optionalText(raw[name], name, where, log);
      if (text) entry[name] = text;
    }
    if (raw.before !== undefined) entry.before = raw.before;
    if (raw.after !== undefined) entry.after = raw.after;
    for (const key in raw) {
      if (!LOG_FIELDS.has(key)) checks.unknown.note(`log[].${key}`, key, where, 'log entries');
    }
    if (log.totalErrors !== before) continue;
    const time = Date.parse(at as string);
    if (time < previous) outOfOrder++;
    else previous = time;
    entries.push(entry);
  }
  if (outOfOrder > 0) {
    log.warning(
      '',
      'log',
      `${outOfOrder} entries are older than an entry before them: the log is kept as given (oldest first is expected)`,
    );
  }
  return entries;
}

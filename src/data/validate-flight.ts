/** Validation of one flight and of source lists (see validate.ts for why it is hand-written). */
import type { Confidence, Flight, Source } from './types';
import { isIsoDateTimeWithOffset, utcDateOf } from './time';
import type { AirportResolver, IssueLog, SeenValues, UnknownFields } from './validate';
import { isAirportCode, isIcao24, shown } from './validate';

/** Everything one import shares while validating its flights. */
export interface FlightChecks {
  log: IssueLog;
  unknown: UnknownFields;
  seen: SeenValues;
  airports: AirportResolver;
  /** id → row of its first use. */
  ids: Map<string, number>;
}

const FLIGHT_FIELDS = new Set([
  'id',
  'date',
  'departureTime',
  'arrivalTime',
  'origin',
  'destination',
  'operator',
  'callsign',
  'aircraftType',
  'registration',
  'icao24',
  'cargo',
  'confidence',
  'sources',
  'notes',
]);
const SOURCE_FIELDS = new Set(['publisher', 'title', 'url', 'published']);
const MAX_ID_LENGTH = 128;
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

function isConfidence(value: unknown): value is Confidence {
  return value === 'confirmed' || value === 'reported' || value === 'inferred' || value === 'synthetic';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * Reads an optional text field: a string (empty = absent) or nothing. Logs an error for anything else.
 * `where` is a flight row or, when `row` is 0, a place such as `events[2]`.
 */
function optionalText(
  value: unknown,
  field: string,
  row: number,
  id: string | undefined,
  where: string,
  log: IssueLog,
): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (value === undefined || value === null) return undefined;
  report(log, row, id, where, field, `must be text, not ${shown(value)}`);
  return undefined;
}

function report(
  log: IssueLog,
  row: number,
  id: string | undefined,
  where: string,
  field: string,
  what: string,
): void {
  if (row > 0) log.error(row, id, field, what);
  else log.errorAt(where, id, field, what);
}

/**
 * Validates a list of sources. Flights pass `row` (> 0) and `required` true; events pass row 0 and
 * their `where`. Returns the clean list, or undefined when something was wrong (already logged).
 */
export function validateSources(
  value: unknown,
  required: boolean,
  row: number,
  id: string | undefined,
  where: string,
  checks: FlightChecks,
): Source[] | undefined {
  const { log } = checks;
  if (!Array.isArray(value)) {
    if (isAbsent(value) && !required) return undefined;
    const what = isAbsent(value) ? 'required: at least one source' : `must be a list, not ${shown(value)}`;
    report(log, row, id, where, 'sources', what);
    return undefined;
  }
  if (value.length === 0) {
    if (required) report(log, row, id, where, 'sources', 'required: at least one source');
    return required ? undefined : [];
  }
  const before = log.totalErrors;
  const out: Source[] = new Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const field = `sources[${i + 1}]`;
    const raw = value[i];
    if (!isRecord(raw)) {
      report(log, row, id, where, field, `must be an object, not ${shown(raw)}`);
      continue;
    }
    const source: Source = { publisher: '' };
    const publisher = raw.publisher;
    if (typeof publisher === 'string' && publisher.trim() !== '') source.publisher = publisher;
    else if (isAbsent(publisher) || typeof publisher === 'string') {
      report(log, row, id, where, `${field}.publisher`, 'required');
    } else report(log, row, id, where, `${field}.publisher`, `must be text, not ${shown(publisher)}`);
    const title = optionalText(raw.title, `${field}.title`, row, id, where, log);
    if (title !== undefined) source.title = title;
    const url = optionalText(raw.url, `${field}.url`, row, id, where, log);
    if (url !== undefined) {
      const problem = checks.seen.urlProblem(url);
      if (problem === undefined) source.url = url;
      else report(log, row, id, where, `${field}.url`, problem);
    }
    const published = optionalText(raw.published, `${field}.published`, row, id, where, log);
    if (published !== undefined) {
      if (checks.seen.isDate(published)) source.published = published;
      else
        report(log, row, id, where, `${field}.published`, `${shown(published)} is not a date (YYYY-MM-DD)`);
    }
    for (const key in raw) {
      if (!SOURCE_FIELDS.has(key)) {
        checks.unknown.note(
          `sources[].${key}`,
          `${field}.${key}`,
          where,
          row > 0 ? row : undefined,
          id,
          'sources',
        );
      }
    }
    out[i] = source;
  }
  return log.totalErrors === before ? out : undefined;
}

function dateTime(
  value: unknown,
  field: string,
  row: number,
  id: string | undefined,
  log: IssueLog,
): string | undefined {
  const text = optionalText(value, field, row, id, '', log);
  if (text === undefined || isIsoDateTimeWithOffset(text)) return text;
  log.error(
    row,
    id,
    field,
    LOCAL_TIME.test(text)
      ? `${shown(text)} has no time zone: an offset (e.g. +03:00) or Z is required, a local time is never guessed`
      : `${shown(text)} is not an ISO 8601 date-time with an offset or Z (e.g. 2023-03-02T10:15:00Z)`,
  );
  return undefined;
}

function airportCode(
  value: unknown,
  field: string,
  row: number,
  id: string | undefined,
  checks: FlightChecks,
): string {
  if (typeof value === 'string' && isAirportCode(value)) {
    const code = value.toUpperCase();
    checks.airports.resolve(code, field, row, id);
    return code;
  }
  checks.log.error(
    row,
    id,
    field,
    isAbsent(value) ? 'required' : `${shown(value)} is not an ICAO airport code (4 letters or digits)`,
  );
  return '';
}

/**
 * Validates one raw flight (parsed JSON, or a record built from a CSV row) at `row`. Returns the clean
 * flight, or undefined when anything was wrong (every problem is logged, so all of them get listed).
 */
export function validateFlight(raw: unknown, row: number, checks: FlightChecks): Flight | undefined {
  const { log } = checks;
  if (!isRecord(raw)) {
    log.error(row, undefined, undefined, `a flight must be an object, not ${shown(raw)}`);
    return undefined;
  }
  const before = log.totalErrors;
  const rawId = raw.id;
  let id: string | undefined;
  if (typeof rawId === 'string' && rawId.length > 0 && rawId.length <= MAX_ID_LENGTH) {
    id = rawId;
    const first = checks.ids.get(rawId);
    if (first !== undefined) log.error(row, id, 'id', `duplicate id, first used in row ${first}`);
    else checks.ids.set(rawId, row);
  } else if (typeof rawId === 'string' && rawId.length > MAX_ID_LENGTH) {
    log.error(row, undefined, 'id', `longer than ${MAX_ID_LENGTH} characters (${rawId.length})`);
  } else {
    log.error(row, undefined, 'id', isAbsent(rawId) ? 'required' : `must be text, not ${shown(rawId)}`);
  }

  const date = raw.date;
  if (typeof date !== 'string' || !checks.seen.isDate(date)) {
    log.error(row, id, 'date', isAbsent(date) ? 'required' : `${shown(date)} is not a date (YYYY-MM-DD)`);
  }
  const departureTime = dateTime(raw.departureTime, 'departureTime', row, id, log);
  const arrivalTime = dateTime(raw.arrivalTime, 'arrivalTime', row, id, log);
  const origin = airportCode(raw.origin, 'origin', row, id, checks);
  const destination = airportCode(raw.destination, 'destination', row, id, checks);
  const operator = optionalText(raw.operator, 'operator', row, id, '', log);
  const callsign = optionalText(raw.callsign, 'callsign', row, id, '', log);
  const aircraftType = optionalText(raw.aircraftType, 'aircraftType', row, id, '', log);
  const registration = optionalText(raw.registration, 'registration', row, id, '', log);
  let icao24 = optionalText(raw.icao24, 'icao24', row, id, '', log);
  if (icao24 !== undefined) {
    if (isIcao24(icao24)) icao24 = icao24.toLowerCase();
    else log.error(row, id, 'icao24', `${shown(icao24)} is not a Mode-S address (6 hex digits)`);
  }
  const cargo = optionalText(raw.cargo, 'cargo', row, id, '', log);
  const confidence = raw.confidence;
  if (!isConfidence(confidence)) {
    log.error(
      row,
      id,
      'confidence',
      isAbsent(confidence)
        ? 'required'
        : `${shown(confidence)} is not one of confirmed, reported, inferred, synthetic`,
    );
  }
  const sources = validateSources(raw.sources, true, row, id, '', checks);
  const notes = optionalText(raw.notes, 'notes', row, id, '', log);
  for (const key in raw) {
    if (!FLIGHT_FIELDS.has(key)) checks.unknown.note(key, key, '', row, id, 'flights');
  }
  if (log.totalErrors !== before) return undefined;

  if (arrivalTime !== undefined) {
    const arrivalDate = utcDate(arrivalTime);
    if (arrivalDate !== date) {
      log.warning(row, id, 'date', `${date} differs from the UTC date of arrivalTime (${arrivalDate})`);
    }
  }
  // Built in contract order, only with the fields present.
  const flight = { id, date } as Flight;
  if (departureTime !== undefined) flight.departureTime = departureTime;
  if (arrivalTime !== undefined) flight.arrivalTime = arrivalTime;
  flight.origin = origin;
  flight.destination = destination;
  if (operator !== undefined) flight.operator = operator;
  if (callsign !== undefined) flight.callsign = callsign;
  if (aircraftType !== undefined) flight.aircraftType = aircraftType;
  if (registration !== undefined) flight.registration = registration;
  if (icao24 !== undefined) flight.icao24 = icao24;
  if (cargo !== undefined) flight.cargo = cargo;
  flight.confidence = confidence as Confidence;
  flight.sources = sources as Source[];
  if (notes !== undefined) flight.notes = notes;
  return flight;
}

/** UTC date of a valid date-time; skips Date for the common Z / +00:00 forms. */
function utcDate(dateTime: string): string {
  if (dateTime.endsWith('Z') || dateTime.endsWith('+00:00')) return dateTime.slice(0, 10);
  return utcDateOf(dateTime);
}

/**
 * Validation of one flight and of source lists (see validate.ts for why it is hand-written). A raw
 * object that is already clean (only contract fields, no empty values) is normalised in place and
 * returned as is: JSON.parse made it for us alone, and not copying 100k objects halves the GC work.
 */
import type { Confidence, Flight, Source } from './types';
import { utcDateOf } from './time';
import type { AirportResolver, IssueLog, SeenValues, UnknownFields } from './validate';
import { isAirportCode, isDateTimeWithOffset, isIcao24, shown } from './validate';

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
/** Returned for an optional field that is present but empty (`""` or null): absent, but not clean. */
const EMPTY = '';

function isConfidence(value: unknown): value is Confidence {
  return value === 'confirmed' || value === 'reported' || value === 'inferred' || value === 'synthetic';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** Where a flight row (row > 0) or another place (`where`, row 0) gets its error. */
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
 * An optional text field: the text, {@link EMPTY} for `""`/null, undefined when absent or wrong (then
 * logged). `field` is a name, or for a source part the source's index with `part`.
 */
function optionalText(
  value: unknown,
  field: string | number,
  part: string,
  row: number,
  id: string | undefined,
  where: string,
  log: IssueLog,
): string | undefined {
  if (typeof value === 'string') return value;
  if (value === undefined) return undefined;
  if (value === null) return EMPTY;
  report(log, row, id, where, fieldName(field, part), `must be text, not ${shown(value)}`);
  return undefined;
}

// Built only when a message needs it: no string work per valid source.
function fieldName(field: string | number, part: string): string {
  return typeof field === 'string' ? field : `sources[${field + 1}]${part === '' ? '' : '.' + part}`;
}

/** One source: the raw object itself when clean, a new clean one, or undefined on error (logged). */
function validateSource(
  raw: Record<string, unknown>,
  index: number,
  row: number,
  id: string | undefined,
  where: string,
  checks: FlightChecks,
): Source | undefined {
  const { log } = checks;
  const before = log.totalErrors;
  let dirty = false;
  const publisher = raw.publisher;
  if (typeof publisher !== 'string' || publisher.trim() === '') {
    const what =
      isAbsent(publisher) || typeof publisher === 'string'
        ? 'required'
        : `must be text, not ${shown(publisher)}`;
    report(log, row, id, where, fieldName(index, 'publisher'), what);
  }
  const title = optionalText(raw.title, index, 'title', row, id, where, log);
  if (title === EMPTY) dirty = true;
  const url = optionalText(raw.url, index, 'url', row, id, where, log);
  if (url === EMPTY) dirty = true;
  else if (url !== undefined) {
    const problem = checks.seen.urlProblem(url);
    if (problem !== undefined) report(log, row, id, where, fieldName(index, 'url'), problem);
  }
  const published = optionalText(raw.published, index, 'published', row, id, where, log);
  if (published === EMPTY) dirty = true;
  else if (published !== undefined && !checks.seen.isDate(published)) {
    report(
      log,
      row,
      id,
      where,
      fieldName(index, 'published'),
      `${shown(published)} is not a date (YYYY-MM-DD)`,
    );
  }
  for (const key in raw) {
    if (!SOURCE_FIELDS.has(key)) {
      dirty = true;
      const place = row > 0 ? undefined : where;
      checks.unknown.note(
        `sources[].${key}`,
        fieldName(index, key),
        place ?? '',
        row > 0 ? row : undefined,
        id,
        'sources',
      );
    }
  }
  if (log.totalErrors !== before) return undefined;
  if (!dirty) return raw as unknown as Source;
  const source: Source = { publisher: publisher as string };
  if (title) source.title = title;
  if (url) source.url = url;
  if (published) source.published = published;
  return source;
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
    return required ? undefined : value;
  }
  const before = log.totalErrors;
  let out = value as Source[];
  for (let i = 0; i < value.length; i++) {
    const raw: unknown = value[i];
    if (!isRecord(raw)) {
      report(log, row, id, where, fieldName(i, ''), `must be an object, not ${shown(raw)}`);
      continue;
    }
    const source = validateSource(raw, i, row, id, where, checks);
    if (source !== undefined && source !== raw) {
      if (out === value) out = value.slice();
      out[i] = source;
    }
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
  const text = optionalText(value, field, '', row, id, '', log);
  if (text === undefined || text === EMPTY || isDateTimeWithOffset(text)) return text;
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

function checkId(raw: unknown, row: number, checks: FlightChecks): string | undefined {
  const { log } = checks;
  if (typeof raw === 'string' && raw.length > 0 && raw.length <= MAX_ID_LENGTH) {
    const first = checks.ids.get(raw);
    if (first !== undefined) log.error(row, raw, 'id', `duplicate id, first used in row ${first}`);
    else checks.ids.set(raw, row);
    return raw;
  }
  if (typeof raw === 'string' && raw.length > MAX_ID_LENGTH) {
    log.error(row, undefined, 'id', `longer than ${MAX_ID_LENGTH} characters (${raw.length})`);
  } else {
    log.error(row, undefined, 'id', isAbsent(raw) ? 'required' : `must be text, not ${shown(raw)}`);
  }
  return undefined;
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
  const id = checkId(raw.id, row, checks);
  const date = raw.date;
  if (typeof date !== 'string' || !checks.seen.isDate(date)) {
    log.error(row, id, 'date', isAbsent(date) ? 'required' : `${shown(date)} is not a date (YYYY-MM-DD)`);
  }
  const departureTime = dateTime(raw.departureTime, 'departureTime', row, id, log);
  const arrivalTime = dateTime(raw.arrivalTime, 'arrivalTime', row, id, log);
  const origin = airportCode(raw.origin, 'origin', row, id, checks);
  const destination = airportCode(raw.destination, 'destination', row, id, checks);
  const operator = optionalText(raw.operator, 'operator', '', row, id, '', log);
  const callsign = optionalText(raw.callsign, 'callsign', '', row, id, '', log);
  const aircraftType = optionalText(raw.aircraftType, 'aircraftType', '', row, id, '', log);
  const registration = optionalText(raw.registration, 'registration', '', row, id, '', log);
  let icao24 = optionalText(raw.icao24, 'icao24', '', row, id, '', log);
  if (icao24) {
    if (isIcao24(icao24)) icao24 = icao24.toLowerCase();
    else log.error(row, id, 'icao24', `${shown(icao24)} is not a Mode-S address (6 hex digits)`);
  }
  const cargo = optionalText(raw.cargo, 'cargo', '', row, id, '', log);
  const confidence = raw.confidence;
  if (!isConfidence(confidence)) {
    const what = isAbsent(confidence)
      ? 'required'
      : `${shown(confidence)} is not one of confirmed, reported, inferred, synthetic`;
    log.error(row, id, 'confidence', what);
  }
  const sources = validateSources(raw.sources, true, row, id, '', checks);
  const notes = optionalText(raw.notes, 'notes', '', row, id, '', log);
  let dirty =
    departureTime === EMPTY ||
    arrivalTime === EMPTY ||
    operator === EMPTY ||
    callsign === EMPTY ||
    aircraftType === EMPTY ||
    registration === EMPTY ||
    icao24 === EMPTY ||
    cargo === EMPTY ||
    notes === EMPTY;
  for (const key in raw) {
    if (!FLIGHT_FIELDS.has(key)) {
      dirty = true;
      checks.unknown.note(key, key, '', row, id, 'flights');
    }
  }
  if (log.totalErrors !== before) return undefined;

  if (arrivalTime) checkArrivalDate(date as string, arrivalTime, row, id, log);
  if (!dirty) {
    const flight = raw as unknown as Flight;
    if (flight.origin !== origin) flight.origin = origin;
    if (flight.destination !== destination) flight.destination = destination;
    if (icao24 !== undefined && flight.icao24 !== icao24) flight.icao24 = icao24;
    if (flight.sources !== sources) flight.sources = sources as Source[];
    return flight;
  }
  // Built in contract order, only with the fields present.
  const flight = { id, date } as Flight;
  if (departureTime) flight.departureTime = departureTime;
  if (arrivalTime) flight.arrivalTime = arrivalTime;
  flight.origin = origin;
  flight.destination = destination;
  if (operator) flight.operator = operator;
  if (callsign) flight.callsign = callsign;
  if (aircraftType) flight.aircraftType = aircraftType;
  if (registration) flight.registration = registration;
  if (icao24) flight.icao24 = icao24;
  if (cargo) flight.cargo = cargo;
  flight.confidence = confidence as Confidence;
  flight.sources = sources as Source[];
  if (notes) flight.notes = notes;
  return flight;
}

/** Warns when `date` is not the UTC date of the arrival; skips Date for the usual Z / +00:00 forms. */
function checkArrivalDate(
  date: string,
  arrivalTime: string,
  row: number,
  id: string | undefined,
  log: IssueLog,
): void {
  const utc = arrivalTime.endsWith('Z') || arrivalTime.endsWith('+00:00');
  if (utc && arrivalTime.startsWith(date)) return;
  const arrivalDate = utc ? arrivalTime.slice(0, 10) : utcDateOf(arrivalTime);
  if (arrivalDate !== date) {
    log.warning(row, id, 'date', `${date} differs from the UTC date of arrivalTime (${arrivalDate})`);
  }
}

/**
 * Validation of one flight and of source lists (see issue-log.ts for why it is hand-written). A raw
 * object that is already clean (only contract fields, no empty values) is normalised in place and
 * returned as is: JSON.parse made it for us alone, and not copying 100k objects halves the GC work.
 */
import type { Confidence, Flight, Source } from '../contract';
import { FLIGHT_FIELDS } from '../contract';
import { utcDateOf } from '../contract';
import type { FlightChecks } from './checks';
import type { IssueLog } from './issue-log';
import { shown } from './issue-log';
import { isAirportCode, isDateTimeWithOffset, isIcao24 } from './values';
import { EMPTY, isAbsent, isRecord, optionalText, validateSources } from './sources';

const KNOWN_FIELDS = new Set<string>(FLIGHT_FIELDS);
const MAX_ID_LENGTH = 128;
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** The confidence as this module's own (shared) string, or undefined when `value` is not one. */
function confidenceOf(value: unknown): Confidence | undefined {
  if (value === 'synthetic') return 'synthetic';
  if (value === 'reported') return 'reported';
  if (value === 'inferred') return 'inferred';
  if (value === 'confirmed') return 'confirmed';
  return undefined;
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

// Codes are almost always upper case already: skip the new string then.
function hasLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

function airportCode(
  value: unknown,
  field: string,
  row: number,
  id: string | undefined,
  checks: FlightChecks,
): string {
  if (typeof value === 'string' && isAirportCode(value)) {
    return checks.airports.resolve(hasLowerCase(value) ? value.toUpperCase() : value, field, row, id);
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
  const rawDate = raw.date;
  const date = typeof rawDate === 'string' ? checks.seen.canonicalDate(rawDate) : undefined;
  if (date === undefined) {
    log.error(
      row,
      id,
      'date',
      isAbsent(rawDate) ? 'required' : `${shown(rawDate)} is not a date (YYYY-MM-DD)`,
    );
  }
  const departureTime = dateTime(raw.departureTime, 'departureTime', row, id, log);
  const arrivalTime = dateTime(raw.arrivalTime, 'arrivalTime', row, id, log);
  const origin = airportCode(raw.origin, 'origin', row, id, checks);
  const destination = airportCode(raw.destination, 'destination', row, id, checks);
  const operator = shared(optionalText(raw.operator, 'operator', '', row, id, '', log), checks);
  const callsign = optionalText(raw.callsign, 'callsign', '', row, id, '', log);
  const aircraftType = shared(optionalText(raw.aircraftType, 'aircraftType', '', row, id, '', log), checks);
  const registration = optionalText(raw.registration, 'registration', '', row, id, '', log);
  let icao24 = optionalText(raw.icao24, 'icao24', '', row, id, '', log);
  if (icao24) {
    if (isIcao24(icao24)) {
      icao24 = icao24.toLowerCase();
    } else log.error(row, id, 'icao24', `${shown(icao24)} is not a Mode-S address (6 hex digits)`);
  }
  const cargo = optionalText(raw.cargo, 'cargo', '', row, id, '', log);
  const confidence = confidenceOf(raw.confidence);
  if (confidence === undefined) {
    const what = isAbsent(raw.confidence)
      ? 'required'
      : `${shown(raw.confidence)} is not one of confirmed, reported, inferred, synthetic`;
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
    if (!KNOWN_FIELDS.has(key)) {
      dirty = true;
      checks.unknown.note(key, key, '', row, id, 'flights');
    }
  }
  if (log.totalErrors !== before) return undefined;

  if (arrivalTime) checkArrivalDate(date as string, arrivalTime, row, id, log);
  if (!dirty) {
    // Clean already: keep the object, with the shared strings for the values that repeat.
    const flight = raw as unknown as Flight;
    flight.date = date as string;
    flight.origin = origin;
    flight.destination = destination;
    if (operator !== undefined) flight.operator = operator;
    if (aircraftType !== undefined) flight.aircraftType = aircraftType;
    if (icao24 !== undefined && flight.icao24 !== icao24) flight.icao24 = icao24;
    flight.confidence = confidence as Confidence;
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

function shared(text: string | undefined, checks: FlightChecks): string | undefined {
  return text === undefined || text === EMPTY ? text : checks.seen.intern(text);
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

/**
 * Validation of one flight, driven by the field table (contract/fields.ts). A raw object that is already
 * clean (only contract fields, no empty values) is normalised in place and returned as is: JSON.parse
 * made it for us alone, and not copying 100k objects halves the GC work. Otherwise the flight is rebuilt
 * in the table's order, with only the fields present.
 */
import type { Flight, FlightField, Source } from '../contract';
import { FLIGHT_FIELDS, FLIGHT_TABLE, utcDateOf } from '../contract';
import type { FlightChecks } from './checks';
import type { IssueLog, RowWhere } from './issue-log';
import { shown } from './issue-log';
import { EMPTY, isRecord, optionalText, validateSources } from './sources';
import {
  airportCode,
  checkBoolean,
  checkConfidence,
  checkDate,
  checkIcao24,
  checkId,
  checkReview,
  checkTags,
  dateTime,
} from './field-checks';
import { generatorOnlyProblem, onlyGeneratorSources } from './synthetic';

const FIELDS: readonly FlightField[] = FLIGHT_TABLE;
const COUNT = FIELDS.length;
const INDEX = new Map<string, number>(FLIGHT_FIELDS.map((name, i) => [name, i]));
// Kinds whose check returns a shared string (interned): written back even when equal, so that every
// flight holds the one string (the index reads one string per day or airport, not one per flight).
const SHARED = FIELDS.map(
  (field) =>
    field.kind === 'date' ||
    field.kind === 'airport' ||
    field.kind === 'sharedText' ||
    field.kind === 'confidence',
);
/**
 * JSON.parse (V8) already hands out one shared (internalized) string per value of at most 10
 * characters: a date, an airport code or a confidence equal to the checked value is that string, and
 * writing it back (a keyed store per field and flight) would change nothing.
 */
const SHARED_BY_PARSE = 10;
// Optional fields that are absent need no check (every check returns undefined for them).
const OPTIONAL = FIELDS.map((field) => !field.required);
const DATE = FLIGHT_FIELDS.indexOf('date');
const DATE_END = FLIGHT_FIELDS.indexOf('dateEnd');
const ARRIVAL = FLIGHT_FIELDS.indexOf('arrivalTime');
const CONFIDENCE = FLIGHT_FIELDS.indexOf('confidence');
const SOURCES = FLIGHT_FIELDS.indexOf('sources');
// Scratch for one flight's raw and checked values (validation is synchronous and not re-entrant).
const given: unknown[] = new Array<unknown>(COUNT).fill(undefined);
const values: unknown[] = new Array<unknown>(COUNT).fill(undefined);

function check(field: FlightField, value: unknown, where: RowWhere, checks: FlightChecks): unknown {
  const { log } = checks;
  switch (field.kind) {
    case 'id':
      return where.id; // checked first, to name the row
    case 'date':
    case 'dateEnd':
      return checkDate(value, field.name, field.required, where, checks);
    case 'dateTime':
      return dateTime(value, field.name, where, log);
    case 'airport':
      return airportCode(value, field.name, where, checks);
    case 'text':
      return optionalText(value, field.name, where, log);
    case 'sharedText': {
      const text = optionalText(value, field.name, where, log);
      return text === undefined || text === EMPTY ? text : checks.seen.intern(text);
    }
    case 'icao24':
      return checkIcao24(value, where, log);
    case 'confidence':
      return checkConfidence(value, where, log);
    case 'sources':
      return validateSources(value, true, where, checks);
    case 'boolean':
      return checkBoolean(value, field.name, where, log);
    case 'review':
      return checkReview(value, where, checks);
    case 'tags':
      return checkTags(value, where, log);
  }
}

/**
 * Validates one raw flight (parsed JSON, or a record built from a CSV row) at `row`. Returns the clean
 * flight, or undefined when anything was wrong (every problem is logged, so all of them get listed).
 */
export function validateFlight(raw: unknown, row: number, checks: FlightChecks): Flight | undefined {
  const { log } = checks;
  if (!isRecord(raw)) {
    log.error({ row, id: undefined }, undefined, `a flight must be an object, not ${shown(raw)}`);
    return undefined;
  }
  given.fill(undefined);
  let unknownKeys: string[] | undefined;
  // One pass over the object's own keys: V8 reads raw[key] inside for-in from its enum cache.
  for (const key in raw) {
    const i = INDEX.get(key);
    if (i === undefined) (unknownKeys ??= []).push(key);
    else given[i] = raw[key];
  }
  return validateGiven(given, raw, unknownKeys, row, checks);
}

/**
 * Validates a flight whose raw values are given in the field table's order (FLIGHT_TABLE; the CSV
 * reader fills one array per row from its cells, no object in between). Always builds a new flight.
 */
export function validateFlightFields(
  fields: readonly unknown[],
  row: number,
  checks: FlightChecks,
): Flight | undefined {
  return validateGiven(fields, undefined, undefined, row, checks);
}

/**
 * As {@link validateFlightFields}, but the clean flight is given as its values in the field table's
 * order (absent = undefined), in a scratch array valid until the next call: a reader that stores
 * flights as columns (a large CSV import) builds no object per flight.
 */
export function validateFlightValues(
  fields: readonly unknown[],
  row: number,
  checks: FlightChecks,
): readonly unknown[] | undefined {
  if (!checkGiven(fields, undefined, row, checks)) return undefined;
  for (let i = 0; i < COUNT; i++) if (values[i] === EMPTY) values[i] = undefined;
  return values;
}

function validateGiven(
  given: readonly unknown[],
  record: Record<string, unknown> | undefined,
  unknownKeys: readonly string[] | undefined,
  row: number,
  checks: FlightChecks,
): Flight | undefined {
  const checked = checkGiven(given, unknownKeys, row, checks);
  if (!checked) return undefined;
  // An id normalised to NFC (checkId) is not the raw one: rebuild the flight with it.
  const dirty = checked === 'dirty' || record === undefined || unknownKeys !== undefined;
  if (!dirty && record !== undefined) {
    // Clean already: keep the object, with the normalised (shared) values where they differ.
    for (let i = 1; i < COUNT; i++) {
      const value = values[i];
      if (value === undefined) continue;
      const write = given[i] !== value || (SHARED[i] === true && (value as string).length > SHARED_BY_PARSE); // i < COUNT
      if (write) record[FIELDS[i]!.name] = value;
    }
    return record as unknown as Flight;
  }
  const flight: Record<string, unknown> = {};
  for (let i = 0; i < COUNT; i++) {
    const value = values[i];
    if (value !== undefined && value !== EMPTY) flight[FIELDS[i]!.name] = value; // i < COUNT
  }
  return flight as unknown as Flight;
}

/**
 * Checks one flight's raw values (table order) into the `values` scratch: false when anything was
 * wrong (every problem logged), 'dirty' when a value differs from the raw one (an NFC id, an empty
 * text dropped), else true.
 */
function checkGiven(
  given: readonly unknown[],
  unknownKeys: readonly string[] | undefined,
  row: number,
  checks: FlightChecks,
): boolean | 'dirty' {
  const { log } = checks;
  const before = log.totalErrors;
  const where: RowWhere = { row, id: checkId(given[0], row, checks) };
  let dirty = where.id !== given[0];
  if (unknownKeys !== undefined)
    for (const key of unknownKeys) checks.unknown.note(key, key, where, 'flights');
  for (let i = 1; i < COUNT; i++) {
    const raw = given[i];
    if (raw === undefined && OPTIONAL[i]) {
      values[i] = undefined;
      continue;
    }
    const value = check(FIELDS[i]!, raw, where, checks); // i < COUNT
    if (value === EMPTY) dirty = true;
    values[i] = value;
  }
  values[0] = where.id;
  const date = values[DATE] as string;
  const dateEnd = values[DATE_END];
  if (typeof dateEnd === 'string' && dateEnd !== EMPTY && date !== undefined && dateEnd < date) {
    log.error(where, 'dateEnd', `${dateEnd} is before date (${date}): dateEnd is the last possible day`);
  }
  const confidence = values[CONFIDENCE];
  const sources = values[SOURCES];
  if (
    typeof confidence === 'string' &&
    confidence !== 'synthetic' &&
    Array.isArray(sources) &&
    onlyGeneratorSources(sources as Source[])
  )
    log.error(where, 'confidence', generatorOnlyProblem(confidence));
  if (log.totalErrors !== before) return false;

  const arrivalTime = values[ARRIVAL];
  if (typeof arrivalTime === 'string' && arrivalTime !== EMPTY)
    checkArrivalDate(date, arrivalTime, where, log);
  return dirty ? 'dirty' : true;
}

/** Warns when `date` is not the UTC date of the arrival; skips Date for the usual Z / +00:00 forms. */
function checkArrivalDate(date: string, arrivalTime: string, where: RowWhere, log: IssueLog): void {
  const utc = arrivalTime.endsWith('Z') || arrivalTime.endsWith('+00:00');
  if (utc && arrivalTime.startsWith(date)) return;
  const arrivalDate = utc ? arrivalTime.slice(0, 10) : utcDateOf(arrivalTime);
  if (arrivalDate !== date) {
    log.warning(where, 'date', `${date} differs from the UTC date of arrivalTime (${arrivalDate})`);
  }
}

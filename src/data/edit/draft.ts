/**
 * A flight as typed in a form, checked by the import validator itself (validateFlight with the same
 * FlightChecks an import builds), so a field is accepted or refused exactly as an import would, and every
 * error names its field (`origin`, `sources[2].url`, `review.status`).
 */
import type { Airport, Dataset, Flight, FlightFieldName, Issue } from '../contract';
import { FLIGHT_TABLE } from '../contract';
import type { AirportResolver, FlightChecks, RowWhere } from '../validate';
import {
  canonicalId,
  IssueLog,
  issueText,
  quoted,
  rowWhere,
  SeenValues,
  UnknownFields,
  validateFlight,
} from '../validate';
import type { AirportLookup, DraftResult, FieldError, Who } from './types';

const KIND = new Map<string, string>(FLIGHT_TABLE.map((field) => [field.name, field.kind]));

/** True when `name` is a field of a flight. */
export function isFlightField(name: string): name is FlightFieldName {
  return KIND.has(name);
}

const ownAirports = new WeakMap<readonly Airport[], Map<string, Airport>>();

/** The dataset's airports by code (kept per airports list: a form checks on every key stroke). */
export function datasetAirports(dataset: Dataset): ReadonlyMap<string, Airport> {
  let map = ownAirports.get(dataset.airports);
  if (map === undefined) {
    map = new Map(dataset.airports.map((a) => [a.icao, a]));
    ownAirports.set(dataset.airports, map);
  }
  return map;
}

/** The dataset's airports, then the lookup; remembers the airports used, in order of first use. */
class DraftAirports implements AirportResolver {
  readonly used = new Map<string, Airport>();

  constructor(
    private readonly log: IssueLog,
    private readonly own: ReadonlyMap<string, Airport>,
    private readonly lookup: AirportLookup | undefined,
  ) {}

  resolve(code: string, field: string, where: RowWhere): string {
    const airport = this.own.get(code) ?? this.lookup?.get(code);
    if (airport === undefined) {
      const where2 = this.lookup ? "the dataset's airports nor the gazetteer" : "the dataset's airports";
      this.log.error(where, field, `unknown airport ${quoted(code)}: not in ${where2}`);
      return code;
    }
    if (!this.used.has(code)) this.used.set(code, airport);
    return airport.icao;
  }
}

/** An issue's text without its `row 1 (id "x"), field F: ` head: a form shows it beside the field. */
export function fieldErrorOf(issue: Issue): FieldError {
  const head = issueText(issue.row === undefined ? '' : rowWhere(issue.row, issue.id), issue.field, '');
  const message = issue.message.startsWith(head) ? issue.message.slice(head.length) : issue.message;
  return { field: issue.field ?? '', message };
}

// A form's values as the validator reads them: '' is absent for every kind (the CSV reader's rule),
// booleans may come as 'true'/'false' (as CSV cells do), lists and objects are copied (the form keeps its own).
function formValue(name: string, value: unknown): unknown {
  const kind = KIND.get(name);
  if (value === '' && kind !== 'text' && kind !== 'sharedText' && kind !== 'dateTime') return null;
  if (kind === 'boolean' && typeof value === 'string') {
    const lower = value.toLowerCase();
    return lower === 'true' ? true : lower === 'false' ? false : value;
  }
  if (Array.isArray(value)) return value.map((v: unknown) => (isPlainObject(v) ? { ...v } : v));
  if (isPlainObject(value)) return { ...value };
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A review given in a form is stamped with who made the change when it names no reviewer or time:
 * the one who sets a status is its reviewer.
 */
function stamped(review: unknown, who: Who | undefined): unknown {
  if (who === undefined || !isPlainObject(review)) return review;
  const out = { ...review };
  if ((out.by === undefined || out.by === '') && who.by !== undefined) out.by = who.by;
  if (out.at === undefined || out.at === '') out.at = who.at;
  return out;
}

/** Raw values of a form as the validator's raw flight: unknown names are errors here, never dropped. */
export function rawFlight(
  base: Record<string, unknown>,
  values: Record<string, unknown>,
  errors: FieldError[],
  who?: Who,
): Record<string, unknown> {
  const raw = { ...base };
  for (const name of Object.keys(values)) {
    if (!isFlightField(name)) {
      errors.push({ field: name, message: 'is not a field of a flight' });
      continue;
    }
    const value = formValue(name, values[name]);
    raw[name] = name === 'review' ? stamped(value, who) : value;
  }
  return raw;
}

export interface CheckedFlight {
  flight: Flight;
  warnings: FieldError[];
  airportsAdded: Airport[];
}

/**
 * Checks a raw flight with the import validator; `isNew` also refuses an id the dataset already has.
 * The raw object is the validator's to normalise (it is a copy).
 */
export function checkRawFlight(
  dataset: Dataset,
  raw: Record<string, unknown>,
  airports: AirportLookup | undefined,
  isNew: boolean,
): { ok: true; checked: CheckedFlight } | { ok: false; errors: FieldError[] } {
  const log = new IssueLog();
  const own = datasetAirports(dataset);
  const resolver = new DraftAirports(log, own, airports);
  const unknown = new UnknownFields();
  const checks: FlightChecks = { log, unknown, seen: new SeenValues(), airports: resolver, ids: new Map() };
  const flight = validateFlight(raw, 1, checks);
  const errors = log.errors.map(fieldErrorOf);
  if (isNew && typeof raw.id === 'string' && raw.id !== '') {
    const id = canonicalId(raw.id);
    if (dataset.flights.some((f) => f.id === id))
      errors.unshift({ field: 'id', message: `${quoted(id)} is already the id of a flight in this dataset` });
  }
  if (flight === undefined || errors.length > 0) return { ok: false, errors };
  unknown.report(log);
  const airportsAdded = [...resolver.used].filter(([code]) => !own.has(code)).map(([, a]) => a);
  return { ok: true, checked: { flight, warnings: log.warnings().map(fieldErrorOf), airportsAdded } };
}

/**
 * Checks a form's raw values (strings as typed; '' = absent; `sources` a Source[], `tags` a string[],
 * `review` an object) exactly as an import checks a flight, for "checked as it is typed". An id the
 * dataset already has is an error (this is a new flight); an airport must be in the dataset's airports
 * or `airports`. Warnings (a date that is not the arrival's UTC date) do not refuse the draft.
 */
export function validateFlightDraft(
  dataset: Dataset,
  raw: Record<string, unknown>,
  airports?: AirportLookup,
): DraftResult {
  const errors: FieldError[] = [];
  const flight = rawFlight({}, raw, errors);
  const result = checkRawFlight(dataset, flight, airports, true);
  if (!result.ok) return { ok: false, errors: [...errors, ...result.errors] };
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, ...result.checked };
}

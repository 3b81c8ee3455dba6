/** Validation of a contract JSON's top level, airports and events (tracks and log: tracks-log.ts). */
import type { Airport, TimelineEvent } from '../contract';
import { IDENTITY_JSON_KEY, IDENTITY_NOT_READ, READABLE_SCHEMA_VERSIONS } from '../contract';
import type { FlightChecks } from './checks';
import { checkDate } from './field-checks';
import { EMPTY, validateSources } from './sources';
import type { IssueLog, PlaceWhere, UnknownFields, Where } from './issue-log';
import { quoted, shown } from './issue-log';
import { isAirportCode } from './values';

const TOP_FIELDS = new Set([
  'schemaVersion',
  'title',
  'description',
  'synthetic',
  'compiledAt',
  'license',
  'airports',
  'events',
  'flights',
  'tracks',
  'log',
]);
const AIRPORT_FIELDS = new Set(['icao', 'iata', 'name', 'lat', 'lon', 'country']);
const EVENT_FIELDS = new Set(['date', 'title', 'description', 'sources', 'dateEnd']);
const IATA = /^[A-Za-z]{3}$/;
const COUNTRY = /^[A-Z]{2}$/;

/** The dataset's meta fields, validated. */
export interface Meta {
  title: string;
  description?: string;
  synthetic: boolean;
  compiledAt?: string;
  license?: string;
}

/** The message for a required text field that is missing, blank or not text. */
function textProblem(value: unknown): string {
  return value === undefined || value === null || typeof value === 'string'
    ? 'required'
    : `must be text, not ${shown(value)}`;
}

function optionalString(value: unknown, where: Where, field: string, log: IssueLog): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (value !== undefined && value !== null) log.error(where, field, `must be text, not ${shown(value)}`);
  return undefined;
}

/** Validates the top-level fields (not the lists). Errors are logged; the result is only used without. */
export function validateMeta(raw: Record<string, unknown>, checks: FlightChecks): Meta {
  const { log } = checks;
  const version = raw.schemaVersion;
  const readable = READABLE_SCHEMA_VERSIONS.join(' or ');
  if (version === undefined) log.error('', 'schemaVersion', `required (this app reads version ${readable})`);
  else if (!(READABLE_SCHEMA_VERSIONS as readonly unknown[]).includes(version)) {
    log.error(
      '',
      'schemaVersion',
      `version ${shown(version)} is not supported: this app reads version ${readable}`,
    );
  }
  const meta: Meta = { title: '', synthetic: false };
  if (typeof raw.title === 'string' && raw.title.trim() !== '') meta.title = raw.title;
  else log.error('', 'title', textProblem(raw.title));
  if (typeof raw.synthetic === 'boolean') meta.synthetic = raw.synthetic;
  else {
    log.error(
      '',
      'synthetic',
      raw.synthetic === undefined
        ? 'required (true or false)'
        : `must be true or false, not ${shown(raw.synthetic)}`,
    );
  }
  const description = optionalString(raw.description, '', 'description', log);
  if (description !== undefined) meta.description = description;
  const compiledAt = optionalString(raw.compiledAt, '', 'compiledAt', log);
  if (compiledAt !== undefined) {
    if (checks.seen.isDate(compiledAt)) meta.compiledAt = compiledAt;
    else log.error('', 'compiledAt', `${shown(compiledAt)} is not a date (YYYY-MM-DD)`);
  }
  const license = optionalString(raw.license, '', 'license', log);
  if (license !== undefined) meta.license = license;
  if (!Array.isArray(raw.flights)) {
    log.error(
      '',
      'flights',
      raw.flights === undefined
        ? 'required (a list, may be empty)'
        : `must be a list, not ${shown(raw.flights)}`,
    );
  }
  for (const key in raw) {
    if (key === IDENTITY_JSON_KEY) checks.log.warning('', key, IDENTITY_NOT_READ);
    else if (!TOP_FIELDS.has(key)) checks.unknown.note(`top.${key}`, key, '', 'places');
  }
  return meta;
}

function coordinate(value: unknown, limit: number, where: Where, field: string, log: IssueLog): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= -limit && value <= limit) return value;
  log.error(
    where,
    field,
    value === undefined || value === null
      ? 'required'
      : `${shown(value)} is not a number from ${-limit} to ${limit}`,
  );
  return 0;
}

/** Validates a JSON file's `airports` list. Returns the airports by (upper-case) code, in file order. */
export function validateAirports(
  value: unknown,
  log: IssueLog,
  unknown: UnknownFields,
): Map<string, Airport> {
  const byIcao = new Map<string, Airport>();
  if (value === undefined || value === null) return byIcao;
  if (!Array.isArray(value)) {
    log.error('', 'airports', `must be a list, not ${shown(value)}`);
    return byIcao;
  }
  const firstAt = new Map<string, number>();
  for (let i = 0; i < value.length; i++) {
    const raw: unknown = value[i];
    const n = i + 1;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      log.error(`airports[${n}]`, undefined, `an airport must be an object, not ${shown(raw)}`);
      continue;
    }
    const r = raw as Record<string, unknown>;
    const before = log.totalErrors;
    const code = typeof r.icao === 'string' && isAirportCode(r.icao) ? r.icao.toUpperCase() : undefined;
    const place: PlaceWhere = {
      place: code === undefined ? `airports[${n}]` : `airports[${n}] (${quoted(code)})`,
      id: code,
    };
    if (code === undefined) {
      log.error(
        place,
        'icao',
        r.icao === undefined
          ? 'required'
          : `${shown(r.icao)} is not an ICAO airport code (4 letters or digits)`,
      );
    } else if (firstAt.has(code)) {
      log.error(place, 'icao', `airport listed twice, first at airports[${firstAt.get(code)}]`);
    } else firstAt.set(code, n);
    const airport = { icao: code ?? '' } as Airport;
    const iata = optionalString(r.iata, place, 'iata', log);
    if (iata !== undefined) {
      if (IATA.test(iata)) airport.iata = iata.toUpperCase();
      else log.error(place, 'iata', `${shown(iata)} is not an IATA code (3 letters)`);
    }
    if (typeof r.name === 'string' && r.name.trim() !== '') airport.name = r.name;
    else log.error(place, 'name', textProblem(r.name));
    airport.lat = coordinate(r.lat, 90, place, 'lat', log);
    airport.lon = coordinate(r.lon, 180, place, 'lon', log);
    const country = optionalString(r.country, place, 'country', log);
    if (country !== undefined) {
      if (COUNTRY.test(country)) airport.country = country;
      else
        log.error(
          place,
          'country',
          `${shown(country)} is not an ISO 3166-1 alpha-2 code (2 capital letters)`,
        );
    }
    for (const key in r) {
      if (!AIRPORT_FIELDS.has(key)) unknown.note(`airports[].${key}`, key, place, 'airports');
    }
    if (code !== undefined && log.totalErrors === before) byIcao.set(code, airport);
  }
  return byIcao;
}

/** Validates a JSON file's `events` list. */
export function validateEvents(value: unknown, checks: FlightChecks): TimelineEvent[] {
  const { log } = checks;
  const events: TimelineEvent[] = [];
  if (value === undefined || value === null) return events;
  if (!Array.isArray(value)) {
    log.error('', 'events', `must be a list, not ${shown(value)}`);
    return events;
  }
  for (let i = 0; i < value.length; i++) {
    const raw: unknown = value[i];
    const where = `events[${i + 1}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      log.error(where, undefined, `an event must be an object, not ${shown(raw)}`);
      continue;
    }
    const r = raw as Record<string, unknown>;
    const before = log.totalErrors;
    const event = { date: '', title: '' } as TimelineEvent;
    if (typeof r.date === 'string' && checks.seen.isDate(r.date)) event.date = r.date;
    else
      log.error(
        where,
        'date',
        r.date === undefined || r.date === '' ? 'required' : `${shown(r.date)} is not a date (YYYY-MM-DD)`,
      );
    if (typeof r.title === 'string' && r.title.trim() !== '') event.title = r.title;
    else log.error(where, 'title', textProblem(r.title));
    const description = optionalString(r.description, where, 'description', log);
    if (description !== undefined) event.description = description;
    const sources = validateSources(r.sources, false, where, checks);
    if (sources !== undefined) event.sources = sources;
    const dateEnd = checkDate(r.dateEnd, 'dateEnd', false, where, checks);
    if (dateEnd !== undefined && dateEnd !== EMPTY) {
      if (event.date !== '' && dateEnd < event.date)
        log.error(
          where,
          'dateEnd',
          `${dateEnd} is before date (${event.date}): dateEnd is the last possible day`,
        );
      else event.dateEnd = dateEnd;
    }
    for (const key in r) {
      if (!EVENT_FIELDS.has(key)) checks.unknown.note(`events[].${key}`, key, where, 'events');
    }
    if (log.totalErrors === before) events.push(event);
  }
  return events;
}

/**
 * Import validation, hand-written on purpose. The import-json goal is at most 1.5x a bare `JSON.parse`;
 * measured here per 100k flights: JSON.parse ~330 ms, zod 4 ~263 ms, valibot ~246 ms, a plain validator
 * ~46 ms. A schema library alone would blow the budget, so the checks below are plain code: regexes
 * compiled once, no closures per field, caches for repeated dates and URLs, `new URL` only to confirm.
 *
 * This file holds the shared parts: limits, the issue log, unknown-field tracking and the value checks.
 */
import type { Airport, Gazetteer, ImportFormat, ImportResult, Issue } from './types';
import { isIsoDate } from './time';

/** Most flights one dataset may hold (an import, or the sum of datasets added together). */
export const MAX_FLIGHTS = 1_000_000;
/** Longest text an import accepts, in characters (200 MB). */
export const MAX_TEXT_LENGTH = 200 * 1024 * 1024;
/** How many errors (and warnings) an import result lists. */
export const MAX_LISTED_ISSUES = 1000;

/** The message for more flights than {@link MAX_FLIGHTS}. */
export function tooManyFlights(count: number): string {
  const limit = MAX_FLIGHTS.toLocaleString('en-US');
  return `${count.toLocaleString('en-US')} flights is more than the limit of ${limit} flights in one dataset`;
}

/** `row N (id "X")`, without the id part when there is no usable id. */
export function rowWhere(row: number, id: string | undefined): string {
  return id === undefined ? `row ${row}` : `row ${row} (id "${id}")`;
}

/** The contract's issue text: `WHERE, field F: what` (each part optional). */
export function issueText(where: string, field: string | undefined, what: string): string {
  if (field === undefined) return where === '' ? what : `${where}: ${what}`;
  return where === '' ? `field ${field}: ${what}` : `${where}, field ${field}: ${what}`;
}

/** Collects errors and warnings, keeping the first {@link MAX_LISTED_ISSUES} of each and counting all. */
export class IssueLog {
  readonly errors: Issue[] = [];
  totalErrors = 0;
  private readonly warningList: Issue[] = [];
  private totalWarnings = 0;

  /** An error about a flight row. */
  error(row: number, id: string | undefined, field: string | undefined, what: string): void {
    this.totalErrors++;
    if (this.errors.length < MAX_LISTED_ISSUES) {
      this.errors.push(makeIssue(row, id, field, issueText(rowWhere(row, id), field, what)));
    }
  }

  /** An error about something that is not a flight row (`airports[2] ("LLOV")`, `events[1]`, top level). */
  errorAt(where: string, id: string | undefined, field: string | undefined, what: string): void {
    this.totalErrors++;
    if (this.errors.length < MAX_LISTED_ISSUES) {
      this.errors.push(makeIssue(undefined, id, field, issueText(where, field, what)));
    }
  }

  warning(row: number, id: string | undefined, field: string | undefined, what: string): void {
    this.totalWarnings++;
    if (this.warningList.length < MAX_LISTED_ISSUES) {
      this.warningList.push(makeIssue(row, id, field, issueText(rowWhere(row, id), field, what)));
    }
  }

  warningAt(where: string, id: string | undefined, field: string | undefined, what: string): void {
    this.totalWarnings++;
    if (this.warningList.length < MAX_LISTED_ISSUES) {
      this.warningList.push(makeIssue(undefined, id, field, issueText(where, field, what)));
    }
  }

  /** The listed warnings, with one closing line saying how many more there were. */
  warnings(): Issue[] {
    const more = this.totalWarnings - this.warningList.length;
    if (more <= 0) return this.warningList.slice();
    return [...this.warningList, { message: `${more} more warnings not listed` }];
  }

  get hasErrors(): boolean {
    return this.totalErrors > 0;
  }

  /** The failed result (nothing is loaded). */
  fail(format: ImportFormat | undefined): ImportResult {
    const base = { ok: false as const, errors: this.errors.slice(), totalErrors: this.totalErrors };
    return format === undefined
      ? { ...base, warnings: this.warnings() }
      : { ...base, format, warnings: this.warnings() };
  }
}

function makeIssue(
  row: number | undefined,
  id: string | undefined,
  field: string | undefined,
  message: string,
): Issue {
  const issue: Issue = { message };
  if (row !== undefined) issue.row = row;
  if (id !== undefined) issue.id = id;
  if (field !== undefined) issue.field = field;
  return issue;
}

interface UnknownSeen {
  where: string;
  row: number | undefined;
  id: string | undefined;
  field: string;
  count: number;
  noun: string;
}

/** Unknown fields are left out of the model and reported once per field name. */
export class UnknownFields {
  private readonly seen = new Map<string, UnknownSeen>();

  /**
   * Notes an unknown field. `key` groups the reports (e.g. `sources[].colour`), `field` is what the
   * first report names (e.g. `sources[2].colour`), `noun` counts the places (`flights`, `airports`).
   */
  note(
    key: string,
    field: string,
    where: string,
    row: number | undefined,
    id: string | undefined,
    noun: string,
  ): void {
    const seen = this.seen.get(key);
    if (seen) seen.count++;
    else this.seen.set(key, { where, row, id, field, count: 1, noun });
  }

  report(log: IssueLog): void {
    for (const s of this.seen.values()) {
      const what =
        s.count === 1
          ? 'unknown field, left out of the dataset'
          : `unknown field, left out of the dataset (in ${s.count} ${s.noun}; this is the first)`;
      if (s.row !== undefined) log.warning(s.row, s.id, s.field, what);
      else log.warningAt(s.where, s.id, s.field, what);
    }
  }
}

/** True for 4 ASCII letters or digits (either case). */
export function isAirportCode(text: string): boolean {
  if (text.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/** True for exactly 6 hex digits (either case). */
export function isIcao24(text: string): boolean {
  if (text.length !== 6) return false;
  for (let i = 0; i < 6; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const canParse: ((url: string) => boolean) | undefined =
  typeof URL.canParse === 'function' ? (url) => URL.canParse(url) : undefined;

function parses(url: string): boolean {
  if (canParse) return canParse(url);
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

/** What is wrong with a source URL, or undefined when it is an absolute http:/https: URL. */
export function urlProblem(url: string): string | undefined {
  const head = url.slice(0, 8).toLowerCase();
  if (head.startsWith('https://') || head.startsWith('http://')) {
    return parses(url) ? undefined : `"${url}" is not a valid URL`;
  }
  const scheme = SCHEME.exec(url);
  if (!scheme) return `"${url}" is not an absolute URL: only http: and https: URLs are allowed`;
  const name = scheme[1].toLowerCase();
  if (name === 'http' || name === 'https') return `"${url}" is not a valid ${name}: URL`;
  return `URL scheme "${name}:" is not allowed: only http: and https: URLs are allowed`;
}

function digit(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48; // NaN past the end fails both tests
  return c >= 0 && c <= 9 ? c : -1;
}

function twoDigits(text: string, i: number): number {
  const a = digit(text, i);
  const b = digit(text, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

function monthDays(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  // time.ts asks Date.UTC, which reads years 0–99 as 1900–1999: do the same so both agree.
  const y = year < 100 ? year + 1900 : year;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/**
 * Same answer as time.ts's `isIsoDateTimeWithOffset` (a property test checks it), written with char codes:
 * it runs for every departure and arrival time, and the regex + Date version dominated the validator.
 */
export function isDateTimeWithOffset(text: string): boolean {
  const n = text.length;
  if (n < 17 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84)
    return false;
  const y1 = twoDigits(text, 0);
  const y2 = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (y1 < 0 || y2 < 0 || month < 1 || month > 12 || day < 1 || day > monthDays(y1 * 100 + y2, month))
    return false;
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  if (hour < 0 || hour > 23 || text.charCodeAt(13) !== 58 || minute < 0 || minute > 59) return false;
  let i = 16;
  if (text.charCodeAt(i) === 58) {
    const second = twoDigits(text, 17);
    if (second < 0 || second > 59) return false;
    i = 19;
    if (text.charCodeAt(i) === 46) {
      let j = i + 1;
      while (j < n && digit(text, j) >= 0) j++;
      if (j === i + 1 || j - i - 1 > 9) return false;
      i = j;
    }
  }
  const c = text.charCodeAt(i);
  if (c === 90) return i + 1 === n;
  if (c !== 43 && c !== 45) return false;
  const oh = twoDigits(text, i + 1);
  const om = twoDigits(text, i + 4);
  return i + 6 === n && text.charCodeAt(i + 3) === 58 && oh >= 0 && oh <= 18 && om >= 0 && om <= 59;
}

/** Per-import caches: the same dates and URLs recur across many flights. */
export class SeenValues {
  private readonly dates = new Set<string>();
  private readonly urls = new Set<string>();

  isDate(text: string): boolean {
    if (this.dates.has(text)) return true;
    if (!isIsoDate(text)) return false;
    this.dates.add(text);
    return true;
  }

  /** As {@link urlProblem}, remembering good URLs. */
  urlProblem(url: string): string | undefined {
    if (this.urls.has(url)) return undefined;
    const problem = urlProblem(url);
    if (problem === undefined) this.urls.add(url);
    return problem;
  }
}

/** Resolves a flight's airport codes; logs an error for an unknown one. */
export interface AirportResolver {
  resolve(code: string, field: string, row: number, id: string | undefined): void;
}

/**
 * Resolves against the file's own airports, then the gazetteer (if any), and remembers every airport a
 * flight refers to, in order of first use.
 */
export class ListedAirportResolver implements AirportResolver {
  /** Every airport a flight referred to, by code. */
  readonly used = new Map<string, Airport>();

  constructor(
    private readonly log: IssueLog,
    private readonly own: ReadonlyMap<string, Airport>,
    private readonly gazetteer: Gazetteer | undefined,
  ) {}

  resolve(code: string, field: string, row: number, id: string | undefined): void {
    if (this.used.has(code)) return;
    const airport = this.own.get(code) ?? this.gazetteer?.get(code);
    if (airport) this.used.set(code, airport);
    else this.log.error(row, id, field, unknownAirport(code, this.gazetteer !== undefined));
  }
}

/** The message for an airport code nothing defines. */
export function unknownAirport(code: string, hasGazetteer: boolean): string {
  return hasGazetteer
    ? `unknown airport "${code}": not in the file's airports nor in the gazetteer`
    : `unknown airport "${code}": not in the file's airports (no gazetteer loaded)`;
}

/** Text of an unexpected value for messages: short and unambiguous. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return value.length > 60 ? `"${value.slice(0, 57)}…"` : `"${value}"`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

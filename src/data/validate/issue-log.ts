/**
 * Import validation, hand-written. `npm run bench` times it against zod 4 and valibot schemas of the
 * same value checks on the same parsed flights (tests/bench/figures-validate.ts); ours also resolves
 * airports, finds duplicate ids, interns repeated strings and names row and field. On 2026-12-01, on a
 * 2-core machine under load average ~8 (so only the alternating ratios mean much): 100k flights ours
 * 1,070 ms vs zod 2,514 ms (0.43), ours 2,107 ms vs valibot 2,883 ms (0.73); 10k flights ours behind
 * (1.21 vs zod, 1.97 vs valibot). Keep it only while the 100k figures stay ahead on a quiet machine.
 *
 * This file holds the shared parts: limits, the issue log, unknown-field tracking and the value checks.
 */
import type { Airport, Gazetteer, ImportFormat, ImportResult, Issue } from '../contract';

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

/** A flight row: its 1-based row and its id (undefined when it has no usable one). */
export interface RowWhere {
  readonly row: number;
  readonly id: string | undefined;
}

/** A place that is not a flight row (`airports[2] ("LLOV")`), with the id its issues carry. */
export interface PlaceWhere {
  readonly place: string;
  readonly id: string | undefined;
}

/**
 * Where an issue is: a flight row, a place, or a place as a plain string (`events[2]`, `tracks[1]`,
 * `''` for the file's top level).
 */
export type Where = RowWhere | PlaceWhere | string;

/** Most characters of one value an issue quotes: a 1 MB id must not make 1,000 MB of error text. */
export const MAX_QUOTED = 80;
/** Longest id an issue carries in `Issue.id` (a longer one is no valid id: it is only quoted). */
const MAX_ISSUE_ID = 128;
/** The last guard: no issue message is longer, whatever a caller built. */
const MAX_MESSAGE = 1000;

/** A value of a file, cut to {@link MAX_QUOTED} characters with an ellipsis and its full length. */
function clipped(text: string): string {
  if (text.length <= MAX_QUOTED) return text;
  return `${text.slice(0, MAX_QUOTED)}…" (${text.length.toLocaleString('en-US')} characters)`;
}

/** A value of a file in quotes for a message: `"abc"`, or `"abc…" (1,048,576 characters)` when long. */
export function quoted(text: string): string {
  const cut = clipped(text);
  return cut === text ? `"${text}"` : `"${cut}`;
}

/** A name (a field, a column) for a message: as is, or cut as {@link quoted} cuts values. */
export function nameText(name: string): string {
  return name.length <= MAX_QUOTED
    ? name
    : `${name.slice(0, MAX_QUOTED)}… (${name.length.toLocaleString('en-US')} characters)`;
}

/** `row N (id "X")`, without the id part when there is no usable id. */
export function rowWhere(row: number, id: string | undefined): string {
  return id === undefined ? `row ${row}` : `row ${row} (id ${quoted(id)})`;
}

/** The text that names `where` in a message. */
export function whereText(where: Where): string {
  if (typeof where === 'string') return where;
  return 'row' in where ? rowWhere(where.row, where.id) : where.place;
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

  /** An error at `where` (a flight row or another place), about `field` when given. */
  error(where: Where, field: string | undefined, what: string): void {
    this.totalErrors++;
    if (this.errors.length < MAX_LISTED_ISSUES) this.errors.push(makeIssue(where, field, what));
  }

  warning(where: Where, field: string | undefined, what: string): void {
    this.totalWarnings++;
    if (this.warningList.length < MAX_LISTED_ISSUES) this.warningList.push(makeIssue(where, field, what));
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

// Every issue goes through here: values are quoted short by their callers (quoted, shown), and this
// bounds what a caller may have missed (a field named by a 1 MB column, a long place).
function makeIssue(where: Where, field: string | undefined, what: string): Issue {
  const name = field === undefined ? undefined : nameText(field);
  let message = issueText(whereText(where), name, what);
  if (message.length > MAX_MESSAGE)
    message = `${message.slice(0, MAX_MESSAGE)}… (${message.length.toLocaleString('en-US')} characters)`;
  const issue: Issue = { message };
  if (typeof where !== 'string') {
    if ('row' in where) issue.row = where.row;
    if (where.id !== undefined && where.id.length <= MAX_ISSUE_ID) issue.id = where.id;
  }
  if (name !== undefined) issue.field = name;
  return issue;
}

interface UnknownSeen {
  where: Where;
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
  note(key: string, field: string, where: Where, noun: string): void {
    const seen = this.seen.get(key);
    if (seen) seen.count++;
    else this.seen.set(key, { where, field, count: 1, noun });
  }

  report(log: IssueLog): void {
    for (const s of this.seen.values()) {
      const what =
        s.count === 1
          ? 'unknown field, left out of the dataset'
          : `unknown field, left out of the dataset (in ${s.count} ${s.noun}; this is the first)`;
      log.warning(s.where, s.field, what);
    }
  }
}

/** Resolves a flight's airport codes; logs an error for an unknown one. */
export interface AirportResolver {
  /** Returns the airport's own code string (shared by every flight using it), or `code` if unknown. */
  resolve(code: string, field: string, where: RowWhere): string;
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

  resolve(code: string, field: string, where: RowWhere): string {
    const used = this.used.get(code);
    if (used) return used.icao;
    const airport = this.own.get(code) ?? this.gazetteer?.get(code);
    if (!airport) {
      this.log.error(where, field, unknownAirport(code, this.gazetteer !== undefined));
      return code;
    }
    this.used.set(code, airport);
    return airport.icao;
  }
}

/** The message for an airport code nothing defines. */
export function unknownAirport(code: string, hasGazetteer: boolean): string {
  return hasGazetteer
    ? `unknown airport ${quoted(code)}: not in the file's airports nor in the gazetteer`
    : `unknown airport ${quoted(code)}: not in the file's airports (no gazetteer loaded)`;
}

/** Text of an unexpected value for messages: short and unambiguous. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return quoted(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

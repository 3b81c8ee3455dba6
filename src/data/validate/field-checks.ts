/**
 * The check of each field kind of the flight table (contract/fields.ts). Each returns the clean value,
 * {@link EMPTY} for an optional field present but empty (`""`, null, `[]`), or undefined when absent or
 * wrong (then logged at `where`, naming the field).
 */
import type { Confidence, Review, ReviewStatus } from '../contract';
import { MAX_TAG_LENGTH, MAX_TAGS } from '../contract';
import type { FlightChecks } from './checks';
import type { IssueLog, RowWhere, Where } from './issue-log';
import { shown } from './issue-log';
import { EMPTY, isAbsent, isRecord, optionalText } from './sources';
import { IdRows, isAirportCode, isDateTimeWithOffset, isIcao24 } from './values';

const MAX_ID_LENGTH = 128;
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const REVIEW_FIELDS = new Set(['status', 'by', 'at', 'note']);

/** The confidence as this module's own (shared) string, or undefined when `value` is not one. */
export function confidenceOf(value: unknown): Confidence | undefined {
  if (value === 'synthetic') return 'synthetic';
  if (value === 'reported') return 'reported';
  if (value === 'inferred') return 'inferred';
  if (value === 'confirmed') return 'confirmed';
  return undefined;
}

function reviewStatusOf(value: unknown): ReviewStatus | undefined {
  if (value === 'unreviewed') return 'unreviewed';
  if (value === 'verified') return 'verified';
  if (value === 'disputed') return 'disputed';
  return undefined;
}

export function checkConfidence(value: unknown, where: RowWhere, log: IssueLog): Confidence | undefined {
  const confidence = confidenceOf(value);
  if (confidence === undefined) {
    const what = isAbsent(value)
      ? 'required'
      : `${shown(value)} is not one of confirmed, reported, inferred, synthetic`;
    log.error(where, 'confidence', what);
  }
  return confidence;
}

/** An optional ISO date-time with offset; a local time gets its own message. */
export function dateTime(value: unknown, field: string, where: Where, log: IssueLog): string | undefined {
  const text = optionalText(value, field, where, log);
  if (text === undefined || text === EMPTY || isDateTimeWithOffset(text)) return text;
  log.error(
    where,
    field,
    LOCAL_TIME.test(text)
      ? `${shown(text)} has no time zone: an offset (e.g. +03:00) or Z is required, a local time is never guessed`
      : `${shown(text)} is not an ISO 8601 date-time with an offset or Z (e.g. 2023-03-02T10:15:00Z)`,
  );
  return undefined;
}

/** A `YYYY-MM-DD` date (the shared string); `required` says whether absence is an error. */
export function checkDate(
  value: unknown,
  field: string,
  required: boolean,
  where: Where,
  checks: FlightChecks,
): string | undefined {
  const date = typeof value === 'string' ? checks.seen.canonicalDate(value) : undefined;
  if (date !== undefined) return date;
  if (!required && isAbsent(value)) return value === undefined ? undefined : EMPTY;
  checks.log.error(where, field, isAbsent(value) ? 'required' : `${shown(value)} is not a date (YYYY-MM-DD)`);
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

export function airportCode(value: unknown, field: string, where: RowWhere, checks: FlightChecks): string {
  if (typeof value === 'string' && isAirportCode(value)) {
    return checks.airports.resolve(hasLowerCase(value) ? value.toUpperCase() : value, field, where);
  }
  checks.log.error(
    where,
    field,
    isAbsent(value) ? 'required' : `${shown(value)} is not an ICAO airport code (4 letters or digits)`,
  );
  return '';
}

/**
 * Characters an id may not hold: they are invisible or reorder what is shown, so `f1`, `f\u200b1` and
 * `f\u202e1` would all read "f1". Controls (Cc), format characters (Cf: zero-width space and joiners,
 * bidi marks, embeddings, overrides and isolates, soft hyphen, BOM…), line and paragraph separators,
 * variation selectors and the blank Hangul fillers.
 */
const HIDDEN_IN_ID = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115f\u1160\u3164\uffa0]/u;
// Combining marks that show nothing (grapheme joiner, Mongolian and standard variation selectors): not
// in the class above, where a lone combining mark reads as misleading.
function isInvisibleMark(c: number): boolean {
  return c === 0x034f || (c >= 0x180b && c <= 0x180f) || (c >= 0xfe00 && c <= 0xfe0f);
}

// Plain printable ASCII needs neither check: the common case costs one loop, no regex, no normalize().
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** What hides in an id (`U+200B at position 2`), or undefined when it reads as it is. */
export function hiddenInId(id: string): string | undefined {
  return isPlainAscii(id) ? undefined : hiddenInNonAscii(id);
}

function hiddenInNonAscii(id: string): string | undefined {
  const match = HIDDEN_IN_ID.exec(id);
  let at = match ? match.index : -1;
  for (let i = 0; i < id.length && (at < 0 || i < at); i++) if (isInvisibleMark(id.charCodeAt(i))) at = i;
  if (at < 0) return undefined;
  const code = (id.codePointAt(at) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `U+${code} at position ${[...id.slice(0, at)].length + 1}`;
}

/** An id as ids are compared and stored: Unicode NFC, so the two ways to write "café" are one id. */
export function canonicalId(id: string): string {
  return isPlainAscii(id) ? id : id.normalize('NFC');
}

export function checkId(raw: unknown, row: number, checks: FlightChecks): string | undefined {
  const { log } = checks;
  if (typeof raw === 'string' && raw.length > 0 && raw.length <= MAX_ID_LENGTH) {
    // Most ids are plain ASCII: one loop decides both checks below.
    const ascii = isPlainAscii(raw);
    const hidden = ascii ? undefined : hiddenInNonAscii(raw);
    if (hidden !== undefined) {
      log.error(
        { row, id: undefined },
        'id',
        `holds an invisible or bidirectional control character (${hidden}): an id must read as what it is`,
      );
      return undefined;
    }
    const id = ascii ? raw : raw.normalize('NFC');
    const { ids } = checks;
    let first: number | undefined;
    if (ids instanceof IdRows) first = ids.firstOrSet(id, row);
    else if ((first = ids.get(id)) === undefined) ids.set(id, row);
    if (first !== undefined) log.error({ row, id: raw }, 'id', `duplicate id, first used in row ${first}`);
    return id;
  }
  const where = { row, id: undefined };
  if (typeof raw === 'string' && raw.length > MAX_ID_LENGTH) {
    log.error(where, 'id', `longer than ${MAX_ID_LENGTH} characters (${raw.length})`);
  } else {
    log.error(where, 'id', isAbsent(raw) ? 'required' : `must be text, not ${shown(raw)}`);
  }
  return undefined;
}

export function checkIcao24(value: unknown, where: RowWhere, log: IssueLog): string | undefined {
  const text = optionalText(value, 'icao24', where, log);
  if (!text) return text;
  if (isIcao24(text)) return text.toLowerCase();
  log.error(where, 'icao24', `${shown(text)} is not a Mode-S address (6 hex digits)`);
  return undefined;
}

export function checkBoolean(
  value: unknown,
  field: string,
  where: Where,
  log: IssueLog,
): boolean | string | undefined {
  if (value === true || value === false || value === undefined) return value;
  if (value === null) return EMPTY;
  log.error(where, field, `must be true or false, not ${shown(value)}`);
  return undefined;
}

/** A review: the raw object when clean, a clean copy, EMPTY for null, or undefined on error. */
export function checkReview(value: unknown, where: Where, checks: FlightChecks): Review | string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return EMPTY;
  const { log } = checks;
  if (!isRecord(value)) {
    log.error(where, 'review', `must be an object, not ${shown(value)}`);
    return undefined;
  }
  const before = log.totalErrors;
  const status = reviewStatusOf(value.status);
  if (status === undefined) {
    const what = isAbsent(value.status)
      ? 'required'
      : `${shown(value.status)} is not one of unreviewed, verified, disputed`;
    log.error(where, 'review.status', what);
  }
  const by = optionalText(value.by, 'review.by', where, log);
  const at = dateTime(value.at, 'review.at', where, log);
  const note = optionalText(value.note, 'review.note', where, log);
  let dirty = by === EMPTY || at === EMPTY || note === EMPTY || status !== value.status;
  for (const key in value) {
    if (!REVIEW_FIELDS.has(key)) {
      dirty = true;
      checks.unknown.note(`review.${key}`, `review.${key}`, where, 'reviews');
    }
  }
  if (log.totalErrors !== before) return undefined;
  if (!dirty) return value as unknown as Review;
  const review: Review = { status: status as ReviewStatus };
  if (by) review.by = by;
  if (at) review.at = at;
  if (note) review.note = note;
  return review;
}

/** Tags: non-blank texts of at most {@link MAX_TAG_LENGTH} characters, no repeats, at most {@link MAX_TAGS}. */
export function checkTags(value: unknown, where: Where, log: IssueLog): string[] | string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return EMPTY;
  if (!Array.isArray(value)) {
    log.error(where, 'tags', `must be a list of texts, not ${shown(value)}`);
    return undefined;
  }
  if (value.length === 0) return EMPTY;
  const before = log.totalErrors;
  if (value.length > MAX_TAGS) log.error(where, 'tags', `has ${value.length} tags: at most ${MAX_TAGS}`);
  for (let i = 0; i < value.length; i++) {
    const tag: unknown = value[i];
    const field = `tags[${i + 1}]`;
    if (typeof tag !== 'string') log.error(where, field, `must be text, not ${shown(tag)}`);
    else if (tag.trim() === '') log.error(where, field, 'is blank');
    else if (tag.length > MAX_TAG_LENGTH)
      log.error(where, field, `longer than ${MAX_TAG_LENGTH} characters (${tag.length})`);
    else if (value.indexOf(tag) < i) log.error(where, field, `${shown(tag)} is listed twice`);
  }
  return log.totalErrors === before ? (value as string[]) : undefined;
}

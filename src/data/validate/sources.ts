/** Validation of source lists and optional texts, shared by flights, events and tracks. */
import type { Source } from '../contract';
import type { FlightChecks } from './checks';
import type { IssueLog, Where } from './issue-log';
import { shown } from './issue-log';

const SOURCE_FIELDS = new Set(['publisher', 'title', 'url', 'published']);
/** Returned for an optional field that is present but empty (`""` or null): absent, but not clean. */
export const EMPTY = '';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * An optional text field: the text, {@link EMPTY} for `""`/null, undefined when absent or wrong (then
 * logged at `where`, naming `field`).
 */
export function optionalText(value: unknown, field: string, where: Where, log: IssueLog): string | undefined {
  if (typeof value === 'string') return value;
  if (value === undefined) return undefined;
  if (value === null) return EMPTY;
  log.error(where, field, `must be text, not ${shown(value)}`);
  return undefined;
}

// Built only when a message needs it: no string work per valid source.
// An index of -1 names a single source (`source.url`), else one of a list (`sources[2].url`).
function partName(prefix: string, index: number, part: string): string {
  const head = index < 0 ? prefix : `${prefix}[${index + 1}]`;
  return part === '' ? head : `${head}.${part}`;
}

/** The text of a source part, logging a wrong type under `sources[N].part`. */
function part(
  value: unknown,
  prefix: string,
  index: number,
  name: string,
  where: Where,
  log: IssueLog,
): string | undefined {
  if (typeof value === 'string' || value === undefined) return value;
  if (value === null) return EMPTY;
  log.error(where, partName(prefix, index, name), `must be text, not ${shown(value)}`);
  return undefined;
}

/** One source: the raw object itself when clean, a new clean one, or undefined on error (logged). */
function validateSource(
  raw: Record<string, unknown>,
  prefix: string,
  index: number,
  where: Where,
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
    log.error(where, partName(prefix, index, 'publisher'), what);
  }
  const title = part(raw.title, prefix, index, 'title', where, log);
  if (title === EMPTY) dirty = true;
  const url = part(raw.url, prefix, index, 'url', where, log);
  if (url === EMPTY) dirty = true;
  else if (url !== undefined) {
    const problem = checks.seen.urlProblem(url);
    if (problem !== undefined) log.error(where, partName(prefix, index, 'url'), problem);
  }
  const published = part(raw.published, prefix, index, 'published', where, log);
  if (published === EMPTY) dirty = true;
  else if (published !== undefined && !checks.seen.isDate(published)) {
    log.error(where, partName(prefix, index, 'published'), `${shown(published)} is not a date (YYYY-MM-DD)`);
  }
  for (const key in raw) {
    if (!SOURCE_FIELDS.has(key)) {
      dirty = true;
      checks.unknown.note(`${prefix}[].${key}`, partName(prefix, index, key), where, 'sources');
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
 * Validates one source object named `field` (a track's `source`). Returns it clean, or undefined when
 * something was wrong (logged).
 */
export function validateOneSource(
  value: unknown,
  field: string,
  where: Where,
  checks: FlightChecks,
): Source | undefined {
  if (!isRecord(value)) {
    checks.log.error(where, field, isAbsent(value) ? 'required' : `must be an object, not ${shown(value)}`);
    return undefined;
  }
  return validateSource(value, field, -1, where, checks);
}

/**
 * Validates a list of sources at `where` (flights require at least one, events do not). Returns the
 * clean list (the raw array when clean), or undefined when something was wrong (already logged).
 */
export function validateSources(
  value: unknown,
  required: boolean,
  where: Where,
  checks: FlightChecks,
): Source[] | undefined {
  const { log } = checks;
  if (!Array.isArray(value)) {
    if (isAbsent(value) && !required) return undefined;
    const what = isAbsent(value) ? 'required: at least one source' : `must be a list, not ${shown(value)}`;
    log.error(where, 'sources', what);
    return undefined;
  }
  if (value.length === 0) {
    if (required) log.error(where, 'sources', 'required: at least one source');
    return required ? undefined : value;
  }
  const before = log.totalErrors;
  let out = value as Source[];
  for (let i = 0; i < value.length; i++) {
    const raw: unknown = value[i];
    if (!isRecord(raw)) {
      log.error(where, partName('sources', i, ''), `must be an object, not ${shown(raw)}`);
      continue;
    }
    const source = validateSource(raw, 'sources', i, where, checks);
    if (source !== undefined && (source as unknown) !== raw) {
      if (out === value) out = value.slice();
      out[i] = source;
    }
  }
  return log.totalErrors === before ? out : undefined;
}

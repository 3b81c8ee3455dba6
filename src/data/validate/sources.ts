/** Validation of source lists, shared by flights and events (see validate.ts for the approach). */
import type { Source } from '../contract';
import type { FlightChecks } from './checks';
import type { IssueLog } from './issue-log';
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
export function optionalText(
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
    if (source !== undefined && (source as unknown) !== raw) {
      if (out === value) out = value.slice();
      out[i] = source;
    }
  }
  return log.totalErrors === before ? out : undefined;
}

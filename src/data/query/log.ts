/**
 * The change log (schema v2 `Dataset.log`) as the log views read it: newest first, filtered by who,
 * action, field and text, each entry in words, and exported as CSV.
 */
import { neutraliseFormula, parseInstant } from '../contract';
import type { LogAction, LogEntry, TimelineEvent } from '../contract';
import { quoteCell } from '../export/csv-write';

/** What the log view filters by; absent (or blank) = no filter. */
export interface LogQuery {
  /** The analyst's name exactly; `''` = entries written without a name. */
  by?: string;
  action?: LogAction;
  /** A field name exactly (`registration`, `review`, `event`…). */
  field?: string;
  /** Case-insensitive, over who, action, flight id, field, before and after as written. */
  text?: string;
}

/** One entry with its position in `Dataset.log` (a stable key and the order of entries at one time). */
export interface LogRow {
  readonly entry: LogEntry;
  readonly position: number;
}

/**
 * Newest first: by `at` (as an instant, so offsets compare right), entries of the same instant in
 * reverse log order (the last written first). An unreadable `at` sorts as oldest.
 */
export function newestFirst(log: readonly LogEntry[]): LogRow[] {
  const rows = log.map((entry, position) => ({ entry, position, t: parseInstant(entry.at) }));
  rows.sort((a, b) => {
    const ta = Number.isNaN(a.t) ? -Infinity : a.t;
    const tb = Number.isNaN(b.t) ? -Infinity : b.t;
    return tb - ta || b.position - a.position;
  });
  return rows.map(({ entry, position }) => ({ entry, position }));
}

/** A value as the log shows it: a string as itself, anything else as JSON; nothing as ''. */
export function logValueText(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? '';
}

function matches(entry: LogEntry, q: LogQuery, needle: string): boolean {
  if (q.by !== undefined && (entry.by ?? '') !== q.by) return false;
  if (q.action !== undefined && entry.action !== q.action) return false;
  if (q.field !== undefined && q.field !== '' && entry.field !== q.field) return false;
  if (needle === '') return true;
  const parts = [entry.by, entry.action, entry.flightId, entry.field, entry.at];
  parts.push(logValueText(entry.before), logValueText(entry.after));
  return parts.some((p) => p !== undefined && p.toLowerCase().includes(needle));
}

/** The rows of `log` that pass the query, newest first. */
export function filterLog(log: readonly LogEntry[], q: LogQuery): LogRow[] {
  const needle = (q.text ?? '').trim().toLowerCase();
  return newestFirst(log).filter((row) => matches(row.entry, q, needle));
}

/** A flight's own entries (added, edited, deleted), newest first. */
export function flightLog(log: readonly LogEntry[] | undefined, flightId: string): LogRow[] {
  return newestFirst(log ?? []).filter((row) => row.entry.flightId === flightId);
}

/** The values each log filter can take: names (sorted; `''` when some entry has none), actions, fields. */
export interface LogFacets {
  by: string[];
  actions: LogAction[];
  fields: string[];
}

export function logFacets(log: readonly LogEntry[] | undefined): LogFacets {
  const by = new Set<string>();
  const actions = new Set<LogAction>();
  const fields = new Set<string>();
  for (const e of log ?? []) {
    by.add(e.by ?? '');
    actions.add(e.action);
    if (e.field !== undefined) fields.add(e.field);
  }
  const sorted = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b));
  return { by: sorted(by), actions: [...actions].sort() as LogAction[], fields: sorted(fields) };
}

const isEvent = (v: unknown): v is TimelineEvent =>
  typeof v === 'object' && v !== null && typeof (v as TimelineEvent).title === 'string';

/** A value in a sentence: quoted text, "(empty)" for nothing, an event by its date and title, else JSON. */
function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(empty)';
  if (typeof value === 'string') return JSON.stringify(value);
  if (isEvent(value)) return `${value.date}${value.dateEnd ? `…${value.dateEnd}` : ''} "${value.title}"`;
  return JSON.stringify(value);
}

/**
 * What an entry did, in words: `registration: "4K-AZ1" → "4K-AZ2"`, `added flight f-12`, `event
 * added: 2022-10-03 "Visit"`, `import: a.csv (12 flights)`.
 */
export function describeLogEntry(entry: LogEntry): string {
  const { action, field, flightId } = entry;
  if (field === 'event') {
    if (entry.before === undefined || entry.before === null) return `event added: ${shown(entry.after)}`;
    if (entry.after === undefined || entry.after === null) return `event deleted: ${shown(entry.before)}`;
    return `event edited: ${shown(entry.before)} → ${shown(entry.after)}`;
  }
  if (action === 'add') return `added flight ${flightId ?? ''}`.trim();
  if (action === 'delete') return `deleted flight ${flightId ?? ''}`.trim();
  if (field !== undefined) return `${field}: ${shown(entry.before)} → ${shown(entry.after)}`;
  const detail = logValueText(entry.after);
  return detail === '' ? action : `${action}: ${detail}`;
}

/** "2026-12-02 04:11 UTC" for an ISO date-time with offset (as written when unreadable). */
export function formatLogTime(at: string): string {
  const t = parseInstant(at);
  if (Number.isNaN(t)) return at;
  return `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The log CSV's columns, in order. */
export const LOG_CSV_COLUMNS = ['at', 'by', 'action', 'flightId', 'field', 'before', 'after'] as const;

/** One cell: formula-guarded, then quoted where CSV needs it (the contract CSV writer's rule). */
const cell = (value: unknown) => quoteCell(neutraliseFormula(logValueText(value)));

/**
 * The rows as CSV, as the flights CSV is written (a BOM, the header, CRLF line ends, none after the
 * last row): `before` and `after` JSON-encoded when not strings, every cell formula-guarded.
 */
export function logToCsv(rows: readonly LogRow[]): string {
  const lines = [LOG_CSV_COLUMNS.join(',')];
  for (const { entry } of rows) lines.push(LOG_CSV_COLUMNS.map((c) => cell(entry[c])).join(','));
  return '\uFEFF' + lines.join('\r\n');
}

/**
 * The flight form's model, driven by the contract's field table (FLIGHT_TABLE): what each field holds
 * while it is typed, the raw values the edit builders check, and which fields an edit changes. No React
 * here: the form and the table's cell editor share it.
 */
import type { Flight, FlightField, FlightFieldName, Review, ReviewStatus, Source } from '../../data/contract';
import { FLIGHT_TABLE } from '../../data/contract';
import type { FieldError, Who } from '../../data/edit';

export interface SourceRow {
  /** Stable React key of the row (rows are added and removed). */
  readonly key: number;
  publisher: string;
  title: string;
  url: string;
  published: string;
}

export interface ReviewDraft {
  status: ReviewStatus | '';
  note: string;
}

/** A flight as it is typed: one text per plain field, plus the three structured ones. */
export interface FlightDraft {
  /** Text of every plain field (kinds other than sources, review and tags), by field name. */
  readonly text: Readonly<Record<string, string>>;
  readonly sources: readonly SourceRow[];
  /** Tags as typed, separated by commas. */
  readonly tags: string;
  readonly review: ReviewDraft;
}

export const SOURCE_PARTS = ['publisher', 'title', 'url', 'published'] as const;
export type SourcePart = (typeof SOURCE_PARTS)[number];

/** The fields of the form, in the contract's order: the one table, not a copy of it. */
export const FORM_FIELDS: readonly FlightField[] = FLIGHT_TABLE;

const isPlain = (field: FlightField) =>
  field.kind !== 'sources' && field.kind !== 'review' && field.kind !== 'tags';

// Only where the field's name alone would not say it; each label keeps the contract's name, so an error
// "icao24: …" is found next to its label.
const LABELS: Partial<Record<FlightFieldName, string>> = {
  id: 'Flight id',
  icao24: 'Transponder (icao24)',
  dateEnd: 'Last possible day (dateEnd)',
};

/** "aircraftType" → "Aircraft type". */
function humanize(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const fieldLabel = (name: string): string => LABELS[name as FlightFieldName] ?? humanize(name);

let nextRowKey = 1;
export function sourceRow(source?: Source): SourceRow {
  return {
    key: nextRowKey++,
    publisher: source?.publisher ?? '',
    title: source?.title ?? '',
    url: source?.url ?? '',
    published: source?.published ?? '',
  };
}

function textOf(value: unknown): string {
  if (value === true) return 'true';
  if (value === false) return 'false';
  return typeof value === 'string' ? value : '';
}

/** The form filled with a flight, or empty (with a suggested id and one blank source row) to add one. */
export function draftFromFlight(flight: Flight | null, suggestedId = ''): FlightDraft {
  const text: Record<string, string> = {};
  const record = (flight ?? {}) as unknown as Record<string, unknown>;
  for (const field of FORM_FIELDS) if (isPlain(field)) text[field.name] = textOf(record[field.name]);
  if (!flight) text.id = suggestedId;
  return {
    text,
    sources: flight ? flight.sources.map(sourceRow) : [sourceRow()],
    tags: (flight?.tags ?? []).join(', '),
    review: { status: flight?.review?.status ?? '', note: flight?.review?.note ?? '' },
  };
}

/** A unique id for a new flight: "new-N", N one more than the dataset's count, stepped past any taken. */
export function suggestFlightId(flights: readonly Flight[]): string {
  const taken = new Set(flights.map((f) => f.id));
  let n = flights.length + 1;
  while (taken.has(`new-${n}`)) n++;
  return `new-${n}`;
}

export interface RawContext {
  /** The flight being edited: its review keeps its author while status and note are unchanged. */
  readonly original?: Flight;
  readonly who: Who;
}

function sourceOf(row: SourceRow): Source {
  const source: Source = { publisher: row.publisher.trim() };
  for (const part of ['title', 'url', 'published'] as const) {
    const value = row[part].trim();
    if (value !== '') source[part] = value;
  }
  return source;
}

function reviewOf(review: ReviewDraft, ctx: RawContext): Review | Record<string, string> | undefined {
  const note = review.note.trim();
  if (review.status === '' && note === '') return undefined;
  const before = ctx.original?.review;
  if (before && before.status === review.status && (before.note ?? '') === note) return before;
  // A changed review is the analyst's: their name and the time of the change.
  const out: Record<string, string> = { status: review.status };
  if (note !== '') out.note = note;
  if (ctx.who.by) out.by = ctx.who.by;
  out.at = ctx.who.at;
  return out;
}

/** The raw value of one field as the builders take it; undefined = absent. */
export function rawValue(field: FlightField, draft: FlightDraft, ctx: RawContext): unknown {
  switch (field.kind) {
    case 'sources':
      return draft.sources.map(sourceOf);
    case 'tags': {
      const tags = draft.tags
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t !== '');
      return tags.length === 0 ? undefined : tags;
    }
    case 'review':
      return reviewOf(draft.review, ctx);
    case 'boolean': {
      const text = draft.text[field.name] ?? '';
      return text === '' ? undefined : text === 'true';
    }
    default: {
      const text = (draft.text[field.name] ?? '').trim();
      return text === '' ? undefined : text;
    }
  }
}

/** Every present field of the draft: what `validateFlightDraft` and `addFlightStep` take. */
export function draftRaw(draft: FlightDraft, ctx: RawContext): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const field of FORM_FIELDS) {
    const value = rawValue(field, draft, ctx);
    if (value !== undefined) raw[field.name] = value;
  }
  return raw;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields the draft changes against the form as it was opened ('' = cleared): what `editFlightStep`
 * takes. Both sides go through `rawValue`, so a field left alone never counts as changed.
 */
export function draftChanges(
  draft: FlightDraft,
  opened: FlightDraft,
  ctx: RawContext,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const field of FORM_FIELDS) {
    const now = rawValue(field, draft, ctx);
    if (!same(now, rawValue(field, opened, ctx))) changes[field.name] = now ?? '';
  }
  return changes;
}

/**
 * Which control shows an error: a source row (`sources[2]` for `sources[2].url`), else the top field
 * (`review` for `review.status`, `tags` for `tags[3]`); `form` for anything else.
 */
export function errorTarget(field: string): string {
  const row = /^sources\[(\d+)\]/.exec(field);
  if (row) return `sources[${row[1]}]`;
  const top = field.split(/[.[]/)[0] ?? '';
  return FORM_FIELDS.some((f) => f.name === top) ? top : 'form';
}

/** Errors grouped by the control that shows them. */
export function errorsByTarget(errors: readonly FieldError[]): Map<string, FieldError[]> {
  const out = new Map<string, FieldError[]>();
  for (const error of errors) {
    const key = errorTarget(error.field);
    const list = out.get(key);
    if (list) list.push(error);
    else out.set(key, [error]);
  }
  return out;
}

/** An error as shown: "icao24: "xyz" is not a Mode-S address (6 hex digits)". */
export const errorText = (error: FieldError): string =>
  error.field ? `${error.field}: ${error.message}` : error.message;

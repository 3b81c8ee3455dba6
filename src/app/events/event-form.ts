/**
 * The event form's model, apart from its view: a draft from an event, the raw values the edit builders
 * check, and which control shows each error. The date is typed once, precise or not ("2022-10-03",
 * "October 2022", "week of 2022-10-03", "2022-10-01..2022-10-12") and read by parseImpreciseDate.
 */
import { formatFlightDate, parseImpreciseDate } from '../../data/contract';
import type { Source, TimelineEvent } from '../../data/contract';
import type { FieldError } from '../../data/edit';
import { sourceRow, type SourceRow } from '../edit/form-model';

export interface EventDraft {
  when: string;
  title: string;
  description: string;
  sources: readonly SourceRow[];
}

/** The form filled with an event, or empty (one blank source row) to add one. */
export function draftFromEvent(event?: TimelineEvent): EventDraft {
  return {
    when: event ? formatFlightDate(event.date, event.dateEnd) : '',
    title: event?.title ?? '',
    description: event?.description ?? '',
    sources: event?.sources?.length ? event.sources.map(sourceRow) : [sourceRow()],
  };
}

function sourceOf(row: SourceRow): Source {
  const source: Source = { publisher: row.publisher.trim() };
  for (const part of ['title', 'url', 'published'] as const) {
    const value = row[part].trim();
    if (value !== '') source[part] = value;
  }
  return source;
}

const blankRow = (row: SourceRow) =>
  row.publisher.trim() === '' &&
  row.title.trim() === '' &&
  row.url.trim() === '' &&
  row.published.trim() === '';

/**
 * The raw event the builders check ('' = absent), or the date's own error when the typed date cannot
 * be read. Blank source rows are left out (an event may have no source).
 */
export function eventRaw(
  draft: EventDraft,
): { ok: true; raw: Record<string, unknown> } | { ok: false; errors: FieldError[] } {
  const when = parseImpreciseDate(draft.when);
  if (!when.ok) return { ok: false, errors: [{ field: 'date', message: when.message }] };
  return {
    ok: true,
    raw: {
      date: when.date,
      dateEnd: when.dateEnd ?? '',
      title: draft.title.trim(),
      description: draft.description.trim(),
      sources: draft.sources.filter((row) => !blankRow(row)).map(sourceOf),
    },
  };
}

/**
 * The builders number the sources they were given (1-based, blank rows left out); this renames
 * `sources[N]` in an error to the form's row N, so the error shows at the row it is about.
 */
export function toRowErrors(draft: EventDraft, errors: readonly FieldError[]): FieldError[] {
  const rows: number[] = [];
  draft.sources.forEach((row, i) => {
    if (!blankRow(row)) rows.push(i + 1);
  });
  return errors.map((e) => {
    const m = /^sources\[(\d+)\]/.exec(e.field);
    const row = m ? rows[Number(m[1]) - 1] : undefined;
    return row === undefined ? e : { ...e, field: e.field.replace(/^sources\[\d+\]/, `sources[${row}]`) };
  });
}

/**
 * The control that shows an error: `date` for the date and its end (one input), a source row for
 * `sources[2]…`, the field for title, description and the source list; `form` for anything else.
 */
export function eventErrorTarget(field: string): string {
  const row = /^sources\[(\d+)\]/.exec(field);
  if (row) return `sources[${row[1]}]`;
  const top = field.split(/[.[]/)[0] ?? '';
  if (top === 'date' || top === 'dateEnd') return 'date';
  return top === 'title' || top === 'description' || top === 'sources' ? top : 'form';
}

/** Errors grouped by the control that shows them. */
export function eventErrorsByTarget(errors: readonly FieldError[]): Map<string, FieldError[]> {
  const out = new Map<string, FieldError[]>();
  for (const error of errors) {
    const key = eventErrorTarget(error.field);
    out.set(key, [...(out.get(key) ?? []), error]);
  }
  return out;
}

/** The merge in words, for the merge dialog: the summary line and each conflict's two sides. */
import type { Flight, Review, Source, TimelineEvent } from '../contract';
import type { Conflict, MergePlan } from './plan';

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "12 flights added, 30 fields taken from theirs, 3 conflicts" (removals and events when there are any). */
export function mergeSummary(plan: MergePlan): string {
  const parts = [count(plan.added.length, 'flight added', 'flights added')];
  if (plan.removed.length > 0) parts.push(count(plan.removed.length, 'flight removed', 'flights removed'));
  parts.push(count(plan.taken.length, 'field taken from theirs', 'fields taken from theirs'));
  if (plan.events.length > 0) parts.push(count(plan.events.length, 'event change', 'event changes'));
  parts.push(count(plan.conflicts.length, 'conflict'));
  return parts.join(', ');
}

/** The longest value text shown; the dialog is for choosing, not reading whole notes. */
const MAX_TEXT = 300;
const cap = (text: string) =>
  text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}… (${text.length} characters)` : text;

const sourceText = (s: Source) => [s.publisher, s.title, s.published].filter(Boolean).join(', ');
const flightText = (f: Flight) =>
  `${f.date} ${f.origin} → ${f.destination}${f.callsign ? ` ${f.callsign}` : ''}`;
const eventText = (e: TimelineEvent) =>
  `${e.date}${e.dateEnd ? ` – ${e.dateEnd}` : ''} ${e.title}${e.description ? `: ${e.description}` : ''}`;

function reviewText(r: Review): string {
  return `${r.status}${r.by ? ` by ${r.by}` : ''}${r.note ? `: ${r.note}` : ''}`;
}

/** A field's value as text: none, a list of sources or tags, a review, or the value itself. */
export function valueText(field: string, value: unknown): string {
  if (value === undefined || value === null) return '(none)';
  if (field === 'sources' && Array.isArray(value)) return cap((value as Source[]).map(sourceText).join('; '));
  if (field === 'tags' && Array.isArray(value)) return cap((value as string[]).join(', '));
  if (field === 'review' && typeof value === 'object') return cap(reviewText(value as Review));
  if (typeof value === 'string') return cap(value);
  return cap(JSON.stringify(value));
}

/** One side of a conflict as text: the value, "deleted", or the flight or event kept. */
export function conflictSideText(conflict: Conflict, side: 'mine' | 'theirs'): string {
  const value = conflict[side];
  if (conflict.kind === 'deleted-by-me' || conflict.kind === 'deleted-by-them')
    return value === undefined ? 'deleted' : `kept: ${flightText(value as Flight)}`;
  if (conflict.kind === 'event')
    return value === undefined ? 'deleted' : cap(eventText(value as TimelineEvent));
  return valueText(conflict.field, value);
}

/** What the conflict is about: "Flight f-12, registration", "Flight f-12", "Event 2022-10-03 Visit". */
export function conflictTitle(conflict: Conflict): string {
  if (conflict.kind === 'event') {
    const e = (conflict.mine ?? conflict.theirs) as TimelineEvent;
    return `Event ${e.date} ${e.title}`;
  }
  if (conflict.kind === 'field') return `Flight ${conflict.flightId}, ${conflict.field}`;
  return `Flight ${conflict.flightId}`;
}

/** "Ana, 2026-12-01 10:05 UTC", "2026-12-01 10:05 UTC" or "not in the log". */
export function whoText(by: string | undefined, at: string | undefined): string {
  if (at === undefined) return 'not in the log';
  const time = Date.parse(at);
  const when = Number.isNaN(time) ? at : `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return by ? `${by}, ${when}` : when;
}

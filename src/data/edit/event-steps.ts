/**
 * Steps that add, edit and delete timeline events, checked by the import's event validator
 * (validateEvents). Events have no id: a step finds its event by value (step.ts `sameEvent`) at the
 * position it records, so two equal events are never confused and undo puts a deleted one back in place.
 */
import type { Dataset, LogEntry, TimelineEvent } from '../contract';
import type { FlightChecks } from '../validate';
import { IssueLog, SeenValues, UnknownFields, validateEvents } from '../validate';
import { noResolve } from './bulk';
import { stamp } from './flight-steps';
import { sameValue, shortText } from './same';
import type { Step } from './step';
import { sameEvent } from './step';
import type { EditResult, FieldError, Who } from './types';

const EVENT_FIELDS = new Set(['date', 'title', 'description', 'sources', 'dateEnd']);
const HEAD = /^events\[1\](, field [^:]+)?: /;

/** Checks a raw event (form values: '' = absent) with the import's validator. */
function checkEvent(
  raw: Record<string, unknown>,
): { ok: true; event: TimelineEvent } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!EVENT_FIELDS.has(key)) errors.push({ field: key, message: 'is not a field of an event' });
    // '' and an empty source list are absent, as for flights.
    else if (value !== '' && value !== undefined && !(Array.isArray(value) && value.length === 0))
      clean[key] = Array.isArray(value)
        ? value.map((v: unknown) => (typeof v === 'object' && v !== null ? { ...v } : v))
        : value;
  }
  const log = new IssueLog();
  const checks: FlightChecks = {
    log,
    unknown: new UnknownFields(),
    seen: new SeenValues(),
    airports: noResolve,
    ids: new Map(),
  };
  const [event] = validateEvents([clean], checks);
  for (const issue of log.errors) {
    errors.push({ field: issue.field ?? '', message: issue.message.replace(HEAD, '') });
  }
  if (errors.length > 0 || event === undefined) return { ok: false, errors };
  return { ok: true, event };
}

function entry(
  who: Who,
  action: LogEntry['action'],
  before: TimelineEvent | null,
  after: TimelineEvent | null,
): LogEntry {
  const e: LogEntry = { ...stamp(who), action, field: 'event' };
  if (before !== null) e.before = before;
  if (after !== null) e.after = after;
  return e;
}

const title = (e: TimelineEvent) => `event "${shortText(e.title)}"`;
const duplicate: FieldError = { field: 'title', message: 'an equal event is already on the timeline' };
const missing: FieldError = { field: 'event', message: 'the event is not on the timeline (any more)' };

function positionOf(dataset: Dataset, event: TimelineEvent): number {
  const same = dataset.events.indexOf(event);
  return same >= 0 ? same : dataset.events.findIndex((e) => sameEvent(e, event));
}

/** Adds an event (appended to the timeline's list). */
export function addEventStep(dataset: Dataset, raw: Record<string, unknown>, who: Who): EditResult {
  const checked = checkEvent(raw);
  if (!checked.ok) return checked;
  const { event } = checked;
  if (dataset.events.some((e) => sameEvent(e, event))) return { ok: false, errors: [duplicate] };
  const step: Step = {
    label: `Add ${title(event)}`,
    action: 'add',
    ...stamp(who),
    log: [entry(who, 'add', null, event)],
    events: [{ before: null, after: event, position: dataset.events.length }],
  };
  return { ok: true, step };
}

/**
 * Edits `event` with the fields given in `raw` ('' clears an optional field; fields not given stay).
 * The same values give a "No change" step.
 */
export function editEventStep(
  dataset: Dataset,
  event: TimelineEvent,
  raw: Record<string, unknown>,
  who: Who,
): EditResult {
  const position = positionOf(dataset, event);
  if (position < 0) return { ok: false, errors: [missing] };
  const before = dataset.events[position]!;
  const checked = checkEvent({ ...before, ...raw });
  if (!checked.ok) return checked;
  const after = checked.event;
  if (sameValue(before, after))
    return { ok: true, step: { label: 'No change', action: 'edit', ...stamp(who), log: [], events: [] } };
  if (dataset.events.some((e, i) => i !== position && sameEvent(e, after)))
    return { ok: false, errors: [duplicate] };
  const step: Step = {
    label: `Edit ${title(before)}`,
    action: 'edit',
    ...stamp(who),
    log: [entry(who, 'edit', before, after)],
    events: [{ before, after, position }],
  };
  return { ok: true, step };
}

/** Deletes `event`; undo puts it back at its place in the list. */
export function deleteEventStep(dataset: Dataset, event: TimelineEvent, who: Who): EditResult {
  const position = positionOf(dataset, event);
  if (position < 0) return { ok: false, errors: [missing] };
  const before = dataset.events[position]!;
  const step: Step = {
    label: `Delete ${title(before)}`,
    action: 'delete',
    ...stamp(who),
    log: [entry(who, 'delete', before, null)],
    events: [{ before, after: null, position }],
  };
  return { ok: true, step };
}

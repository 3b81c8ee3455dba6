/**
 * Steps that add, edit and delete flights. Every flight a step adds or changes has passed the import
 * validator (draft.ts); anything refused gives every field error and no step.
 */
import type { Dataset, Flight, LogEntry, Track } from '../contract';
import { FLIGHT_FIELDS } from '../contract';
import { checkRawFlight, rawFlight } from './draft';
import { sameValue } from './same';
import type { FlightChange, Step, TrackChange } from './step';
import type { AirportLookup, EditResult, FieldError, Who } from './types';

/** A step that changes nothing: an edit to the values a flight already has. The store skips it. */
export function isNoChange(step: Step): boolean {
  return (
    !step.replace &&
    step.log.length === 0 &&
    !step.flights?.length &&
    !step.events?.length &&
    !step.tracks?.length &&
    !step.airportsAdded?.length
  );
}

function noChange(who: Who): Step {
  return { label: 'No change', action: 'edit', ...stamp(who), log: [], flights: [] };
}

/** `at` and `by` of a step or log entry (no `by` key when the analyst has no name). */
export function stamp(who: Who): { at: string; by?: string } {
  return who.by === undefined || who.by === '' ? { at: who.at } : { at: who.at, by: who.by };
}

/** The log entry of one changed field: before/after are the values, absent ones left out. */
export function editEntry(
  who: Who,
  flightId: string,
  field: string,
  before: unknown,
  after: unknown,
): LogEntry {
  const entry: LogEntry = { ...stamp(who), action: 'edit', flightId, field };
  if (before !== undefined) entry.before = before;
  if (after !== undefined) entry.after = after;
  return entry;
}

/** "registration", "registration and callsign", "4 fields". */
function fieldsText(fields: readonly string[]): string {
  if (fields.length === 1) return fields[0]!;
  if (fields.length <= 3) return `${fields.slice(0, -1).join(', ')} and ${fields[fields.length - 1]}`;
  return `${fields.length} fields`;
}

/** "f-12" for one flight, "37 flights" otherwise. */
export function flightsText(ids: readonly string[]): string {
  return ids.length === 1 ? ids[0]! : `${ids.length.toLocaleString('en-US')} flights`;
}

const notFound = (id: string): FieldError => ({ field: 'id', message: `no flight "${id}" in this dataset` });

/**
 * Edits the fields named in `changes` (raw form values: '' clears an optional field; a required one
 * cannot be cleared; `review` without `by`/`at` is stamped with `who`). The other fields stay as they
 * are. An edit to the values the flight already has is ok with a "No change" step (`isNoChange`).
 */
export function editFlightStep(
  dataset: Dataset,
  id: string,
  changes: Record<string, unknown>,
  who: Who,
  airports?: AirportLookup,
): EditResult {
  const before = dataset.flights.find((f) => f.id === id);
  if (before === undefined) return { ok: false, errors: [notFound(id)] };
  const errors: FieldError[] = [];
  if ('id' in changes && changes.id !== id)
    errors.push({
      field: 'id',
      message: 'cannot be changed (add a flight with the new id, then delete this one)',
    });
  const { id: _ignored, ...rest } = changes;
  void _ignored;
  const raw = rawFlight(before as unknown as Record<string, unknown>, rest, errors, who);
  const result = checkRawFlight(dataset, raw, airports, false);
  if (!result.ok || errors.length > 0)
    return { ok: false, errors: [...errors, ...(result.ok ? [] : result.errors)] };
  const checked = result.checked.flight as unknown as Record<string, unknown>;
  const old = before as unknown as Record<string, unknown>;
  // Only the given fields take the checked values: the rest keep the very values they had.
  const after: Record<string, unknown> = {};
  const changed: string[] = [];
  for (const name of FLIGHT_FIELDS) {
    const value = name in rest ? checked[name] : old[name];
    if (value !== undefined) after[name] = value;
    if (!sameValue(old[name], value)) changed.push(name);
  }
  if (changed.length === 0) return { ok: true, step: noChange(who) };
  const flight = after as unknown as Flight;
  const step: Step = {
    label: `Edit ${fieldsText(changed)} of ${id}`,
    action: 'edit',
    ...stamp(who),
    log: changed.map((name) => editEntry(who, id, name, old[name], after[name])),
    flights: [{ before, after: flight }],
  };
  const added = result.checked.airportsAdded;
  return { ok: true, step: added.length > 0 ? { ...step, airportsAdded: added } : step };
}

/** Adds one flight from raw form values (as validateFlightDraft checks them). */
export function addFlightStep(
  dataset: Dataset,
  raw: Record<string, unknown>,
  who: Who,
  airports?: AirportLookup,
): EditResult {
  const errors: FieldError[] = [];
  const flightRaw = rawFlight({}, raw, errors, who);
  const result = checkRawFlight(dataset, flightRaw, airports, true);
  if (!result.ok || errors.length > 0)
    return { ok: false, errors: [...errors, ...(result.ok ? [] : result.errors)] };
  const { flight, airportsAdded } = result.checked;
  const step: Step = {
    label: `Add ${flight.id}`,
    action: 'add',
    ...stamp(who),
    log: [{ ...stamp(who), action: 'add', flightId: flight.id }],
    flights: [{ before: null, after: flight }],
  };
  return { ok: true, step: airportsAdded.length > 0 ? { ...step, airportsAdded } : step };
}

/**
 * Deletes flights and their tracks. Each removal records its position, so undo puts every flight and
 * track back where it was. An id given twice counts once; an unknown id refuses the whole step.
 */
export function deleteFlightsStep(dataset: Dataset, ids: readonly string[], who: Who): EditResult {
  const wanted = new Set(ids);
  if (wanted.size === 0) return { ok: false, errors: [{ field: 'ids', message: 'no flights to delete' }] };
  const flights: FlightChange[] = [];
  dataset.flights.forEach((f, position) => {
    if (wanted.has(f.id)) flights.push({ before: f, after: null, position });
  });
  if (flights.length < wanted.size) {
    const found = new Set(flights.map((c) => c.before!.id));
    const missing = [...wanted].filter((id) => !found.has(id));
    const shown = missing
      .slice(0, 5)
      .map((id) => `"${id}"`)
      .join(', ');
    const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
    return {
      ok: false,
      errors: [{ field: 'ids', message: `no such flights in this dataset: ${shown}${more}` }],
    };
  }
  const tracks: TrackChange[] = [];
  (dataset.tracks ?? []).forEach((t: Track, position) => {
    if (wanted.has(t.flightId)) tracks.push({ before: t, after: null, position });
  });
  const deleted = flights.map((c) => c.before!.id);
  const step: Step = {
    label: `Delete ${flightsText(deleted)}`,
    action: 'delete',
    ...stamp(who),
    log: deleted.map((flightId) => ({ ...stamp(who), action: 'delete' as const, flightId })),
    flights,
  };
  return { ok: true, step: tracks.length > 0 ? { ...step, tracks } : step };
}

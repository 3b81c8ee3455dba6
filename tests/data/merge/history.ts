/**
 * Hand-built edit steps for the merge tests (the shape the edit builders log: one `edit` entry per
 * flight and field, `add`/`delete` naming the flight, events as `field: 'event'`), and histories made
 * of them on top of a common base.
 */
import type { Dataset, Flight, TimelineEvent } from '../../../src/data/contract';
import { applyStep, type Step } from '../../../src/data/edit';

export interface By {
  at: string;
  by: string;
}

export function editStep(d: Dataset, id: string, field: string, value: unknown, who: By): Step {
  const before = d.flights.find((f) => f.id === id)!;
  const after = { ...before } as Record<string, unknown>;
  if (value === undefined) delete after[field];
  else after[field] = value;
  const old = (before as unknown as Record<string, unknown>)[field];
  const entry = { ...who, action: 'edit' as const, flightId: id, field };
  return {
    label: `Edit ${field} of ${id}`,
    action: 'edit',
    ...who,
    log: [
      {
        ...entry,
        ...(old === undefined ? {} : { before: old }),
        ...(value === undefined ? {} : { after: value }),
      },
    ],
    flights: [{ before, after: after as unknown as Flight }],
  };
}

export function deleteStep(d: Dataset, id: string, who: By): Step {
  const position = d.flights.findIndex((f) => f.id === id);
  const before = d.flights[position]!;
  const track = (d.tracks ?? []).find((t) => t.flightId === id);
  return {
    label: `Delete ${id}`,
    action: 'delete',
    ...who,
    log: [{ ...who, action: 'delete', flightId: id }],
    flights: [{ before, after: null, position }],
    ...(track ? { tracks: [{ before: track, after: null }] } : {}),
  };
}

export function addStep(flight: Flight, who: By): Step {
  return {
    label: `Add ${flight.id}`,
    action: 'add',
    ...who,
    log: [{ ...who, action: 'add', flightId: flight.id }],
    flights: [{ before: null, after: flight }],
  };
}

export function eventStep(before: TimelineEvent | null, after: TimelineEvent | null, who: By): Step {
  const entry = { ...who, action: (before ? (after ? 'edit' : 'delete') : 'add') as 'edit', field: 'event' };
  return {
    label: 'Event',
    action: entry.action,
    ...who,
    log: [{ ...entry, ...(before ? { before } : {}), ...(after ? { after } : {}) }],
    events: [{ before, after }],
  };
}

/** Applies steps in turn. */
export function run(d: Dataset, steps: ((d: Dataset) => Step)[]): Dataset {
  return steps.reduce((acc, make) => applyStep(acc, make(acc)), d);
}

/** The flights sorted by id (merges in either order may order them differently). */
export const byId = (d: Dataset) => [...d.flights].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * One undoable change to the case file: a step. Every edit, bulk edit, delete, event edit, import and
 * merge is one step; the store keeps the undo/redo stacks of steps and the journal persists them.
 *
 * A step records both sides of what it changes (before and after), so applying it and reverting it are
 * pure functions of the dataset and the step, and `revertStep(applyStep(d, s), s)` is `d` again (same
 * flights in the same order, same events, tracks, airports and log).
 *
 * The change log (`Dataset.log`) describes how the current dataset came to be: a step appends its log
 * entries, and undoing the step takes them away again (redo brings them back). So an undone edit leaves
 * no trace in the data it no longer changed, and a log-based merge never sees a change that is not there.
 */
import type { Airport, Dataset, Flight, LogAction, LogEntry, TimelineEvent, Track } from '../contract';

/** A flight added (`before` null), removed (`after` null) or changed (both, with the same `id`). */
export interface FlightChange {
  readonly before: Flight | null;
  readonly after: Flight | null;
  /**
   * For a removal: the flight's position in `dataset.flights` before the step, so that undo puts it
   * back where it was. Positions of one step's removals are in ascending order.
   */
  readonly position?: number;
}

/** An event added, removed or changed; an event is found by being the same object or equal in value. */
export interface EventChange {
  readonly before: TimelineEvent | null;
  readonly after: TimelineEvent | null;
  /**
   * The event's position in `dataset.events` when this change applies (after the step's earlier
   * changes): a change or removal looks there first (equal events are then told apart), and undoing a
   * removal puts the event back there. Without it, a removal's undo appends the event.
   */
  readonly position?: number;
}

/** A track added, removed or replaced (matched by `flightId`). */
export interface TrackChange {
  readonly before: Track | null;
  readonly after: Track | null;
  /**
   * For a removal: the track's position in `dataset.tracks` before the step (as FlightChange's), so
   * that undo puts it back where it was. Without it, the undo appends the track.
   */
  readonly position?: number;
}

export interface Step {
  /** What the analyst did, in words, for the undo and redo buttons: "Edit registration of f-12". */
  readonly label: string;
  readonly action: LogAction;
  /** ISO 8601 date-time with offset. */
  readonly at: string;
  /** The analyst's name, when set. */
  readonly by?: string;
  /** Entries this step appends to `dataset.log` (and its undo removes). */
  readonly log: readonly LogEntry[];
  readonly flights?: readonly FlightChange[];
  readonly events?: readonly EventChange[];
  readonly tracks?: readonly TrackChange[];
  /** Airports the step's flights need that the dataset did not list; removed again by undo. */
  readonly airportsAdded?: readonly Airport[];
  /**
   * A step that swaps the whole dataset (an import): `before` is the dataset it replaced (null when
   * nothing was loaded). When set, the other change lists are ignored.
   */
  readonly replace?: { readonly before: Dataset | null; readonly after: Dataset };
}

// Below this many changes a linear search per change beats building an id → position map.
const LINEAR_LIMIT = 16;

function positionsOf(flights: readonly Flight[], ids: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  if (ids.length <= LINEAR_LIMIT) {
    for (const id of ids) {
      const i = flights.findIndex((f) => f.id === id);
      if (i >= 0) out.set(id, i);
    }
    return out;
  }
  const wanted = new Set(ids);
  for (let i = 0; i < flights.length; i++) if (wanted.has(flights[i]!.id)) out.set(flights[i]!.id, i);
  return out;
}

const idOf = (c: FlightChange) => (c.after ?? c.before)!.id;

/**
 * Applies flight changes in one pass: changed flights are replaced in place, removed ones dropped,
 * added ones appended (in the order given). A change whose `before` is not there (by id) is an error:
 * the step was built for another dataset.
 */
function applyFlightChanges(flights: readonly Flight[], changes: readonly FlightChange[]): Flight[] {
  const existing = changes.filter((c) => c.before !== null);
  const at = positionsOf(
    flights,
    existing.map((c) => c.before!.id),
  );
  const out = flights.slice();
  const removed = new Set<number>();
  for (const c of existing) {
    const i = at.get(c.before!.id);
    if (i === undefined) throw new Error(`step does not fit the dataset: no flight "${c.before!.id}"`);
    if (c.after === null) removed.add(i);
    else out[i] = c.after;
  }
  const kept = removed.size === 0 ? out : out.filter((_, i) => !removed.has(i));
  for (const c of changes) if (c.before === null && c.after !== null) kept.push(c.after);
  return kept;
}

/** The changes as they undo: before and after swapped; removals put back at their positions. */
function revertFlightChanges(flights: readonly Flight[], changes: readonly FlightChange[]): Flight[] {
  const added = new Set(changes.filter((c) => c.before === null).map(idOf));
  let out = added.size === 0 ? flights.slice() : flights.filter((f) => !added.has(f.id));
  const changed = changes.filter((c) => c.before !== null && c.after !== null);
  const at = positionsOf(
    out,
    changed.map((c) => c.after!.id),
  );
  for (const c of changed) {
    const i = at.get(c.after!.id);
    if (i === undefined) throw new Error(`step does not fit the dataset: no flight "${c.after!.id}"`);
    out[i] = c.before!;
  }
  const removals = changes.filter((c) => c.before !== null && c.after === null);
  if (removals.length > 0) {
    // Re-inserted in ascending order of their old positions, each position counted in the old array.
    const sorted = removals
      .map((c, k) => ({ c, pos: c.position ?? Number.MAX_SAFE_INTEGER, k }))
      .sort((a, b) => a.pos - b.pos || a.k - b.k);
    const merged: Flight[] = [];
    let j = 0;
    for (const { c, pos } of sorted) {
      while (j < out.length && merged.length < pos) merged.push(out[j++]!);
      merged.push(c.before!);
    }
    while (j < out.length) merged.push(out[j++]!);
    out = merged;
  }
  return out;
}

/** Two events are the same when they are one object or equal in value (what step matching uses). */
export const sameEvent = (a: TimelineEvent, b: TimelineEvent) =>
  a === b || JSON.stringify(a) === JSON.stringify(b);

function findEvent(events: readonly TimelineEvent[], event: TimelineEvent, position?: number): number {
  const at = position === undefined ? undefined : events[position];
  if (at !== undefined && sameEvent(at, event)) return position!;
  return events.findIndex((e) => sameEvent(e, event));
}

// Changes apply one after another; undo runs them backwards, each inverted, so a removal's undo
// inserts the event at the position it had when it was removed.
function swapEvents(
  events: readonly TimelineEvent[],
  changes: readonly EventChange[],
  forward: boolean,
): TimelineEvent[] {
  const out = events.slice();
  const list = forward ? changes : [...changes].reverse();
  for (const change of list) {
    const from = forward ? change.before : change.after;
    const to = forward ? change.after : change.before;
    if (from === null && to === null) continue;
    const i = from === null ? -1 : findEvent(out, from, change.position);
    if (from !== null && i < 0) throw new Error(`step does not fit the dataset: no event "${from.title}"`);
    if (to === null) out.splice(i, 1);
    else if (i >= 0) out[i] = to;
    else if (change.position !== undefined && change.position <= out.length)
      out.splice(change.position, 0, to);
    else out.push(to);
  }
  return out;
}

/**
 * Track changes: replacements in place, removals dropped, additions appended; undo removes the
 * additions, restores the replaced tracks in place and puts removals back at their positions (in
 * ascending order, each counted in the old list, as flights are). An empty list is no list: a step
 * never leaves `tracks: []`.
 */
function swapTracks(
  tracks: readonly Track[] | undefined,
  changes: readonly TrackChange[],
  forward: boolean,
): Track[] | undefined {
  let out = (tracks ?? []).slice();
  const gone = new Set<string>();
  const added: Track[] = [];
  const restored: { track: Track; pos: number; k: number }[] = [];
  const replaced = new Map<string, Track>();
  changes.forEach((change, k) => {
    const from = forward ? change.before : change.after;
    const to = forward ? change.after : change.before;
    if (from !== null && to !== null && from.flightId === to.flightId) replaced.set(from.flightId, to);
    else {
      if (from !== null) gone.add(from.flightId);
      if (to !== null) {
        if (forward) added.push(to);
        else restored.push({ track: to, pos: change.position ?? Number.MAX_SAFE_INTEGER, k });
      }
    }
  });
  if (gone.size > 0 || replaced.size > 0) {
    out = out.filter((t) => !gone.has(t.flightId)).map((t) => replaced.get(t.flightId) ?? t);
  }
  out.push(...added);
  if (restored.length > 0) {
    restored.sort((a, b) => a.pos - b.pos || a.k - b.k);
    for (const { track, pos } of restored) out.splice(Math.min(pos, out.length), 0, track);
  }
  return out.length === 0 ? undefined : out;
}

function withOptional<K extends 'log' | 'tracks'>(
  dataset: Dataset,
  key: K,
  value: Dataset[K] | undefined,
): Dataset {
  const out = { ...dataset };
  if (value === undefined || (Array.isArray(value) && value.length === 0 && dataset[key] === undefined))
    delete out[key];
  else out[key] = value;
  return out;
}

/** The dataset after the step. The dataset is not modified. */
export function applyStep(dataset: Dataset | null, step: Step): Dataset {
  if (step.replace) return step.replace.after;
  if (dataset === null) throw new Error('step does not fit: no dataset is loaded');
  let out: Dataset = { ...dataset };
  if (step.flights?.length) out.flights = applyFlightChanges(dataset.flights, step.flights);
  if (step.events?.length) out.events = swapEvents(dataset.events, step.events, true);
  if (step.tracks?.length) out = withOptional(out, 'tracks', swapTracks(dataset.tracks, step.tracks, true));
  if (step.airportsAdded?.length) out.airports = [...dataset.airports, ...step.airportsAdded];
  if (step.log.length > 0) out = withOptional(out, 'log', [...(dataset.log ?? []), ...step.log]);
  return out;
}

/** The dataset before the step, from the dataset after it. The dataset is not modified. */
export function revertStep(dataset: Dataset, step: Step): Dataset | null {
  if (step.replace) return step.replace.before;
  let out: Dataset = { ...dataset };
  if (step.flights?.length) out.flights = revertFlightChanges(dataset.flights, step.flights);
  if (step.events?.length) out.events = swapEvents(dataset.events, step.events, false);
  if (step.tracks?.length) out = withOptional(out, 'tracks', swapTracks(dataset.tracks, step.tracks, false));
  if (step.airportsAdded?.length)
    out.airports = dataset.airports.slice(0, dataset.airports.length - step.airportsAdded.length);
  if (step.log.length > 0) {
    const log = (dataset.log ?? []).slice(0, (dataset.log?.length ?? 0) - step.log.length);
    out = withOptional(out, 'log', log.length === 0 ? undefined : log);
  }
  return out;
}

/** How many flights a step touches (a replace counts the flights it loads). */
export function stepSize(step: Step): number {
  if (step.replace) return step.replace.after.flights.length;
  return step.flights?.length ?? 0;
}

/** The ids of the flights a step adds, changes or removes (empty for a replace). */
export function touchedFlightIds(step: Step): string[] {
  return (step.flights ?? []).map(idOf);
}

/**
 * Merging, step 2: the plan and the analyst's choice per conflict become one step (action `merge`), so
 * the whole merge is one undo. The step appends their log entries I lacked (in their order: the log is
 * append-only, see step.ts) and then one `merge` entry per conflict decided, whose `before` is the value
 * rejected and `after` the value kept: that entry is what makes merging the same file again a no-op,
 * and tells the colleague, when they merge my file back, that the conflict was settled.
 */
import type { Airport, Dataset, Flight, LogEntry, TimelineEvent, Track } from '../contract';
import type { EventChange, FlightChange, Step, TrackChange, Who } from '../edit';
import type { Conflict, MergePlan } from './plan';

export type MergeChoice = 'mine' | 'theirs';
/** The choice per conflict key; a conflict without one keeps mine. */
export type MergeChoices = Readonly<Record<string, MergeChoice>>;

/** The same choice for every conflict of the plan ("All mine", "All theirs"). */
export function chooseAll(plan: MergePlan, choice: MergeChoice): Record<string, MergeChoice> {
  return Object.fromEntries(plan.conflicts.map((c) => [c.key, choice]));
}

function mergeEntry(conflict: Conflict, choice: MergeChoice, who: Who): LogEntry {
  const entry = { at: who.at } as LogEntry;
  if (who.by) entry.by = who.by;
  entry.action = 'merge';
  if (conflict.flightId !== undefined) entry.flightId = conflict.flightId;
  // A whole flight kept or deleted names no field, as an add or a delete does.
  if (conflict.kind !== 'deleted-by-me' && conflict.kind !== 'deleted-by-them') entry.field = conflict.field;
  const [rejected, kept] =
    choice === 'theirs' ? [conflict.mine, conflict.theirs] : [conflict.theirs, conflict.mine];
  if (rejected !== undefined) entry.before = rejected;
  if (kept !== undefined) entry.after = kept;
  return entry;
}

function withField(flight: Flight, field: string, value: unknown): Flight {
  const out = { ...flight } as Record<string, unknown>;
  if (value === undefined) delete out[field];
  else out[field] = value;
  return out as unknown as Flight;
}

/**
 * Gives each event change the position it applies at (the events after the earlier changes), so that
 * undoing a removal puts the event back where it was (step.ts). Done in place on `changes`.
 */
function withEventPositions(events: readonly TimelineEvent[], changes: EventChange[]): void {
  const work = events.slice();
  const same = (a: TimelineEvent, b: TimelineEvent) => a === b || JSON.stringify(a) === JSON.stringify(b);
  changes.forEach((change, k) => {
    const at = change.before === null ? -1 : work.findIndex((e) => same(e, change.before!));
    if (at < 0) {
      if (change.after !== null) work.push(change.after);
      return;
    }
    changes[k] = { ...change, position: at };
    if (change.after === null) work.splice(at, 1);
    else work[at] = change.after;
  });
}

/** Their airports that the given flights use and mine lacks. */
function airportsNeeded(mine: Dataset, theirs: Dataset, flights: readonly Flight[]): Airport[] {
  const have = new Set(mine.airports.map((a) => a.icao));
  const theirsByCode = new Map(theirs.airports.map((a) => [a.icao, a]));
  const out: Airport[] = [];
  for (const f of flights) {
    for (const code of [f.origin, f.destination]) {
      const airport = theirsByCode.get(code);
      if (have.has(code) || airport === undefined) continue;
      have.add(code);
      out.push(airport);
    }
  }
  return out;
}

/**
 * The merge as one step: the plan's changes plus, per conflict, mine or theirs (`choices`, mine when a
 * conflict has none). Apply it with `store.commit`; `revertStep` undoes all of it.
 */
export function resolveMerge(
  mine: Dataset,
  plan: MergePlan,
  choices: MergeChoices,
  who: Who = { at: new Date().toISOString() },
): Step {
  const { theirs } = plan;
  const mineById = new Map<string, { flight: Flight; position: number }>();
  mine.flights.forEach((flight, position) => mineById.set(flight.id, { flight, position }));
  // The changed version of each of my flights that stays, by id.
  const changed = new Map<string, Flight>();
  const patch = (id: string, field: string, value: unknown) => {
    const current = changed.get(id) ?? mineById.get(id)!.flight;
    changed.set(id, withField(current, field, value));
  };
  for (const take of plan.taken) patch(take.flightId, take.field, take.theirs);

  const added = [...plan.added];
  const removed = new Set(plan.removed);
  const events: EventChange[] = [...plan.events];
  const decisions: LogEntry[] = [];
  for (const conflict of plan.conflicts) {
    const choice = choices[conflict.key] === 'theirs' ? 'theirs' : 'mine';
    decisions.push(mergeEntry(conflict, choice, who));
    if (choice === 'mine') continue;
    if (conflict.kind === 'field') patch(conflict.flightId!, conflict.field, conflict.theirs);
    else if (conflict.kind === 'deleted-by-me') added.push(conflict.theirs as Flight);
    else if (conflict.kind === 'deleted-by-them') removed.add(conflict.flightId!);
    else
      events.push({
        before: (conflict.mine as EventChange['before']) ?? null,
        after: (conflict.theirs as EventChange['after']) ?? null,
      });
  }

  const flights: FlightChange[] = [];
  withEventPositions(mine.events, events);
  for (const [id, after] of changed) {
    if (!removed.has(id)) flights.push({ before: mineById.get(id)!.flight, after });
  }
  // Removals in ascending position, as step.ts expects.
  const removals = [...removed].map((id) => mineById.get(id)!).sort((a, b) => a.position - b.position);
  for (const { flight, position } of removals) flights.push({ before: flight, after: null, position });
  for (const flight of added) flights.push({ before: null, after: flight });

  // Tracks: a removed flight's goes with it; their track comes along for a flight I keep or add
  // without one of my own.
  const mineTracks = new Map((mine.tracks ?? []).map((t, position) => [t.flightId, { t, position }]));
  const tracks: TrackChange[] = [];
  for (const { flight } of removals) {
    const track = mineTracks.get(flight.id);
    if (track) tracks.push({ before: track.t, after: null, position: track.position });
  }
  const addedIds = new Set(added.map((f) => f.id));
  for (const track of theirs.tracks ?? []) {
    const kept = mineById.has(track.flightId) && !removed.has(track.flightId);
    if ((kept || addedIds.has(track.flightId)) && !mineTracks.has(track.flightId))
      tracks.push({ before: null, after: track as Track });
  }

  const airportsAdded = airportsNeeded(mine, theirs, [...added, ...changed.values()]);
  const log = [...plan.log, ...decisions];
  const many = (n: number, what: string) =>
    n === 0 ? '' : `${n.toLocaleString('en-US')} ${what}${n === 1 ? '' : 's'}`;
  const counts = [
    many(added.length, 'flight') && `${many(added.length, 'flight')} added`,
    many(plan.conflicts.length, 'conflict') && `${many(plan.conflicts.length, 'conflict')} decided`,
  ].filter(Boolean);
  const step: Step = {
    label: `Merge case file "${theirs.title}"${counts.length > 0 ? ` (${counts.join(', ')})` : ''}`,
    action: 'merge',
    at: who.at,
    ...(who.by ? { by: who.by } : {}),
    log,
    flights,
    events,
    tracks,
    airportsAdded,
  };
  return step;
}

/**
 * Merging a colleague's case file into mine, step 1: the plan. A three-way merge whose common version
 * is read from the two change logs (log-index.ts): for every flight, field and event, a difference is
 * taken from the side whose own log entries explain it; when both sides (or neither) explain it, it is
 * a conflict for the analyst. Nothing is changed here; resolve.ts turns the plan and the analyst's
 * choices into one undoable step. The rules are in data/FORMAT.md, "Merging case files".
 */
import type { Dataset, Flight, LogEntry, TimelineEvent } from '../contract';
import { FLIGHT_TABLE } from '../contract';
import type { EventChange } from '../edit';
import { changedField, eventKey, indexLogs, latestFieldEntry, sameValue, type SideLog } from './log-index';

/**
 * - `field`: the same field of a flight both sides have, changed differently.
 * - `deleted-by-me`: I deleted a flight that they edited since; `mine` is undefined.
 * - `deleted-by-them`: they deleted a flight that I edited since; `theirs` is undefined.
 * - `event`: an event (by date, title and dateEnd) both sides changed differently, or one deleted and
 *   the other changed; the deleted side's value is undefined.
 */
export type ConflictKind = 'field' | 'deleted-by-me' | 'deleted-by-them' | 'event';

export interface Conflict {
  /** Stable key of the conflict, for the analyst's choices. */
  readonly key: string;
  readonly kind: ConflictKind;
  readonly flightId?: string;
  /** The flight's field, `flight` for a flight kept or deleted, `event` for an event. */
  readonly field: string;
  /** My value and theirs (a flight, a field's value or an event); undefined = absent or deleted. */
  readonly mine: unknown;
  readonly theirs: unknown;
  /** Who made each side's value and when: the latest log entry about it on that side, if any. */
  readonly mineBy?: string;
  readonly mineAt?: string;
  readonly theirsBy?: string;
  readonly theirsAt?: string;
}

/** A field whose value is taken from theirs (only they changed it). */
export interface FieldTake {
  readonly flightId: string;
  readonly field: string;
  readonly mine: unknown;
  readonly theirs: unknown;
}

export interface MergePlan {
  /** Their dataset, for the flights, tracks and airports the result takes from it. */
  readonly theirs: Dataset;
  /** Flights only they have (and I did not delete): added. */
  readonly added: readonly Flight[];
  /** Ids of my flights they deleted (and I did not edit since): removed. */
  readonly removed: readonly string[];
  /** Fields only they changed: taken from theirs. */
  readonly taken: readonly FieldTake[];
  /** Fields only I changed (theirs is the older value): kept as mine. */
  readonly kept: number;
  readonly conflicts: readonly Conflict[];
  /** Event changes only they made (added, changed or deleted events). */
  readonly events: readonly EventChange[];
  /** Their log entries I lack, in their order: appended to my log. */
  readonly log: readonly LogEntry[];
}

/** The fields a merge compares (every contract field but the id, which matches the flights). */
const FIELDS: readonly string[] = FLIGHT_TABLE.map((f) => f.name).filter((name) => name !== 'id');

type Who = Pick<Conflict, 'mineBy' | 'mineAt' | 'theirsBy' | 'theirsAt'>;

function who(mine: LogEntry | undefined, theirs: LogEntry | undefined): Who {
  const out: { -readonly [K in keyof Who]?: string } = {};
  if (mine?.by) out.mineBy = mine.by;
  if (mine) out.mineAt = mine.at;
  if (theirs?.by) out.theirsBy = theirs.by;
  if (theirs) out.theirsAt = theirs.at;
  return out;
}

/**
 * The outcome of one difference by the three-way rule: taken from the side whose own entries explain
 * it, a conflict when both do. When neither does, `neither` decides (a conflict for two values, the
 * present side for a flight or event only one side has).
 */
function decide(mineChanged: boolean, theirsChanged: boolean, neither: 'mine' | 'theirs' | 'conflict') {
  if (theirsChanged && !mineChanged) return 'theirs';
  if (mineChanged && !theirsChanged) return 'mine';
  return mineChanged ? 'conflict' : neither;
}

interface Sides {
  mine: SideLog;
  theirs: SideLog;
}

function record(flights: readonly Flight[]): Map<string, Flight> {
  const out = new Map<string, Flight>();
  for (const f of flights) out.set(f.id, f);
  return out;
}

/** Compares the fields of a flight both sides have. */
function compareFields(
  m: Flight,
  t: Flight,
  logs: Sides,
  out: { taken: FieldTake[]; conflicts: Conflict[]; kept: number },
): void {
  const a = m as unknown as Record<string, unknown>;
  const b = t as unknown as Record<string, unknown>;
  for (const field of FIELDS) {
    const mine = a[field];
    const theirs = b[field];
    if (sameValue(mine, theirs)) continue;
    const outcome = decide(
      changedField(logs.mine, m.id, field),
      changedField(logs.theirs, m.id, field),
      'conflict',
    );
    if (outcome === 'theirs') out.taken.push({ flightId: m.id, field, mine, theirs });
    else if (outcome === 'mine') out.kept++;
    else
      out.conflicts.push({
        key: `field\u0000${field}\u0000${m.id}`,
        kind: 'field',
        flightId: m.id,
        field,
        mine,
        theirs,
        ...who(latestFieldEntry(logs.mine, m.id, field), latestFieldEntry(logs.theirs, m.id, field)),
      });
  }
}

function flightConflict(
  kind: 'deleted-by-me' | 'deleted-by-them',
  id: string,
  mine: Flight | undefined,
  theirs: Flight | undefined,
  logs: Sides,
): Conflict {
  return {
    key: `flight\u0000${id}`,
    kind,
    flightId: id,
    field: 'flight',
    mine,
    theirs,
    ...who(logs.mine.latestFlight.get(id), logs.theirs.latestFlight.get(id)),
  };
}

function planEvents(mine: Dataset, theirs: Dataset, logs: Sides, conflicts: Conflict[]): EventChange[] {
  const byKey = (events: readonly TimelineEvent[]) => {
    const out = new Map<string, TimelineEvent>();
    // Events with the same date, title and dateEnd are one event to the merge: the first counts.
    for (const e of events) if (!out.has(eventKey(e))) out.set(eventKey(e), e);
    return out;
  };
  const m = byKey(mine.events);
  const t = byKey(theirs.events);
  const changes: EventChange[] = [];
  for (const key of new Set([...m.keys(), ...t.keys()])) {
    const a = m.get(key);
    const b = t.get(key);
    if (sameValue(a, b)) continue;
    // An event only one side has, and neither side's log explains: the present side's is kept.
    const neither = a && b ? 'conflict' : a ? 'mine' : 'theirs';
    const outcome = decide(logs.mine.touchedEvents.has(key), logs.theirs.touchedEvents.has(key), neither);
    if (outcome === 'theirs') changes.push({ before: a ?? null, after: b ?? null });
    else if (outcome === 'conflict')
      conflicts.push({
        key: `event\u0000${key}`,
        kind: 'event',
        field: 'event',
        mine: a,
        theirs: b,
        ...who(logs.mine.latestEvent.get(key), logs.theirs.latestEvent.get(key)),
      });
  }
  return changes;
}

/**
 * Plans merging `theirs` into `mine`: what is added, removed and taken from theirs without question, and
 * the conflicts. Flights are matched by id; see data/FORMAT.md ("Merging case files") for the rules.
 */
export function planMerge(mine: Dataset, theirs: Dataset): MergePlan {
  const logs = indexLogs(mine.log ?? [], theirs.log ?? []);
  const theirsById = record(theirs.flights);
  const acc = { taken: [] as FieldTake[], conflicts: [] as Conflict[], kept: 0 };
  const removed: string[] = [];
  const mineIds = new Set<string>();
  for (const m of mine.flights) {
    mineIds.add(m.id);
    const t = theirsById.get(m.id);
    if (t !== undefined) {
      compareFields(m, t, logs, acc);
      continue;
    }
    const mineTouched = logs.mine.touchedFlights.has(m.id);
    const outcome = decide(mineTouched, logs.theirs.touchedFlights.has(m.id), 'mine');
    if (outcome === 'theirs') removed.push(m.id);
    else if (outcome === 'conflict')
      acc.conflicts.push(flightConflict('deleted-by-them', m.id, m, undefined, logs));
  }
  const added: Flight[] = [];
  for (const t of theirs.flights) {
    if (mineIds.has(t.id)) continue;
    const outcome = decide(
      logs.mine.touchedFlights.has(t.id),
      logs.theirs.touchedFlights.has(t.id),
      'theirs',
    );
    if (outcome === 'theirs') added.push(t);
    else if (outcome === 'conflict')
      acc.conflicts.push(flightConflict('deleted-by-me', t.id, undefined, t, logs));
  }
  const events = planEvents(mine, theirs, logs, acc.conflicts);
  return {
    theirs,
    added,
    removed,
    taken: acc.taken,
    kept: acc.kept,
    conflicts: acc.conflicts,
    events,
    log: logs.theirs.own,
  };
}

/** Whether merging the plan would change nothing (no flight, field, event or log entry). */
export function isEmptyPlan(plan: MergePlan): boolean {
  return (
    plan.added.length === 0 &&
    plan.removed.length === 0 &&
    plan.taken.length === 0 &&
    plan.conflicts.length === 0 &&
    plan.events.length === 0 &&
    plan.log.length === 0
  );
}

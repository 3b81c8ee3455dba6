/**
 * What each side's change log says it changed since the two sides last shared a version. A log entry
 * is identified by its value (at, by, action, flightId, field, before, after): entries in both logs are
 * the common history; an entry only one side has is that side's own change since then.
 */
import type { LogEntry, TimelineEvent } from '../contract';

/** JSON with object keys sorted and undefined properties left out: equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    if (record[key] !== undefined) parts.push(`${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  }
  return `{${parts.join(',')}}`;
}

/** Deep equality where an undefined property is the same as an absent one (as in the JSON file). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    return a.length === list.length && a.every((v, i) => sameValue(v, list[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const key in x) if (x[key] !== undefined && !sameValue(x[key], y[key])) return false;
  for (const key in y) if (y[key] !== undefined && x[key] === undefined) return false;
  return true;
}

// An empty `by`, `flightId` or `field` is dropped by the importer, so it is absent here too.
const text = (s: string | undefined) => (s === '' ? undefined : s);

/** The identity of a log entry: the same after an export and a re-import. */
export function entryKey(e: LogEntry): string {
  return canonicalJson({
    at: e.at,
    by: text(e.by),
    action: e.action,
    flightId: text(e.flightId),
    field: text(e.field),
    before: e.before,
    after: e.after,
  });
}

/** An event's identity for the merge: date, title and dateEnd. */
export function eventKey(e: Pick<TimelineEvent, 'date' | 'title' | 'dateEnd'>): string {
  return JSON.stringify([e.date, e.title, e.dateEnd ?? null]);
}

function eventKeyOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const e = value as Record<string, unknown>;
  if (typeof e.date !== 'string' || typeof e.title !== 'string') return undefined;
  return eventKey({
    date: e.date,
    title: e.title,
    dateEnd: typeof e.dateEnd === 'string' ? e.dateEnd : undefined,
  });
}

/** "review.status" and "sources[2]" are changes of the flight's `review` and `sources`. */
export const topField = (field: string) => field.split(/[.[]/, 1)[0] ?? field;

const slot = (flightId: string, field: string) => `${field}\u0000${flightId}`;

/** One side's log, indexed for the merge. */
export interface SideLog {
  /** Entries the other side lacks, in this side's order. */
  readonly own: readonly LogEntry[];
  /** Flights with an own entry of any kind. */
  readonly touchedFlights: ReadonlySet<string>;
  /** Flights with an own entry that names no field (add, delete): every field counts as changed. */
  readonly wholeFlights: ReadonlySet<string>;
  /** `field \0 flightId` of own entries that name a field. */
  readonly touchedFields: ReadonlySet<string>;
  /** Event keys an own `event` entry names (before or after). */
  readonly touchedEvents: ReadonlySet<string>;
  /**
   * Latest entry (by `at`) per `field \0 flightId`, per flight, per flight among entries that name no
   * field (add, delete), and per event key: who and when.
   */
  readonly latestField: ReadonlyMap<string, LogEntry>;
  readonly latestFlight: ReadonlyMap<string, LogEntry>;
  readonly latestWhole: ReadonlyMap<string, LogEntry>;
  readonly latestEvent: ReadonlyMap<string, LogEntry>;
}

function keepLatest(map: Map<string, LogEntry>, key: string, entry: LogEntry, time: number): void {
  const old = map.get(key);
  // Later in the log wins a tie (or an unreadable time): the log is oldest first.
  if (old === undefined || !(Date.parse(old.at) > time)) map.set(key, entry);
}

function indexSide(log: readonly LogEntry[], ownFlags: readonly boolean[]): SideLog {
  const own: LogEntry[] = [];
  const touchedFlights = new Set<string>();
  const wholeFlights = new Set<string>();
  const touchedFields = new Set<string>();
  const touchedEvents = new Set<string>();
  const latestField = new Map<string, LogEntry>();
  const latestFlight = new Map<string, LogEntry>();
  const latestWhole = new Map<string, LogEntry>();
  const latestEvent = new Map<string, LogEntry>();
  for (let i = 0; i < log.length; i++) {
    const e = log[i]!;
    const isOwn = ownFlags[i] === true;
    if (isOwn) own.push(e);
    const time = Date.parse(e.at);
    const flightId = text(e.flightId);
    const field = text(e.field);
    if (flightId !== undefined) {
      keepLatest(latestFlight, flightId, e, time);
      if (field !== undefined) keepLatest(latestField, slot(flightId, topField(field)), e, time);
      else keepLatest(latestWhole, flightId, e, time);
      if (!isOwn) continue;
      touchedFlights.add(flightId);
      if (field === undefined) wholeFlights.add(flightId);
      else touchedFields.add(slot(flightId, topField(field)));
    } else if (field === 'event') {
      for (const key of [eventKeyOf(e.before), eventKeyOf(e.after)]) {
        if (key === undefined) continue;
        keepLatest(latestEvent, key, e, time);
        if (isOwn) touchedEvents.add(key);
      }
    }
  }
  return {
    own,
    touchedFlights,
    wholeFlights,
    touchedFields,
    touchedEvents,
    latestField,
    latestFlight,
    latestWhole,
    latestEvent,
  };
}

/** Both sides' logs, each with what it has and the other lacks. */
export function indexLogs(
  mine: readonly LogEntry[],
  theirs: readonly LogEntry[],
): { mine: SideLog; theirs: SideLog } {
  const mineKeys = mine.map(entryKey);
  const theirsKeys = theirs.map(entryKey);
  const inMine = new Set(mineKeys);
  const inTheirs = new Set(theirsKeys);
  return {
    mine: indexSide(
      mine,
      mineKeys.map((k) => !inTheirs.has(k)),
    ),
    theirs: indexSide(
      theirs,
      theirsKeys.map((k) => !inMine.has(k)),
    ),
  };
}

/** Whether the side's own entries changed this field of this flight (an add or delete changes all). */
export function changedField(side: SideLog, flightId: string, field: string): boolean {
  return side.wholeFlights.has(flightId) || side.touchedFields.has(slot(flightId, field));
}

/** The latest entry of the side about this field of this flight (own or common), else its add. */
export function latestFieldEntry(side: SideLog, flightId: string, field: string): LogEntry | undefined {
  return side.latestField.get(slot(flightId, field)) ?? side.latestWhole.get(flightId);
}

/**
 * One airframe's history: its flights in time order, how many a month, and every change of
 * registration, operator or callsign prefix with the day it was first seen. An aircraft that changed
 * hands stays one aircraft (its icao24) with a history, not two.
 *
 * Time order is each flight's `date`, then its arrival (else departure) instant, untimed flights last
 * that day, then id, as the flights table orders by date. A flight with an imprecise date (`dateEnd`)
 * counts at `date`, its first possible day: a change it shows may have come later, up to `dateEnd`.
 */
import { parseInstant } from '../contract';
import type { Flight } from '../contract';
import { callsignPrefix, present, registrationKey, sameOperatorName } from './normalize';
import type { FlightIdentity } from './types';

function instantOf(f: Flight): number {
  const t = f.arrivalTime ?? f.departureTime;
  if (t === undefined) return Infinity;
  const ms = parseInstant(t);
  return Number.isNaN(ms) ? Infinity : ms;
}

/** Flights in time order: `date` (YYYY-MM-DD compares as text), then the instant (untimed last), then id. */
export function compareFlightTime(a: Flight, b: Flight): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const ta = instantOf(a);
  const tb = instantOf(b);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export const HISTORY_FIELDS = ['registration', 'operator', 'callsignPrefix'] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

/** A value first seen on `date`. Without `from` it is the first value seen for the field. */
export interface IdentityChange {
  date: string;
  field: HistoryField;
  from?: string;
  to: string;
  /** `to` is a value a source derived (the flight lacked the field), not the flight's own. */
  derived?: boolean;
  /** The flight it was first seen on. */
  flightId: string;
}

export interface AircraftHistory {
  flights: Flight[];
  /** Every month from the first flight's to the last's, months without flights as 0. */
  perMonth: { month: string; count: number }[];
  /** In time order; for one date, registration, then operator, then callsign prefix. */
  changes: IdentityChange[];
}

/** Values that differ only in spelling are one value: registrations by registrationKey, operators by name. */
const SAME: Record<HistoryField, (a: string, b: string) => boolean> = {
  registration: (a, b) => registrationKey(a) === registrationKey(b),
  operator: sameOperatorName,
  callsignPrefix: (a, b) => a === b,
};

function valueOf(
  f: Flight,
  identity: FlightIdentity | undefined,
  field: HistoryField,
): { value: string; derived: boolean } | undefined {
  if (field === 'callsignPrefix') {
    const prefix = present(f.callsign) ? callsignPrefix(f.callsign) : undefined;
    return prefix === undefined ? undefined : { value: prefix, derived: false };
  }
  const own = f[field];
  if (present(own)) return { value: own, derived: false };
  const d = identity?.derived.find((x) => x.field === field);
  return d ? { value: d.value, derived: true } : undefined;
}

function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const endY = Number(last.slice(0, 4));
  const endM = Number(last.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/**
 * The history of the flights of one airframe (the caller groups them, e.g. by `airframeKey`).
 * `identityOf` adds derived registrations and operators (marked `derived`); flights that lack a value
 * are skipped for that field, not taken as a change to nothing. A value that comes back (A → B → A) is
 * two changes. The flights passed in are not reordered: `flights` is a sorted copy.
 */
export function aircraftHistory(
  flights: readonly Flight[],
  identityOf?: (f: Flight) => FlightIdentity | undefined,
): AircraftHistory {
  const sorted = [...flights].sort(compareFlightTime);
  const counts = new Map<string, number>();
  for (const f of sorted) {
    const month = f.date.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const perMonth =
    sorted.length === 0
      ? []
      : monthsBetween(sorted[0]!.date, sorted.at(-1)!.date).map((month) => ({
          month,
          count: counts.get(month) ?? 0,
        }));
  const changes: IdentityChange[] = [];
  const current: Partial<Record<HistoryField, string>> = {};
  for (const f of sorted) {
    const identity = identityOf?.(f);
    for (const field of HISTORY_FIELDS) {
      const seen = valueOf(f, identity, field);
      if (!seen) continue;
      const from = current[field];
      if (from !== undefined && SAME[field](from, seen.value)) continue;
      current[field] = seen.value;
      changes.push({
        date: f.date,
        field,
        ...(from !== undefined ? { from } : {}),
        to: seen.value,
        ...(seen.derived ? { derived: true } : {}),
        flightId: f.id,
      });
    }
  }
  return { flights: sorted, perMonth, changes };
}

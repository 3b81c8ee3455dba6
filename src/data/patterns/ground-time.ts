/**
 * Ground time: how long an aircraft stays at an airport, from its arrival to its next departure from
 * there. Only real pairs count: the aircraft's next flight in the data must leave from the airport it
 * arrived at, both times must be known, and the stay must be shorter than a bound (a longer "stay" is
 * more likely legs missing from the data than an aircraft parked). Every arrival that could not be
 * paired is counted with its reason, never turned into a long stay.
 */
import { parseInstant } from '../contract';
import type { Flight } from '../contract';
import { airframeKey } from './compare';

export interface Turnaround {
  /** The airframe key (icao24:… or reg:…). */
  aircraft: string;
  airport: string;
  arrival: Flight;
  departure: Flight;
  /** Minutes on the ground. */
  minutes: number;
}

export type UnpairedReason =
  | 'no aircraft identity'
  | 'no arrival time'
  | 'no later flight'
  | 'next flight leaves from elsewhere'
  | 'no departure time'
  | 'over the bound';

export interface GroundTimes {
  airport: string;
  pairs: Turnaround[];
  medianMinutes: number | undefined;
  /** Arrivals at the airport that could not be paired, by reason. */
  unpaired: Partial<Record<UnpairedReason, number>>;
  unpairedCount: number;
}

/** Stays longer than this are not counted as turnarounds (a setting; 72 h by default). */
export const DEFAULT_MAX_GROUND_HOURS = 72;

/** The instant (ms) that orders a flight among its aircraft's flights: departure, else arrival, else its day. */
function orderTime(f: Flight): number {
  const t = f.departureTime ?? f.arrivalTime;
  const ms = t === undefined ? NaN : parseInstant(t);
  return Number.isFinite(ms) ? ms : Date.parse(`${f.date}T00:00:00Z`);
}

/** The median of sorted numbers (the mean of the middle two for an even count). */
export function median(sorted: readonly number[]): number | undefined {
  const n = sorted.length;
  if (n === 0) return undefined;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Each airframe's flights in time order (ties by id, so the result does not depend on input order). */
export function flightsByAircraft(flights: readonly Flight[]): Map<string, Flight[]> {
  // Each flight's instant once (not once per comparison), and positions rather than wrapper objects:
  // at 100k flights the wrappers were most of the garbage collector's work.
  const times = new Float64Array(flights.length);
  const groups = new Map<string, number[]>();
  for (let i = 0; i < flights.length; i++) {
    const f = flights[i]!;
    const key = airframeKey(f);
    if (key === undefined) continue;
    times[i] = orderTime(f);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(i);
  }
  const out = new Map<string, Flight[]>();
  for (const [key, list] of groups) {
    list.sort((a, b) => {
      const d = times[a]! - times[b]!;
      if (d !== 0) return d;
      const x = flights[a]!.id;
      const y = flights[b]!.id;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    out.set(
      key,
      list.map((i) => flights[i]!),
    );
  }
  return out;
}

export interface GroundTimeOptions {
  /** Longer stays are not turnarounds (default 72 h). */
  maxGroundHours?: number;
  /**
   * Which arrivals to count (default all). Pairing still looks at every flight given, so that an
   * aircraft's next departure hidden by a filter is found and a real turnaround is not made a gap.
   */
  countsArrival?: (f: Flight) => boolean;
  /** `flightsByAircraft(flights)`, when the caller keeps it (it changes only with the flights). */
  byAircraft?: ReadonlyMap<string, readonly Flight[]>;
}

/** Turnarounds at one airport among the given flights. */
export function groundTimes(
  flights: readonly Flight[],
  airport: string,
  { maxGroundHours = DEFAULT_MAX_GROUND_HOURS, countsArrival, byAircraft }: GroundTimeOptions = {},
): GroundTimes {
  const pairs: Turnaround[] = [];
  const unpaired: Partial<Record<UnpairedReason, number>> = {};
  const miss = (reason: UnpairedReason) => (unpaired[reason] = (unpaired[reason] ?? 0) + 1);
  const counted = (f: Flight) =>
    f.destination === airport && (countsArrival === undefined || countsArrival(f));
  for (const f of flights) if (counted(f) && airframeKey(f) === undefined) miss('no aircraft identity');
  for (const [aircraft, list] of byAircraft ?? flightsByAircraft(flights)) {
    for (let i = 0; i < list.length; i++) {
      const arrival = list[i]!;
      if (!counted(arrival)) continue;
      const next = list[i + 1];
      const arrivedAt = arrival.arrivalTime === undefined ? NaN : parseInstant(arrival.arrivalTime);
      if (!Number.isFinite(arrivedAt)) miss('no arrival time');
      else if (next === undefined) miss('no later flight');
      else if (next.origin !== airport) miss('next flight leaves from elsewhere');
      else {
        const leftAt = next.departureTime === undefined ? NaN : parseInstant(next.departureTime);
        if (!Number.isFinite(leftAt) || leftAt < arrivedAt) miss('no departure time');
        else {
          const minutes = (leftAt - arrivedAt) / 60_000;
          if (minutes > maxGroundHours * 60) miss('over the bound');
          else pairs.push({ aircraft, airport, arrival, departure: next, minutes });
        }
      }
    }
  }
  const sorted = pairs.map((p) => p.minutes).sort((a, b) => a - b);
  const unpairedCount = Object.values(unpaired).reduce((s, n) => s + n, 0);
  return { airport, pairs, medianMinutes: median(sorted), unpaired, unpairedCount };
}

/** "2 h 10 min" */
export function formatMinutes(minutes: number): string {
  const m = Math.round(minutes);
  const h = Math.floor(m / 60);
  return h === 0 ? `${m} min` : `${h} h ${m % 60} min`;
}

/** "median 2 h 10 min on the ground at LLOV, 41 turnarounds; 3 arrivals could not be paired" */
export function describeGroundTimes(g: GroundTimes): string {
  const base =
    g.medianMinutes === undefined
      ? `No turnarounds at ${g.airport}`
      : `median ${formatMinutes(g.medianMinutes)} on the ground at ${g.airport}, ${g.pairs.length} turnaround${g.pairs.length === 1 ? '' : 's'}`;
  if (g.unpairedCount === 0) return base;
  return `${base}; ${g.unpairedCount} arrival${g.unpairedCount === 1 ? '' : 's'} could not be paired`;
}

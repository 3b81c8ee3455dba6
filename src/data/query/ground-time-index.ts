/**
 * Time on the ground (patterns/ground-time.ts, `groundTimes`) over the index: each airframe's flights as
 * index positions in time order and every flight's instants parsed once per index, and the arrivals
 * counted given as a mask over positions, so a filter change reads numbers, not each imported flight's
 * strings. The same pairs and reasons as `groundTimes` over the index's flights (a property test checks
 * it); the pairs come airframe by airframe in the order of each airframe's first flight.
 */
import { parseInstant } from '../contract';
import {
  DEFAULT_MAX_GROUND_HOURS,
  median,
  type GroundTimes,
  type Turnaround,
  type UnpairedReason,
} from '../patterns/ground-time';
import type { FlightIndex } from './flight-index';
import { airframeColumn } from './identity-filters';

interface AircraftOrder {
  /** Airframe keys by id. */
  keys: string[];
  /** Positions of airframe a: `order[start[a] .. start[a + 1])`, in time order. */
  start: Int32Array;
  order: Int32Array;
  arrival: Float64Array;
  departure: Float64Array;
}
const orders = new WeakMap<FlightIndex, AircraftOrder>();

const instant = (t: string | undefined) => (t === undefined ? NaN : parseInstant(t));

/** Built once per index: the sort `flightsByAircraft` does, by departure, else arrival, else the day. */
function aircraftOrder(index: FlightIndex): AircraftOrder {
  let o = orders.get(index);
  if (o) return o;
  const { ids, idOf } = airframeColumn(index);
  const flights = index.flights;
  const n = flights.length;
  const arrival = new Float64Array(n);
  const departure = new Float64Array(n);
  const time = new Float64Array(n);
  const count = new Int32Array(idOf.size + 1);
  for (let i = 0; i < n; i++) {
    const f = flights[i]!; // i < n
    arrival[i] = instant(f.arrivalTime);
    departure[i] = instant(f.departureTime);
    const t = f.departureTime !== undefined ? departure[i]! : arrival[i]!;
    time[i] = Number.isFinite(t) ? t : index.day[i]! * 86_400_000;
    const id = ids[i]!;
    if (id >= 0) count[id + 1]!++;
  }
  const start = new Int32Array(idOf.size + 1);
  for (let a = 0; a < idOf.size; a++) start[a + 1] = start[a]! + count[a + 1]!;
  const fill = start.slice(0, idOf.size);
  const order = new Int32Array(start[idOf.size]!);
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    if (id >= 0) order[fill[id]!++] = i;
  }
  for (let a = 0; a < idOf.size; a++) {
    const part = order.subarray(start[a]!, start[a + 1]!);
    part.sort((x, y) => {
      const d = time[x]! - time[y]!;
      if (d !== 0) return d;
      const p = flights[x]!.id;
      const q = flights[y]!.id;
      return p < q ? -1 : p > q ? 1 : 0;
    });
  }
  const keys = new Array<string>(idOf.size);
  for (const [key, id] of idOf) keys[id] = key;
  o = { keys, start, order, arrival, departure };
  orders.set(index, o);
  return o;
}

/**
 * Turnarounds at `airport` for the arrivals whose position is set in `counted` (all of the index's
 * flights when absent), each paired with its airframe's next flight among all the index's flights.
 */
export function groundTimesAt(
  index: FlightIndex,
  airport: string,
  counted?: Uint8Array,
  maxGroundHours = DEFAULT_MAX_GROUND_HOURS,
): GroundTimes {
  const pairs: Turnaround[] = [];
  const unpaired: Partial<Record<UnpairedReason, number>> = {};
  const miss = (reason: UnpairedReason) => (unpaired[reason] = (unpaired[reason] ?? 0) + 1);
  const at = index.airportIds.get(airport) ?? -2;
  const { destination, origin, flights } = index;
  const isCounted = (i: number) => destination[i] === at && (counted === undefined || counted[i] === 1);
  const { ids } = airframeColumn(index);
  for (let i = 0; i < flights.length; i++) if (ids[i] === -1 && isCounted(i)) miss('no aircraft identity');
  const { keys, start, order, arrival, departure } = aircraftOrder(index);
  for (let a = 0; a < keys.length; a++) {
    const end = start[a + 1]!;
    for (let k = start[a]!; k < end; k++) {
      const i = order[k]!;
      if (!isCounted(i)) continue;
      const arrivedAt = arrival[i]!;
      if (!Number.isFinite(arrivedAt)) miss('no arrival time');
      else if (k + 1 >= end) miss('no later flight');
      else {
        const j = order[k + 1]!;
        if (origin[j] !== at) miss('next flight leaves from elsewhere');
        else {
          const leftAt = departure[j]!;
          if (!Number.isFinite(leftAt) || leftAt < arrivedAt) miss('no departure time');
          else {
            const minutes = (leftAt - arrivedAt) / 60_000;
            if (minutes > maxGroundHours * 60) miss('over the bound');
            else
              pairs.push({
                aircraft: keys[a]!,
                airport,
                arrival: flights[i]!,
                departure: flights[j]!,
                minutes,
              });
          }
        }
      }
    }
  }
  const sorted = pairs.map((p) => p.minutes).sort((x, y) => x - y);
  const unpairedCount = Object.values(unpaired).reduce((s, n) => s + n, 0);
  return { airport, pairs, medianMinutes: median(sorted), unpaired, unpairedCount };
}

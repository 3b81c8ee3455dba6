/**
 * "When": the flights whose departure (or arrival) falls on one weekday and hour, in UTC or in the
 * airport's local time — what a click on a cell of the hour × weekday grid filters to.
 */
import { parseInstant } from '../contract';
import type { Flight, WhenFilter } from '../contract';
import { utcCell, WEEKDAYS, zoneClock } from './rhythm';
import { airportZone } from './zones';

/** The filter's cell: weekday * 24 + hour (weekday 0 = Monday), as the grid numbers them. */
export const whenCell = (w: Pick<WhenFilter, 'weekday' | 'hour'>) => w.weekday * 24 + w.hour;

/**
 * Each flight's cell for one end and clock, or -1 when it has no time there (or, in local time, its
 * airport's zone is not known).
 */
export function whenCells(
  flights: readonly Flight[],
  end: WhenFilter['end'],
  clock: WhenFilter['clock'],
): Int16Array {
  const out = new Int16Array(flights.length).fill(-1);
  for (let i = 0; i < flights.length; i++) {
    const f = flights[i]!;
    const t = end === 'departure' ? f.departureTime : f.arrivalTime;
    const ms = t === undefined ? NaN : parseInstant(t);
    if (!Number.isFinite(ms)) continue;
    if (clock === 'utc') {
      out[i] = utcCell(ms);
      continue;
    }
    const zone = airportZone(end === 'departure' ? f.origin : f.destination);
    const local = zone === undefined ? null : zoneClock(zone);
    if (local) out[i] = local.cell(ms);
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "departures on Wed 10:00–10:59 (UTC)" */
export function describeWhen(w: WhenFilter): string {
  const what = w.end === 'departure' ? 'departures' : 'arrivals';
  const clock = w.clock === 'utc' ? 'UTC' : "the airport's local time";
  return `${what} on ${WEEKDAYS[w.weekday]} ${pad(w.hour)}:00–${pad(w.hour)}:59 (${clock})`;
}

/**
 * When do they fly: departures or arrivals by hour of day × weekday, in UTC or in each airport's local
 * time. The conversion is Intl's (the time-zone database the browser ships), never a hand-written
 * offset. Intl is slow per call (a few µs), so results are cached per zone and UTC quarter-hour: every
 * offset in use is a multiple of 15 minutes, so all instants of one UTC quarter-hour share their local
 * hour and weekday.
 */
import { parseInstant } from '../contract';
import type { Flight } from '../contract';

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

export type RhythmEnd = 'departure' | 'arrival';

export interface RhythmCounts {
  end: RhythmEnd;
  /** 'utc', or 'local' (each airport's own zone). */
  clock: 'utc' | 'local';
  /** counts[weekday * 24 + hour]; weekday 0 = Monday. */
  counts: Int32Array;
  /** Flights counted (they have the time, and in local time a known zone). */
  counted: number;
  /** Flights without that end's time. */
  withoutTime: number;
  /** Local clock only: flights whose airport's time zone is unknown (not counted). */
  withoutZone: number;
}

const QUARTER_HOUR_MS = 900_000;
const WEEKDAY_INDEX: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

/** Local (weekday, hour) of instants in one zone, through Intl, cached per UTC quarter-hour. */
export class ZoneClock {
  private readonly format: Intl.DateTimeFormat;
  private readonly cache = new Map<number, number>();
  constructor(readonly zone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      weekday: 'short',
      hour: '2-digit',
      hourCycle: 'h23',
    });
  }
  /** weekday * 24 + hour of the instant in this zone. */
  cell(ms: number): number {
    const quarter = Math.floor(ms / QUARTER_HOUR_MS);
    let cell = this.cache.get(quarter);
    if (cell === undefined) {
      let weekday = 0;
      let hour = 0;
      for (const part of this.format.formatToParts(quarter * QUARTER_HOUR_MS)) {
        if (part.type === 'weekday') weekday = WEEKDAY_INDEX[part.value] ?? 0;
        else if (part.type === 'hour') hour = Number(part.value) % 24;
      }
      cell = weekday * 24 + hour;
      this.cache.set(quarter, cell);
    }
    return cell;
  }
}

/** weekday * 24 + hour in UTC (1970-01-01 was a Thursday). */
export function utcCell(ms: number): number {
  const day = Math.floor(ms / 86_400_000);
  const weekday = (((day + 3) % 7) + 7) % 7;
  const hour = Math.floor((ms - day * 86_400_000) / 3_600_000);
  return weekday * 24 + hour;
}

/** Whether the zone is one Intl knows. */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Counts flights by weekday and hour of one end. `zoneOf` gives an airport's IANA time zone (from the
 * airport table) for the local clock; without it the clock is UTC.
 */
export function rhythmCounts(
  flights: readonly Flight[],
  end: RhythmEnd,
  zoneOf?: (icao: string) => string | undefined,
): RhythmCounts {
  const counts = new Int32Array(7 * 24);
  const clocks = new Map<string, ZoneClock | null>();
  let counted = 0;
  let withoutTime = 0;
  let withoutZone = 0;
  for (const f of flights) {
    const t = end === 'departure' ? f.departureTime : f.arrivalTime;
    const ms = t === undefined ? NaN : parseInstant(t);
    if (!Number.isFinite(ms)) {
      withoutTime++;
      continue;
    }
    if (zoneOf === undefined) {
      counts[utcCell(ms)]!++;
      counted++;
      continue;
    }
    const airport = end === 'departure' ? f.origin : f.destination;
    const zone = zoneOf(airport);
    let clock = zone === undefined ? null : clocks.get(zone);
    if (zone !== undefined && clock === undefined) {
      clock = isKnownZone(zone) ? new ZoneClock(zone) : null;
      clocks.set(zone, clock);
    }
    if (!clock) {
      withoutZone++;
      continue;
    }
    counts[clock.cell(ms)]!++;
    counted++;
  }
  return { end, clock: zoneOf === undefined ? 'utc' : 'local', counts, counted, withoutTime, withoutZone };
}

/**
 * When do they fly: departures or arrivals by hour of day × weekday, in UTC or in each airport's local
 * time. The conversion is Intl's (the time-zone database the browser ships), never a hand-written
 * offset. Intl is slow per call (a few µs), so each zone's offset is asked once or twice per UTC day
 * (see ZoneClock), not once per flight.
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
const DAY_MS = 86_400_000;

/**
 * Local (weekday, hour) of instants in one zone. The zone's UTC offset comes from Intl, asked at both
 * ends of each UTC day: when they agree (every day but the few with a clock change) the whole day has
 * that offset; on a day of change each instant's own offset is asked (cached per UTC quarter-hour,
 * since offsets in use are multiples of 15 minutes).
 */
export class ZoneClock {
  private readonly format: Intl.DateTimeFormat;
  /** UTC day → offset in ms for the whole day, or null when the offset changes during it. */
  private readonly dayOffsets = new Map<number, number | null>();
  private readonly quarterOffsets = new Map<number, number>();
  constructor(readonly zone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
  }
  /** The zone's offset from UTC at an instant, in ms (to the minute), as Intl reads it. */
  offsetAt(ms: number): number {
    const minute = Math.floor(ms / 60_000) * 60_000;
    const v: Record<string, number> = {};
    for (const part of this.format.formatToParts(minute))
      if (part.type !== 'literal') v[part.type] = Number(part.value);
    return Date.UTC(v.year!, v.month! - 1, v.day!, v.hour! % 24, v.minute!) - minute;
  }
  /** weekday * 24 + hour of the instant in this zone. */
  cell(ms: number): number {
    const day = Math.floor(ms / DAY_MS);
    let offset = this.dayOffsets.get(day);
    if (offset === undefined) {
      const start = this.offsetAt(day * DAY_MS);
      offset = start === this.offsetAt((day + 1) * DAY_MS - 60_000) ? start : null;
      this.dayOffsets.set(day, offset);
    }
    if (offset === null) {
      const quarter = Math.floor(ms / QUARTER_HOUR_MS);
      offset = this.quarterOffsets.get(quarter);
      if (offset === undefined) {
        offset = this.offsetAt(quarter * QUARTER_HOUR_MS);
        this.quarterOffsets.set(quarter, offset);
      }
    }
    return utcCell(ms + offset);
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
 * One clock per zone for the life of the page, so the offsets Intl gave for one computation serve the
 * next (a filter change recomputes the grid without asking Intl again). Bounded by the number of zones
 * in the airport table (under 400), each holding a number per UTC day of data seen.
 */
const sharedClocks = new Map<string, ZoneClock | null>();

/** The page's clock for a zone, or null for a zone Intl does not know. */
export function zoneClock(zone: string): ZoneClock | null {
  let clock = sharedClocks.get(zone);
  if (clock === undefined) {
    clock = isKnownZone(zone) ? new ZoneClock(zone) : null;
    sharedClocks.set(zone, clock);
  }
  return clock;
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
    const clock = zone === undefined ? null : zoneClock(zone);
    if (!clock) {
      withoutZone++;
      continue;
    }
    counts[clock.cell(ms)]!++;
    counted++;
  }
  return { end, clock: zoneOf === undefined ? 'utc' : 'local', counts, counted, withoutTime, withoutZone };
}

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Flight } from '../../../src/data/contract';
import { rhythmCounts, utcCell, ZoneClock } from '../../../src/data/patterns';

const ZONES = ['Asia/Jerusalem', 'Asia/Baku', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/New_York', 'UTC'];

/** The oracle: a fresh Intl call per instant, no cache. */
function naiveCell(ms: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    weekday: 'long',
    hour: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(ms);
  const weekday = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].indexOf(
    parts.find((p) => p.type === 'weekday')!.value,
  );
  return weekday * 24 + Number(parts.find((p) => p.type === 'hour')!.value);
}

const instant = fc.integer({
  min: Date.parse('2015-01-01T00:00:00Z'),
  max: Date.parse('2027-01-01T00:00:00Z'),
});

describe('hour of day × weekday', () => {
  it('UTC cells agree with Date', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        const d = new Date(ms);
        expect(utcCell(ms)).toBe(((d.getUTCDay() + 6) % 7) * 24 + d.getUTCHours());
      }),
    );
  });

  it('local cells agree with Intl per instant, across half- and quarter-hour zones and DST changes', () => {
    const clocks = new Map(ZONES.map((z) => [z, new ZoneClock(z)]));
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (ms, zone) => {
        expect(clocks.get(zone)!.cell(ms)).toBe(naiveCell(ms, zone));
      }),
      { numRuns: 2000 },
    );
  });

  it('local cells agree with Intl on the days the clocks change', () => {
    const clocks = new Map(ZONES.map((z) => [z, new ZoneClock(z)]));
    // Israel 2023-03-24 and 2023-10-29, New York 2023-03-12 and 2023-11-05: ±36 h around each change.
    const changes = [
      '2023-03-24T00:00:00Z',
      '2023-10-28T23:00:00Z',
      '2023-03-12T07:00:00Z',
      '2023-11-05T06:00:00Z',
    ].map(Date.parse);
    fc.assert(
      fc.property(
        fc.constantFrom(...changes),
        fc.integer({ min: -36 * 3_600_000, max: 36 * 3_600_000 }),
        fc.constantFrom(...ZONES),
        (at, d, zone) => {
          expect(clocks.get(zone)!.cell(at + d)).toBe(naiveCell(at + d, zone));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('the hour around a DST change in Israel is counted by local time (2023-03-24 02:00 → 03:00)', () => {
    const clock = new ZoneClock('Asia/Jerusalem');
    // 23:30Z on Thursday 23 March is 01:30 on Friday local (UTC+2); 00:30Z is 03:30 local (UTC+3).
    expect(clock.cell(Date.parse('2023-03-23T23:30:00Z'))).toBe(4 * 24 + 1);
    expect(clock.cell(Date.parse('2023-03-24T00:30:00Z'))).toBe(4 * 24 + 3);
  });

  const f = (id: string, departureTime?: string, arrivalTime?: string): Flight => ({
    id,
    date: '2023-03-01',
    origin: 'UBBB',
    destination: 'LLOV',
    confidence: 'reported',
    sources: [{ publisher: 'analyst' }],
    ...(departureTime ? { departureTime } : {}),
    ...(arrivalTime ? { arrivalTime } : {}),
  });

  it('counts each flight once by the chosen end and says how many had no time or zone', () => {
    const flights = [
      f('a', '2023-03-01T05:30Z', '2023-03-01T10:00Z'), // Wednesday
      f('b', undefined, '2023-03-01T10:20Z'),
      f('c'),
    ];
    const utc = rhythmCounts(flights, 'arrival');
    expect(utc.counts[2 * 24 + 10]).toBe(2);
    expect([utc.counted, utc.withoutTime]).toEqual([2, 1]);
    const local = rhythmCounts(flights, 'arrival', (icao) =>
      icao === 'LLOV' ? 'Asia/Jerusalem' : undefined,
    );
    expect(local.counts[2 * 24 + 12]).toBe(2); // UTC+2 in March before the change
    const departures = rhythmCounts(flights, 'departure', () => undefined);
    expect([departures.counted, departures.withoutTime, departures.withoutZone]).toEqual([0, 2, 1]);
  });
});

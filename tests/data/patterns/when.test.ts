import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Flight, WhenFilter } from '../../../src/data/contract';
import { describeWhen, provideAirportZones, whenCells } from '../../../src/data/patterns';
import { compileFilters, createIndex } from '../../../src/data/query';
import { parseWhen, queryToView, viewToQuery, whenText } from '../../../src/store/url';
import { makeDataset, makeMinimalFlight } from '../../fixtures/flights';

const ZONES: Record<string, string> = { LLOV: 'Asia/Jerusalem', UBBB: 'Asia/Baku' };

/** The oracle: Intl per flight, no cache. */
function naiveCell(t: string | undefined, zone: string | undefined): number {
  if (!t) return -1;
  if (zone === undefined) return -1;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    weekday: 'long',
    hour: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(Date.parse(t));
  const weekday = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].indexOf(
    parts.find((p) => p.type === 'weekday')!.value,
  );
  return weekday * 24 + Number(parts.find((p) => p.type === 'hour')!.value);
}

const instant = fc.integer({
  min: Date.parse('2016-01-01T00:00:00Z'),
  max: Date.parse('2025-01-01T00:00:00Z'),
});
const flights = fc.array(
  fc.record({
    dep: fc.option(instant, { nil: undefined }),
    origin: fc.constantFrom('LLOV', 'UBBB', 'LTAC'),
  }),
  { minLength: 1, maxLength: 40 },
);
const iso = (ms: number) =>
  new Date(Math.floor(ms / 60_000) * 60_000).toISOString().replace(/:00\.000Z$/, 'Z');

describe('the when filter (a cell of the hour × weekday grid)', () => {
  provideAirportZones((icao) => ZONES[icao]);

  it('keeps exactly the flights a naive Intl check puts in the cell, in UTC and in local time', () => {
    fc.assert(
      fc.property(
        flights,
        fc.constantFrom('utc', 'local'),
        fc.nat(6),
        fc.nat(23),
        (rows, clock, weekday, hour) => {
          const list: Flight[] = rows.map((r, i) =>
            makeMinimalFlight({
              id: `f${i}`,
              origin: r.origin,
              destination: 'LLOV',
              date: r.dep === undefined ? '2020-01-01' : iso(r.dep).slice(0, 10),
              ...(r.dep === undefined ? {} : { departureTime: iso(r.dep) }),
            }),
          );
          const index = createIndex(makeDataset(list));
          const when: WhenFilter = { end: 'departure', clock, weekday, hour };
          const { lo, hi, test } = compileFilters(index, { when });
          const kept = new Set<string>();
          for (let i = lo; i < hi; i++) if (!test || test(i)) kept.add(index.flights[i]!.id);
          const cell = weekday * 24 + hour;
          const expected = list.filter(
            (f) => naiveCell(f.departureTime, clock === 'utc' ? 'UTC' : ZONES[f.origin]) === cell,
          );
          expect(kept).toEqual(new Set(expected.map((f) => f.id)));
          // Every flight with a time and a known zone has one cell; the others none.
          const cells = whenCells(list, 'departure', clock);
          list.forEach((f, i) =>
            expect(cells[i]).toBe(naiveCell(f.departureTime, clock === 'utc' ? 'UTC' : ZONES[f.origin])),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is in the link as when=end,clock,day,hour and says what it keeps', () => {
    const when: WhenFilter = { end: 'arrival', clock: 'local', weekday: 2, hour: 9 };
    expect(whenText(when)).toBe('arrival,local,Wed,9');
    expect(queryToView(viewToQuery({ filters: { when }, selection: null })).filters.when).toEqual(when);
    expect(describeWhen(when)).toBe("arrivals on Wed 09:00–09:59 (the airport's local time)");
    for (const bad of [
      'arrival,local,Wed,24',
      'arrival,local,Wednesday,9',
      'landing,utc,Wed,9',
      'arrival,utc,Wed',
    ])
      expect(parseWhen(bad)).toBeUndefined();
    expect(queryToView('?when=nonsense').notices).toHaveLength(1);
  });
});

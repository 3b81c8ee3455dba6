import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset, Flight, ImportResult, LogEntry, Track } from '../../src/data/contract';
import { CSV_COLUMNS, MAX_TAG_LENGTH, decodeTags, encodeTags } from '../../src/data/contract';
import { toCsv, toJson } from '../../src/data/export';
import { parseImport } from '../../src/data/import';
import Papa from 'papaparse';
import { anyFlights, requiredText } from '../fixtures/arbitraries';
import { makeDataset, makeFlight, makeJsonDoc } from '../fixtures/flights';
import { testGazetteer } from '../fixtures/test-gazetteer';

function importJson(doc: Record<string, unknown>): ImportResult {
  return parseImport(JSON.stringify(doc), { gazetteer: testGazetteer });
}

function errorsOf(result: ImportResult): string[] {
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors.map((e) => e.message);
}

function ok(result: ImportResult): Dataset {
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.dataset;
}

const isoAt = fc.constantFrom(
  '2023-03-02T06:10:00Z',
  '2023-03-02T06:10+03:00',
  '2024-01-01T00:00:00.5-05:00',
);
const tag = requiredText.filter((t) => t.length <= MAX_TAG_LENGTH);
const review = fc
  .record(
    {
      status: fc.constantFrom('unreviewed', 'verified', 'disputed'),
      by: requiredText,
      at: isoAt,
      note: requiredText,
    },
    { requiredKeys: ['status'] },
  )
  .map((r) => ({ ...r }));
/** Flights with the v2 fields too (dateEnd from 0 to 40 days after date). */
const anyV2Flights = anyFlights.chain((flights) =>
  fc.tuple(
    ...flights.map((f) =>
      fc
        .record(
          {
            days: fc.integer({ min: 0, max: 40 }),
            departureObserved: fc.boolean(),
            arrivalObserved: fc.boolean(),
            review,
            tags: fc.uniqueArray(tag, { minLength: 1, maxLength: 4 }),
          },
          { requiredKeys: [] },
        )
        .map(({ days, ...rest }): Flight => {
          const flight: Flight = { ...f, ...rest };
          if (days !== undefined) flight.dateEnd = addDaysUtc(f.date, days);
          return flight;
        }),
    ),
  ),
);

function addDaysUtc(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// JSON has no -0 (it writes 0), so the generated degrees avoid it.
const degrees = (limit: number) =>
  fc.double({ min: -limit, max: limit, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x));
const point = fc.tuple(
  degrees(90),
  degrees(180),
  fc.option(fc.integer({ min: -1000, max: 60000 }), { nil: null }),
  fc.option(fc.boolean(), { nil: null }),
);

describe('schema v2 round trips', () => {
  it('toJson → parseImport gives back the flights, tracks and log unchanged', () => {
    fc.assert(
      fc.property(
        anyV2Flights,
        fc.array(fc.array(point, { maxLength: 6 }), { maxLength: 4 }),
        (flights, traces) => {
          const tracks: Track[] = traces.slice(0, flights.length).map((pts, i) => ({
            flightId: (flights[i] as Flight).id,
            source: { publisher: 'ADS-B test feed', title: `trace ${i}` },
            points: pts.map(([lat, lon, alt, ground], j) => [
              1_700_000_000 + j * 30.5,
              lat,
              lon,
              alt,
              ground,
            ]),
          }));
          const log: LogEntry[] = flights.map((f, i) => ({
            at: `2026-11-2${i % 10}T10:00:00Z`,
            action: 'edit',
            flightId: f.id,
            field: 'notes',
            before: null,
            after: { text: 'x' },
          }));
          const dataset = makeDataset(flights, { tracks, log });
          const back = ok(importJson(JSON.parse(toJson(flights, dataset)) as Record<string, unknown>));
          expect(back.flights).toStrictEqual(flights);
          expect(back.tracks ?? []).toStrictEqual(tracks);
          expect(back.log ?? []).toStrictEqual(flights.length === 0 ? [] : log);
          expect(back.schemaVersion).toBe(2);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('toCsv → parseImport gives back the v2 fields (review.at in review_at)', () => {
    fc.assert(
      fc.property(anyV2Flights, (flights) => {
        const back = ok(parseImport(toCsv(flights, makeDataset(flights)), { gazetteer: testGazetteer }));
        expect(back.flights).toStrictEqual(flights);
      }),
      { numRuns: 200 },
    );
  });

  it('decodeTags(encodeTags(tags)) = tags for any non-blank text (blank tags are invalid)', () => {
    fc.assert(
      fc.property(fc.array(requiredText, { minLength: 1, maxLength: 5 }), (tags) => {
        expect(decodeTags(encodeTags(tags))).toEqual(tags);
      }),
      { numRuns: 1000 },
    );
  });

  it('exports write schemaVersion 2 and the v2 CSV columns after the v1 ones', () => {
    const flight = makeFlight({
      tags: ['a|b', 'c'],
      departureObserved: true,
      review: { status: 'verified' },
    });
    expect(JSON.parse(toJson([flight], makeDataset([flight]))).schemaVersion).toBe(2);
    expect(CSV_COLUMNS.slice(21)).toEqual([
      'dateEnd',
      'departureObserved',
      'arrivalObserved',
      'review_status',
      'review_by',
      'review_note',
      'review_at',
      'tags',
    ]);
    expect(
      toCsv([flight], makeDataset([flight]))
        .split('\r\n')
        .at(-1)
        ?.endsWith(',true,,verified,,,,a\\|b | c'),
    ).toBe(true);
  });
});

describe('schema v2 flight rules', () => {
  it.each([
    [
      { dateEnd: '2023-03-01' },
      'dateEnd: 2023-03-01 is before date (2023-03-02): dateEnd is the last possible day',
    ],
    [{ dateEnd: '2023-02-30' }, 'dateEnd: "2023-02-30" is not a date (YYYY-MM-DD)'],
    [{ departureObserved: 'yes' }, 'departureObserved: must be true or false, not "yes"'],
    [{ review: { status: 'ok' } }, 'review.status: "ok" is not one of unreviewed, verified, disputed'],
    [{ review: { by: 'A' } }, 'review.status: required'],
    [
      { review: { status: 'verified', at: '2023-03-02T10:00:00' } },
      'review.at: "2023-03-02T10:00:00" has no time zone',
    ],
    [{ review: 'verified' }, 'review: must be an object, not "verified"'],
    [{ tags: 'a, b' }, 'tags: must be a list of texts, not "a, b"'],
    [{ tags: ['a', ' '] }, 'tags[2]: is blank'],
    [{ tags: ['a', 'a'] }, 'tags[2]: "a" is listed twice'],
    [{ tags: ['x'.repeat(MAX_TAG_LENGTH + 1)] }, `tags[1]: longer than ${MAX_TAG_LENGTH} characters`],
  ])('%j is an error naming row and field', (override, message) => {
    const errors = errorsOf(
      importJson(makeJsonDoc([makeFlight({ id: 'v2', ...override } as Partial<Flight>)])),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`row 1 (id "v2"), field ${message}`);
  });

  it('a version 1 file imports unchanged; a version other than 1 or 2 is a clear error', () => {
    const flight = makeFlight({ id: 'v1' });
    expect(ok(importJson(makeJsonDoc([flight], { schemaVersion: 1 }))).flights).toStrictEqual([flight]);
    expect(errorsOf(importJson(makeJsonDoc([flight], { schemaVersion: 3 })))).toEqual([
      'field schemaVersion: version 3 is not supported: this app reads version 1 or 2',
    ]);
  });

  it('a version 1 CSV without the v2 columns imports; TRUE/FALSE from a spreadsheet are booleans', () => {
    const flight = makeFlight({ id: 'c1' });
    const rows = Papa.parse<string[]>(toCsv([flight], makeDataset([flight])).slice(1), {
      delimiter: ',',
    }).data;
    const v1 = Papa.unparse(rows.map((cells) => cells.slice(0, 21)));
    expect(ok(parseImport(v1, { gazetteer: testGazetteer })).flights).toStrictEqual([flight]);
    const header = 'id,date,origin,destination,confidence,sources,departureObserved,review_by';
    const csv = (row: string) => parseImport(`${header}\r\n${row}`, { gazetteer: testGazetteer });
    const [read] = ok(csv('c2,2023-03-02,UBBB,LLOV,reported,analyst,TRUE,')).flights;
    expect(read?.departureObserved).toBe(true);
    expect(errorsOf(csv('c3,2023-03-02,UBBB,LLOV,reported,analyst,,Ann'))).toEqual([
      'row 2 (id "c3"), field review.status: required',
    ]);
  });
});

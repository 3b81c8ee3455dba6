import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastDayNumber, fastDayToDate, parseInstant } from '../../src/data/contract';
import { generateDataset } from '../../src/data/sample';
import { computeView, createIndex, dataSpan } from '../../src/data/query';
import { dayNumber, dayToDate } from '../../src/data/contract';
import type { Filters, Flight } from '../../src/data/contract';
import type { FlightIndex } from '../../src/data/query';
import { makeDataset, makeMinimalFlight } from '../fixtures/flights';
import { filtersArb, flightsArb } from '../fixtures/query-arbitraries';
import { naiveFilter, naiveTimeOrder, queryFlights } from '../oracles/query';

const ids = (flights: readonly Flight[]) => flights.map((f) => f.id);
/** The flights the index passes, as the views read them. */
const shown = (index: FlightIndex, filters: Filters) => computeView(index, filters, 'day').flights;

// Flights right at UTC day boundaries, with times whose offsets put their local day elsewhere.
const boundary = [
  makeMinimalFlight({ id: 'feb29-late', date: '2024-02-29', arrivalTime: '2024-03-01T03:59:59+04:00' }),
  makeMinimalFlight({ id: 'mar1-first', date: '2024-03-01', arrivalTime: '2024-02-29T16:00:00-08:00' }),
  makeMinimalFlight({ id: 'mar1-baku', date: '2024-03-01', arrivalTime: '2024-03-01T05:00:00+04:00' }),
  makeMinimalFlight({ id: 'mar1-z', date: '2024-03-01', arrivalTime: '2024-03-01T00:30:00Z' }),
  makeMinimalFlight({ id: 'mar1-untimed', date: '2024-03-01' }),
  makeMinimalFlight({ id: 'mar1-last', date: '2024-03-01', departureTime: '2024-03-01T23:59:00Z' }),
  makeMinimalFlight({ id: 'mar2-early', date: '2024-03-02', arrivalTime: '2024-03-01T19:30:00-05:00' }),
];
const boundaryIndex = createIndex(makeDataset([...boundary].reverse()));

describe('time order and date range (same under any TZ)', () => {
  it('orders by date, then instant across offsets, untimed last, then id', () => {
    expect(ids(boundaryIndex.flights)).toEqual([
      'feb29-late',
      'mar1-first',
      'mar1-z',
      'mar1-baku',
      'mar1-last',
      'mar1-untimed',
      'mar2-early',
    ]);
  });

  it.each<[string, Filters, string[]]>([
    [
      'one day, both ends inclusive',
      { from: '2024-03-01', to: '2024-03-01' },
      ['mar1-first', 'mar1-z', 'mar1-baku', 'mar1-last', 'mar1-untimed'],
    ],
    ['open start', { to: '2024-02-29' }, ['feb29-late']],
    ['open end', { from: '2024-03-02' }, ['mar2-early']],
    ['both open', {}, ids(boundaryIndex.flights)],
    ['range spanning all', { from: '2024-02-29', to: '2024-03-02' }, ids(boundaryIndex.flights)],
    ['empty: before the data', { from: '2020-01-01', to: '2024-02-28' }, []],
    ['empty: after the data', { from: '2024-03-03' }, []],
    ['empty: from after to', { from: '2024-03-02', to: '2024-02-29' }, []],
    ['malformed end is open', { from: 'yesterday', to: '2024-02-29' }, ['feb29-late']],
  ])('%s', (_name, filters, expected) => {
    expect(ids(shown(boundaryIndex, filters))).toEqual(expected);
  });

  it('bins days on UTC dates, not the local clock', () => {
    const view = computeView(boundaryIndex, { from: '2024-02-29', to: '2024-03-02' }, 'day');
    expect(view.bins.map((b) => [b.start, b.end, b.total])).toEqual([
      ['2024-02-29', '2024-03-01', 1],
      ['2024-03-01', '2024-03-02', 5],
      ['2024-03-02', '2024-03-03', 1],
    ]);
    expect(dataSpan(boundaryIndex)).toEqual({ from: '2024-02-29', to: '2024-03-02' });
  });
});

const rich = [
  makeMinimalFlight({
    id: 'SWA-1',
    date: '2024-01-02',
    origin: 'UBBB',
    destination: 'LLOV',
    operator: 'Silk Way Airlines',
    aircraftType: 'Il-76TD',
    registration: '4K-AZ100',
    callsign: 'AZQ4001',
    cargo: 'Crates',
    confidence: 'confirmed',
    sources: [{ publisher: 'Haaretz', title: 'Cargo flights', url: 'https://example.org/haaretz' }],
  }),
  makeMinimalFlight({
    id: 'SWW-2',
    date: '2024-01-03',
    origin: 'LLOV',
    destination: 'UBBB',
    operator: 'Silk Way West',
    aircraftType: 'B747',
    registration: '4K-SW800',
    notes: 'Return leg',
    confidence: 'reported',
    sources: [{ publisher: 'analyst' }, { publisher: 'ADS-B Exchange' }],
  }),
  makeMinimalFlight({
    id: 'X-3',
    date: '2024-01-04',
    origin: 'UBBG',
    destination: 'LLBG',
    confidence: 'inferred',
  }),
];
const richIndex = createIndex(makeDataset(rich));

describe('each filter', () => {
  it.each<[string, Filters, string[]]>([
    ['operators: any of', { operators: ['Silk Way West', 'Silk Way Airlines'] }, ['SWA-1', 'SWW-2']],
    ['operators: exact, case-sensitive', { operators: ['silk way airlines'] }, []],
    ['operators: empty array = no filter', { operators: [] }, ['SWA-1', 'SWW-2', 'X-3']],
    ['aircraftTypes', { aircraftTypes: ['B747'] }, ['SWW-2']],
    ['airport: either end', { airport: 'LLOV' }, ['SWA-1', 'SWW-2']],
    ['airport: upper-cased and trimmed', { airport: ' llbg ' }, ['X-3']],
    ['airport: unknown code', { airport: 'ZZZZ' }, []],
    ['origin', { origin: 'LLOV' }, ['SWW-2']],
    ['destination', { destination: 'LLOV' }, ['SWA-1']],
    ['origin and destination', { origin: 'UBBB', destination: 'UBBB' }, []],
    ['confidences: any of', { confidences: ['confirmed', 'inferred'] }, ['SWA-1', 'X-3']],
    ['registration: case-insensitive substring', { registration: 'sw8' }, ['SWW-2']],
    ['registration: blank = no filter', { registration: '  ' }, ['SWA-1', 'SWW-2', 'X-3']],
    ['text: id', { text: 'x-3' }, ['X-3']],
    ['text: callsign', { text: 'azq' }, ['SWA-1']],
    ['text: operator', { text: 'WEST' }, ['SWW-2']],
    ['text: cargo', { text: 'crates' }, ['SWA-1']],
    ['text: notes', { text: 'return' }, ['SWW-2']],
    ['text: publisher', { text: 'ads-b' }, ['SWW-2']],
    ['text: source title', { text: 'cargo flights' }, ['SWA-1']],
    ['text: source url', { text: 'example.org/haar' }, ['SWA-1']],
    ['text: never across two fields', { text: 'swa-1azq' }, []],
    [
      'filters combine with AND',
      { airport: 'LLOV', confidences: ['reported'], from: '2024-01-03' },
      ['SWW-2'],
    ],
  ])('%s', (_name, filters, expected) => {
    expect(ids(shown(richIndex, filters))).toEqual(expected);
  });

  it('counts confidences under every filter but the confidence filter', () => {
    const view = computeView(richIndex, { confidences: ['inferred'], to: '2024-01-03' }, 'day');
    expect(view.total).toBe(0);
    expect(view.confidenceCounts).toEqual({ confirmed: 0, reported: 0, inferred: 0, synthetic: 0 });
    expect(view.confidenceCountsIgnoringConfidence).toEqual({
      confirmed: 1,
      reported: 1,
      inferred: 0,
      synthetic: 0,
    });
  });

  it('leaves the dataset as it was', () => {
    const flights = [...rich].reverse();
    createIndex(makeDataset(flights));
    expect(ids(flights)).toEqual(['X-3', 'SWW-2', 'SWA-1']);
  });
});

describe('properties', () => {
  // Any day of years 1000–9999, any time, any offset.
  const dateArb = fc.integer({ min: -354285, max: 2932896 }).map(dayToDate);
  const pad = (v: number) => String(v).padStart(2, '0');
  const dateTimeArb = fc
    .record({
      date: dateArb,
      h: fc.integer({ min: 0, max: 23 }),
      m: fc.integer({ min: 0, max: 59 }),
      s: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
      frac: fc.option(fc.integer({ min: 0, max: 999_999 }), { nil: undefined }),
      zone: fc.oneof(
        fc.constant('Z'),
        fc
          .record({
            sign: fc.constantFrom('+', '-'),
            h: fc.integer({ min: 0, max: 14 }),
            m: fc.constantFrom(0, 30, 45),
          })
          .map(({ sign, h, m }) => `${sign}${pad(h)}:${pad(m)}`),
      ),
    })
    .map(({ date, h, m, s, frac, zone }) => {
      const seconds = s === undefined ? '' : `:${pad(s)}${frac === undefined ? '' : `.${frac}`}`;
      return `${date}T${pad(h)}:${pad(m)}${seconds}${zone}`;
    });

  it('parses dates and date-times as time.ts and Date.parse do', () => {
    fc.assert(
      fc.property(dateArb, dateTimeArb, (date, dateTime) => {
        expect(fastDayNumber(date)).toBe(dayNumber(date));
        expect(fastDayToDate(dayNumber(date))).toBe(date);
        expect(parseInstant(dateTime)).toBe(Date.parse(dateTime));
      }),
      { numRuns: 2000 },
    );
  });

  it('the index passes the flights a naive full scan does, in time order', () => {
    fc.assert(
      fc.property(flightsArb, filtersArb, (flights, filters) => {
        const index = createIndex(makeDataset(flights));
        expect(ids(shown(index, filters))).toEqual(ids(queryFlights(flights, filters)));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps flights already in time order as they are, and still sorts them after any one swap', () => {
    fc.assert(
      fc.property(flightsArb, fc.nat(), (flights, at) => {
        const sorted = naiveTimeOrder(flights);
        expect(createIndex(makeDataset(sorted)).flights).toEqual(sorted);
        if (sorted.length < 2) return;
        const i = at % (sorted.length - 1);
        const swapped = [...sorted];
        [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!]; // i + 1 < length
        expect(ids(createIndex(makeDataset(swapped)).flights)).toEqual(ids(naiveTimeOrder(swapped)));
      }),
      { numRuns: 300 },
    );
  });

  it('orders a generated 20k-flight set as the naive order does, also with a time far from its date', () => {
    const flights = generateDataset({ flights: 20_000, seed: 7 }).flights;
    expect(ids(createIndex(makeDataset(flights)).flights)).toEqual(ids(naiveTimeOrder(flights)));
    // An arrival 40 days after its date is too far for the packed within-day keys: compared instead.
    const odd = [
      ...flights,
      makeMinimalFlight({ id: 'far', date: '2020-01-01', arrivalTime: '2020-02-10T00:00:00Z' }),
    ];
    expect(ids(createIndex(makeDataset(odd)).flights)).toEqual(ids(naiveTimeOrder(odd)));
  });

  it('computeView lists the same flights and counts as the naive query', () => {
    fc.assert(
      fc.property(flightsArb, filtersArb, (flights, filters) => {
        const index = createIndex(makeDataset(flights));
        const view = computeView(index, filters, 'week');
        expect(view.flights).toEqual(queryFlights(flights, filters));
        expect(view.total).toBe(view.flights.length);
        const without = naiveFilter(flights, { ...filters, confidences: undefined });
        for (const c of ['confirmed', 'reported', 'inferred', 'synthetic'] as const) {
          expect(view.confidenceCountsIgnoringConfidence[c]).toBe(
            without.filter((f) => f.confidence === c).length,
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});

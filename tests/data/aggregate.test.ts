import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confidenceCounts, eventsInRange, flightsPerPublisher } from '../../src/data/query';
import { computeView, createIndex } from '../../src/data/query';
import type { BinUnit, Flight, Source, TimelineEvent } from '../../src/data/contract';
import { makeDataset, makeMinimalFlight } from '../fixtures/flights';
import { filtersArb, flightsArb } from '../fixtures/query-arbitraries';
import { aggregateAirports, aggregateRoutes, binTimeline, naiveFilter } from '../oracles/query';

const one: Source[] = [{ publisher: 'Haaretz' }];
const two: Source[] = [{ publisher: 'Haaretz' }, { publisher: 'ADS-B Exchange' }];

describe('aggregateRoutes', () => {
  const flights = [
    makeMinimalFlight({
      date: '2024-05-02',
      operator: 'Silk Way West',
      confidence: 'confirmed',
      sources: two,
    }),
    makeMinimalFlight({
      date: '2023-11-30',
      operator: 'Silk Way Airlines',
      confidence: 'reported',
      sources: one,
    }),
    makeMinimalFlight({
      date: '2024-01-10',
      operator: 'Silk Way West',
      confidence: 'reported',
      sources: one,
    }),
    makeMinimalFlight({ origin: 'LLOV', destination: 'UBBB', confidence: 'inferred', sources: two }),
  ];

  it('summarises each directed route', () => {
    const [baku, back] = aggregateRoutes(flights);
    expect(baku).toEqual({
      key: 'UBBB>LLOV',
      origin: 'UBBB',
      destination: 'LLOV',
      count: 3,
      firstDate: '2023-11-30',
      lastDate: '2024-05-02',
      operators: ['Silk Way Airlines', 'Silk Way West'],
      confidence: { confirmed: 1, reported: 2, inferred: 0, synthetic: 0 },
      publishers: 2,
      weakEvidence: false,
    });
    expect(back?.key).toBe('LLOV>UBBB');
    expect(back?.operators).toEqual([]);
  });

  it.each<[string, Flight[], boolean]>([
    ['confirmed with two sources', [makeMinimalFlight({ confidence: 'confirmed', sources: two })], false],
    ['no confirmed flight', [makeMinimalFlight({ confidence: 'reported', sources: two })], true],
    ['every flight single-sourced', [makeMinimalFlight({ confidence: 'confirmed', sources: one })], true],
    [
      'one confirmed, another with two sources',
      [
        makeMinimalFlight({ confidence: 'confirmed', sources: one }),
        makeMinimalFlight({ confidence: 'reported', sources: two }),
      ],
      false,
    ],
  ])('weakEvidence: %s', (_name, route, weak) => {
    expect(aggregateRoutes(route)[0]?.weakEvidence).toBe(weak);
  });

  it('orders by count, then key', () => {
    const routes = aggregateRoutes([
      makeMinimalFlight({ origin: 'LTAI', destination: 'LLOV' }),
      makeMinimalFlight({ origin: 'LLBG', destination: 'LLOV' }),
      makeMinimalFlight({ origin: 'UBBB', destination: 'LLOV' }),
      makeMinimalFlight({ origin: 'UBBB', destination: 'LLOV' }),
    ]);
    expect(routes.map((r) => r.key)).toEqual(['UBBB>LLOV', 'LLBG>LLOV', 'LTAI>LLOV']);
  });
});

describe('aggregateAirports and confidenceCounts', () => {
  it('counts departures and arrivals per airport', () => {
    const flights = [
      makeMinimalFlight({ origin: 'UBBB', destination: 'LLOV', confidence: 'confirmed' }),
      makeMinimalFlight({ origin: 'UBBB', destination: 'LLOV', confidence: 'synthetic' }),
      makeMinimalFlight({ origin: 'LLOV', destination: 'LTAI', confidence: 'synthetic' }),
    ];
    expect(aggregateAirports(flights)).toEqual([
      { icao: 'LLOV', arrivals: 2, departures: 1, total: 3 },
      { icao: 'UBBB', arrivals: 0, departures: 2, total: 2 },
      { icao: 'LTAI', arrivals: 1, departures: 0, total: 1 },
    ]);
    expect(confidenceCounts(flights)).toEqual({ confirmed: 1, reported: 0, inferred: 0, synthetic: 2 });
  });
});

describe('eventsInRange', () => {
  const events: TimelineEvent[] = [
    { date: '2024-03-01', title: 'b' },
    { date: '2023-09-19', title: 'a' },
    { date: '2024-03-01', title: 'c' },
    { date: '2024-12-31', title: 'd' },
  ];
  it.each<[string | undefined, string | undefined, string[]]>([
    [undefined, undefined, ['a', 'b', 'c', 'd']],
    ['2024-03-01', '2024-03-01', ['b', 'c']],
    ['2023-09-20', undefined, ['b', 'c', 'd']],
    [undefined, '2023-09-19', ['a']],
    ['2025-01-01', undefined, []],
  ])('from %s to %s', (from, to, titles) => {
    expect(eventsInRange(events, from, to).map((e) => e.title)).toEqual(titles);
  });

  // An event known only to October 2023 meets every range that shares a day with October.
  const october: TimelineEvent = { date: '2023-10-01', dateEnd: '2023-10-31', title: 'oct' };
  it.each<[string | undefined, string | undefined, string[]]>([
    ['2023-10-31', '2023-11-05', ['oct']],
    ['2023-09-01', '2023-10-01', ['a', 'oct']],
    ['2023-10-10', '2023-10-12', ['oct']],
    ['2023-11-01', undefined, ['b', 'c', 'd']],
    [undefined, '2023-09-30', ['a']],
  ])('an imprecise event, from %s to %s', (from, to, titles) => {
    expect(eventsInRange([...events, october], from, to).map((e) => e.title)).toEqual(titles);
  });
});

describe('computeView equals the plain aggregates over a naive filter', () => {
  it.each<BinUnit>(['day', 'week', 'month'])('with %s bins', (unit) => {
    fc.assert(
      fc.property(flightsArb, filtersArb, (flights, filters) => {
        const view = computeView(createIndex(makeDataset(flights)), filters, unit);
        const passing = naiveFilter(flights, filters);
        expect(view.routes).toEqual(aggregateRoutes(passing));
        expect(view.airports).toEqual(aggregateAirports(passing));
        expect(view.confidenceCounts).toEqual(confidenceCounts(passing));
        expect(view.total).toBe(passing.length);
        // The bins cover the filter's range; an open end takes the data's first or last date.
        const dates = flights.map((f) => f.date).sort();
        const from = filters.from ?? dates[0];
        const to = filters.to ?? dates[dates.length - 1];
        if (from === undefined || to === undefined || from > to) expect(view.bins).toEqual([]);
        else expect(view.bins).toEqual(binTimeline(passing, unit, { from, to }));
      }),
      { numRuns: 150 },
    );
  });
});

describe('computeView with many routes and publishers', () => {
  it('counts distinct operators and publishers per route without the flat tables', () => {
    // 65 airports → 4,160 routes, one flight each with its own publisher: 4,160² marks exceed the
    // flat-table limit, so the Set fallback runs.
    const codes = Array.from({ length: 65 }, (_, i) => `K${String(i).padStart(3, '0')}`);
    const flights: Flight[] = [];
    for (const origin of codes) {
      for (const destination of codes) {
        if (origin === destination) continue;
        const k = flights.length;
        flights.push(
          makeMinimalFlight({
            date: `2024-01-${String((k % 28) + 1).padStart(2, '0')}`,
            origin,
            destination,
            operator: `Op ${k % 7}`,
            confidence: k % 3 === 0 ? 'confirmed' : 'reported',
            sources: k % 2 ? [{ publisher: `P${k}` }, { publisher: 'Shared' }] : [{ publisher: `P${k}` }],
          }),
        );
      }
    }
    flights.push(
      makeMinimalFlight({
        date: '2024-03-01',
        origin: 'K000',
        destination: 'K001',
        operator: 'Op 9',
        confidence: 'reported',
        sources: two,
      }),
    );
    const index = createIndex(makeDataset(flights));
    const filters = { from: '2024-01-03', to: '2024-03-01', confidences: ['reported' as const] };
    const view = computeView(index, filters, 'week');
    const passing = naiveFilter(flights, filters);
    expect(view.routes).toEqual(aggregateRoutes(passing));
    expect(view.routes.find((r) => r.key === 'K000>K001')?.operators.length).toBeGreaterThan(0);
  });
});

describe('flightsPerPublisher (the publisher list and the About panel)', () => {
  it('merges the spellings of one publisher and counts a flight citing it twice once', () => {
    const flights = [
      makeMinimalFlight({ sources: [{ publisher: 'Haaretz' }, { publisher: 'haaretz ' }] }),
      makeMinimalFlight({ sources: [{ publisher: 'Haaretz (via armenianclub.com)' }] }),
      makeMinimalFlight({ sources: [{ publisher: 'Haaretz (republished by defenddemocracy.press)' }] }),
      makeMinimalFlight({ sources: [{ publisher: 'AP' }] }),
    ];
    expect(flightsPerPublisher(flights, ['OpenSky Network'])).toEqual([
      ['Haaretz', 3],
      ['AP', 1],
      ['OpenSky Network', 0],
    ]);
  });

  it('names a publisher as the first flight (or seed) writes its original', () => {
    const flights = [makeMinimalFlight({ sources: [{ publisher: '  The  Times of Israel ' }] })];
    expect(flightsPerPublisher(flights)).toEqual([['The Times of Israel', 1]]);
    expect(flightsPerPublisher(flights, ['the times of israel'])).toEqual([['the times of israel', 1]]);
  });
});

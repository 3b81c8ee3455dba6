/**
 * Imprecise dates (`date` … `dateEnd`) in the query: the range filter keeps a flight whose range
 * overlaps the filter's, and the bins spread it over its days as `uncertain` weight. Both are checked
 * against naive versions over random flights with random spans.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, CONFIDENCES, dayNumber } from '../../src/data/contract';
import type { BinUnit, Filters, Flight } from '../../src/data/contract';
import { binLayout, computeView, countInBins, createIndex, dataSpan } from '../../src/data/query';
import { makeDataset, makeMinimalFlight } from '../fixtures/flights';
import { filtersArb, flightsArb } from '../fixtures/query-arbitraries';
import { aggregateRoutes, naiveFilter, naiveTimeOrder } from '../oracles/query';

const ids = (flights: readonly Flight[]) => flights.map((f) => f.id);
const endOf = (f: Flight) => f.dateEnd ?? f.date;
const isDate = (s: string | undefined): s is string => s !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(s);

/** The range rule by brute force: the flight's days and the filter's days share at least one day. */
function naiveOverlap(flights: readonly Flight[], filters: Filters): Flight[] {
  const { from, to, ...rest } = filters;
  if (isDate(from) && isDate(to) && from > to) return []; // a reversed range matches nothing
  return naiveTimeOrder(naiveFilter(flights, rest)).filter(
    (f) => (!isDate(from) || endOf(f) >= from) && (!isDate(to) || f.date <= to),
  );
}

/** Bins by brute force: every day of every flight, weight 1 / days for a range, 1 for a known day. */
function naiveBins(flights: readonly Flight[], unit: BinUnit, range: { from: string; to: string }) {
  const layout = binLayout(dayNumber(range.from), dayNumber(range.to), unit);
  const nBins = layout.bounds.length - 1;
  const known = Array.from({ length: nBins }, () => new Array<number>(CONFIDENCES.length).fill(0));
  const weights = new Array<number>(nBins).fill(0);
  const touching = Array.from({ length: nBins }, () => new Set<string>());
  for (const f of flights) {
    const days: string[] = [];
    for (let d = f.date; d <= endOf(f); d = addDays(d, 1)) days.push(d);
    for (const d of days) {
      if (d < range.from || d > range.to) continue;
      const b = layout.binOfDay[dayNumber(d) - layout.fromDay]!;
      if (days.length === 1) known[b]![CONFIDENCES.indexOf(f.confidence)]!++;
      else {
        weights[b]! += 1 / days.length;
        touching[b]!.add(f.id);
      }
    }
  }
  return { known, weights, touching: touching.map((s) => s.size) };
}

/** Random flights of which some have a range of 2 to 90 days. */
const impreciseFlightsArb = fc
  .tuple(flightsArb, fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 89 })), { maxLength: 60 }))
  .map(([flights, spans]) =>
    flights.map((f, i) => {
      const span = spans[i] ?? 0;
      return span === 0 ? f : { ...f, dateEnd: addDays(f.date, span) };
    }),
  );

const unitArb = fc.constantFrom<BinUnit>('day', 'week', 'month', 'year');

describe('imprecise dates in the range filter', () => {
  it('keeps exactly the flights whose range overlaps the filter (= naive overlap)', () => {
    fc.assert(
      fc.property(impreciseFlightsArb, filtersArb, (flights, filters) => {
        const view = computeView(createIndex(makeDataset(flights)), filters, 'day');
        const expected = naiveOverlap(flights, filters);
        expect(ids(view.flights)).toEqual(ids(expected));
        expect(view.uncertain).toBe(expected.filter((f) => endOf(f) > f.date).length);
      }),
      { numRuns: 500 },
    );
  });

  const october = makeMinimalFlight({ id: 'oct', date: '2022-10-01', dateEnd: '2022-10-31' });
  const known = makeMinimalFlight({ id: 'known', date: '2022-10-15' });
  const later = makeMinimalFlight({ id: 'later', date: '2022-11-20' });
  const index = createIndex(makeDataset([later, october, known]));

  it.each<[string, Filters, string[]]>([
    ['a range inside its span', { from: '2022-10-20', to: '2022-10-25' }, ['oct']],
    ['a range over its last day', { from: '2022-10-31', to: '2022-11-30' }, ['oct', 'later']],
    ['a range over its first day', { from: '2022-09-01', to: '2022-10-01' }, ['oct']],
    ['a range just after it', { from: '2022-11-01' }, ['later']],
    ['a range just before it', { to: '2022-09-30' }, []],
    ['a reversed range', { from: '2022-10-20', to: '2022-10-10' }, []],
  ])('%s', (_name, filters, expected) => {
    expect(ids(computeView(index, filters, 'day').flights)).toEqual(expected);
  });

  it('reaches the span to the last possible day', () => {
    const wide = makeMinimalFlight({ id: 'wide', date: '2022-11-01', dateEnd: '2023-01-31' });
    expect(dataSpan(createIndex(makeDataset([october, known, wide, later])))).toEqual({
      from: '2022-10-01',
      to: '2023-01-31',
    });
  });
});

describe('imprecise dates in the bins', () => {
  it('counts known days whole and spreads each range over its days (= naive day by day)', () => {
    fc.assert(
      fc.property(impreciseFlightsArb, filtersArb, unitArb, (flights, filters, unit) => {
        const view = computeView(createIndex(makeDataset(flights)), filters, unit);
        if (!view.range) return;
        const naive = naiveBins(naiveOverlap(flights, filters), unit, view.range);
        expect(view.bins.map((b) => CONFIDENCES.map((c) => b.counts[c]))).toEqual(naive.known);
        expect(view.bins.map((b) => b.uncertainFlights)).toEqual(naive.touching);
        view.bins.forEach((b, i) => expect(b.uncertain).toBeCloseTo(naive.weights[i]!, 9));
      }),
      { numRuns: 500 },
    );
  });

  it('gives a whole month to its month bin and 1/31 to each of its days', () => {
    const october = makeMinimalFlight({ id: 'oct', date: '2022-10-01', dateEnd: '2022-10-31' });
    const index = createIndex(makeDataset([october]));
    const months = computeView(index, {}, 'month').bins;
    expect(months.map((b) => [b.start, b.total, b.uncertain, b.uncertainFlights])).toEqual([
      ['2022-10-01', 0, 1, 1],
    ]);
    const days = computeView(index, { from: '2022-10-30', to: '2022-11-01' }, 'day').bins;
    expect(days.map((b) => [b.total, b.uncertainFlights])).toEqual([
      [0, 1],
      [0, 1],
      [0, 0],
    ]);
    expect(days[0]!.uncertain).toBeCloseTo(1 / 31, 12);
  });

  it("outlines a selection's imprecise flight as its share of each bin", () => {
    fc.assert(
      fc.property(impreciseFlightsArb, unitArb, (flights, unit) => {
        const view = computeView(createIndex(makeDataset(flights)), {}, unit);
        const counts = countInBins(view.bins, view.flights, () => true);
        view.bins.forEach((b, i) => expect(counts[i]).toBeCloseTo(b.total + b.uncertain, 9));
      }),
    );
  });

  it("gives a route the range's first and last possible days", () => {
    fc.assert(
      fc.property(impreciseFlightsArb, (flights) => {
        const view = computeView(createIndex(makeDataset(flights)), {}, 'month');
        const expected = aggregateRoutes(flights.map((f) => f)).map((r) => {
          const own = flights.filter((f) => `${f.origin}>${f.destination}` === r.key);
          return [r.key, r.firstDate, own.map(endOf).sort().at(-1)];
        });
        expect(view.routes.map((r) => [r.key, r.firstDate, r.lastDate])).toEqual(expected);
      }),
    );
  });
});

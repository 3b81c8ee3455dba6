import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REVIEW_STATUSES } from '../../src/data/contract';
import type { Filters, Flight, Review, ReviewStatus } from '../../src/data/contract';
import { computeView, countMatching, createIndex, explainEmpty, reviewStatusOf } from '../../src/data/query';
import {
  describeDispute,
  reviewLabel,
  disputedByRoute,
  reviewCounts,
  reviewCountsAt,
  type ReviewCounts,
  type RouteDispute,
} from '../../src/data/query/review';
import { makeDataset, makeMinimalFlight } from '../fixtures/flights';
import { filtersArb, flightsArb } from '../fixtures/query-arbitraries';
import { naiveFilter, queryFlights } from '../oracles/query';

/** The review rule by brute force: absent review = unreviewed; the filter is "any of". */
const naiveStatus = (f: Flight): ReviewStatus => (f.review ? f.review.status : 'unreviewed');
const naiveReview = (flights: readonly Flight[], filters: Filters) =>
  naiveFilter(flights, filters).filter(
    (f) => !filters.review?.length || filters.review.includes(naiveStatus(f)),
  );

function naiveCounts(flights: readonly Flight[], filters: Filters): ReviewCounts {
  const { review: _r, ...rest } = filters;
  const out: ReviewCounts = { unreviewed: 0, verified: 0, disputed: 0 };
  for (const f of naiveFilter(flights, rest)) out[naiveStatus(f)]++;
  return out;
}

function naiveDisputes(flights: readonly Flight[], filters: Filters): Map<string, RouteDispute> {
  const all = new Map<string, RouteDispute>();
  for (const f of naiveReview(flights, filters)) {
    const key = `${f.origin}>${f.destination}`;
    const r = all.get(key) ?? { disputed: 0, count: 0 };
    r.count++;
    if (naiveStatus(f) === 'disputed') r.disputed++;
    all.set(key, r);
  }
  return new Map([...all].filter(([, r]) => r.disputed > 0));
}

const reviewArb: fc.Arbitrary<Review | undefined> = fc.option(
  fc.record(
    {
      status: fc.constantFrom(...REVIEW_STATUSES),
      by: fc.constantFrom('Ana', 'Ben'),
      at: fc.constant('2026-01-02T03:04:05Z'),
      note: fc.constantFrom('checked the NOTAM', 'callsign does not match'),
    },
    { requiredKeys: ['status'] },
  ),
  { nil: undefined },
);
const reviewedFlightsArb = flightsArb.chain((flights) =>
  fc.tuple(...flights.map(() => reviewArb)).map((reviews) =>
    flights.map((f, i) => {
      const review = reviews[i];
      return review ? { ...f, review } : f;
    }),
  ),
);
const reviewFilterArb = fc.option(fc.subarray([...REVIEW_STATUSES]), { nil: undefined });
const withReviewArb = fc
  .tuple(filtersArb, reviewFilterArb)
  .map(([filters, review]): Filters => (review ? { ...filters, review } : filters));

const ids = (flights: readonly Flight[]) => flights.map((f) => f.id);

const flights = [
  makeMinimalFlight({ id: 'none', origin: 'UBBB', destination: 'LLOV' }),
  makeMinimalFlight({ id: 'unrev', origin: 'UBBB', destination: 'LLOV', review: { status: 'unreviewed' } }),
  makeMinimalFlight({
    id: 'ver',
    origin: 'UBBB',
    destination: 'LLOV',
    review: { status: 'verified', by: 'Ana' },
  }),
  makeMinimalFlight({ id: 'dis1', origin: 'UBBB', destination: 'LLOV', review: { status: 'disputed' } }),
  makeMinimalFlight({ id: 'dis2', origin: 'LLOV', destination: 'UBBB', review: { status: 'disputed' } }),
  makeMinimalFlight({ id: 'back', origin: 'LLOV', destination: 'UBBB', confidence: 'reported' }),
];
const index = createIndex(makeDataset(flights));

describe('review filter', () => {
  it.each<[string, ReviewStatus[] | undefined, string[]]>([
    ['absent: every flight', undefined, ['none', 'unrev', 'ver', 'dis1', 'dis2', 'back']],
    ['empty: every flight', [], ['none', 'unrev', 'ver', 'dis1', 'dis2', 'back']],
    ['unreviewed includes flights without review', ['unreviewed'], ['none', 'unrev', 'back']],
    ['verified', ['verified'], ['ver']],
    ['any of', ['disputed', 'verified'], ['ver', 'dis1', 'dis2']],
  ])('%s', (_name, review, expected) => {
    const shown = computeView(index, review ? { review } : {}, 'day').flights;
    expect(ids(shown).sort()).toEqual([...expected].sort());
    expect(countMatching(index, review ? { review } : {})).toBe(expected.length);
  });

  it('combines with the other filters (AND)', () => {
    expect(ids(computeView(index, { review: ['disputed'], origin: 'LLOV' }, 'day').flights)).toEqual([
      'dis2',
    ]);
    expect(computeView(index, { review: ['disputed'], confidences: ['reported'] }, 'day').total).toBe(0);
  });

  it('reads a status the contract does not name as unreviewed', () => {
    const odd = makeMinimalFlight({ id: 'odd', review: { status: 'maybe' as ReviewStatus } });
    const i = createIndex(makeDataset([odd]));
    expect(reviewStatusOf(odd)).toBe('maybe');
    expect(computeView(i, { review: ['unreviewed'] }, 'day').total).toBe(1);
    expect(reviewCounts(i, {})).toEqual({ unreviewed: 1, verified: 0, disputed: 0 });
  });

  it('is named by the empty state when it alone leaves no flight', () => {
    // 'back' is reported but unreviewed; 'ver' is verified but synthetic.
    const filters: Filters = { review: ['verified'], confidences: ['reported'] };
    expect(countMatching(index, filters)).toBe(0);
    expect(explainEmpty(index, filters).map((c) => [c.group, c.flights, c.clear])).toEqual([
      ['confidences', 1, { confidences: undefined }],
      ['review', 1, { review: undefined }],
    ]);
  });

  it('equals a naive filter over the flights, in time order', () => {
    fc.assert(
      fc.property(reviewedFlightsArb, withReviewArb, (fs, filters) => {
        const i = createIndex(makeDataset(fs));
        const expected = queryFlights(naiveReview(fs, filters), {});
        expect(ids(computeView(i, filters, 'day').flights)).toEqual(ids(expected));
        expect(countMatching(i, filters)).toBe(expected.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('counts by review status', () => {
  it('count every filter but the review filter itself', () => {
    expect(reviewCounts(index, {})).toEqual({ unreviewed: 3, verified: 1, disputed: 2 });
    expect(reviewCounts(index, { review: ['disputed'] })).toEqual({
      unreviewed: 3,
      verified: 1,
      disputed: 2,
    });
    expect(reviewCounts(index, { origin: 'LLOV' })).toEqual({ unreviewed: 1, verified: 0, disputed: 1 });
  });

  it('say it in words', () => {
    expect(reviewLabel('disputed')).toBe('Disputed');
    expect(describeDispute({ disputed: 1234, count: 5678 })).toBe('1,234 of 5,678 disputed');
    expect(describeDispute({ disputed: 3, count: 12 })).toBe('3 of 12 disputed');
  });

  it('equal a naive count', () => {
    fc.assert(
      fc.property(reviewedFlightsArb, withReviewArb, (fs, filters) => {
        expect(reviewCounts(createIndex(makeDataset(fs)), filters)).toEqual(naiveCounts(fs, filters));
      }),
      { numRuns: 300 },
    );
  });

  it("without a review filter, equal the counts at the view's positions", () => {
    fc.assert(
      fc.property(reviewedFlightsArb, withReviewArb, (fs, filters) => {
        const { review: _review, ...rest } = filters;
        const i = createIndex(makeDataset(fs));
        expect(reviewCountsAt(i, computeView(i, rest, 'day').positions)).toEqual(naiveCounts(fs, rest));
      }),
      { numRuns: 300 },
    );
  });
});

describe('disputed flights per route', () => {
  it('lists only routes with a disputed flight, with the route’s shown count', () => {
    expect(disputedByRoute(index, {})).toEqual(
      new Map([
        ['UBBB>LLOV', { disputed: 1, count: 4 }],
        ['LLOV>UBBB', { disputed: 1, count: 2 }],
      ]),
    );
    expect(disputedByRoute(index, { confidences: ['synthetic'] })).toEqual(
      new Map([
        ['UBBB>LLOV', { disputed: 1, count: 4 }],
        ['LLOV>UBBB', { disputed: 1, count: 1 }],
      ]),
    );
    expect(disputedByRoute(index, { review: ['verified'] }).size).toBe(0);
  });

  it('agree with the view’s routes and a naive count', () => {
    fc.assert(
      fc.property(reviewedFlightsArb, withReviewArb, (fs, filters) => {
        const i = createIndex(makeDataset(fs));
        const disputes = disputedByRoute(i, filters);
        expect(disputes).toEqual(naiveDisputes(fs, filters));
        const routes = new Map(computeView(i, filters, 'day').routes.map((r) => [r.key, r.count]));
        for (const [key, d] of disputes) expect(routes.get(key)).toBe(d.count);
      }),
      { numRuns: 300 },
    );
  });
});

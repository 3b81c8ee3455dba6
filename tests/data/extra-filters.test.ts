import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeView, createIndex } from '../../src/data/query';
import { inArea, type Area } from '../../src/data/query';
import { publisherKey, type Airport, type Filters, type Flight } from '../../src/data/contract';
import { makeDataset, makeMinimalFlight } from '../fixtures/flights';
import { filtersArb, flightsArb } from '../fixtures/query-arbitraries';
import { naiveFilter } from '../oracles/query';

const AIRPORTS: Airport[] = [
  { icao: 'UBBB', name: 'Baku', lat: 40.4675, lon: 50.0467 },
  { icao: 'LLOV', name: 'Ovda', lat: 29.9403, lon: 34.9358 },
  { icao: 'LLBG', name: 'Ben Gurion', lat: 32.0114, lon: 34.8867 },
  { icao: 'UBBG', name: 'Ganja', lat: 40.7377, lon: 46.3176 },
  { icao: 'LTAI', name: 'Antalya', lat: 36.8987, lon: 30.8005 },
];
const byIcao = new Map(AIRPORTS.map((a) => [a.icao, a]));
const withAirports = (flights: Flight[]) => ({ ...makeDataset(flights), airports: AIRPORTS });

/** The evidence and area rules by brute force. */
function naiveExtra(flights: readonly Flight[], filters: Filters): Flight[] {
  return flights.filter((f) => {
    const publishers = new Set(f.sources.map((s) => publisherKey(s.publisher)));
    if (filters.publishers?.length && !filters.publishers.some((p) => publishers.has(publisherKey(p))))
      return false;
    if (filters.minPublishers !== undefined && publishers.size < filters.minPublishers) return false;
    if (filters.area) {
      const inside = (icao: string) => {
        const a = byIcao.get(icao)!;
        return inArea(filters.area!, a.lat, a.lon);
      };
      if (!inside(f.origin) && !inside(f.destination)) return false;
    }
    return true;
  });
}

const areaArb: fc.Arbitrary<Area> = fc
  .record({
    lat: fc.tuple(fc.double({ min: 25, max: 45, noNaN: true }), fc.double({ min: 25, max: 45, noNaN: true })),
    lon: fc.tuple(fc.double({ min: 25, max: 55, noNaN: true }), fc.double({ min: 25, max: 55, noNaN: true })),
  })
  .map(({ lat, lon }) => ({
    south: Math.min(...lat),
    north: Math.max(...lat),
    west: Math.min(...lon),
    east: Math.max(...lon),
  }));

const extraArb = fc.record(
  {
    publishers: fc.subarray(['Haaretz', 'ADS-B Exchange', 'analyst', 'OpenSky Network', 'Nobody'], {
      minLength: 1,
    }),
    minPublishers: fc.integer({ min: 2, max: 4 }),
    area: areaArb,
  },
  { requiredKeys: [] },
);

describe('evidence and map-area filters', () => {
  it('equal a naive full scan, combined with every other filter', () => {
    fc.assert(
      fc.property(flightsArb, filtersArb, extraArb, (flights, base, extra) => {
        const filters = { ...base, ...extra };
        const got = computeView(createIndex(withAirports(flights)), filters, 'day').flights.map((f) => f.id);
        const expected = new Set(naiveExtra(naiveFilter(flights, base), extra).map((f) => f.id));
        expect(new Set(got)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('counts publishers, not sources: two reports by one publisher are one source', () => {
    const flights = [
      makeMinimalFlight({ id: 'one', sources: [{ publisher: 'Haaretz' }, { publisher: 'Haaretz' }] }),
      makeMinimalFlight({ id: 'two', sources: [{ publisher: 'Haaretz' }, { publisher: 'AP' }] }),
    ];
    const view = computeView(createIndex(withAirports(flights)), { minPublishers: 2 }, 'day');
    expect(view.flights.map((f) => f.id)).toEqual(['two']);
  });

  it('compares publishers after normalising case, spaces and Unicode, and counts a republication as its original', () => {
    const flights = [
      makeMinimalFlight({ id: 'case', sources: [{ publisher: 'Haaretz' }, { publisher: 'haaretz ' }] }),
      makeMinimalFlight({
        id: 'republished',
        sources: [
          { publisher: 'Haaretz (via armenianclub.com)' },
          { publisher: 'Haaretz (republished by X)' },
        ],
      }),
      makeMinimalFlight({ id: 'nfkc', sources: [{ publisher: 'Ｈａａｒｅｔｚ' }, { publisher: 'Haaretz' }] }),
      makeMinimalFlight({ id: 'two', sources: [{ publisher: 'Haaretz (via X)' }, { publisher: 'AP' }] }),
    ];
    const index = createIndex(withAirports(flights));
    expect(computeView(index, { minPublishers: 2 }, 'day').flights.map((f) => f.id)).toEqual(['two']);
    // The publisher filter matches every spelling of the one publisher.
    const haaretz = computeView(index, { publishers: ['Haaretz'] }, 'day').flights.map((f) => f.id);
    expect(haaretz.sort()).toEqual(['case', 'nfkc', 'republished', 'two']);
    // A route counts one publisher for all of them, and a flight is multi-source only with two.
    const [route] = computeView(index, {}, 'day').routes;
    expect(route?.publishers).toBe(2);
    const single = computeView(index, { publishers: ['haaretz'], minPublishers: undefined }, 'day');
    expect(single.total).toBe(4);
    const oneFlight = createIndex(withAirports([{ ...flights[0]!, confidence: 'confirmed' }]));
    expect(computeView(oneFlight, {}, 'day').routes[0]?.weakEvidence).toBe(true);
  });

  it('equal the naive scan when publishers are spelt in varied ways', () => {
    const spell = fc.constantFrom(
      (p: string) => p,
      (p: string) => `${p.toUpperCase()} `,
      (p: string) => `${p} (via Some Blog)`,
      (p: string) => p.normalize('NFKD').replace(/ /g, '  '),
    );
    const varied = flightsArb.chain((flights) =>
      fc.array(spell, { minLength: 8, maxLength: 8 }).map((spellings) =>
        flights.map((f, i) => ({
          ...f,
          sources: f.sources.map((s, j) => ({ ...s, publisher: spellings[(i + j) % 8]!(s.publisher) })),
        })),
      ),
    );
    fc.assert(
      fc.property(varied, extraArb, (flights, extra) => {
        const got = computeView(createIndex(withAirports(flights)), extra, 'day').flights.map((f) => f.id);
        expect(new Set(got)).toEqual(new Set(naiveExtra(flights, extra).map((f) => f.id)));
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    [{ south: 29, west: 34, north: 31, east: 36 }, 30, 35, true],
    [{ south: 29, west: 34, north: 31, east: 36 }, 40, 50, false],
    [{ south: -10, west: 170, north: 10, east: -170 }, 0, 179, true], // across the antimeridian
    [{ south: -10, west: 170, north: 10, east: -170 }, 0, -175, true],
    [{ south: -10, west: 170, north: 10, east: -170 }, 0, 0, false],
    [{ south: -10, west: -200, north: 10, east: 200 }, 0, 0, true], // zoomed out past a whole world
  ])('inArea(%j, %d, %d) = %s', (area, lat, lon, inside) => expect(inArea(area, lat, lon)).toBe(inside));
});

const observedArb = fc.constantFrom<boolean | undefined>(true, false, undefined);
/** Flights with every mix of observed, inferred and unknown (not from a track) ends. */
const flightsWithEndsArb = flightsArb.chain((flights) =>
  fc
    .array(fc.tuple(observedArb, observedArb), { minLength: flights.length, maxLength: flights.length })
    .map((ends) =>
      flights.map((f, i) => {
        const [departureObserved, arrivalObserved] = ends[i] ?? [undefined, undefined];
        const out: Flight = { ...f };
        if (departureObserved !== undefined) out.departureObserved = departureObserved;
        if (arrivalObserved !== undefined) out.arrivalObserved = arrivalObserved;
        return out;
      }),
    ),
);

describe('"Both ends observed" filter', () => {
  it('equals the naive oracle, combined with every other filter', () => {
    fc.assert(
      fc.property(flightsWithEndsArb, filtersArb, fc.boolean(), (flights, base, both) => {
        const filters: Filters = { ...base, bothEndsObserved: both };
        const got = computeView(createIndex(withAirports(flights)), filters, 'day').flights.map((f) => f.id);
        const expected = naiveFilter(flights, filters).map((f) => f.id);
        expect(new Set(got)).toEqual(new Set(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps only flights with both ends observed; an unknown end is not observed', () => {
    const flights = [
      makeMinimalFlight({ id: 'both', departureObserved: true, arrivalObserved: true }),
      makeMinimalFlight({ id: 'dep-only', departureObserved: true, arrivalObserved: false }),
      makeMinimalFlight({ id: 'arr-only', departureObserved: false, arrivalObserved: true }),
      makeMinimalFlight({ id: 'compiled' }),
    ];
    const index = createIndex(withAirports(flights));
    expect(computeView(index, { bothEndsObserved: true }, 'day').flights.map((f) => f.id)).toEqual(['both']);
    expect(computeView(index, { bothEndsObserved: false }, 'day').total).toBe(4);
  });
});

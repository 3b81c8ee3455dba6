// The rank-column sort (src/data/query/sort-ranks.ts) against its oracle: sortFlights without an index,
// which ranks each call's own values with a Set and the collator (the sort before issue 16).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeView, createIndex, sortFlights, type FlightIndex } from '../../src/data/query';
import { positionsIn, rankColumn, warmRankColumns, type RankKey } from '../../src/data/query/sort-ranks';
import { updateIndex } from '../../src/data/query/index-update';
import { applyStep, type FlightChange, type Step } from '../../src/data/edit';
import type { Confidence, Flight, SortSpec, Source } from '../../src/data/contract';
import { makeDataset, makeMinimalFlight } from '../fixtures/flights';
import { filtersArb, flightsArb } from '../fixtures/query-arbitraries';

const KEYS: RankKey[] = [
  'origin',
  'destination',
  'operator',
  'callsign',
  'aircraftType',
  'registration',
  'confidence',
  'sources',
];
const SPECS: SortSpec[] = KEYS.flatMap((key) => (['asc', 'desc'] as const).map((dir) => ({ key, dir })));
const ids = (flights: readonly Flight[]) => flights.map((f) => f.id);

/**
 * Values the pools lack, mixed in: missing fields, empty text, a confidence outside the list (sorts
 * as missing), no sources, spellings of one publisher the index joins but the collator tells apart.
 */
const oddArb = fc.constantFrom<(f: Flight) => Flight>(
  (f) => f,
  (f) => f,
  (f) => ({ ...f, operator: undefined, registration: undefined, callsign: undefined }),
  (f) => ({ ...f, aircraftType: undefined, callsign: '' }),
  (f) => ({ ...f, confidence: 'rumoured' as Confidence }),
  (f) => ({ ...f, sources: [] }),
  (f) => ({ ...f, sources: [{ publisher: 'haaretz' }, ...f.sources] }),
  (f) => ({ ...f, sources: [{ publisher: 'Haaretz (via analyst)' }] }),
  (f) => ({ ...f, registration: '4k-az9' }),
);
const datasetArb = fc
  .tuple(flightsArb, fc.array(oddArb, { minLength: 60, maxLength: 60 }))
  .map(([flights, odd]) => makeDataset(flights.map((f, i) => odd[i]!(f))));

describe('sortFlights on rank columns', () => {
  it.each(SPECS)('equals the per-call sort for any view of any index: %j', (spec) => {
    fc.assert(
      fc.property(datasetArb, filtersArb, (dataset, filters) => {
        const index = createIndex(dataset);
        const { flights } = computeView(index, filters, 'day');
        const expected = ids(sortFlights(flights, spec));
        expect(ids(sortFlights(flights, spec, { index }))).toEqual(expected);
        const positions = positionsIn(index, flights);
        expect(positions && ids(sortFlights(flights, spec, { index, positions }))).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it.each(SPECS)('falls back to the per-call sort for flights not in index order: %j', (spec) => {
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        const index = createIndex(dataset);
        const reversed = index.flights.slice().reverse();
        const copies = index.flights.map((f) => ({ ...f }));
        for (const flights of [reversed, copies])
          expect(ids(sortFlights(flights, spec, { index }))).toEqual(ids(sortFlights(flights, spec)));
      }),
      { numRuns: 20 },
    );
  });
});

const OPERATORS = ['Silk Way Airlines', 'Silk Way West', 'A New Operator'];
const editArb = fc.record(
  {
    operator: fc.option(fc.constantFrom(...OPERATORS), { nil: undefined }),
    callsign: fc.option(fc.constantFrom('AZQ4001', 'NEW1', 'AZQ40010'), { nil: undefined }),
    registration: fc.option(fc.constantFrom('4K-AZ9', '4K-AZ11', 'UR-82008'), { nil: undefined }),
    aircraftType: fc.option(fc.constantFrom('Il-76TD', 'C-17'), { nil: undefined }),
    origin: fc.constantFrom('UBBB', 'LLOV', 'LTBA'),
    confidence: fc.constantFrom<Confidence>('confirmed', 'synthetic', 'rumoured' as Confidence),
    sources: fc.constantFrom<Source[]>([{ publisher: 'Haaretz' }], [{ publisher: 'A new outlet' }], []),
  },
  { requiredKeys: [] },
);

describe('rank columns after an edit', () => {
  it('stay right when updateIndex changes flights in place (columns patched or rebuilt)', () => {
    fc.assert(
      fc.property(
        datasetArb.filter((d) => d.flights.length > 0),
        fc.array(fc.tuple(fc.nat(), editArb), { minLength: 1, maxLength: 4 }),
        (dataset, edits) => {
          const index = createIndex(dataset);
          // Sort by every key first, so the old index has every column to patch from.
          for (const spec of SPECS) sortFlights(index.flights, spec, { index });
          const changes: FlightChange[] = [];
          for (const [pick, edit] of edits) {
            const before = dataset.flights[pick % dataset.flights.length]!;
            if (changes.some((c) => c.before === before)) continue;
            changes.push({ before, after: { ...before, ...edit } });
          }
          const step: Step = {
            label: 'edit',
            action: 'edit',
            at: '2024-01-01T00:00:00Z',
            log: [],
            flights: changes,
          };
          const updated = updateIndex(index, applyStep(dataset, step), step);
          for (const spec of SPECS) {
            const flights = updated.flights;
            expect(ids(sortFlights(flights, spec, { index: updated }))).toEqual(
              ids(sortFlights(flights, spec)),
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('are reused by an index whose flights did not change', () => {
    const index = createIndex(makeDataset([makeMinimalFlight({ callsign: 'B' }), makeMinimalFlight()]));
    const same: FlightIndex = { ...index, dataset: { ...index.dataset } };
    expect(rankColumn(same, 'callsign')).toBe(rankColumn(index, 'callsign'));
  });
});

describe('warmRankColumns', () => {
  // Enough flights for a build to take several slices; values repeat, some are missing.
  const flights = Array.from({ length: 70_000 }, (_, i) =>
    makeMinimalFlight({
      id: `f${i}`,
      callsign: i % 7 === 0 ? undefined : `C${(i * 31) % 101}`,
      registration: `4K-AZ${i % 13}`,
      confidence: (['confirmed', 'synthetic', 'inferred'] as const)[i % 3],
      sources: [{ publisher: ['Pub B', 'pub a', 'Pub C'][(i * 7) % 3]! }],
    }),
  );

  it('stops when the idle time runs out, goes on where it stopped, and sorts stay right meanwhile', () => {
    const index = createIndex(makeDataset(flights));
    let checks = 0;
    const timeLeft = () => (checks-- > 0 ? 10 : 0);
    const expected = SPECS.map((spec) => ids(sortFlights(index.flights, spec)));
    checks = 5;
    expect(warmRankColumns(index, timeLeft)).toBe(false);
    // A sort by the key whose build was under way when time ran out finishes that build.
    expect(ids(sortFlights(index.flights, { key: 'confidence', dir: 'desc' }, { index }))).toEqual(
      expected[SPECS.findIndex((s) => s.key === 'confidence' && s.dir === 'desc')],
    );
    let rounds = 1;
    // 70k flights take three slices per column read from the flights: resumed, not begun again.
    for (checks = 2; !warmRankColumns(index, timeLeft) && rounds < 100; checks = 2) rounds++;
    expect(rounds).toBeGreaterThan(2);
    expect(rounds).toBeLessThan(100);
    SPECS.forEach((spec, k) => expect(ids(sortFlights(index.flights, spec, { index }))).toEqual(expected[k]));
  });

  it('builds every column at once without a deadline', () => {
    const index = createIndex(makeDataset(flights.slice(0, 500)));
    expect(warmRankColumns(index)).toBe(true);
    SPECS.forEach((spec) =>
      expect(ids(sortFlights(index.flights, spec, { index }))).toEqual(ids(sortFlights(index.flights, spec))),
    );
  });
});

describe('positionsIn', () => {
  const index = createIndex(makeDataset(['a', 'b', 'c', 'd'].map((id) => makeMinimalFlight({ id }))));
  const [a, b, c, d] = index.flights;

  it.each<[string, Flight[], number[] | undefined]>([
    ['all', [a!, b!, c!, d!], [0, 1, 2, 3]],
    ['a subsequence', [b!, d!], [1, 3]],
    ['none', [], []],
    ['out of order', [c!, b!], undefined],
    ['a copy of a flight', [{ ...a! }], undefined],
  ])('%s', (_, flights, expected) => {
    const positions = positionsIn(index, flights);
    expect(positions && [...positions]).toEqual(expected);
  });

  it('walks again for another index', () => {
    const view = [b!, d!];
    expect([...positionsIn(index, view)!]).toEqual([1, 3]);
    expect(positionsIn({ ...index, flights: [d!, c!, b!, a!] }, view)).toBeUndefined();
    expect([...positionsIn({ ...index, flights: [b!, d!] }, view)!]).toEqual([0, 1]);
  });
});

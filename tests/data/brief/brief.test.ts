import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBrief, syntheticWarning } from '../../../src/data/brief';
import type { Flight, Source } from '../../../src/data/contract';
import { makeDataset, makeMinimalFlight } from '../../fixtures/flights';

const source = fc.record({
  publisher: fc.constantFrom('Haaretz', 'haaretz', 'OpenSky Network', 'analyst'),
  title: fc.option(fc.constantFrom('A', 'B'), { nil: undefined }),
});
const flights = fc.array(
  fc.record({
    sources: fc.array(source, { minLength: 1, maxLength: 3 }),
    confidence: fc.constantFrom('reported', 'synthetic', 'confirmed'),
    destination: fc.constantFrom('LLOV', 'LLBG'),
  }),
  { maxLength: 25 },
);

const strip = (s: Source) =>
  JSON.stringify([s.publisher.toLowerCase(), s.title ?? '', s.url ?? '', s.published ?? '']);

describe('the brief', () => {
  it('every listed flight points to exactly its own sources, and every numbered source is cited', () => {
    fc.assert(
      fc.property(flights, fc.integer({ min: 0, max: 30 }), (rows, max) => {
        const list: Flight[] = rows.map((r, i) =>
          makeMinimalFlight({
            id: `f${i}`,
            ...r,
            sources: r.sources.map((s) => ({ ...s })),
          } as Partial<Flight>),
        );
        const brief = buildBrief({
          title: '',
          summary: '',
          dataset: makeDataset(list),
          flights: list,
          filters: {},
          link: 'http://127.0.0.1/',
          madeOn: '2026-12-02',
          maxFlights: max,
        });
        expect(brief.flights).toHaveLength(Math.min(max, list.length));
        expect(brief.flightCount).toBe(list.length);
        for (const row of brief.flights) {
          const cited = new Set(row.sourceNumbers.map((n) => strip(brief.sources[n - 1]!)));
          expect(cited).toEqual(new Set(row.flight.sources.map(strip)));
        }
        const all = new Set(list.flatMap((f) => f.sources.map(strip)));
        expect(brief.sources.map(strip).sort()).toEqual([...all].sort());
        expect(brief.synthetic).toBe(list.filter((f) => f.confidence === 'synthetic').length);
        expect(brief.figures[0]).toEqual({ label: 'Flights', value: String(list.length) });
      }),
    );
  });

  it('states synthetic data whenever any flight is synthetic', () => {
    expect(syntheticWarning({ synthetic: 0, flightCount: 4 })).toBeUndefined();
    expect(syntheticWarning({ synthetic: 4, flightCount: 4 })).toBe(
      'All 4 flights in this brief are synthetic sample records, not observations.',
    );
    expect(syntheticWarning({ synthetic: 1, flightCount: 4 })).toBe(
      '1 of the 4 flights in this brief are synthetic sample records, not observations.',
    );
  });

  it('names the filters and the key figures in words', () => {
    const list = [
      makeMinimalFlight({ id: 'a', date: '2022-10-01', icao24: '600001', operator: 'Silk Way Airlines' }),
      makeMinimalFlight({
        id: 'b',
        date: '2022-10-09',
        dateEnd: '2022-10-15',
        icao24: '600002',
        destination: 'LLBG',
      }),
      makeMinimalFlight({ id: 'c', date: '2022-10-05', icao24: '600001' }),
    ];
    const brief = buildBrief({
      title: 'Ovda, October',
      summary: 'Three flights.',
      dataset: makeDataset(list),
      flights: list,
      filters: { airport: 'LLOV' },
      link: 'http://127.0.0.1/?airport=LLOV',
      madeOn: '2026-12-02',
      maxFlights: 10,
    });
    expect(brief.filters).toEqual(['airport LLOV']);
    expect(Object.fromEntries(brief.figures.map((f) => [f.label, f.value]))).toMatchObject({
      Flights: '3',
      Dates: '2022-10-01 – 2022-10-15',
      'Aircraft (by icao24 or registration)': '2',
      Operators: '1',
      'Most frequent destination': 'LLOV (2 flights)',
    });
  });
});

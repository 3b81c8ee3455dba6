import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/data/sample/generate';
import { decodeFlights, encodeFlights, isFlightColumns } from '../../src/io/flight-columns';
import { anyFlight } from '../fixtures/arbitraries';

describe('flights stored as columns', () => {
  it('come back equal, absent fields absent, for any flights', () => {
    fc.assert(
      fc.property(fc.array(anyFlight, { maxLength: 30 }), (flights) => {
        const back = decodeFlights(structuredClone(encodeFlights(flights)));
        expect(back).toStrictEqual(flights.map((f) => ({ ...f })));
        back.forEach((f, i) => expect(Object.keys(f).sort()).toEqual(Object.keys(flights[i]!).sort()));
      }),
    );
  });

  it('keep a repeated value once, and records shared between flights shared', () => {
    const { flights } = generateDataset({ flights: 500, seed: 2 });
    const sources = flights[0]!.sources;
    const shared = flights.map((f, i) => (i % 2 ? { ...f, sources } : f));
    const stored = structuredClone(encodeFlights(shared));
    const origin = stored.columns.find((c) => c.key === 'origin');
    expect(origin && 'dict' in origin && origin.dict.length).toBe(new Set(flights.map((f) => f.origin)).size);
    const back = decodeFlights(stored);
    expect(back[1]!.sources).toBe(back[3]!.sources);
    expect(back).toEqual(shared);
  });

  it('are told apart from a chunk stored as an array of flights', () => {
    expect(isFlightColumns(structuredClone(encodeFlights([])))).toBe(true);
    expect(isFlightColumns([])).toBe(false);
    const damaged = { ...encodeFlights(generateDataset({ flights: 3, seed: 1 }).flights), length: 4 };
    expect(isFlightColumns(damaged)).toBe(false);
  });
});

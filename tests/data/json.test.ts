import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../src/data/import';
import { PRETTY_JSON_MAX_FLIGHTS, toJson } from '../../src/data/export';
import type { Dataset } from '../../src/data/contract';
import { anyFlights } from '../fixtures/arbitraries';
import { makeDataset, makeFlight } from '../fixtures/flights';
import { testGazetteer } from '../fixtures/test-gazetteer';

const events = [
  {
    date: '2023-03-04',
    title: 'Sample event',
    sources: [{ publisher: 'analyst', url: 'https://example.org/e' }],
  },
  { date: '2023-03-06', title: 'Report published', description: 'Haaretz' },
  { date: '2023-09-19', title: 'Offensive' },
];

function fullDataset(): Dataset {
  const flights = [
    makeFlight({ id: 'j1', date: '2023-03-02', arrivalTime: '2023-03-02T09:40:00Z', confidence: 'reported' }),
    makeFlight({
      id: 'j2',
      date: '2023-03-06',
      arrivalTime: '2023-03-06T09:40:00Z',
      origin: 'UBBG',
      confidence: 'reported',
    }),
    makeFlight({
      id: 'j3',
      date: '2023-09-20',
      arrivalTime: '2023-09-20T09:40:00Z',
      destination: 'LLNV',
      confidence: 'reported',
    }),
  ];
  return makeDataset(flights, {
    title: 'T',
    description: 'D',
    synthetic: false,
    compiledAt: '2026-11-24',
    license: 'CC BY 4.0',
    events,
  });
}

function reimport(text: string): Dataset {
  const result = parseImport(text, { gazetteer: testGazetteer });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  expect(result.warnings).toEqual([]);
  return result.dataset;
}

describe('contract JSON export', () => {
  it('imports back unchanged', () => {
    const dataset = fullDataset();
    const back = reimport(toJson(dataset.flights, dataset));
    expect(back).toStrictEqual({ ...dataset, schemaVersion: 2, airports: back.airports });
    const byIcao = (d: Dataset) => [...d.airports].sort((a, b) => a.icao.localeCompare(b.icao));
    expect(byIcao(back)).toStrictEqual(byIcao(dataset));
  });

  it('holds only the airports the exported flights use and the events within their date span', () => {
    const dataset = fullDataset();
    const doc = JSON.parse(toJson(dataset.flights.slice(0, 2), dataset));
    expect(doc.airports.map((a: { icao: string }) => a.icao).sort()).toEqual(['LLOV', 'UBBB', 'UBBG']);
    expect(doc.events.map((e: { date: string }) => e.date)).toEqual(['2023-03-04', '2023-03-06']);
    expect(JSON.parse(toJson([], dataset)).events).toHaveLength(3);
  });

  it('keeps the meta and says synthetic when the dataset or any exported flight is', () => {
    const dataset = fullDataset();
    const doc = JSON.parse(toJson(dataset.flights, dataset));
    expect(doc).toMatchObject({
      schemaVersion: 2,
      title: 'T',
      description: 'D',
      compiledAt: '2026-11-24',
      license: 'CC BY 4.0',
      synthetic: false,
    });
    const withSynthetic = [...dataset.flights, makeFlight({ confidence: 'synthetic' })];
    expect(JSON.parse(toJson(withSynthetic, dataset)).synthetic).toBe(true);
    expect(JSON.parse(toJson([], { ...dataset, synthetic: true })).synthetic).toBe(true);
  });

  it('writes only contract fields', () => {
    const flight = { ...makeFlight({ id: 'x' }), extra: 1 } as never;
    const doc = JSON.parse(toJson([flight], makeDataset([flight])));
    expect(doc.flights[0]).not.toHaveProperty('extra');
  });

  it(`pretty-prints below ${PRETTY_JSON_MAX_FLIGHTS} flights and is compact from there`, () => {
    const flights = Array.from({ length: PRETTY_JSON_MAX_FLIGHTS }, (_, i) => makeFlight({ id: `p${i}` }));
    const small = toJson(flights.slice(0, PRETTY_JSON_MAX_FLIGHTS - 1), makeDataset([]));
    const large = toJson(flights, makeDataset([]));
    expect(small.startsWith('{\n  "schemaVersion": 2,')).toBe(true);
    expect(large.startsWith('{"schemaVersion":2,')).toBe(true);
    expect(large).not.toContain('\n');
  });

  it('export → import gives back equal flights for any text in every text field', () => {
    fc.assert(
      fc.property(anyFlights, (flights) => {
        const dataset = makeDataset(flights);
        expect(reimport(toJson(flights, dataset)).flights).toStrictEqual(flights);
      }),
      { numRuns: 300 },
    );
  });

  it('more than 1,000,000 flights is one error saying the limit', () => {
    const text =
      '{"schemaVersion":1,"title":"t","synthetic":true,"flights":[' + '0,'.repeat(1_000_000) + '0]}';
    const result = parseImport(text);
    expect(result.ok === false && result.errors.map((e) => e.message)).toEqual([
      'field flights: 1,000,001 flights is more than the limit of 1,000,000 flights in one dataset',
    ]);
  });
});

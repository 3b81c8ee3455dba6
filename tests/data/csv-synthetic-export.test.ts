// Issue 12, honest exports: a CSV or GeoJSON export of synthetic or partly synthetic data says so at
// file level, not only per row; the CSV says it in a way that survives a spreadsheet and re-imports.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv, toGeoJson, tracksToGeoJson } from '../../src/data/export';
import { parseImport } from '../../src/data/import';
import type { Dataset, Flight, ImportResult, Track } from '../../src/data/contract';
import { makeDataset, makeFlight } from '../fixtures/flights';
import { testGazetteer } from '../fixtures/test-gazetteer';
import { aggregateAirports, aggregateRoutes } from '../oracles/query';

const real = (id: string) => makeFlight({ id, confidence: 'reported' });
const fake = (id: string) => makeFlight({ id, confidence: 'synthetic' });
const dataset = (flights: Flight[], synthetic: boolean): Dataset => makeDataset(flights, { synthetic });

function ok(result: ImportResult): Dataset {
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.dataset;
}

const firstLine = (csv: string) => csv.slice(1).split('\r\n')[0];

describe('CSV export says synthetic at file level', () => {
  it.each<[string, Flight[], boolean, RegExp | undefined]>([
    ['a synthetic dataset', [real('a')], true, /^# synthetic: this data is synthetic/],
    ['all flights synthetic', [fake('a'), fake('b')], false, /^# synthetic: this data is synthetic/],
    ['partly synthetic', [fake('a'), real('b'), real('c')], false, /^# synthetic: partly - 1 of 3 flights/],
    ['no synthetic data', [real('a')], false, undefined],
  ])('%s', (_, flights, synthetic, line) => {
    const csv = toCsv(flights, dataset(flights, synthetic));
    if (line) expect(firstLine(csv)).toMatch(line);
    else expect(firstLine(csv)?.startsWith('id,')).toBe(true);
    // Re-imports: the same flights, the dataset still marked synthetic when any of it was.
    const back = ok(parseImport(csv, { gazetteer: testGazetteer }));
    expect(back.flights.map((f) => f.id)).toEqual(flights.map((f) => f.id));
    expect(back.synthetic).toBe(line !== undefined);
  });

  it('the line is one plain cell: a spreadsheet that pads it with commas and drops the BOM still re-imports', () => {
    const flights = [real('a'), real('b')];
    const csv = toCsv(flights, dataset(flights, true));
    const rows = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', delimiter: ',' }).data;
    expect(rows[0]).toHaveLength(1);
    // What Excel writes back: every row as wide as the widest, LF line ends, no BOM.
    const width = rows[1]?.length ?? 0;
    const resaved = Papa.unparse(
      rows.map((r) => [...r, ...Array<string>(Math.max(0, width - r.length)).fill('')]),
    );
    const back = ok(parseImport(resaved, { gazetteer: testGazetteer }));
    expect(back.synthetic).toBe(true);
    expect(back.flights.map((f) => f.id)).toEqual(['a', 'b']);
  });

  it('error rows stay spreadsheet rows (the synthetic line is row 1, the header row 2)', () => {
    const flights = [real('a')];
    const csv = toCsv(flights, dataset(flights, true)).replace(',reported,', ',unsure,');
    const result = parseImport(csv, { gazetteer: testGazetteer });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^row 3 \(id "a"\), field confidence: /),
    ]);
  });
});

describe('GeoJSON export says synthetic at file level and on every feature', () => {
  const airports = new Map(makeDataset([real('a')]).airports.map((a) => [a.icao, a]));

  it.each<[string, Flight[], boolean, string]>([
    ['a synthetic dataset', [real('a')], true, 'all'],
    ['partly synthetic', [fake('a'), real('b')], false, 'partly'],
    ['no synthetic data', [real('a')], false, 'none'],
  ])('routes: %s', (_, flights, synthetic, level) => {
    const geo = JSON.parse(
      toGeoJson(aggregateRoutes(flights), aggregateAirports(flights), airports, {
        datasetSynthetic: synthetic,
      }),
    );
    expect(geo.synthetic).toBe(level !== 'none');
    expect(geo.syntheticData).toBe(level);
    expect(geo.features.length).toBeGreaterThan(0);
    for (const f of geo.features) expect(f.properties.syntheticData).toBe(level);
    if (level !== 'none') expect(geo.syntheticNote).toMatch(/synthetic/);
  });

  it.each<[string, Flight[], boolean, string]>([
    ['a synthetic dataset', [real('a')], true, 'all'],
    ['partly synthetic', [fake('a'), real('b')], false, 'partly'],
    ['no synthetic data', [real('a')], false, 'none'],
  ])('tracks: %s', (_, flights, synthetic, level) => {
    const tracks: Track[] = flights.map((f) => ({
      flightId: f.id,
      source: { publisher: 'P' },
      points: [
        [1677751200, 40, 50, 0, true],
        [1677751260, 40.1, 50.1, 1000, false],
      ],
    })) as unknown as Track[];
    const geo = JSON.parse(
      tracksToGeoJson(tracks, new Map(flights.map((f) => [f.id, f])), { datasetSynthetic: synthetic }),
    );
    expect(geo.synthetic).toBe(level !== 'none');
    expect(geo.syntheticData).toBe(level);
    for (const f of geo.features) expect(f.properties.syntheticData).toBe(level);
  });
});

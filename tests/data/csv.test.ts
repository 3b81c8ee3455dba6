import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { syntheticLine, toCsv, toCsvParts } from '../../src/data/export';
import { CSV_COLUMNS } from '../../src/data/contract';
import { CONTRACT_CSV_HEADER, csvCells } from '../oracles/csv-cells';
import { parseImport } from '../../src/data/import';
import type { Airport, Dataset, Flight } from '../../src/data/contract';
import { anyFlights } from '../fixtures/arbitraries';
import { makeDataset, makeFlight } from '../fixtures/flights';
import { testGazetteer } from '../fixtures/test-gazetteer';

const CONTRACT_HEADER = CONTRACT_CSV_HEADER;

function papaCsv(flights: readonly Flight[], dataset: Dataset): string {
  const byIcao = new Map(dataset.airports.map((a) => [a.icao, a]));
  const rows = flights.map((f) => csvCells(f, byIcao));
  // The `# synthetic: …` first line (csv-synthetic-export.test.ts) comes before Papa's part.
  const line = syntheticLine(flights, dataset);
  return (
    '\uFEFF' + (line ? line + '\r\n' : '') + Papa.unparse([[...CSV_COLUMNS], ...rows], { newline: '\r\n' })
  );
}

describe('contract CSV export', () => {
  it('has the contract columns in order, a BOM and CRLF line ends', () => {
    expect(CSV_COLUMNS.join(',')).toBe(CONTRACT_HEADER);
    const flights = [
      makeFlight({ id: 'r1', confidence: 'reported' }),
      makeFlight({ id: 'r2', confidence: 'reported' }),
    ];
    const csv = toCsv(flights, makeDataset(flights, { synthetic: false }));
    expect(csv.startsWith('\uFEFF' + CONTRACT_HEADER + '\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes a known row exactly', () => {
    const flight = makeFlight({
      id: 'r1',
      operator: 'Sample, "Cargo"',
      notes: '=HYPERLINK("x")',
      sources: [
        { publisher: 'Haaretz', title: 'A; B', url: 'https://example.org/a' },
        { publisher: 'analyst' },
      ],
    });
    const row = toCsv([flight], makeDataset([flight]))
      .split('\r\n')
      .at(-1);
    expect(row).toBe(
      'r1,2023-03-02,2023-03-02T06:10:00Z,2023-03-02T09:40:00Z,UBBB,"Heydar Aliyev International, Baku",40.4675,' +
        '50.0467,LLOV,Ovda (Uvda),29.9403,34.9358,"Sample, ""Cargo""",SAMPLE01,Il-76TD,4K-SAMPLE1,0abc01,unknown,' +
        'synthetic,"Haaretz; A\\; B; https://example.org/a;  | analyst; ; ; ","\'=HYPERLINK(""x"")",,,,,,,,',
    );
  });

  it('neutralises formula cells but never the numeric lat/lon cells', () => {
    const south: Airport = { icao: 'SCEL', name: '-Sample South', lat: -33.39, lon: -70.79 };
    const flight = makeFlight({
      id: '-1',
      destination: 'SCEL',
      callsign: '+CALL',
      cargo: '@x',
      notes: '\tnote',
    });
    const dataset = makeDataset([flight], { airports: [south, ...makeDataset([flight]).airports] });
    const cells = csvCells(flight, new Map(dataset.airports.map((a) => [a.icao, a])));
    expect(cells[0]).toBe("'-1");
    expect(cells.slice(9, 12)).toEqual(["'-Sample South", '-33.39', '-70.79']);
    expect([cells[13], cells[17], cells[20]]).toEqual(["'+CALL", "'@x", "'\tnote"]);
  });

  it('is byte-identical to Papa.unparse with the same cells, for any text', () => {
    fc.assert(
      fc.property(anyFlights, (flights) => {
        const dataset = makeDataset(flights);
        expect(toCsv(flights, dataset)).toBe(papaCsv(flights, dataset));
      }),
      { numRuns: 300 },
    );
  });

  it('in parts, joins to exactly the same text, each part holding at most its share of rows', () => {
    fc.assert(
      fc.property(anyFlights, fc.integer({ min: 1, max: 4 }), (flights, rowsPerPart) => {
        const dataset = makeDataset(flights);
        const parts = toCsvParts(flights, dataset, rowsPerPart);
        expect(parts.join('')).toBe(toCsv(flights, dataset));
        expect(parts).toHaveLength(Math.max(1, Math.ceil(flights.length / rowsPerPart)));
        // Rows never straddle parts: every part after the first starts a new line.
        for (const part of parts.slice(1)) expect(part.startsWith('\r\n')).toBe(true);
      }),
      { numRuns: 200 },
    );
    const none = toCsvParts([], makeDataset([], { synthetic: false }));
    expect(none).toEqual(['\uFEFF' + CONTRACT_HEADER]);
  });

  it('export → import gives back equal flights for any text in every text field', () => {
    fc.assert(
      fc.property(anyFlights, (flights) => {
        const result = parseImport(toCsv(flights, makeDataset(flights)), { gazetteer: testGazetteer });
        if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
        expect(result.dataset.flights).toStrictEqual(flights);
        expect(result.warnings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('an exported CSV is self-contained: it imports without a gazetteer', () => {
    const odd: Airport = { icao: 'ZZZZ', name: '=Sample, "Field" \n', lat: -33.5, lon: -0.25 };
    const flights = [makeFlight({ id: 'a' }), makeFlight({ id: 'b', origin: 'UBBG', destination: 'ZZZZ' })];
    const dataset = makeDataset(flights);
    dataset.airports.push(odd);
    const result = parseImport(toCsv(flights, dataset), { fileName: 'flights.csv' });
    if (!result.ok) throw new Error(result.errors[0]?.message);
    expect(result.dataset.flights).toStrictEqual(flights);
    const summary = (airports: readonly Airport[]) =>
      airports.map((a) => `${a.icao} ${a.name} ${a.lat} ${a.lon}`).sort();
    expect(summary(result.dataset.airports)).toEqual(summary(dataset.airports));
    expect(result.dataset).toMatchObject({
      schemaVersion: 2,
      title: 'Imported from flights.csv',
      synthetic: true,
      events: [],
    });
  });
});

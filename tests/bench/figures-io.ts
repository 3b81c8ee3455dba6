// The import and export figures: the contract importers (plus the index the app builds next) against
// bare JSON.parse and Papa.parse, and toCsv against Papa.unparse of the same cells.
import Papa from 'papaparse';
import { CSV_COLUMNS } from '../../src/data/contract';
import { toCsv } from '../../src/data/export';
import { syntheticLine } from '../../src/data/export/csv-write';
import { csvCells } from '../oracles/csv-cells';
import { builtInGazetteer } from '../../src/data/geo/builtin-gazetteer';
import { parseImport } from '../../src/data/import';
import { toJson } from '../../src/data/export';
import { mergeDatasets } from '../../src/data/import';
import { createIndex } from '../../src/data/query';
import type { FlightIndex } from '../../src/data/query';
import type { Airport, Dataset } from '../../src/data/contract';
import { contest } from './measure';
import type { Row } from './measure';

function imported(text: string, fileName: string): Dataset {
  const result = parseImport(text, { fileName, gazetteer: builtInGazetteer });
  if (!result.ok) {
    const first = result.errors[0]?.message ?? 'no message';
    throw new Error(`${fileName}: import failed with ${result.totalErrors} errors, first: ${first}`);
  }
  return result.dataset;
}

export function importJsonFigure(dataset: Dataset, runs: number): Row {
  const n = dataset.flights.length;
  const text = toJson(dataset.flights, dataset);
  const { ours_ms, peer_ms } = contest({
    ours: () => createIndex(imported(text, 'flights.json')),
    peer: () => JSON.parse(text),
    runs,
    warmup: n <= 10_000 ? 1 : 0,
  });
  return { name: 'import-json', n, ours_ms, peer: 'JSON.parse', peer_ms, ratio: ours_ms / peer_ms };
}

/** Export figure; `identical` says whether toCsv equals the BOM, the synthetic line and Papa.unparse's output. */
export function exportCsvFigure(dataset: Dataset, runs: number): { row: Row; identical: boolean } {
  const n = dataset.flights.length;
  const byIcao = new Map<string, Airport>(dataset.airports.map((a) => [a.icao, a]));
  // The same file: the `# synthetic: …` first line (issue 12), then Papa.unparse of the cells.
  const peer = () => {
    const line = syntheticLine(dataset.flights, dataset);
    const table = Papa.unparse([[...CSV_COLUMNS], ...dataset.flights.map((f) => csvCells(f, byIcao))], {
      newline: '\r\n',
    });
    return line === '' ? table : `${line}\r\n${table}`;
  };
  const ours = () => toCsv(dataset.flights, dataset);
  const a = ours();
  const identical = a.charCodeAt(0) === 0xfeff && a.slice(1) === peer();
  const { ours_ms, peer_ms } = contest({ ours, peer, runs, warmup: n <= 10_000 ? 1 : 0 });
  return {
    row: { name: 'export-csv', n, ours_ms, peer: 'Papa.unparse', peer_ms, ratio: ours_ms / peer_ms },
    identical,
  };
}

/**
 * Import figure over `parts` CSV files (a million flights exceed the 200 MB per-file limit, so they
 * arrive as two files added together, as the contract says). Ours: parse + validate each file, add
 * them together, build the index. Peer: Papa.parse with header: true of the same files.
 */
export function importCsvFigure(
  dataset: Dataset,
  parts: number,
  runs: number,
): { row: Row; kept: { dataset: Dataset; index?: FlightIndex } } {
  const n = dataset.flights.length;
  const size = Math.ceil(n / parts);
  const texts = Array.from({ length: parts }, (_, p) =>
    toCsv(dataset.flights.slice(p * size, (p + 1) * size), dataset),
  );
  let kept: { dataset: Dataset; index: FlightIndex } | undefined;
  const ours = () => {
    const [head = '', ...rest] = texts;
    let all = imported(head, 'part-1.csv');
    for (const [i, text] of rest.entries()) {
      const p = i + 1;
      const merged = mergeDatasets(all, imported(text, `part-${p + 1}.csv`), {
        current: 'current',
        incoming: `part-${p + 1}.csv`,
      });
      if (!merged.ok) throw new Error(`merge failed: ${merged.errors[0]?.message}`);
      all = merged.dataset;
    }
    kept = { dataset: all, index: createIndex(all) };
    return kept;
  };
  // `comments: '#'`: the peer skips the `# synthetic: …` first line too, so it parses the same table
  // (without it Papa takes that line for the header and parses one column, ~5× less work).
  const peer = () => texts.map((text) => Papa.parse(text, { header: true, comments: '#' }));
  const { ours_ms, peer_ms } = contest({ ours, peer, runs, warmup: n <= 10_000 ? 1 : 0 });
  if (!kept || kept.dataset.flights.length !== n) throw new Error('import-csv: flights lost');
  return {
    row: { name: 'import-csv', n, ours_ms, peer: 'Papa.parse', peer_ms, ratio: ours_ms / peer_ms },
    kept,
  };
}

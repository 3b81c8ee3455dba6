/** The contract CSV reader (the writer is csv.ts). */
import type { Airport, Dataset, Flight, Gazetteer, ImportResult } from './types';
import { SCHEMA_VERSION } from './types';
import { CSV_COLUMNS } from './csv';
import type { CsvTable } from './csv-table';
import { csvTitle, headerNames, isBlankRow, overRowLimit } from './csv-table';
import { restoreFormula } from './formula';
import { decodeSourceParts } from './source-codec';
import type { FlightChecks } from './validate-flight';
import { validateFlight } from './validate-flight';
import type { IssueLog } from './validate';
import { SeenValues, UnknownFields } from './validate';
import { CsvAirportResolver } from './csv-airports';

const REQUIRED_COLUMNS = ['id', 'date', 'origin', 'destination', 'confidence', 'sources'];
// Columns copied into the raw flight as text (formula prefix stripped, empty = absent).
const TEXT_COLUMNS = [
  'id',
  'date',
  'departureTime',
  'arrivalTime',
  'origin',
  'destination',
  'operator',
  'callsign',
  'aircraftType',
  'registration',
  'icao24',
  'cargo',
  'confidence',
  'notes',
];
const SOURCE_PARTS = 4;

/** True when a CSV header looks like the contract CSV (so its missing columns are worth naming). */
export function isContractHeader(names: readonly string[]): boolean {
  if (names.includes('id')) return true;
  let known = 0;
  for (const name of names) if ((CSV_COLUMNS as readonly string[]).includes(name)) known++;
  return known >= 3;
}

/** Maps the header's names to column indexes; logs duplicate, missing and unknown columns. */
function mapHeader(names: readonly string[], log: IssueLog): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (index.has(name)) log.errorAt('', undefined, name, 'the header has this column twice');
    else index.set(name, i);
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      log.warningAt('', undefined, name, 'unknown column, left out of the dataset');
    }
  }
  for (const name of REQUIRED_COLUMNS) {
    if (!index.has(name))
      log.errorAt('', undefined, name, `required column "${name}" is missing from the header`);
  }
  return index;
}

function sourceRecords(cell: string, row: number, id: string | undefined, log: IssueLog): unknown[] {
  const decoded = decodeSourceParts(cell);
  const out: unknown[] = new Array(decoded.length);
  for (let i = 0; i < decoded.length; i++) {
    const p = decoded[i];
    if (p.length > SOURCE_PARTS) {
      log.error(
        row,
        id,
        `sources[${i + 1}]`,
        `has ${p.length} parts: a source is "publisher; title; url; published" (write ; inside a part as \\;)`,
      );
    }
    out[i] = { publisher: p[0], title: p[1] ?? '', url: p[2] ?? '', published: p[3] ?? '' };
  }
  return out;
}

/**
 * Reads a contract CSV table: columns in any order, spreadsheet row numbers (header = row 1). Airports
 * come from the gazetteer, else from the row's `…_name/_lat/_lon` cells.
 */
export function readContractCsv(
  table: CsvTable,
  log: IssueLog,
  options: { fileName?: string; gazetteer?: Gazetteer },
): ImportResult {
  const index = mapHeader(headerNames(table), log);
  if (log.hasErrors || overRowLimit(table, log)) return log.fail('csv');
  const width = table.rows[table.headerIndex].length;
  const textCols: [string, number][] = [];
  for (const name of TEXT_COLUMNS) {
    const i = index.get(name);
    if (i !== undefined) textCols.push([name, i]);
  }
  const sourcesCol = index.get('sources') as number;
  const idCol = index.get('id') as number;
  const airports = new CsvAirportResolver(log, options.gazetteer, index);
  const checks: FlightChecks = {
    log,
    unknown: new UnknownFields(),
    seen: new SeenValues(),
    airports,
    ids: new Map(),
  };
  const flights: Flight[] = [];
  let synthetic = false;
  for (let r = table.headerIndex + 1; r < table.rows.length; r++) {
    const cells = table.rows[r];
    const row = r + 1;
    if (isBlankRow(cells)) continue;
    const idCell = cells[idCol];
    const id = idCell ? restoreFormula(idCell) : undefined;
    if (cells.length !== width) {
      log.error(row, id, undefined, `has ${cells.length} cells but the header has ${width}`);
      continue;
    }
    const raw: Record<string, unknown> = {};
    for (let c = 0; c < textCols.length; c++) {
      const cell = cells[textCols[c][1]];
      if (cell !== '') raw[textCols[c][0]] = restoreFormula(cell);
    }
    raw.sources = sourceRecords(restoreFormula(cells[sourcesCol]), row, id, log);
    airports.readRow(cells, row, id);
    const flight = validateFlight(raw, row, checks);
    if (flight !== undefined) {
      flights.push(flight);
      if (flight.confidence === 'synthetic') synthetic = true;
    }
  }
  airports.report();
  if (log.hasErrors) return log.fail('csv');
  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    title: csvTitle(options.fileName),
    synthetic,
    airports: [...airports.used.values()] as Airport[],
    events: [],
    flights,
  };
  return { ok: true, format: 'csv', dataset, warnings: log.warnings() };
}

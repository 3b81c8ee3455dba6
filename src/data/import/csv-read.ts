/** The contract CSV reader (the writer is csv.ts). */
import type { Airport, Dataset, Flight, Gazetteer, ImportResult } from '../contract';
import { FLIGHT_FIELDS, SCHEMA_VERSION } from '../contract';
import { CSV_COLUMNS } from '../export';
import type { CsvTable } from './csv-table';
import { csvTitle, headerNames, isBlankRow, overRowLimit } from './csv-table';
import { restoreFormula } from '../contract';
import { decodeSourceParts } from '../contract';
import type { FlightChecks } from '../validate';
import { validateFlight } from '../validate';
import type { IssueLog } from '../validate';
import { SeenValues, UnknownFields } from '../validate';
import { CsvAirportResolver } from './csv-airports';

const REQUIRED_COLUMNS = ['id', 'date', 'origin', 'destination', 'confidence', 'sources'];
// Columns copied into the raw flight as text (formula prefix stripped, empty = absent).
const TEXT_COLUMNS = FLIGHT_FIELDS.filter((f) => f !== 'sources');
const SOURCE_PARTS = 4;
const SOURCE_CACHE_SIZE = 50_000;

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

/** A source record with only its non-empty parts, so the validator can keep it as is. */
function sourceRecord(parts: readonly string[]): Record<string, string> {
  const record: Record<string, string> = { publisher: parts[0] };
  if (parts[1]) record.title = parts[1];
  if (parts[2]) record.url = parts[2];
  if (parts[3]) record.published = parts[3];
  return record;
}

/**
 * The sources of one cell. Cells repeat (the same report cited by many flights), so decoded cells are
 * cached and their records shared: the dataset is never mutated after import.
 */
class SourceCells {
  private readonly cache = new Map<string, Record<string, string>[]>();

  read(cell: string, row: number, id: string | undefined, log: IssueLog): Record<string, string>[] {
    const cached = this.cache.get(cell);
    if (cached !== undefined) return cached;
    const decoded = decodeSourceParts(cell);
    const out: Record<string, string>[] = new Array(decoded.length);
    let ok = true;
    for (let i = 0; i < decoded.length; i++) {
      const parts = decoded[i];
      if (parts.length > SOURCE_PARTS) {
        ok = false;
        log.error(
          row,
          id,
          `sources[${i + 1}]`,
          `has ${parts.length} parts: a source is "publisher; title; url; published" (write ; inside a part as \\;)`,
        );
      }
      out[i] = sourceRecord(parts);
    }
    if (ok) {
      if (this.cache.size >= SOURCE_CACHE_SIZE) this.cache.clear();
      this.cache.set(cell, out);
    }
    return out;
  }
}

/** Column index of each text field, -1 when the file lacks it. */
type Columns = Record<(typeof TEXT_COLUMNS)[number], number>;

function text(cells: readonly string[], col: number): string | undefined {
  if (col < 0) return undefined;
  const cell = cells[col];
  return cell === '' ? undefined : restoreFormula(cell);
}

// Static property names in contract order: every flight gets the same hidden class.
function rawFlight(cells: readonly string[], c: Columns): Record<string, unknown> {
  const raw: Record<string, unknown> = { id: text(cells, c.id), date: text(cells, c.date) };
  let v = text(cells, c.departureTime);
  if (v !== undefined) raw.departureTime = v;
  v = text(cells, c.arrivalTime);
  if (v !== undefined) raw.arrivalTime = v;
  raw.origin = text(cells, c.origin);
  raw.destination = text(cells, c.destination);
  v = text(cells, c.operator);
  if (v !== undefined) raw.operator = v;
  v = text(cells, c.callsign);
  if (v !== undefined) raw.callsign = v;
  v = text(cells, c.aircraftType);
  if (v !== undefined) raw.aircraftType = v;
  v = text(cells, c.registration);
  if (v !== undefined) raw.registration = v;
  v = text(cells, c.icao24);
  if (v !== undefined) raw.icao24 = v;
  v = text(cells, c.cargo);
  if (v !== undefined) raw.cargo = v;
  raw.confidence = text(cells, c.confidence);
  raw.sources = undefined;
  v = text(cells, c.notes);
  if (v !== undefined) raw.notes = v;
  return raw;
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
  const columns = {} as Columns;
  for (const name of TEXT_COLUMNS) columns[name] = index.get(name) ?? -1;
  const sourceCells = new SourceCells();
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
    const raw = rawFlight(cells, columns);
    raw.sources = sourceCells.read(restoreFormula(cells[sourcesCol]), row, id, log);
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

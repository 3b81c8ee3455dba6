/** The contract CSV reader (the writer is export/csv-write.ts), driven by the field table. */
import type { Airport, Dataset, FieldKind, Flight, Gazetteer, ImportResult } from '../contract';
import {
  CSV_COLUMNS,
  FLIGHT_TABLE,
  IDENTITY_CSV_COLUMNS,
  IDENTITY_NOT_READ,
  REQUIRED_CSV_COLUMNS,
  SCHEMA_VERSION,
  decodeSourceParts,
  decodeTags,
  restoreFormula,
} from '../contract';
import type { CsvTable } from './csv-table';
import { csvTitle, headerNames, isBlankRow, overRowLimit } from './csv-table';
import type { FlightChecks, IssueLog, RowWhere } from '../validate';
import {
  IdRows,
  MAX_FLIGHTS,
  quoted,
  SeenValues,
  UnknownFields,
  validateFlightFields,
  validateFlightValues,
} from '../validate';
import { CsvAirportResolver } from './csv-airports';

const SOURCE_PARTS = 4;
const SOURCE_CACHE_SIZE = 50_000;
const SOURCES = FLIGHT_TABLE.findIndex((field) => field.kind === 'sources');
const CONFIDENCE = FLIGHT_TABLE.findIndex((field) => field.kind === 'confidence');

/**
 * Takes each clean flight as its values in the field table's order (the array is reused: copy what
 * is kept). A reader given one builds no flight objects and its result holds no flights.
 */
export interface FlightValuesSink {
  add(values: readonly unknown[]): void;
}

/** True when a CSV header looks like the contract CSV (so its missing columns are worth naming). */
export function isContractHeader(names: readonly string[]): boolean {
  if (names.includes('id')) return true;
  let known = 0;
  for (const name of names) if (CSV_COLUMNS.includes(name)) known++;
  return known >= 3;
}

/** Maps the header's names to column indexes; logs duplicate, missing and unknown columns. */
function mapHeader(names: readonly string[], log: IssueLog): Map<string, number> {
  const index = new Map<string, number>();
  const derived: string[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string; // i < length
    if (index.has(name)) log.error('', name, 'the header has this column twice');
    else index.set(name, i);
    if (IDENTITY_CSV_COLUMNS.includes(name)) derived.push(name);
    else if (!CSV_COLUMNS.includes(name)) log.warning('', name, 'unknown column, left out of the dataset');
  }
  if (derived.length > 0)
    log.warning('', derived[0]!, `with ${derived.slice(1).join(', ') || 'no other'}: ${IDENTITY_NOT_READ}`);
  for (const name of REQUIRED_CSV_COLUMNS) {
    if (!index.has(name)) log.error('', name, `required column ${quoted(name)} is missing from the header`);
  }
  return index;
}

/** A source record with only its non-empty parts, so the validator can keep it as is. */
function sourceRecord(parts: readonly string[]): Record<string, string> {
  const record: Record<string, string> = { publisher: parts[0] ?? '' };
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

  read(cell: string, where: RowWhere, log: IssueLog): Record<string, string>[] {
    const cached = this.cache.get(cell);
    if (cached !== undefined) return cached;
    const decoded = decodeSourceParts(cell);
    const out: Record<string, string>[] = new Array(decoded.length);
    let ok = true;
    for (let i = 0; i < decoded.length; i++) {
      const parts = decoded[i] as string[]; // i < length
      if (parts.length > SOURCE_PARTS) {
        ok = false;
        log.error(
          where,
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

/** Where one table field is in this file's columns (-1 = the file lacks the column). */
interface Slot {
  /** Position in FLIGHT_TABLE. */
  at: number;
  kind: FieldKind;
  /** Column of each of the field's CSV columns. */
  cols: readonly number[];
}

// Only the fields this file has columns for: a version 1 CSV skips the v2 fields.
function slotsOf(index: ReadonlyMap<string, number>): Slot[] {
  return FLIGHT_TABLE.map((field, at) => ({
    at,
    kind: field.kind,
    cols: field.csv.map((column) => index.get(column) ?? -1),
  })).filter((slot) => slot.cols.some((col) => col >= 0));
}

function text(cells: readonly string[], col: number | undefined): string | undefined {
  if (col === undefined || col < 0) return undefined;
  const cell = cells[col];
  return cell === undefined || cell === '' ? undefined : restoreFormula(cell);
}

// `true`/`false` in any case (a spreadsheet rewrites them as TRUE/FALSE); anything else stays text
// for the validator to name.
function booleanCell(cell: string | undefined): boolean | string | undefined {
  if (cell === undefined) return undefined;
  const lower = cell.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : cell;
}

// The review_status, review_by, review_note, review_at cells: absent when all are empty.
function reviewCells(cells: readonly string[], cols: readonly number[]): Record<string, string> | undefined {
  const status = text(cells, cols[0]);
  const by = text(cells, cols[1]);
  const note = text(cells, cols[2]);
  const at = text(cells, cols[3]);
  if (status === undefined && by === undefined && note === undefined && at === undefined) return undefined;
  const review: Record<string, string> = {};
  if (status !== undefined) review.status = status;
  if (by !== undefined) review.by = by;
  if (at !== undefined) review.at = at;
  if (note !== undefined) review.note = note;
  return review;
}

function cellValue(cells: readonly string[], slot: Slot): unknown {
  switch (slot.kind) {
    case 'sources':
      return undefined; // decoded by the reader, which names the row
    case 'boolean':
      return booleanCell(text(cells, slot.cols[0]));
    case 'review':
      return reviewCells(cells, slot.cols);
    case 'tags': {
      const cell = text(cells, slot.cols[0]);
      return cell === undefined ? undefined : decodeTags(cell);
    }
    default:
      return text(cells, slot.cols[0]);
  }
}

// The row's raw values in table order, into `fields` (one array per import, reused: no object per row).
function readFields(cells: readonly string[], slots: readonly Slot[], fields: unknown[]): void {
  fields.fill(undefined);
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!; // i < length
    fields[slot.at] = cellValue(cells, slot);
  }
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
  const reader = new ContractCsvRows(headerNames(table), log, options);
  if (log.hasErrors || overRowLimit(table, log)) return log.fail('csv');
  for (let r = table.headerIndex + 1; r < table.rows.length; r++) {
    reader.row(table.rows[r]!, r + 1); // r < length
  }
  return reader.finish(table.synthetic);
}

/**
 * The contract CSV reader one row at a time, so the whole table (readContractCsv) and a stream of rows
 * (csv-import-stream.ts) check every row the same way. The constructor maps the header into `log`.
 */
export class ContractCsvRows {
  private readonly width: number;
  private readonly slots: Slot[];
  private readonly fields: unknown[] = new Array<unknown>(FLIGHT_TABLE.length).fill(undefined);
  private readonly sourceCells = new SourceCells();
  private readonly sourcesCol: number;
  private readonly idCol: number;
  private readonly airports: CsvAirportResolver;
  private readonly checks: FlightChecks;
  private readonly ids = new IdRows();
  private flights: Flight[] = [];
  private synthetic = false;

  constructor(
    names: readonly string[],
    private readonly log: IssueLog,
    private readonly options: { fileName?: string; gazetteer?: Gazetteer; sink?: FlightValuesSink },
  ) {
    const index = mapHeader(names, log);
    this.width = names.length;
    this.slots = slotsOf(index);
    this.sourcesCol = index.get('sources') ?? -1;
    this.idCol = index.get('id') ?? -1;
    this.airports = new CsvAirportResolver(log, options.gazetteer, index);
    this.checks = {
      log,
      unknown: new UnknownFields(),
      seen: new SeenValues(),
      airports: this.airports,
      // Grows as rows come unless told the row count (expectRows); one hash per id where a Map took two.
      ids: this.ids,
    };
  }

  /** Sizes the id table for about `rows` rows in all (a stream's estimate from its first rows). */
  expectRows(rows: number): void {
    this.ids.reserve(Math.min(rows, MAX_FLIGHTS + 1));
  }

  /** Checks one record (`row` is its spreadsheet row); blank records are skipped. */
  row(cells: readonly string[], row: number): void {
    if (isBlankRow(cells)) return;
    const idCell = cells[this.idCol];
    const where: RowWhere = { row, id: idCell ? restoreFormula(idCell) : undefined };
    if (cells.length !== this.width) {
      this.log.error(where, undefined, `has ${cells.length} cells but the header has ${this.width}`);
      return;
    }
    const fields = this.fields;
    readFields(cells, this.slots, fields);
    fields[SOURCES] = this.sourceCells.read(restoreFormula(cells[this.sourcesCol] ?? ''), where, this.log);
    this.airports.readRow(cells, where);
    const sink = this.options.sink;
    if (sink !== undefined) {
      const values = validateFlightValues(fields, row, this.checks);
      if (values === undefined) return;
      sink.add(values);
      if (values[CONFIDENCE] === 'synthetic') this.synthetic = true;
      return;
    }
    const flight = validateFlightFields(fields, row, this.checks);
    if (flight !== undefined) {
      this.flights.push(flight);
      if (flight.confidence === 'synthetic') this.synthetic = true;
    }
  }

  /**
   * The result after the last row; `synthetic` when the file's first line said so. With a sink the
   * dataset's flights are empty: they went to the sink.
   */
  finish(synthetic: boolean): ImportResult {
    const log = this.log;
    this.airports.report();
    if (log.hasErrors) return log.fail('csv');
    const dataset: Dataset = {
      schemaVersion: SCHEMA_VERSION,
      title: csvTitle(this.options.fileName),
      synthetic: synthetic || this.synthetic,
      airports: [...this.airports.used.values()] as Airport[],
      events: [],
      flights: this.flights,
    };
    return { ok: true, format: 'csv', dataset, warnings: log.warnings() };
  }
}

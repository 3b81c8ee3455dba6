/** CSV text → rows with PapaParse, plus the header helpers both CSV readers share. */
import Papa from 'papaparse';
import type { IssueLog } from '../validate';
import { MAX_FLIGHTS, tooManyFlights } from '../validate';

/** A parsed CSV: every record (blank ones too, so spreadsheet row numbers stay right). */
export interface CsvTable {
  rows: string[][];
  /** Index in `rows` of the header (the first non-blank record after any `# synthetic` line); -1 when there is none. */
  headerIndex: number;
  /** The file's first line says its data is synthetic (`# synthetic: …`, as Airlift's CSV export writes). */
  synthetic: boolean;
}

/** True for the `# synthetic: …` first line (one cell, or one cell and empty ones a spreadsheet added). */
export function isSyntheticLine(cells: readonly string[]): boolean {
  if (!(cells[0] ?? '').trim().toLowerCase().startsWith('# synthetic')) return false;
  for (let i = 1; i < cells.length; i++) if ((cells[i] ?? '').trim() !== '') return false;
  return true;
}

/**
 * Parses CSV text (no BOM) with PapaParse. `header: false` is faster than Papa's header mode; blank
 * records are kept and skipped by the readers (Papa's `skipEmptyLines` would shift the row numbers
 * that errors report). Quoting errors go to the log.
 */
export function parseCsvTable(text: string, log: IssueLog): CsvTable {
  const parsed = Papa.parse<string[]>(text, { header: false, delimiter: ',', skipEmptyLines: false });
  for (const e of parsed.errors) {
    const what = `the CSV quoting is broken: ${e.message}`;
    log.error(typeof e.row === 'number' ? { row: e.row + 1, id: undefined } : '', undefined, what);
  }
  const rows = parsed.data;
  let headerIndex = -1;
  let synthetic = false;
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    if (isBlankRow(cells)) continue;
    if (!synthetic && headerIndex < 0 && isSyntheticLine(cells)) {
      synthetic = true;
      continue;
    }
    headerIndex = i;
    break;
  }
  return { rows, headerIndex, synthetic };
}

/** True for a record whose cells are all empty or white space. */
export function isBlankRow(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) if ((cells[i] ?? '').trim() !== '') return false;
  return true;
}

/** The header's names, trimmed. */
export function headerNames(table: CsvTable): string[] {
  return (table.rows[table.headerIndex] ?? []).map((name) => name.trim());
}

/** Logs an error when the table holds more flight rows than the limit; true when it does. */
export function overRowLimit(table: CsvTable, log: IssueLog): boolean {
  const upperBound = table.rows.length - table.headerIndex - 1;
  if (upperBound <= MAX_FLIGHTS) return false;
  let count = 0;
  for (let i = table.headerIndex + 1; i < table.rows.length; i++) if (!isBlankRow(table.rows[i]!)) count++; // i < length
  if (count <= MAX_FLIGHTS) return false;
  log.error('', undefined, tooManyFlights(count));
  return true;
}

/** The title of a dataset read from a CSV file. */
export function csvTitle(fileName: string | undefined): string {
  return fileName ? `Imported from ${fileName}` : 'Imported CSV';
}

/**
 * Text chunks in, rows of cells out, parsed by Papa. Papa's own streaming uses its `Parser` with
 * `ignoreLastRow`: the rows it completes come back with the cursor after the last of them, and the rest
 * (a row cut by the chunk's end, possibly inside quotes) waits for the next chunk. We do the same over
 * chunks of our own, gathered to about 256 K characters: enough for each parse call to be worth its
 * setup, and few enough rows that their cell arrays die young (600,000 rows: tar1090 gz 1,204 ms at
 * 1 M, 1,086 ms at 256 K; OpenSky 3,182 → 3,041 ms). The whole file never becomes one string.
 * (src/data/tracks/csv-stream.ts finds its cut by scanning every
 * character for quotes first; Papa already knows where its rows end, so this costs no second pass.)
 */
import Papa from 'papaparse';
import type { LayoutSpec } from './layout';

/** Characters gathered before a parse call. */
export const BATCH_CHARS = 1 << 18;
/** A row cut across more than this many characters is a quote that never closes, not a row. */
export const MAX_ROW_CHARS = 1 << 20;

/** A Papa quoting problem in a row it still returned. */
export interface RowIssue {
  /** The spreadsheet row (the first row of the file is 1). */
  row: number;
  code: string;
  message: string;
}

export interface RowSink {
  /** Rows in order; `firstRow` is the spreadsheet row of rows[0]. */
  rows(rows: readonly string[][], firstRow: number): void;
  issue(issue: RowIssue): void;
}

/** Raised for text that cannot be cut into rows; the message names the row. */
export class RowError extends Error {}

interface PapaChunk {
  data: string[][];
  errors: { code?: string; message: string; row?: number }[];
  meta: { cursor: number };
}

export class DelimitedRows {
  private pending: string[] = [];
  private pendingChars = 0;
  private partial = '';
  private nextRow = 1;

  constructor(
    private readonly spec: LayoutSpec,
    private readonly sink: RowSink,
    private readonly batchChars = BATCH_CHARS,
  ) {}

  push(text: string): void {
    if (text === '') return;
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= this.batchChars) this.parse(false);
  }

  finish(): void {
    this.parse(true);
  }

  private parse(final: boolean): void {
    const input = this.partial + this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    if (input === '') return;
    const { delimiter, quoteChar, newline, fastMode } = this.spec;
    const parser = new Papa.Parser({ delimiter, quoteChar, newline, fastMode });
    const result = parser.parse(input, 0, !final) as PapaChunk;
    let rows = result.data;
    // The file's last line end leaves one empty row behind it.
    if (final && input.endsWith(newline) && isBlank(rows[rows.length - 1])) rows = rows.slice(0, -1);
    for (const e of result.errors) {
      const row = this.nextRow + (e.row ?? rows.length);
      if (e.code === 'MissingQuotes')
        throw new RowError(
          `row ${row}: a quoted cell never closes (its ${quoteChar} has no partner before the end of the file).`,
        );
      this.sink.issue({ row, code: e.code ?? 'Quotes', message: e.message });
    }
    this.partial = final ? '' : input.slice(result.meta.cursor);
    if (this.partial.length > MAX_ROW_CHARS)
      throw new RowError(
        `row ${this.nextRow + rows.length}: a quoted cell runs over ${MAX_ROW_CHARS.toLocaleString('en-US')} ` +
          `characters without closing (its ${quoteChar} has no partner).`,
      );
    if (rows.length > 0) this.sink.rows(rows, this.nextRow);
    this.nextRow += rows.length;
  }
}

/** A row that is one empty cell: a blank line. */
export const isBlank = (row: readonly string[] | undefined): boolean =>
  row !== undefined && row.length === 1 && row[0] === '';

/**
 * An incremental CSV reader: text arrives in chunks (push / finish), complete lines go to Papa.parse,
 * the tail waits for the next chunk. The whole file never becomes one string.
 */
import Papa from 'papaparse';

export interface CsvSink {
  /** The header's cells, trimmed. */
  header(names: string[]): void;
  /** Rows in order; `firstRow` is the spreadsheet row of rows[0] (the header is row 1). */
  rows(rows: string[][], firstRow: number): void;
  /** A quoting error Papa found. */
  error(row: number, what: string): void;
}

const QUOTE = 34;
const NL = 10;

/** The index just after the last line end that is not inside quotes, or 0. */
function cutPoint(text: string): number {
  if (text.indexOf('"') < 0) return text.lastIndexOf('\n') + 1;
  let inQuotes = false;
  let cut = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (c === NL && !inQuotes) cut = i + 1;
  }
  return cut;
}

export class CsvStream {
  private carry = '';
  private row = 1;
  private headerDone = false;
  private newline: '\n' | '\r\n' = '\n';

  constructor(private readonly sink: CsvSink) {}

  push(text: string): void {
    const all = this.carry + text;
    const cut = cutPoint(all);
    if (cut === 0) {
      this.carry = all;
      return;
    }
    this.carry = all.slice(cut);
    this.parse(all.slice(0, cut));
  }

  finish(): void {
    const rest = this.carry;
    this.carry = '';
    if (rest !== '') this.parse(rest.endsWith('\n') ? rest : `${rest}\n`);
  }

  private parse(lines: string): void {
    if (!this.headerDone) this.newline = lines.includes('\r\n') ? '\r\n' : '\n';
    // The chunk ends with a line end: drop it so Papa does not report an empty last row.
    const body = lines.endsWith(this.newline)
      ? lines.slice(0, -this.newline.length)
      : lines.replace(/\r?\n$/, '');
    const result = Papa.parse<string[]>(body, { newline: this.newline, delimiter: ',' });
    let rows = result.data;
    for (const e of result.errors) if (e.row !== undefined) this.sink.error(this.row + e.row, e.message);
    if (!this.headerDone) {
      this.headerDone = true;
      this.sink.header((rows[0] ?? []).map((name) => name.trim()));
      rows = rows.slice(1);
      this.row++;
    }
    if (rows.length > 0) this.sink.rows(rows, this.row);
    this.row += rows.length;
  }
}

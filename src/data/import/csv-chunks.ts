/**
 * CSV text in chunks → records, parsed by PapaParse's own Parser the way Papa's streamers do: each batch
 * is parsed with `ignoreLastRow`, the unfinished last record waits for more text. The record indexes and
 * quoting errors are those Papa.parse gives for the whole text (a property test checks it).
 */
import Papa from 'papaparse';

/** Papa guesses the line end from the first 1 MB; gather that much before the first parse. */
const GUESS_CHARS = 1024 * 1024;
/** Parse in batches of at least this many new characters (Papa's cost per call is small but not nil). */
const BATCH_CHARS = 128 * 1024;

export interface CsvRecordSink {
  /** Records in order; `first` is the 0-based index of records[0] among all the text's records. */
  records(records: string[][], first: number): void;
  /** A quoting error Papa found in record `index` (0-based), or outside any record. */
  error(index: number | undefined, message: string): void;
}

type Newline = '\n' | '\r' | '\r\n';

/** Batch sizes, in characters; tests make them small so that records and quotes cross batches. */
export interface CsvChunking {
  /** Text gathered before the first parse, to guess the line end from (Papa looks at 1 MB). */
  guessChars?: number;
  /** New text gathered before each later parse. */
  batchChars?: number;
}

export class CsvChunks {
  private pending: string[] = [];
  private pendingChars = 0;
  /** The unfinished record from the last parse. */
  private carry = '';
  private base = 0;
  private newline: Newline | undefined;

  private readonly guessChars: number;
  private readonly batchChars: number;

  constructor(
    private readonly sink: CsvRecordSink,
    { guessChars = GUESS_CHARS, batchChars = BATCH_CHARS }: CsvChunking = {},
  ) {
    this.guessChars = guessChars;
    this.batchChars = batchChars;
  }

  push(text: string): void {
    if (text === '') return;
    this.pending.push(text);
    this.pendingChars += text.length;
    // Waiting for at least as much new text as the carried record keeps a long quoted field from
    // being parsed again and again (linear in the file, not quadratic).
    const threshold = Math.max(
      this.newline === undefined ? this.guessChars : this.batchChars,
      this.carry.length,
    );
    if (this.pendingChars >= threshold) this.parse(false);
  }

  finish(): void {
    this.parse(true);
  }

  private parse(last: boolean): void {
    const input = this.carry + this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    this.newline ??= guessNewline(input.slice(0, this.guessChars));
    if (input === '') return;
    const parser = new Papa.Parser({ delimiter: ',', newline: this.newline });
    const result = parser.parse(input, 0, !last) as Papa.ParseResult<string[]>;
    const records = result.data;
    for (const e of result.errors) {
      // An error in the unfinished record is found again when it is parsed whole.
      if (typeof e.row !== 'number') this.sink.error(undefined, e.message);
      else if (last || e.row < records.length) this.sink.error(this.base + e.row, e.message);
    }
    this.carry = last ? '' : input.slice(result.meta.cursor);
    if (records.length > 0) this.sink.records(records, this.base);
    this.base += records.length;
  }
}

/** The line end Papa.parse would choose for this text (it looks at the first 1 MB). */
export function guessNewline(text: string): Newline {
  if (text === '') return '\n';
  const linebreak = Papa.parse(text.slice(0, GUESS_CHARS), { delimiter: ',', preview: 1 }).meta.linebreak;
  return linebreak === '\r' || linebreak === '\r\n' ? linebreak : '\n';
}

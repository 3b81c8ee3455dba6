/**
 * A contract CSV read as a stream of text chunks (push / finish): the whole file never becomes one
 * string, so it has no 200 MB limit, only the 1,000,000-flight one. Rows are checked one by one by the
 * same reader as `parseImport` (ContractCsvRows) and the result is the one `parseImport` gives for the
 * whole text (a property test checks it). Any other file — JSON, an OpenSky CSV, an unknown header, a
 * file with no header — is `other` as soon as that is known: the caller reads it whole instead.
 */
import type { Gazetteer, ImportResult } from '../contract';
import { IssueLog, MAX_FLIGHTS, MAX_LISTED_ISSUES, tooManyFlights } from '../validate';
import { CsvChunks, type CsvChunking } from './csv-chunks';
import { ContractCsvRows, isContractHeader, type FlightValuesSink } from './csv-read';
import { isBlankRow, isSyntheticLine } from './csv-table';
import { isOpenSkyHeader } from './opensky';

export type CsvStreamState = 'start' | 'contract' | 'other';

interface QuoteError {
  row: number | undefined;
  message: string;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

export class ContractCsvStream {
  /** `other` once the text is known not to be a contract CSV: stop pushing and read it whole. */
  state: CsvStreamState = 'start';
  private sawText = false;
  private synthetic = false;
  private names: string[] = [];
  private reader: ContractCsvRows | undefined;
  private readonly log = new IssueLog();
  private headerOk = false;
  private flightRows = 0;
  /** The first quoting errors (as many as a result lists) and how many there were. */
  private readonly quoteErrors: QuoteError[] = [];
  private quoteErrorCount = 0;
  private readonly chunks: CsvChunks;
  /** Characters pushed so far, and whether the reader was told the rows to expect (sizeHint). */
  private pushed = 0;
  private sized = false;

  constructor(
    /**
     * With a `sink`, each clean flight goes to it as values and the result holds no flights. With a
     * `sizeHint` (the whole text's length, or its size in bytes), the id table is sized once from the
     * first rows' length instead of growing as rows come.
     */
    private readonly options: {
      fileName?: string;
      gazetteer?: Gazetteer;
      sink?: FlightValuesSink;
      sizeHint?: number;
    } = {},
    chunking?: CsvChunking,
  ) {
    const sink = {
      records: (records: string[][], first: number) => this.records(records, first),
      error: (index: number | undefined, message: string) => this.quoteError(index, message),
    };
    this.chunks = new CsvChunks(sink, chunking);
  }

  push(text: string): void {
    if (this.state === 'other' || text === '') return;
    this.pushed += text.length;
    if (!this.sawText) text = this.start(text);
    if (text !== '') this.chunks.push(text);
  }

  /** The import's result, or `undefined` when the text is not a contract CSV (state `other`). */
  finish(): ImportResult | undefined {
    if (this.state !== 'other') this.chunks.finish();
    if (this.state !== 'contract' || !this.reader) {
      this.state = 'other';
      return undefined;
    }
    if (this.headerOk && this.quoteErrorCount === 0 && this.flightRows <= MAX_FLIGHTS) {
      return this.reader.finish(this.synthetic);
    }
    // As parseImport: quoting errors first, then the header's issues, and no row is checked.
    const log = new IssueLog();
    for (const e of this.quoteErrors) log.error(quoteWhere(e.row), undefined, quoteWhat(e.message));
    // Beyond the listed ones the log only counts.
    for (let i = this.quoteErrors.length; i < this.quoteErrorCount; i++) log.error('', undefined, '');
    new ContractCsvRows(this.names, log, this.options);
    if (!log.hasErrors) log.error('', undefined, tooManyFlights(this.flightRows));
    return log.fail('csv');
  }

  /** Skips a BOM and leading white space; a first character `{` is JSON. Returns the text to parse. */
  private start(text: string): string {
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i === text.length) {
      // Only space so far: keep it, the rows it makes count (blank rows keep the row numbers right).
      this.chunks.push(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      return '';
    }
    this.sawText = true;
    if (text.charAt(i) === '{') {
      this.state = 'other';
      return '';
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  private records(records: string[][], first: number): void {
    for (let i = 0; i < records.length; i++) {
      if (this.state === 'other') return;
      const cells = records[i]!; // i < length
      if (this.state === 'start') this.beforeHeader(cells);
      else if (!isBlankRow(cells)) this.flightRow(cells, first + i + 1);
    }
    if (!this.sized && this.reader && this.flightRows > 0) this.sizeIdTable(first + records.length);
  }

  // Records so far over the characters they came from (a little more: the unfinished record), scaled
  // to the whole text, with some room: the first rows stand for the rest.
  private sizeIdTable(recordsSoFar: number): void {
    this.sized = true;
    const { sizeHint } = this.options;
    if (sizeHint === undefined || sizeHint <= this.pushed) return;
    this.reader?.expectRows(Math.ceil((recordsSoFar / this.pushed) * sizeHint * 1.1));
  }

  private beforeHeader(cells: string[]): void {
    if (isBlankRow(cells)) return;
    if (!this.synthetic && isSyntheticLine(cells)) {
      this.synthetic = true;
      return;
    }
    const names = cells.map((name) => name.trim());
    if (isOpenSkyHeader(names) || !isContractHeader(names)) {
      this.state = 'other';
      return;
    }
    this.names = names;
    this.reader = new ContractCsvRows(names, this.log, this.options);
    this.headerOk = !this.log.hasErrors;
    this.state = 'contract';
  }

  private flightRow(cells: string[], row: number): void {
    this.flightRows++;
    if (!this.headerOk || this.quoteErrorCount > 0 || this.flightRows > MAX_FLIGHTS) return;
    this.reader?.row(cells, row);
  }

  private quoteError(index: number | undefined, message: string): void {
    this.quoteErrorCount++;
    if (this.quoteErrors.length < MAX_LISTED_ISSUES) {
      this.quoteErrors.push({ row: index === undefined ? undefined : index + 1, message });
    }
  }
}

const quoteWhere = (row: number | undefined) => (row === undefined ? '' : { row, id: undefined });
const quoteWhat = (message: string) => `the CSV quoting is broken: ${message}`;

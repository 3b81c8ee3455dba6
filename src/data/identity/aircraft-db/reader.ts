/**
 * Reading an aircraft database, streamed: bytes (gzip or not) or text in chunks, the layout told from
 * the first line, rows cut by Papa (rows.ts), each row's cells trimmed and handed to the table builder.
 * The result is all or nothing, like every import: a table with its warnings, or one error that names
 * the row or line and what was expected. Text is never changed (no case change; the icao24 is stored as
 * its address and given back in lower case, the contract's form).
 */
import { ByteText, TextDecodeError } from '../../tracks/text';
import type { AircraftDbInfo } from '../types';
import { TableBuilder } from './builder';
import {
  AIRCRAFT_DB_FIELDS,
  columnMap,
  detectLayout,
  modelText,
  type ColumnMap,
  type LayoutSpec,
} from './layout';
import { DelimitedRows, isBlank, RowError, type RowIssue } from './rows';
import type { AircraftTable } from './table';

export type AircraftDbResult =
  { ok: true; table: AircraftTable; warnings: string[] } | { ok: false; error: string };

export interface AircraftDbReadOptions {
  /** The file's name, kept in the table's info. */
  name: string;
  /** ISO 8601 date-time with offset. */
  importedAt: string;
  /** Characters gathered per parse call (rows.ts BATCH_CHARS); smaller in tests, to cut rows often. */
  batchChars?: number;
}

/** Characters of the first line looked at before giving up on finding its end. */
const FIRST_LINE_CHARS = 64 * 1024;
const MODEL = AIRCRAFT_DB_FIELDS.indexOf('model');

/** Text chunks in (push, then finish), one {@link AircraftDbResult} out. */
export class AircraftDbReader {
  private head = '';
  private spec: LayoutSpec | undefined;
  private rows: DelimitedRows | undefined;
  private map: ColumnMap | undefined;
  private readonly builder = new TableBuilder();
  private readonly values: (string | undefined)[] = AIRCRAFT_DB_FIELDS.map(() => undefined);
  private issues = 0;
  private firstIssue: RowIssue | undefined;
  private error: string | undefined;

  constructor(private readonly options: AircraftDbReadOptions) {}

  /** The next text; never throws (a failure is kept for {@link finish}). */
  push(text: string): void {
    if (this.error !== undefined) return;
    try {
      if (this.rows) this.rows.push(text);
      else this.start(text, false);
    } catch (e) {
      this.fail(e);
    }
  }

  /** The result once all text is in. */
  finish(): AircraftDbResult {
    if (this.error === undefined) {
      try {
        if (!this.rows) this.start('', true);
        this.rows?.finish();
      } catch (e) {
        this.fail(e);
      }
    }
    if (this.error !== undefined) return { ok: false, error: this.error };
    if (!this.spec) return { ok: false, error: 'The file is empty.' };
    const { table, warnings } = this.builder.build(this.info());
    if (table.size === 0)
      return { ok: false, error: ['The file has no aircraft rows.', ...warnings].join(' ') };
    const notes: string[] = [];
    if (this.map && this.map.missing.length > 0)
      notes.push(`The header has no column ${this.map.missing.join(', ')}: those values stay empty.`);
    if (this.firstIssue)
      notes.push(
        `${this.issues.toLocaleString('en-US')} row${this.issues === 1 ? ' has' : 's have'} stray quotes, read ` +
          `as written (first: row ${this.firstIssue.row}, ${this.firstIssue.message}).`,
      );
    return { ok: true, table, warnings: [...notes, ...warnings] };
  }

  private info(): Omit<AircraftDbInfo, 'rows'> {
    const { name, importedAt } = this.options;
    return { name, layout: this.spec!.layout, importedAt };
  }

  private fail(e: unknown): void {
    if (e instanceof RowError || e instanceof TextDecodeError) this.error = e.message;
    else if (e instanceof RangeError)
      this.error = `The file is too large for this browser to hold in memory (${e.message}).`;
    else this.error = `The import stopped unexpectedly: ${e instanceof Error ? e.message : String(e)}`;
  }

  /** Gathers the first line, tells the layout from it, then streams from the file's start. */
  private start(text: string, final: boolean): void {
    this.head += text;
    const end = this.head.indexOf('\n');
    if (end < 0 && !final && this.head.length < FIRST_LINE_CHARS) return;
    const first = end < 0 ? this.head : this.head.slice(0, end);
    if (first.replace(/^\uFEFF/, '').trim() === '' && final) return;
    const detected = detectLayout(first);
    if (!detected.ok) throw new RowError(detected.error);
    const spec = detected.spec;
    this.spec = spec;
    if (!spec.header) this.map = columnMap(spec);
    this.rows = new DelimitedRows(
      spec,
      {
        rows: (rows, firstRow) => this.take(rows, firstRow),
        issue: (issue) => {
          if (this.issues++ === 0) this.firstIssue = issue;
        },
      },
      this.options.batchChars,
    );
    const head = this.head.replace(/^\uFEFF/, '');
    this.head = '';
    this.rows.push(head);
  }

  private take(rows: readonly string[][], firstRow: number): void {
    let start = 0;
    if (!this.map) {
      this.map = columnMap(this.spec!, rows[0] ?? []);
      start = 1;
    }
    const { icao24, fields, manufacturer } = this.map;
    const values = this.values;
    const builder = this.builder;
    const n = fields.length;
    for (let r = start; r < rows.length; r++) {
      const cells = rows[r]!;
      if (isBlank(cells)) continue;
      for (let f = 0; f < n; f++) {
        const col = fields[f]!;
        const v = col < 0 ? '' : (cells[col] ?? '').trim();
        values[f] = v === '' ? undefined : v;
      }
      if (manufacturer >= 0) {
        const m = (cells[manufacturer] ?? '').trim();
        const joined = modelText(m, values[MODEL] ?? '');
        values[MODEL] = joined === '' ? undefined : joined;
      }
      builder.add(firstRow + r, (cells[icao24] ?? '').trim(), values);
    }
  }
}

/** Bytes in chunks (gzip detected by its magic number 1f 8b, then UTF-8), one result out. */
export class AircraftDbBytes {
  private readonly reader: AircraftDbReader;
  private readonly bytes: ByteText;
  private error: string | undefined;

  constructor(options: AircraftDbReadOptions) {
    const reader = new AircraftDbReader(options);
    this.reader = reader;
    this.bytes = new ByteText((text) => reader.push(text));
  }

  /** True once the bytes were found to be gzip. */
  get gzip(): boolean {
    return this.bytes.gzip;
  }

  push(bytes: Uint8Array): void {
    if (this.error !== undefined) return;
    try {
      this.bytes.push(bytes);
    } catch (e) {
      this.error = e instanceof TextDecodeError ? `The file cannot be read: ${e.message}.` : String(e);
    }
  }

  finish(): AircraftDbResult {
    if (this.error === undefined) {
      try {
        this.bytes.finish();
      } catch (e) {
        this.error = e instanceof TextDecodeError ? `The file cannot be read: ${e.message}.` : String(e);
      }
    }
    return this.error !== undefined ? { ok: false, error: this.error } : this.reader.finish();
  }
}

/** Reads a whole database held in memory (tests, the bench): {@link AircraftDbBytes} in 64 KB pushes. */
export function readAircraftDb(bytes: Uint8Array, options: AircraftDbReadOptions): AircraftDbResult {
  const read = new AircraftDbBytes(options);
  for (let at = 0; at < bytes.length; at += 65536) read.push(bytes.subarray(at, at + 65536));
  return read.finish();
}

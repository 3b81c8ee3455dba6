/**
 * Rows in, columns out: each row's address and values kept as they arrive (field-values.ts), sorted by
 * address once at the end. A row whose icao24 is not 6 hex digits cannot be looked up and is left out,
 * counted in a warning; of several rows with one icao24 the later wins, counted in a warning too.
 */
import type { AircraftDbInfo } from '../types';
import { AIRCRAFT_DB_FIELDS, shown, type AircraftDbField } from './layout';
import { FieldValues } from './field-values';
import { AircraftTable, hexOf, parseAddress, type AircraftColumn, type AircraftColumns } from './table';

const FIELD_COUNT = AIRCRAFT_DB_FIELDS.length;
/** Rows per address in the sort key: addresses and row indices share one float64 (24 + 29 bits). */
const ROW_SPACE = 2 ** 29;

export class TableBuilder {
  private readonly addresses: number[] = [];
  /** Each row's spreadsheet row number, for the warnings. */
  private readonly rowNumbers: number[] = [];
  private readonly values = AIRCRAFT_DB_FIELDS.map(() => new FieldValues());
  private badCount = 0;
  private firstBad = '';

  /** Rows kept so far (duplicates included). */
  get rows(): number {
    return this.addresses.length;
  }

  /**
   * Adds one row: its icao24 as written (trimmed) and its values by field (AIRCRAFT_DB_FIELDS order,
   * trimmed, undefined when empty). `values` may be reused by the caller after the call.
   */
  add(row: number, icao24: string, values: readonly (string | undefined)[]): void {
    const address = parseAddress(icao24);
    if (address < 0) {
      if (this.badCount++ === 0) this.firstBad = `row ${row}, ${icao24 === '' ? 'empty' : shown(icao24)}`;
      return;
    }
    if (this.addresses.length >= ROW_SPACE) throw new Error(`More than ${ROW_SPACE} rows.`);
    this.addresses.push(address);
    this.rowNumbers.push(row);
    for (let f = 0; f < FIELD_COUNT; f++) this.values[f]!.push(values[f]);
  }

  /** The table (info.rows set to its size) and the warnings about what was left out or replaced. Once. */
  build(info: Omit<AircraftDbInfo, 'rows'>): { table: AircraftTable; warnings: string[] } {
    const n = this.addresses.length;
    // Sorted by address, then file order: the last of each run of equal addresses is the later row.
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = this.addresses[i]! * ROW_SPACE + i;
    keys.sort();
    const kept: number[] = [];
    let repeated = 0;
    let extra = 0;
    let firstRepeat = '';
    for (let k = 0; k < n;) {
      const address = Math.floor(keys[k]! / ROW_SPACE);
      let end = k + 1;
      while (end < n && Math.floor(keys[end]! / ROW_SPACE) === address) end++;
      if (end - k > 1) {
        if (repeated++ === 0) {
          const rows = [];
          for (let j = k; j < end; j++) rows.push(this.rowNumbers[keys[j]! % ROW_SPACE]);
          firstRepeat = `${hexOf(address)} on rows ${rows.join(', ')}`;
        }
        extra += end - k - 1;
      }
      kept.push(keys[end - 1]! % ROW_SPACE);
      k = end;
    }
    const m = kept.length;
    const addresses = new Uint32Array(m);
    for (let r = 0; r < m; r++) addresses[r] = this.addresses[kept[r]!]!;
    const columns = {} as Record<AircraftDbField, AircraftColumn>;
    AIRCRAFT_DB_FIELDS.forEach((field, f) => {
      columns[field] = this.values[f]!.column(kept);
    });
    const warnings: string[] = [];
    if (this.badCount > 0)
      warnings.push(
        `${count(this.badCount, 'row')} left out: the icao24 is not 6 hexadecimal digits (first: ${this.firstBad}).`,
      );
    if (repeated > 0)
      warnings.push(
        `${count(repeated, 'icao24')} ${repeated === 1 ? 'appears' : 'appear'} on more than one row ` +
          `(${count(extra, 'earlier row')} replaced by a later one; first: ${firstRepeat}).`,
      );
    const columnsOut: AircraftColumns = { info: { ...info, rows: m }, addresses, columns };
    return { table: AircraftTable.fromColumns(columnsOut), warnings };
  }
}

const count = (n: number, noun: string) => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;

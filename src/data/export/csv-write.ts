/**
 * The contract CSV writer, driven by the field table (contract/fields.ts). Hand-written rather than
 * `Papa.unparse` because it is faster with identical output (same quoting rule; tests/data/csv.test.ts
 * asserts byte equality against Papa.unparse over the oracle's cells, tests/oracles/csv-cells.ts).
 * Measured by `npm run bench` (export-csv).
 */
import type { Dataset, FieldKind, Flight, Review } from '../contract';
import {
  CSV_COLUMNS,
  FLIGHT_TABLE,
  IDENTITY_CSV_COLUMNS,
  encodeSources,
  encodeTags,
  neutraliseFormula,
} from '../contract';
import { countSynthetic, syntheticLevel, syntheticSentence } from './synthetic-note';
import { identityCells, type IdentityOf } from './identity-export';

// Papa.unparse's default rule: quote a cell holding a comma, quote, CR, LF or BOM, or starting or
// ending with a space; double the quotes inside.
const NEEDS_QUOTES = /[",\r\n\uFEFF]/;
const QUOTES = /"/g;

/** One cell as RFC 4180 CSV, quoted exactly when Papa.unparse would. */
export function quoteCell(cell: string): string {
  if (cell === '') return cell;
  if (NEEDS_QUOTES.test(cell) || cell.charCodeAt(0) === 32 || cell.charCodeAt(cell.length - 1) === 32) {
    return '"' + cell.replace(QUOTES, '""') + '"';
  }
  return cell;
}

function q(value: string | undefined): string {
  return value === undefined ? '' : quoteCell(neutraliseFormula(value));
}

function n(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

/** The `code,name,lat,lon` cells of an airport, written once per airport rather than once per row. */
type AirportCells = ReadonlyMap<string, string>;

function airportCells(code: string, cells: AirportCells): string {
  return cells.get(code) ?? q(code) + ',,,';
}

function reviewCells(review: Review | undefined): string {
  if (review === undefined) return ',,,';
  return `${q(review.status)},${q(review.by)},${q(review.note)},${q(review.at)}`;
}

const NAMES: readonly string[] = FLIGHT_TABLE.map((field) => field.name);
const KINDS: readonly FieldKind[] = FLIGHT_TABLE.map((field) => field.kind);
const COUNT = NAMES.length;

/** The cells of one field, joined by commas (an airport or a review spans several columns). */
function fieldCells(kind: FieldKind, value: unknown, airports: AirportCells): string {
  switch (kind) {
    case 'airport':
      return airportCells(value as string, airports);
    case 'sources':
      return q(encodeSources(value as Flight['sources']));
    case 'boolean':
      return value === undefined ? '' : value ? 'true' : 'false';
    case 'review':
      return reviewCells(value as Review | undefined);
    case 'tags':
      return value === undefined ? '' : q(encodeTags(value as string[]));
    default:
      return q(value as string | undefined);
  }
}

// One flight's row, field by field in table order (no array per row).
function line(f: Flight, airports: AirportCells): string {
  const record = f as unknown as Record<string, unknown>;
  let out = fieldCells(KINDS[0]!, record[NAMES[0]!], airports); // the table is not empty
  for (let i = 1; i < COUNT; i++) out += ',' + fieldCells(KINDS[i]!, record[NAMES[i]!], airports); // i < COUNT
  return out;
}

/** The first line of a contract CSV whose data is wholly or partly synthetic (FORMAT.md). */
export const SYNTHETIC_LINE_PREFIX = '# synthetic: ';

/** The `# synthetic: …` first line for these flights, or '' when none of the data is synthetic. */
export function syntheticLine(flights: readonly Flight[], dataset: Dataset): string {
  const count = countSynthetic(flights);
  const sentence = syntheticSentence(
    syntheticLevel(dataset.synthetic, count, flights.length),
    count,
    flights.length,
  );
  return sentence === undefined ? '' : SYNTHETIC_LINE_PREFIX + sentence;
}

/**
 * The flights as the contract CSV, in the given order: UTF-8 BOM, a `# synthetic: …` first line when
 * the data is wholly or partly synthetic (so the file says so, not only its rows), header row, CRLF line
 * ends, no trailing line end. Equal to `'\uFEFF' + Papa.unparse([CSV_COLUMNS, ...rows], { newline: '\r\n' })`
 * with `rows` from the oracle's cells (tests/oracles/csv-cells.ts).
 */
export function toCsv(flights: readonly Flight[], dataset: Dataset, identityOf?: IdentityOf): string {
  return toCsvParts(flights, dataset, flights.length + 1, identityOf).join('');
}

/** Rows per part of {@link toCsvParts} by default: a few MB of text each. */
export const CSV_PART_ROWS = 20_000;

/**
 * The same text as {@link toCsv}, in consecutive parts of at most `rowsPerPart` rows, for a Blob or a
 * file write: a million flights never become one ~300 M-character string.
 */
export function toCsvParts(
  flights: readonly Flight[],
  dataset: Dataset,
  rowsPerPart = CSV_PART_ROWS,
  identityOf?: IdentityOf,
): string[] {
  // Airports repeat on every row: their cells (a name to quote, two numbers to format) are built once.
  const byIcao = new Map<string, string>();
  for (const a of dataset.airports) byIcao.set(a.icao, `${q(a.icao)},${q(a.name)},${n(a.lat)},${n(a.lon)}`);
  const parts: string[] = [];
  const size = Math.max(1, rowsPerPart);
  const note = syntheticLine(flights, dataset);
  const marker = note === '' ? '' : note + '\r\n';
  // With identity resolved, its columns follow the contract's (identity-export.ts).
  const header = (identityOf ? [...CSV_COLUMNS, ...IDENTITY_CSV_COLUMNS] : CSV_COLUMNS).join(',');
  for (let start = 0; start < flights.length || start === 0; start += size) {
    const end = Math.min(flights.length, start + size);
    // One join per part builds a flat string; `+=` would build a deep rope that costs more to flatten.
    const lines: string[] = new Array(end - start + 1);
    lines[0] = start === 0 ? '\uFEFF' + marker + header : '';
    for (let i = start; i < end; i++) {
      const f = flights[i]!; // i < end <= length
      const row = identityOf
        ? line(f, byIcao) + ',' + identityCells(identityOf(f)).map(q).join(',')
        : line(f, byIcao);
      // Reading a character makes V8 flatten the row's rope now, while its ~40 pieces are still young
      // garbage; left to the join, they survive into the old generation and GC doubles the cost
      // (measured: 100k flights ~300 ms → ~160 ms).
      row.charCodeAt(0);
      lines[i - start + 1] = row;
    }
    parts.push(lines.join('\r\n'));
  }
  return parts;
}

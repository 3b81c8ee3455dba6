/**
 * The two aircraft-database layouts and how each is told apart from its first line.
 *
 * - OpenSky `aircraftDatabase.csv`: comma-separated, a header naming the columns (`icao24`,
 *   `registration`, `manufacturername`, `model`, `typecode`, `serialnumber`, `operator`, `operatoricao`,
 *   `owner`, `built`, …), every cell quoted. Names are matched without regard to case, so the later
 *   camel-case exports (`manufacturerName`, `operatorIcao`, `serialNumber`) read the same; a header whose
 *   first character is a single quote is read with `'` as the quote character.
 * - tar1090-db `aircraft.csv` (readsb `--db-file`): semicolon-separated, no header, no quoting:
 *   `icao24;registration;typecode;dbFlags;description;year;ownOp;`, the address in upper case.
 */
import Papa from 'papaparse';
import type { AircraftDbLayout, AircraftRecord } from '../types';

/** The record fields a database row can give, besides its icao24 (the table's columns, in order). */
export const AIRCRAFT_DB_FIELDS = [
  'registration',
  'typecode',
  'model',
  'operator',
  'operatorIcao',
  'owner',
  'serialNumber',
  'built',
] as const satisfies readonly (keyof AircraftRecord)[];
export type AircraftDbField = (typeof AIRCRAFT_DB_FIELDS)[number];

/** How to split a file of one layout into cells. */
export interface LayoutSpec {
  layout: AircraftDbLayout;
  delimiter: ',' | ';';
  quoteChar: string;
  newline: '\n' | '\r\n';
  /** The first row names the columns. */
  header: boolean;
  /** No quoting at all (tar1090-db): Papa splits on delimiters only, and a `"` in a cell stays text. */
  fastMode: boolean;
}

/** The OpenSky header names (lower case) of each field; `model` is `manufacturername` + `model`. */
const OPENSKY_COLUMNS: Record<Exclude<AircraftDbField, 'model'>, string> = {
  registration: 'registration',
  typecode: 'typecode',
  operator: 'operator',
  operatorIcao: 'operatoricao',
  owner: 'owner',
  serialNumber: 'serialnumber',
  built: 'built',
};

/**
 * tar1090-db column positions: readsb reads `icao;registration;typeCode;dbFlags;typeLong;year;ownOp`.
 * The description (long type name) is the model; `ownOp` is an owner or operator, often the registered
 * owner (FAA data), so it is kept as the owner, which the resolver never uses to fill an operator.
 */
const TAR1090_COLUMNS: Partial<Record<AircraftDbField, number>> = {
  registration: 1,
  typecode: 2,
  model: 4,
  built: 5,
  owner: 6,
};

/** Where each field's cells are: a column index per field (-1: none), plus OpenSky's manufacturer. */
export interface ColumnMap {
  icao24: number;
  fields: Int32Array;
  /** OpenSky `manufacturername`, joined before `model`; -1 when absent (tar1090: always). */
  manufacturer: number;
  /** Known fields the header has no column for. */
  missing: string[];
}

export type LayoutDetection = { ok: true; spec: LayoutSpec } | { ok: false; error: string };

const HEX6 = /^[0-9a-f]{6}$/i;
const SHOWN = 80;

/** What the first line looks like, for an error message: its start, quoted. */
export function shown(text: string): string {
  const line = text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
  return JSON.stringify(line);
}

/**
 * The layout of a file from its first line (without its line end; a byte order mark is ignored), or an
 * error naming line 1 and what was expected there.
 */
export function detectLayout(firstLine: string): LayoutDetection {
  const line = firstLine.replace(/^\uFEFF/, '');
  const newline = line.endsWith('\r') ? '\r\n' : '\n';
  const bare = newline === '\r\n' ? line.slice(0, -1) : line;
  const quoteChar = bare.trimStart().startsWith("'") ? "'" : '"';
  const names = headerNames(bare, quoteChar);
  if (names.includes('icao24')) {
    const spec: LayoutSpec = {
      layout: 'opensky',
      delimiter: ',',
      quoteChar,
      newline,
      header: true,
      fastMode: false,
    };
    return { ok: true, spec };
  }
  const cells = bare.split(';');
  if (cells.length >= 5 && HEX6.test((cells[0] ?? '').trim())) {
    const spec: LayoutSpec = {
      layout: 'tar1090',
      delimiter: ';',
      quoteChar: '"',
      newline,
      header: false,
      fastMode: true,
    };
    return { ok: true, spec };
  }
  return {
    ok: false,
    error:
      'line 1: expected the header of an OpenSky aircraftDatabase.csv (comma-separated, with an icao24 ' +
      'column) or a tar1090-db aircraft.csv row (icao24;registration;typecode;flags;description…, ' +
      `no header); found ${shown(bare)}.`,
  };
}

/** The header's cells, trimmed and lower-cased. */
export function headerNames(line: string, quoteChar: string): string[] {
  const row = Papa.parse<string[]>(line, { delimiter: ',', quoteChar }).data[0] ?? [];
  return row.map((name) => name.trim().toLowerCase());
}

/** The columns of each field: from the header (OpenSky) or the fixed positions (tar1090-db). */
export function columnMap(spec: LayoutSpec, header: readonly string[] = []): ColumnMap {
  const fields = new Int32Array(AIRCRAFT_DB_FIELDS.length).fill(-1);
  const missing: string[] = [];
  if (spec.layout === 'tar1090') {
    AIRCRAFT_DB_FIELDS.forEach((f, i) => (fields[i] = TAR1090_COLUMNS[f] ?? -1));
    return { icao24: 0, fields, manufacturer: -1, missing };
  }
  const names = header.map((name) =>
    name
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase(),
  );
  AIRCRAFT_DB_FIELDS.forEach((f, i) => {
    const name = f === 'model' ? 'model' : OPENSKY_COLUMNS[f];
    fields[i] = names.indexOf(name);
    if (fields[i] < 0) missing.push(name);
  });
  const manufacturer = names.indexOf('manufacturername');
  if (manufacturer < 0) missing.push('manufacturername');
  return { icao24: names.indexOf('icao24'), fields, manufacturer, missing };
}

/**
 * OpenSky's model text: `manufacturername` then `model` (`Airbus` + `A320 211` → `Airbus A320 211`),
 * the model alone when it already starts with the manufacturer's name, either alone when the other is
 * empty. Neither is otherwise changed.
 */
export function modelText(manufacturer: string, model: string): string {
  if (manufacturer === '') return model;
  if (model === '') return manufacturer;
  return model.toLowerCase().startsWith(manufacturer.toLowerCase()) ? model : `${manufacturer} ${model}`;
}

/**
 * Airport look-up by ICAO code. The built-in table lives in data/gazetteer.json (see gazetteer-table.ts);
 * this module only knows how to encode, decode and index such a table, so it stays cheap to import.
 */
import type { Airport, Gazetteer } from '../contract';

export const GAZETTEER_COLUMNS = ['icao', 'iata', 'name', 'lat', 'lon', 'country'] as const;

/** A compact airport table: one array per airport, in the order of `columns`. */
export interface GazetteerTable {
  source: string;
  license: string;
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

const ICAO_CODE = /^[A-Z0-9]{4}$/;
// ZZZZ means "no location indicator" in ICAO flight plans; OurAirports reuses it for one French airfield,
// which would silently place every "unknown" airport there.
const PLACEHOLDER_CODES = new Set(['ZZZZ']);

/** True for a 4-character ICAO airport code (letters and digits, any case). */
export function isIcaoCode(code: string): boolean {
  return ICAO_CODE.test(code.toUpperCase());
}

/**
 * A Map-backed gazetteer, case-insensitive on the ICAO code. A code it does not hold is looked up in
 * `fallback`, so a dataset's own airports can override (and extend) the built-in table.
 * When `airports` repeats a code, the last entry wins.
 */
export function createGazetteer(airports: readonly Airport[], fallback?: Gazetteer): Gazetteer {
  const byCode = new Map<string, Airport>();
  for (const airport of airports) byCode.set(airport.icao.toUpperCase(), airport);
  return {
    get(icao: string): Airport | undefined {
      const key = icao.toUpperCase();
      return byCode.get(key) ?? fallback?.get(key);
    },
  };
}

function columnIndex(table: GazetteerTable, name: string, required: boolean): number {
  const index = table.columns.indexOf(name);
  if (index < 0 && required) throw new Error(`Gazetteer table has no "${name}" column`);
  return index;
}

/**
 * Airports from a compact table. Columns are found by name, so a table with its columns in another
 * order (or with extra columns) still decodes. Empty `iata`/`country` cells are left out.
 */
export function decodeGazetteerTable(table: GazetteerTable): Airport[] {
  const icaoAt = columnIndex(table, 'icao', true);
  const nameAt = columnIndex(table, 'name', true);
  const latAt = columnIndex(table, 'lat', true);
  const lonAt = columnIndex(table, 'lon', true);
  const iataAt = columnIndex(table, 'iata', false);
  const countryAt = columnIndex(table, 'country', false);
  const airports: Airport[] = new Array(table.rows.length);
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    const airport: Airport = {
      icao: String(row[icaoAt]),
      name: String(row[nameAt]),
      lat: Number(row[latAt]),
      lon: Number(row[lonAt]),
    };
    const iata = iataAt >= 0 ? row[iataAt] : '';
    if (iata) airport.iata = String(iata);
    const country = countryAt >= 0 ? row[countryAt] : '';
    if (country) airport.country = String(country);
    airports[i] = airport;
  }
  return airports;
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/**
 * The compact table of a list of airports: sorted by ICAO code, coordinates rounded to 4 decimals
 * (about 11 m); airports without a valid ICAO code or with bad coordinates, the placeholder ZZZZ and
 * later duplicates are dropped.
 */
export function encodeGazetteerTable(
  airports: readonly Airport[],
  meta: { source: string; license: string },
): GazetteerTable {
  const seen = new Set<string>();
  const rows: (string | number)[][] = [];
  for (const airport of airports) {
    const icao = airport.icao.trim().toUpperCase();
    if (!ICAO_CODE.test(icao) || PLACEHOLDER_CODES.has(icao) || seen.has(icao)) continue;
    if (!Number.isFinite(airport.lat) || !Number.isFinite(airport.lon)) continue;
    if (Math.abs(airport.lat) > 90 || Math.abs(airport.lon) > 180) continue;
    seen.add(icao);
    rows.push([
      icao,
      airport.iata?.trim() ?? '',
      airport.name.trim(),
      round4(airport.lat),
      round4(airport.lon),
      airport.country?.trim() ?? '',
    ]);
  }
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { source: meta.source, license: meta.license, columns: [...GAZETTEER_COLUMNS], rows };
}

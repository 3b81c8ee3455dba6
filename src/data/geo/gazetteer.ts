/**
 * Airport look-up by ICAO code. The built-in table lives in data/gazetteer.json (see builtin-gazetteer.ts);
 * this module only knows how to encode, decode and index such a table, so it stays cheap to import.
 */
import type { Airport, Gazetteer } from '../contract';

export const GAZETTEER_COLUMNS = [
  'icao',
  'iata',
  'name',
  'lat',
  'lon',
  'country',
  'kind',
  'elevationFt',
  'runwayFt',
  'tz',
] as const;

/** OurAirports' `type`, shortened. `closed` is kept although airport-data-js 3.1.0 has none. */
export const AIRPORT_KINDS = ['large', 'medium', 'small', 'heliport', 'seaplane', 'closed'] as const;
export type AirportKind = (typeof AIRPORT_KINDS)[number];
// One letter per kind in the table: 18,000 rows × "medium_airport" would add ~250 KB for nothing.
const KIND_CODES: Record<AirportKind, string> = {
  large: 'L',
  medium: 'M',
  small: 'S',
  heliport: 'H',
  seaplane: 'W',
  closed: 'C',
};
const KIND_BY_CODE = new Map<string, AirportKind>(AIRPORT_KINDS.map((kind) => [KIND_CODES[kind], kind]));

/** What landing-candidate selection and local time need beyond the contract's Airport. */
export interface AirportDetails {
  kind?: AirportKind;
  /** Field elevation in feet; absent when unknown or implausible in the source. */
  elevationFt?: number;
  /** Longest runway in feet, where known. */
  runwayFt?: number;
  /** IANA time zone, e.g. `Asia/Jerusalem`. */
  timeZone?: string;
}

/** One gazetteer row: the contract Airport (what `Gazetteer.get` returns) plus its details. */
export interface GazetteerEntry extends AirportDetails {
  airport: Airport;
}

/** A compact airport table: one array per airport, in the order of `columns`. */
export interface GazetteerTable {
  source: string;
  license: string;
  columns: readonly string[];
  /** The `tz` column holds an index into this list (389 zones shared by 18,000 airports). */
  timeZones?: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

/** Attribution the licence (CC BY 4.0) asks for, wherever airport names or positions are shown. */
export const GAZETTEER_ATTRIBUTION =
  'Airport data: OurAirports via airport-data-js (https://github.com/aashishvanand/airport-data-js), licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).';

const ICAO_CODE = /^[A-Z0-9]{4}$/;
// ZZZZ means "no location indicator" in ICAO flight plans; OurAirports reuses it for one French airfield,
// which would silently place every "unknown" airport there.
const PLACEHOLDER_CODES = new Set(['ZZZZ']);
// Highest airport in service is ~14,500 ft, lowest ~-1,300 ft; the package has values such as 54,266 ft
// for Baku (sea level): those are dropped as unknown rather than trusted.
const MIN_ELEVATION_FT = -1_400;
const MAX_ELEVATION_FT = 14_600;

/** True for a 4-character ICAO airport code (letters and digits, any case). */
export function isIcaoCode(code: string): boolean {
  return ICAO_CODE.test(code.toUpperCase());
}

/** A field elevation worth trusting, or undefined. */
export function plausibleElevation(feet: number | undefined): number | undefined {
  if (feet === undefined || !Number.isFinite(feet)) return undefined;
  return feet >= MIN_ELEVATION_FT && feet <= MAX_ELEVATION_FT ? Math.round(feet) : undefined;
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

function cell(row: readonly (string | number)[], at: number): string | number {
  return at >= 0 ? (row[at] ?? '') : '';
}

/**
 * Airports and their details from a compact table. Columns are found by name, so a table with its
 * columns in another order (or with extra or missing optional columns) still decodes. Empty cells are
 * left out.
 */
export function decodeGazetteerEntries(table: GazetteerTable): GazetteerEntry[] {
  const at = (name: string, required = false) => columnIndex(table, name, required);
  const [icaoAt, nameAt, latAt, lonAt] = [
    at('icao', true),
    at('name', true),
    at('lat', true),
    at('lon', true),
  ];
  const [iataAt, countryAt, kindAt, elevationAt, runwayAt, tzAt] = [
    at('iata'),
    at('country'),
    at('kind'),
    at('elevationFt'),
    at('runwayFt'),
    at('tz'),
  ];
  const zones = table.timeZones ?? [];
  const entries: GazetteerEntry[] = new Array(table.rows.length);
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i] ?? [];
    const airport: Airport = {
      icao: String(cell(row, icaoAt)),
      name: String(cell(row, nameAt)),
      lat: Number(cell(row, latAt)),
      lon: Number(cell(row, lonAt)),
    };
    const iata = cell(row, iataAt);
    if (iata !== '') airport.iata = String(iata);
    const country = cell(row, countryAt);
    if (country !== '') airport.country = String(country);
    const entry: GazetteerEntry = { airport };
    const kind = KIND_BY_CODE.get(String(cell(row, kindAt)));
    if (kind) entry.kind = kind;
    const elevation = cell(row, elevationAt);
    if (typeof elevation === 'number') entry.elevationFt = elevation;
    const runway = cell(row, runwayAt);
    if (typeof runway === 'number') entry.runwayFt = runway;
    const tz = cell(row, tzAt);
    const zone = typeof tz === 'number' ? zones[tz] : undefined;
    if (zone !== undefined) entry.timeZone = zone;
    entries[i] = entry;
  }
  return entries;
}

/** The contract airports of a compact table (see {@link decodeGazetteerEntries}). */
export function decodeGazetteerTable(table: GazetteerTable): Airport[] {
  return decodeGazetteerEntries(table).map((entry) => entry.airport);
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/**
 * The compact table of a list of airports (with optional details): sorted by ICAO code, coordinates
 * rounded to 4 decimals (about 11 m), implausible elevations and non-positive runway lengths left
 * empty; airports without a valid ICAO code or with bad coordinates, the placeholder ZZZZ and later
 * duplicates are dropped. Heliports, seaplane bases and closed fields are kept, with their kind, so
 * that a landing at one is recognised as such rather than moved to the next airport.
 */
export function encodeGazetteerTable(
  airports: readonly (Airport | GazetteerEntry)[],
  meta: { source: string; license: string },
): GazetteerTable {
  const seen = new Set<string>();
  const zoneIndex = new Map<string, number>();
  const rows: (string | number)[][] = [];
  for (const item of airports) {
    const entry: GazetteerEntry = 'airport' in item ? item : { airport: item };
    const { airport } = entry;
    const icao = airport.icao.trim().toUpperCase();
    if (!ICAO_CODE.test(icao) || PLACEHOLDER_CODES.has(icao) || seen.has(icao)) continue;
    if (!Number.isFinite(airport.lat) || !Number.isFinite(airport.lon)) continue;
    if (Math.abs(airport.lat) > 90 || Math.abs(airport.lon) > 180) continue;
    seen.add(icao);
    const runway = entry.runwayFt !== undefined && entry.runwayFt > 0 ? Math.round(entry.runwayFt) : '';
    let zone: number | string = '';
    if (entry.timeZone) {
      zone = zoneIndex.get(entry.timeZone) ?? zoneIndex.size;
      zoneIndex.set(entry.timeZone, zone);
    }
    rows.push([
      icao,
      airport.iata?.trim() ?? '',
      airport.name.trim(),
      round4(airport.lat),
      round4(airport.lon),
      airport.country?.trim() ?? '',
      entry.kind ? KIND_CODES[entry.kind] : '',
      plausibleElevation(entry.elevationFt) ?? '',
      runway,
      zone,
    ]);
  }
  rows.sort((a, b) => {
    const [ka, kb] = [String(a[0]), String(b[0])];
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return {
    source: meta.source,
    license: meta.license,
    columns: [...GAZETTEER_COLUMNS],
    timeZones: [...zoneIndex.keys()],
    rows,
  };
}

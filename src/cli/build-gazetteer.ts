/**
 * Builds data/gazetteer.json from the airport-data-js package (OurAirports-derived, CC BY 4.0):
 * every airport with a valid ICAO code and coordinates, as a compact table, with what landing-candidate
 * selection needs (OurAirports type, elevation, longest runway) and the IANA time zone for local times.
 * Run with `npm run gazetteer` after upgrading the package; the output is committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeGazetteerTable, type GazetteerTable } from '../data/geo';
import type { AirportKind, GazetteerEntry } from '../data/geo';
import type * as AirportData from 'airport-data-js';

const require = createRequire(import.meta.url);
// A webpack-built CommonJS bundle: Node cannot see its named exports from ESM, so require it.
const { findAirports } = require('airport-data-js') as typeof AirportData;
// The package does not export its package.json: find it next to its entry point (lib/index.js).
const packageJsonPath = join(dirname(require.resolve('airport-data-js')), '..', 'package.json');
const packageJson = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as {
  version: string;
  license: string;
};
const outFile = fileURLToPath(new URL('../../data/gazetteer.json', import.meta.url));

// One row per line keeps the file readable and its git diffs small when the package updates.
function serialize(table: GazetteerTable): string {
  const { source, license, columns, timeZones } = table;
  const head = JSON.stringify({ source, license, columns, timeZones });
  const rows = table.rows.map((row) => JSON.stringify(row)).join(',\n');
  return `${head.slice(0, -1)},"rows":[\n${rows}\n]}\n`;
}

const KINDS: Record<string, AirportKind> = {
  large_airport: 'large',
  medium_airport: 'medium',
  small_airport: 'small',
  heliport: 'heliport',
  seaplane_base: 'seaplane',
  closed: 'closed',
};

// Numbers arrive as numbers, '' (unknown) or now and then a string such as "4,100".
function feet(value: unknown): number | undefined {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(value.replace(/,/g, '')) : NaN;
  return value === '' || !Number.isFinite(n) ? undefined : n;
}

const raw = await findAirports({});
const airports: GazetteerEntry[] = [];
for (const entry of raw) {
  // The package has a few entries whose code is a number or empty: those are not ICAO codes.
  if (typeof entry.icao !== 'string') continue;
  const kind = KINDS[String(entry.type)];
  const elevationFt = feet(entry.elevation_ft);
  const runwayFt = feet(entry.runway_length);
  const timeZone = typeof entry.time === 'string' && entry.time !== '' ? entry.time : undefined;
  airports.push({
    airport: {
      icao: entry.icao,
      iata: typeof entry.iata === 'string' ? entry.iata : '',
      name: String(entry.airport),
      lat: Number(entry.latitude),
      lon: Number(entry.longitude),
      country: typeof entry.country_code === 'string' ? entry.country_code : '',
    },
    ...(kind && { kind }),
    ...(elevationFt !== undefined && { elevationFt }),
    ...(runwayFt !== undefined && { runwayFt }),
    ...(timeZone && { timeZone }),
  });
}

const table = encodeGazetteerTable(airports, {
  source: `airport-data-js ${packageJson.version} (OurAirports data), https://github.com/aashishvanand/airport-data-js`,
  license: packageJson.license,
});
const text = serialize(table);
writeFileSync(outFile, text);
console.log(
  `${outFile}: ${table.rows.length} airports of ${raw.length} entries, ${(text.length / 1024).toFixed(0)} KiB`,
);

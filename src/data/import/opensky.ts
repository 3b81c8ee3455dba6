/**
 * OpenSky Network "flights" CSV → contract flights. Reads the REST column names (`firstSeen`, …) and the
 * lower-case names of the historical database's `flights_data4` table (`firstseen`, …); other columns are
 * ignored. Rows where OpenSky could not estimate an airport are skipped and counted in one warning.
 */
import type { Dataset, Flight, Gazetteer, ImportResult } from '../contract';
import { SCHEMA_VERSION } from '../contract';
import { dateOfUnixSeconds, isoOfUnixSeconds } from '../contract';
import type { CsvTable } from './csv-table';
import { csvTitle, headerNames, isBlankRow, overRowLimit } from './csv-table';
import type { IssueLog, RowWhere } from '../validate';
import { isAirportCode, isIcao24, ListedAirportResolver, shown } from '../validate';

/** The OpenSky columns the importer reads, lower-cased (the header is matched case-insensitively). */
export const OPENSKY_COLUMNS = [
  'icao24',
  'firstseen',
  'estdepartureairport',
  'lastseen',
  'estarrivalairport',
  'callsign',
] as const;

const PUBLISHER = 'OpenSky Network';
// Latest Unix second whose date is still four digits (9999-12-31T23:59:59Z).
const MAX_UNIX_SECONDS = 253_402_300_799;
const DIGITS = /^\d+$/;

/** True when a CSV header has every OpenSky flights column (any case). */
export function isOpenSkyHeader(names: readonly string[]): boolean {
  const lower = new Set(names.map((n) => n.toLowerCase()));
  return OPENSKY_COLUMNS.every((c) => lower.has(c));
}

function isMissing(cell: string): boolean {
  const t = cell.trim();
  return t === '' || t.toLowerCase() === 'null';
}

/**
 * A time cell: plain Unix seconds (ASCII digits only) or an error naming row and field. `Number()` alone
 * would also read `1.6e9`, `0x…`, `+…` and `….0` as whole numbers, and the row's id (built from the
 * cell) would not match the time.
 */
function unixSeconds(cell: string, field: string, where: RowWhere, log: IssueLog): number {
  const t = cell.trim();
  const value = DIGITS.test(t) ? Number(t) : NaN;
  if (value <= MAX_UNIX_SECONDS) return value;
  log.error(
    where,
    field,
    t === '' ? 'required' : `${shown(t)} is not a Unix time in whole seconds (digits only)`,
  );
  return NaN;
}

/**
 * Reads an OpenSky flights table. Spreadsheet row numbers (header = row 1); field names in messages are
 * the file's own column names.
 */
export function readOpenSkyCsv(
  table: CsvTable,
  log: IssueLog,
  options: { fileName?: string; gazetteer?: Gazetteer },
): ImportResult {
  const names = headerNames(table);
  const lower = names.map((n) => n.toLowerCase());
  const col = OPENSKY_COLUMNS.map((c) => lower.indexOf(c));
  // Every column is present (isOpenSkyHeader): the file's own names, for messages.
  const field = col.map((i) => names[i] ?? '') as [string, string, string, string, string, string];
  const [cIcao, cFirst, cDep, cLast, cArr, cCallsign] = col as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (overRowLimit(table, log)) return log.fail('opensky');
  const resolver = new ListedAirportResolver(log, new Map(), options.gazetteer);
  const ids = new Map<string, number>();
  const flights: Flight[] = [];
  let skipped = 0;
  for (let r = table.headerIndex + 1; r < table.rows.length; r++) {
    const cells = table.rows[r]!; // r < length
    const row = r + 1;
    if (isBlankRow(cells)) continue;
    const dep = cells[cDep] ?? '';
    const arr = cells[cArr] ?? '';
    if (isMissing(dep) || isMissing(arr)) {
      skipped++;
      continue;
    }
    const before = log.totalErrors;
    const rawIcao = (cells[cIcao] ?? '').trim();
    const icao24 = rawIcao.toLowerCase();
    const icaoOk = isIcao24(rawIcao);
    if (!icaoOk)
      log.error(
        { row, id: undefined },
        field[0],
        rawIcao === '' ? 'required' : `${shown(rawIcao)} is not a Mode-S address (6 hex digits)`,
      );
    const first = unixSeconds(cells[cFirst] ?? '', field[1], { row, id: undefined }, log);
    // The number, not the cell: `01677737400` is the same flight as `1677737400`.
    const id = icaoOk && !Number.isNaN(first) ? `opensky-${icao24}-${first}` : undefined;
    const where: RowWhere = { row, id };
    const last = unixSeconds(cells[cLast] ?? '', field[3], where, log);
    if (first > last) log.error(where, field[3], `is before ${field[1]}`);
    const origin = airport(dep, field[2], where, resolver, log);
    const destination = airport(arr, field[4], where, resolver, log);
    if (id !== undefined) {
      const firstRow = ids.get(id);
      if (firstRow !== undefined) log.error(where, 'id', `duplicate id, first used in row ${firstRow}`);
      else ids.set(id, row);
    }
    if (log.totalErrors !== before || id === undefined) continue;
    const flight: Flight = {
      id,
      date: dateOfUnixSeconds(last),
      departureTime: isoOfUnixSeconds(first),
      arrivalTime: isoOfUnixSeconds(last),
      origin,
      destination,
    } as Flight;
    const callsign = cCallsign < 0 ? '' : (cells[cCallsign] ?? '').trim();
    if (callsign !== '' && callsign.toLowerCase() !== 'null') flight.callsign = callsign;
    flight.icao24 = icao24;
    flight.confidence = 'confirmed';
    flight.sources = [{ publisher: PUBLISHER }];
    flights.push(flight);
  }
  if (skipped > 0) {
    log.warning(
      '',
      undefined,
      `${skipped} ${skipped === 1 ? 'row' : 'rows'} had no estimated departure or arrival airport`,
    );
  }
  if (log.hasErrors) return log.fail('opensky');
  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    title: csvTitle(options.fileName),
    // A `# synthetic` first line (csv-table.ts) is the file saying so; OpenSky's own exports have none.
    synthetic: table.synthetic,
    airports: [...resolver.used.values()],
    events: [],
    flights,
  };
  return { ok: true, format: 'opensky', dataset, warnings: log.warnings() };
}

function airport(
  cell: string,
  field: string,
  where: RowWhere,
  resolver: ListedAirportResolver,
  log: IssueLog,
): string {
  const code = cell.trim();
  if (!isAirportCode(code)) {
    log.error(where, field, `${shown(code)} is not an ICAO airport code (4 letters or digits)`);
    return '';
  }
  return resolver.resolve(code.toUpperCase(), field, where);
}

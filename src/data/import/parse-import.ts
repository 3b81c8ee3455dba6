/** The one entry point for imported text: picks the format, enforces the limits, returns a result. */
import type { Gazetteer, ImportResult } from '../contract';
import { isContractHeader, readContractCsv } from './csv-read';
import { CSV_COLUMNS } from '../contract';
import { headerNames, parseCsvTable } from './csv-table';
import { parseContractJson } from './json-read';
import { isOpenSkyHeader, readOpenSkyCsv } from './opensky';
import { IssueLog, MAX_TEXT_LENGTH } from '../validate';

export interface ImportOptions {
  /** Names a CSV dataset (`Imported from flights.csv`). */
  fileName?: string;
  /** Airports beyond the file's own; without it only the file's airports resolve. */
  gazetteer?: Gazetteer;
}

const MB = 1024 * 1024;

function firstNonSpace(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return text.charAt(i);
  }
  return '';
}

/**
 * Parses an imported file's text: a contract JSON (first non-space character `{`), a contract CSV, or an
 * OpenSky flights CSV (told apart by the header). All or nothing: any error gives `ok: false` with the
 * first 1,000 errors, their total and the warnings; nothing is loaded. A UTF-8 BOM is ignored.
 */
export function parseImport(text: string, options: ImportOptions = {}): ImportResult {
  const log = new IssueLog();
  if (text.length > MAX_TEXT_LENGTH) {
    log.error(
      '',
      undefined,
      `the file is ${Math.ceil(text.length / MB)} MB: more than the limit of ${MAX_TEXT_LENGTH / MB} MB per file`,
    );
    return log.fail(undefined);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = firstNonSpace(body);
  if (first === '') {
    log.error('', undefined, 'the file is empty');
    return log.fail(undefined);
  }
  if (first === '{') return parseContractJson(body, options.gazetteer);
  const table = parseCsvTable(body, log);
  const names = headerNames(table);
  if (isOpenSkyHeader(names)) return readOpenSkyCsv(table, log, options);
  if (isContractHeader(names)) return readContractCsv(table, log, options);
  // Quoting errors of a file in no known format would only confuse: report the format alone.
  const formatLog = new IssueLog();
  const shownHeader = names.slice(0, 8).join(',').slice(0, 120);
  formatLog.error(
    '',
    undefined,
    `not a format this app reads (first line: "${shownHeader}"). Expected a contract JSON file (starting with "{"), ` +
      `a contract CSV with the header ${CSV_COLUMNS.join(',')}, or an OpenSky flights CSV with the columns ` +
      'icao24, firstSeen, estDepartureAirport, lastSeen, estArrivalAirport, callsign' +
      separatorHint(names),
  );
  return formatLog.fail(undefined);
}

/**
 * A hint when the header is one cell holding semicolons or tabs: a spreadsheet saved with the wrong
 * separator (European locales write `;`), the most likely reason a flights CSV is not recognised.
 */
function separatorHint(names: readonly string[]): string {
  if (names.length !== 1) return '';
  const only = names[0] ?? '';
  const separator = only.includes(';') ? 'semicolons (;)' : only.includes('\t') ? 'tabs' : undefined;
  return separator
    ? `. The first line is separated by ${separator}, not commas: save the sheet as comma-separated CSV (in Excel: "CSV UTF-8 (Comma delimited)")`
    : '';
}

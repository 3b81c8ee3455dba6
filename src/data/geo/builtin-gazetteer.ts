/**
 * The built-in airport gazetteer: ~17,500 airports from data/gazetteer.json (about 1 MB). Import this
 * module only where airports are resolved (the import worker, lazily in the app), never in first paint.
 */
import table from '../../../data/gazetteer.json';
import { createGazetteer, decodeGazetteerTable, type GazetteerTable } from './gazetteer';
import type { Gazetteer } from '../contract';

let decoded: Gazetteer | undefined;

/** The built-in gazetteer; the table is decoded into airports on the first `get`, not on import. */
export const builtInGazetteer: Gazetteer = {
  get(icao: string) {
    decoded ??= createGazetteer(decodeGazetteerTable(table as GazetteerTable));
    return decoded.get(icao);
  },
};

/** Attribution the licence (CC BY 4.0) asks for, to show wherever airport names or positions appear. */
export const gazetteerAttribution = `Airport data: ${table.source}, licensed ${table.license} (https://creativecommons.org/licenses/by/4.0/).`;

/** How many airports the built-in table holds. */
export const builtInAirportCount = table.rows.length;

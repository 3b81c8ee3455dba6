// Small fake identity sources for the resolver's tests. The states, blocks, marks and airlines here are
// made up (XA, XB, XC are ISO 3166 user-assigned codes; the airlines do not exist): they test the rules,
// not the real tables, which have their own tests.
import type { Flight } from '../../../src/data/contract';
import type {
  AddressBlock,
  AircraftLookup,
  AircraftRecord,
  Designator,
  IdentitySources,
  NationalityMark,
} from '../../../src/data/identity';

export const flight = (over: Partial<Flight> = {}): Flight => ({
  id: 'f1',
  date: '2024-03-01',
  origin: 'UBBB',
  destination: 'LLOV',
  confidence: 'reported',
  sources: [{ publisher: 'analyst' }],
  ...over,
});

export function fakeDb(records: AircraftRecord[], name = 'aircraftDatabase.csv'): AircraftLookup {
  const map = new Map(records.map((r) => [r.icao24.toLowerCase(), r]));
  return {
    info: { name, layout: 'opensky', importedAt: '2026-12-02T10:00:00+00:00', rows: map.size },
    get: (icao24) => map.get(icao24.toLowerCase()),
  };
}

export const BLOCKS: AddressBlock[] = [
  { start: 0x100000, end: 0x1003ff, state: 'XA', stateName: 'Xaland' },
  { start: 0x100400, end: 0x1007ff, state: 'XB', stateName: 'Xbland' },
  { start: 0x200000, end: 0x2fffff, state: 'XC', stateName: 'Xcland' },
];

export const MARKS: NationalityMark[] = [
  { prefix: 'X1', state: 'XA', stateName: 'Xaland' },
  { prefix: 'X12', state: 'XB', stateName: 'Xbland' },
  { prefix: 'XC', state: 'XC', stateName: 'Xcland' },
];

export const DESIGNATORS: Designator[] = [
  { icao: 'QQA', name: 'Qualm Air Lines', telephony: 'QUALM', country: 'Xaland', active: true },
  { icao: 'QQB', name: 'Brightwing Cargo Ltd', telephony: 'BRIGHTWING', active: true },
  { icao: 'QQZ', name: 'Old Zephyr Airways', telephony: 'ZEPHYR', active: false },
];

/** The fake tables, in the shapes the real ones have (lookups as the interfaces document them). */
export function fakeSources(
  db?: AircraftLookup,
  tables: { blocks?: AddressBlock[]; marks?: NationalityMark[]; designators?: Designator[] } = {},
): IdentitySources {
  const blocks = tables.blocks ?? BLOCKS;
  const marks = [...(tables.marks ?? MARKS)].sort((a, b) => b.prefix.length - a.prefix.length);
  const designators = tables.designators ?? DESIGNATORS;
  const byIcao = new Map(designators.map((d) => [d.icao, d]));
  return {
    ...(db ? { db } : {}),
    blocks: {
      source: 'test blocks',
      blockOf(icao24) {
        if (!/^[0-9a-f]{6}$/i.test(icao24)) return undefined;
        const n = parseInt(icao24, 16);
        return blocks.find((b) => b.start <= n && n <= b.end);
      },
    },
    marks: {
      source: 'test marks',
      markOf(registration) {
        const r = registration.toUpperCase().replace(/-/g, '');
        return marks.find((m) => r.startsWith(m.prefix));
      },
    },
    designators: {
      source: 'test designators',
      byCallsign(callsign) {
        const m = /^([A-Z]{3})(?=\d|$)/.exec(callsign.trim().toUpperCase());
        return m ? byIcao.get(m[1]!) : undefined;
      },
      byIcao: (icao) => byIcao.get(icao.toUpperCase()),
    },
  };
}

/**
 * Fill and flag: what the identity sources add to one flight (a derived value for each field it lacks)
 * and where they disagree with it (a conflict naming both values). The flight is only read.
 *
 * Fill: registration from the aircraft database (by icao24); type from its typecode, else its model
 * text; operator from its operator, else its operator code looked up among the designators, else the
 * holder of the callsign prefix. The owner is never used: an owner (a lessor, a bank) is not who flew.
 *
 * Flag: the registration against the database's; the icao24 against the address blocks of the
 * registration's state (the flight's registration, else the database's, said so); the operator against
 * the holder of the callsign prefix, only for a designator the source lists as active (an inactive one
 * was likely reassigned: a difference says little).
 */
import type { Flight } from '../contract';
import { operatorMatchesDesignator, present, sameRegistration } from './normalize';
import type {
  AircraftRecord,
  ConflictKind,
  DerivedValue,
  Designator,
  FlightIdentity,
  IdentityField,
  IdentitySources,
  NationalityMark,
} from './types';
import { CONFLICT_KINDS, IDENTITY_FIELDS } from './types';

/** Bit k of a derived mask is IDENTITY_FIELDS[k]; bit k of a conflict mask is CONFLICT_KINDS[k]. */
export const fieldBit = (field: IdentityField) => 1 << IDENTITY_FIELDS.indexOf(field);
export const conflictBit = (kind: ConflictKind) => 1 << CONFLICT_KINDS.indexOf(kind);
const REG = fieldBit('registration');
const TYPE = fieldBit('aircraftType');
const OPERATOR = fieldBit('operator');
const REG_VS_DB = conflictBit('registration-vs-database');
const ADDRESS = conflictBit('address-vs-registration');
const OPERATOR_VS_CALLSIGN = conflictBit('operator-vs-callsign');

/** The database as a source: `aircraftDatabase.csv (imported 2026-12-02)`. */
export function databaseSource(sources: IdentitySources): string {
  const db = sources.db;
  if (!db) return 'aircraft database';
  // One string per database, shared by every value it gives (100,000 flights, one copy).
  let text = dbSources.get(db);
  if (text === undefined)
    dbSources.set(db, (text = `${db.info.name} (imported ${db.info.importedAt.slice(0, 10)})`));
  return text;
}
const dbSources = new WeakMap<object, string>();

/**
 * Answers that depend only on a table and a value, remembered per table object (the tables outlive many
 * resolutions, and operator names and registrations repeat from flight to flight; callsigns mostly do
 * not, so they are looked up each time). A map is emptied when it grows past a bound, so a long session
 * does not keep every value it ever saw.
 */
const MEMO_BOUND = 100_000;
const marksMemo = new WeakMap<object, Map<string, NationalityMark | null>>();
const matchMemo = new WeakMap<Designator, Map<string, boolean>>();

function remember<K extends object, V>(
  memos: WeakMap<K, Map<string, V>>,
  table: K,
  key: string,
  make: () => V,
): V {
  let map = memos.get(table);
  if (!map) memos.set(table, (map = new Map()));
  const known = map.get(key);
  if (known !== undefined) return known;
  if (map.size >= MEMO_BOUND) map.clear();
  const value = make();
  map.set(key, value);
  return value;
}

function markOf(sources: IdentitySources, registration: string): NationalityMark | undefined {
  const marks = sources.marks;
  return remember(marksMemo, marks, registration, () => marks.markOf(registration) ?? null) ?? undefined;
}

/** Keyed by the designator object itself: the same code in another table is another question. */
const operatorMatches = (operator: string, d: Designator): boolean =>
  remember(matchMemo, d, operator, () => operatorMatchesDesignator(operator, d));

const tableNote = (d: Designator, table: string) => `${table}${d.active ? '' : '; listed there as inactive'}`;
const designatorSource = (d: Designator, table: string) =>
  `callsign prefix ${d.icao} → ${d.name} (${tableNote(d, table)})`;

/** The operator the database gives: its operator, else the holder of its operator code. */
function databaseOperator(
  rec: AircraftRecord,
  sources: IdentitySources,
): { value: string; source: string } | undefined {
  const db = databaseSource(sources);
  if (present(rec.operator)) return { value: rec.operator, source: db };
  if (!present(rec.operatorIcao)) return undefined;
  const d = sources.designators.byIcao(rec.operatorIcao);
  if (!d) return undefined;
  return {
    value: d.name,
    source: `${db}: operator code ${d.icao} → ${d.name} (${tableNote(d, sources.designators.source)})`,
  };
}

/**
 * The one implementation of the rules. Returns the derived mask | conflict mask << 4; when `out` is
 * given it also fills it with the values and conflicts (the masks alone cost no strings).
 */
export function resolveMasks(flight: Flight, sources: IdentitySources, out?: FlightIdentity): number {
  const icao24 = present(flight.icao24) ? flight.icao24 : undefined;
  const rec = icao24 !== undefined && sources.db ? sources.db.get(icao24) : undefined;
  const designator = present(flight.callsign) ? sources.designators.byCallsign(flight.callsign) : undefined;
  let derived = 0;
  let conflicts = 0;

  const ownReg = present(flight.registration) ? flight.registration : undefined;
  const dbReg = rec && present(rec.registration) ? rec.registration : undefined;
  if (ownReg === undefined && dbReg !== undefined) {
    derived |= REG;
    out?.derived.push({
      field: 'registration',
      value: dbReg,
      from: 'aircraft-db',
      source: databaseSource(sources),
    });
  }
  if (!present(flight.aircraftType) && rec) {
    const type = present(rec.typecode) ? rec.typecode : present(rec.model) ? rec.model : undefined;
    if (type !== undefined) {
      derived |= TYPE;
      out?.derived.push({
        field: 'aircraftType',
        value: type,
        from: 'aircraft-db',
        source: databaseSource(sources),
      });
    }
  }
  if (!present(flight.operator)) {
    const fromDb = rec ? databaseOperator(rec, sources) : undefined;
    if (fromDb) {
      derived |= OPERATOR;
      out?.derived.push({
        field: 'operator',
        value: fromDb.value,
        from: 'aircraft-db',
        source: fromDb.source,
      });
    } else if (designator) {
      derived |= OPERATOR;
      out?.derived.push({
        field: 'operator',
        value: designator.name,
        from: 'designators',
        source: designatorSource(designator, sources.designators.source),
      });
    }
  }

  if (ownReg !== undefined && dbReg !== undefined && !sameRegistration(ownReg, dbReg)) {
    conflicts |= REG_VS_DB;
    if (out) {
      const source = databaseSource(sources);
      out.conflicts.push({
        kind: 'registration-vs-database',
        field: 'registration',
        own: ownReg,
        other: dbReg,
        from: 'aircraft-db',
        source,
        message: `Registration ${ownReg} differs from ${dbReg}, the registration ${source} gives for icao24 ${icao24}.`,
      });
    }
  }

  const reg = ownReg ?? dbReg;
  if (icao24 !== undefined && reg !== undefined) {
    const mark = markOf(sources, reg);
    const block = mark ? sources.blocks.blockOf(icao24) : undefined;
    if (mark && block && mark.state !== block.state) {
      conflicts |= ADDRESS;
      if (out) {
        const fromDb = ownReg === undefined ? ` (the registration ${databaseSource(sources)} gives)` : '';
        const source = [
          sources.blocks.source,
          sources.marks.source,
          ...(fromDb ? [databaseSource(sources)] : []),
        ];
        out.conflicts.push({
          kind: 'address-vs-registration',
          field: 'icao24',
          own: icao24,
          other: `${mark.stateName} (registration ${reg}${ownReg === undefined ? ', from the aircraft database' : ''})`,
          from: 'address-blocks',
          source: source.join('; '),
          message:
            `icao24 ${icao24} lies in the address block of ${block.stateName} (${block.state}), but ` +
            `registration ${reg}${fromDb} has the nationality mark ${mark.prefix} of ${mark.stateName} (${mark.state}).`,
        });
      }
    }
  }

  if (present(flight.operator) && designator?.active && !operatorMatches(flight.operator, designator)) {
    conflicts |= OPERATOR_VS_CALLSIGN;
    if (out) {
      const source = `callsign prefix ${designator.icao} (${sources.designators.source})`;
      out.conflicts.push({
        kind: 'operator-vs-callsign',
        field: 'operator',
        own: flight.operator,
        other: designator.name,
        from: 'designators',
        source,
        message:
          `Operator ${flight.operator} differs from ${designator.name}, the holder of ${source}; ` +
          'designators are reassigned over time, so this is a suggestion.',
      });
    }
  }
  return derived | (conflicts << 4);
}

/**
 * One flight's identity: a derived value (with its source) for each of registration, aircraftType and
 * operator the flight lacks and a source gives, and a conflict for each rule its own values break.
 * Never changes the flight; a field it has is never derived.
 */
export function resolveFlightIdentity(flight: Flight, sources: IdentitySources): FlightIdentity {
  const identity: FlightIdentity = { derived: [], conflicts: [] };
  resolveMasks(flight, sources, identity);
  return identity;
}

/** The value to show for a field: the flight's own when it has one, else the derived one (marked). */
export function effectiveValue(
  flight: Flight,
  identity: FlightIdentity | undefined,
  field: IdentityField,
): { value: string; derived?: DerivedValue } | undefined {
  const own = flight[field];
  if (present(own)) return { value: own };
  const derived = identity?.derived.find((d) => d.field === field);
  return derived ? { value: derived.value, derived } : undefined;
}

/**
 * Who flew: the shapes shared by the identity sources (an imported aircraft database, the bundled
 * address-block, nationality-mark and airline-designator tables), the resolver that fills and flags
 * flights from them, and the Aircraft view. A flight's own values are never changed: what a source adds
 * is a derived value beside it, and where a source disagrees the flight gets a conflict naming both.
 */

/** The flight fields a source can fill. */
export const IDENTITY_FIELDS = ['registration', 'aircraftType', 'operator'] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

/** One row of an aircraft database, as read (cells trimmed; an empty cell is absent). */
export interface AircraftRecord {
  /** 6 hex characters, lower case. */
  icao24: string;
  registration?: string;
  /** ICAO type designator, e.g. `IL76`. */
  typecode?: string;
  /** Free text: OpenSky `manufacturername` + `model`, tar1090 `description`. */
  model?: string;
  operator?: string;
  /** 3-letter ICAO airline designator of the operator. */
  operatorIcao?: string;
  owner?: string;
  serialNumber?: string;
  built?: string;
}

/** OpenSky `aircraftDatabase.csv` (comma, quoted, header) or tar1090-db `aircraft.csv` (semicolon, no header). */
export const AIRCRAFT_DB_LAYOUTS = ['opensky', 'tar1090'] as const;
export type AircraftDbLayout = (typeof AIRCRAFT_DB_LAYOUTS)[number];

/** What the app shows of the imported database: its name, layout, when it was imported, how many rows. */
export interface AircraftDbInfo {
  /** The file's name as the analyst chose it. */
  name: string;
  layout: AircraftDbLayout;
  /** ISO 8601 date-time with offset. */
  importedAt: string;
  rows: number;
}

/** An imported aircraft database: lookups by icao24 (6 hex, any case) in constant time. */
export interface AircraftLookup {
  readonly info: AircraftDbInfo;
  get(icao24: string): AircraftRecord | undefined;
}

/** One block of the ICAO 24-bit address allocation (Annex 10 Vol. III, appendix to chapter 9). */
export interface AddressBlock {
  /** Inclusive bounds, 0 … 0xFFFFFF. */
  start: number;
  end: number;
  /** ISO 3166-1 alpha-2 code of the state of registry. */
  state: string;
  stateName: string;
}

export interface AddressBlocks {
  /** Human-readable source, shown beside what it says. */
  readonly source: string;
  /** The block an icao24 (6 hex, any case) falls in, or undefined (unallocated or malformed). */
  blockOf(icao24: string): AddressBlock | undefined;
}

/** A registration's nationality mark (ICAO Annex 7), e.g. `4K` → Azerbaijan. */
export interface NationalityMark {
  prefix: string;
  /** ISO 3166-1 alpha-2, the same codes as AddressBlock.state. */
  state: string;
  stateName: string;
}

export interface NationalityMarks {
  readonly source: string;
  /** The mark a registration (any case, with or without its hyphen) starts with, longest first. */
  markOf(registration: string): NationalityMark | undefined;
}

/** An ICAO airline designator: the callsign prefix and who held it, per the source. */
export interface Designator {
  /** 3 letters, upper case. */
  icao: string;
  name: string;
  /** The radiotelephony callsign, e.g. `AZAL`. */
  telephony?: string;
  country?: string;
  /** As the source says; a designator may have been reassigned since. */
  active: boolean;
}

export interface Designators {
  readonly source: string;
  /** The designator a callsign starts with (its first three letters when followed by a digit or the end). */
  byCallsign(callsign: string): Designator | undefined;
  byIcao(icao: string): Designator | undefined;
}

/** Everything the resolver reads. The database is the analyst's import and may be absent. */
export interface IdentitySources {
  db?: AircraftLookup;
  blocks: AddressBlocks;
  marks: NationalityMarks;
  designators: Designators;
}

/** Which kind of source a derived value or a conflict came from. */
export type IdentitySourceKind = 'aircraft-db' | 'designators' | 'address-blocks';

/** A value a source gives for a field the flight lacks. */
export interface DerivedValue {
  field: IdentityField;
  value: string;
  from: IdentitySourceKind;
  /** Human-readable, e.g. `aircraftDatabase.csv (imported 2026-12-02)` or `callsign prefix AHY (OpenFlights)`. */
  source: string;
}

export const CONFLICT_KINDS = [
  /** The flight's registration differs from the database's for its icao24. */
  'registration-vs-database',
  /** The flight's icao24 lies outside the address blocks of its registration's state. */
  'address-vs-registration',
  /** The flight's operator differs from the holder of its callsign prefix. */
  'operator-vs-callsign',
] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

/** A disagreement between the flight's own value and a source: both shown, the flight's kept. */
export interface IdentityConflict {
  kind: ConflictKind;
  field: 'registration' | 'icao24' | 'operator';
  /** The flight's own value. */
  own: string;
  /** What the source says instead. */
  other: string;
  from: IdentitySourceKind;
  source: string;
  /** One sentence naming both values and the source. */
  message: string;
}

export interface FlightIdentity {
  derived: DerivedValue[];
  conflicts: IdentityConflict[];
}

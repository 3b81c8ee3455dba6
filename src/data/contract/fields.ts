/**
 * The one table of a flight's fields, in the contract's order. It drives the CSV writer and reader, the
 * JSON writer and the validator: adding a field is one line here plus, for a new kind, its check in
 * validate/field-checks.ts (the compiler lists every switch on `kind` that misses it).
 */

/**
 * How a field is checked and written.
 * - `id`: 1–128 characters, unique in the file.
 * - `date`: `YYYY-MM-DD` (a real calendar day); `dateEnd` additionally not before `date`.
 * - `dateTime`: ISO 8601 with an offset or `Z`.
 * - `airport`: ICAO code (4 letters/digits), resolved; CSV adds `_name`, `_lat`, `_lon` columns.
 * - `text` / `sharedText`: optional text; shared texts repeat (operators, types) and are interned.
 * - `icao24`: 6 hex digits, lower-cased.
 * - `confidence`: one of CONFIDENCES.
 * - `sources`: Source[] (the CSV's codec in source-codec.ts).
 * - `boolean`: true/false (CSV `true`/`false`).
 * - `review`: `{ status, by?, at?, note? }` (CSV `review_…` columns).
 * - `tags`: short texts (CSV joined by ` | `).
 */
export type FieldKind =
  | 'id'
  | 'date'
  | 'dateEnd'
  | 'dateTime'
  | 'airport'
  | 'text'
  | 'sharedText'
  | 'icao24'
  | 'confidence'
  | 'sources'
  | 'boolean'
  | 'review'
  | 'tags';

export interface FlightField {
  readonly name: string;
  readonly kind: FieldKind;
  readonly required: boolean;
  /** The CSV columns that hold the field, in order. */
  readonly csv: readonly string[];
  /** The schema version that added it. */
  readonly since: 1 | 2;
}

function f<N extends string>(
  name: N,
  kind: FieldKind,
  required: boolean,
  since: 1 | 2 = 1,
  csv: readonly string[] = [name],
) {
  return { name, kind, required, csv, since } as const;
}

/** Every field of a flight, in the contract's order (JSON property order and CSV column order). */
export const FLIGHT_TABLE = [
  f('id', 'id', true),
  f('date', 'date', true),
  f('departureTime', 'dateTime', false),
  f('arrivalTime', 'dateTime', false),
  f('origin', 'airport', true, 1, ['origin', 'origin_name', 'origin_lat', 'origin_lon']),
  f('destination', 'airport', true, 1, [
    'destination',
    'destination_name',
    'destination_lat',
    'destination_lon',
  ]),
  f('operator', 'sharedText', false),
  f('callsign', 'text', false),
  f('aircraftType', 'sharedText', false),
  f('registration', 'text', false),
  f('icao24', 'icao24', false),
  f('cargo', 'text', false),
  f('confidence', 'confidence', true),
  f('sources', 'sources', true),
  f('notes', 'text', false),
  f('dateEnd', 'dateEnd', false, 2),
  f('departureObserved', 'boolean', false, 2),
  f('arrivalObserved', 'boolean', false, 2),
  // review_at is not in the contract's CSV list; added after review_note so a CSV round trip keeps it.
  f('review', 'review', false, 2, ['review_status', 'review_by', 'review_note', 'review_at']),
  f('tags', 'tags', false, 2),
] as const satisfies readonly FlightField[];

export type FlightFieldName = (typeof FLIGHT_TABLE)[number]['name'];

/** The fields of a flight, in the contract's order. */
export const FLIGHT_FIELDS: readonly FlightFieldName[] = FLIGHT_TABLE.map((field) => field.name);

/** The contract's CSV columns, in order: version 1's, then version 2's. */
export const CSV_COLUMNS: readonly string[] = FLIGHT_TABLE.flatMap((field) => field.csv);

/** The columns a contract CSV must have. */
export const REQUIRED_CSV_COLUMNS: readonly string[] = FLIGHT_TABLE.filter((field) => field.required).map(
  (field) => field.name,
);

/** Longest tag, in characters, and most tags on one flight. */
export const MAX_TAG_LENGTH = 64;
export const MAX_TAGS = 32;

/**
 * Not contract fields: what Airlift's exports write of "who flew" beside the flights (issue 14), after
 * the contract's CSV columns and as a top-level JSON key. The readers know them and do not read them
 * back, with one warning: they are derived, and would otherwise pass for the flights' own values.
 */
export const IDENTITY_CSV_COLUMNS: readonly string[] = [
  'derived_registration',
  'derived_aircraftType',
  'derived_operator',
  'derived_from',
  'identity_conflicts',
];
export const IDENTITY_JSON_KEY = 'identity';
export const IDENTITY_NOT_READ =
  "derived identity (Airlift's export of values and conflicts from identity sources), not read back: " +
  "the flights' own fields are kept; load the aircraft database to derive them again";

/**
 * The dataset contract (schema version 2), as TypeScript types.
 * Spec: shared/dataset-contract.md. Everything an analyst imports ends up as these. The field table that
 * drives readers, writers and the validator is fields.ts.
 */

/** The version every export writes. */
export const SCHEMA_VERSION = 2;
/** The versions an import reads (a version 1 file is a valid version 2 file). */
export const READABLE_SCHEMA_VERSIONS = [1, 2] as const;
export type SchemaVersion = (typeof READABLE_SCHEMA_VERSIONS)[number];

export const CONFIDENCES = ['confirmed', 'reported', 'inferred', 'synthetic'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export interface Source {
  publisher: string;
  title?: string;
  /** http: or https: only */
  url?: string;
  /** YYYY-MM-DD */
  published?: string;
}

export interface Flight {
  id: string;
  /** YYYY-MM-DD, UTC calendar date of arrival (or of the report). */
  date: string;
  /** ISO 8601 date-time with offset or Z. */
  departureTime?: string;
  arrivalTime?: string;
  /** ICAO airport codes, 4 letters/digits. */
  origin: string;
  destination: string;
  operator?: string;
  callsign?: string;
  aircraftType?: string;
  registration?: string;
  /** 6 hex chars, lower case. */
  icao24?: string;
  cargo?: string;
  confidence: Confidence;
  sources: Source[];
  notes?: string;
  /** Schema v2. Imprecise date: it happened on some day from `date` to `dateEnd` (inclusive, YYYY-MM-DD). */
  dateEnd?: string;
  /** Schema v2. True when the track shows the aircraft at that airport; false when the end is inferred. */
  departureObserved?: boolean;
  arrivalObserved?: boolean;
  /** Schema v2. */
  review?: Review;
  /** Schema v2. Short texts. */
  tags?: string[];
}

export const REVIEW_STATUSES = ['unreviewed', 'verified', 'disputed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface Review {
  status: ReviewStatus;
  by?: string;
  /** ISO 8601 date-time with offset. */
  at?: string;
  note?: string;
}

/** One observed position: `[t (Unix s UTC), lat, lon, altFt | null, onGround | null]`. */
export type TrackPoint = [
  t: number,
  lat: number,
  lon: number,
  altFt: number | null,
  onGround: boolean | null,
];

/** Schema v2: the observed track of one flight. Gaps are derived (consecutive points > 10 min apart). */
export interface Track {
  flightId: string;
  source: Source;
  /** Ascending `t`. */
  points: TrackPoint[];
}

export const LOG_ACTIONS = ['import', 'add', 'edit', 'delete', 'merge'] as const;
export type LogAction = (typeof LOG_ACTIONS)[number];

/** Schema v2: one entry of the change log. */
export interface LogEntry {
  /** ISO 8601 date-time with offset. */
  at: string;
  by?: string;
  action: LogAction;
  flightId?: string;
  field?: string;
  before?: unknown;
  after?: unknown;
}

export interface Airport {
  icao: string;
  iata?: string;
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2 */
  country?: string;
}

export interface TimelineEvent {
  date: string;
  title: string;
  description?: string;
  sources?: Source[];
  /** Schema v2: imprecise date, inclusive. */
  dateEnd?: string;
}

export interface Dataset {
  schemaVersion: SchemaVersion;
  title: string;
  description?: string;
  synthetic: boolean;
  compiledAt?: string;
  license?: string;
  /** Every airport any flight refers to, resolved (dataset's own list, then the gazetteer). */
  airports: Airport[];
  events: TimelineEvent[];
  flights: Flight[];
  /** Schema v2: at most one per flight. */
  tracks?: Track[];
  /** Schema v2: the change log, oldest first. */
  log?: LogEntry[];
}

/** An error or warning from an import: names the row and field as the contract says. */
export interface Issue {
  /**
   * 1-based row of a flight. JSON: position in `flights` (first flight = row 1). CSV: the spreadsheet
   * row, header = row 1, so the first flight is row 2 (what an analyst sees in a spreadsheet).
   */
  row?: number;
  id?: string;
  field?: string;
  /** Full text: `row N (id "X"), field F: what is wrong`. */
  message: string;
}

/** Track formats (src/data/tracks): one per file kind; `tracks` when one import mixes several. */
export type ImportFormat =
  'json' | 'csv' | 'opensky' | 'readsb' | 'opensky-states' | 'opensky-tracks' | 'fr24' | 'kml' | 'tracks';

export type ImportResult =
  | { ok: true; format: ImportFormat; dataset: Dataset; warnings: Issue[] }
  | {
      ok: false;
      format?: ImportFormat;
      /** At most the first 1,000 errors. */
      errors: Issue[];
      /** How many errors there were in all (may exceed errors.length). */
      totalErrors: number;
      warnings: Issue[];
    };

/** The filters the dashboard offers. Arrays mean "any of"; an empty or absent array means no filter. */
export interface Filters {
  /** Inclusive UTC calendar dates, YYYY-MM-DD. */
  from?: string;
  to?: string;
  operators?: string[];
  aircraftTypes?: string[];
  /** Either end. */
  airport?: string;
  origin?: string;
  destination?: string;
  confidences?: Confidence[];
  registration?: string;
  /** Case-insensitive substring over id, callsign, registration, operator, cargo, notes, sources. */
  text?: string;
  /** Any of the flight's source publishers. */
  publishers?: string[];
  /** At least this many distinct source publishers ("independent sources"). */
  minPublishers?: number;
  /** Flights with either airport inside this box (degrees); west > east crosses the antimeridian. */
  area?: { south: number; west: number; north: number; east: number };
  /** Schema v2: only flights whose departure and arrival were both observed in a track. */
  bothEndsObserved?: boolean;
  /** Schema v2: any of these review statuses; a flight without `review` is `unreviewed`. */
  review?: ReviewStatus[];
  /** Schema v2 views: one cell of the hour × weekday grid (see WhenFilter). */
  when?: WhenFilter;
  /** Identity: any of these airframes (`airframeKey`: the icao24, else `reg:` + the registration). */
  aircraft?: string[];
  /** Identity: only flights with at least one identity conflict (own value vs a source). */
  identityConflict?: boolean;
}

/**
 * Flights whose departure (or arrival) falls on one weekday (0 = Monday) and hour (0–23), in UTC or in
 * the airport's local time: a cell of the hour × weekday grid.
 */
export interface WhenFilter {
  end: 'departure' | 'arrival';
  clock: 'utc' | 'local';
  weekday: number;
  hour: number;
}

export type BinUnit = 'day' | 'week' | 'month' | 'year';

/** Looks up airports by ICAO code: the dataset's own list first, then the built-in gazetteer. */
export interface Gazetteer {
  get(icao: string): Airport | undefined;
}

export type ConfidenceCounts = Record<Confidence, number>;

/** One directed route (origin → destination) over a set of flights. */
export interface RouteSummary {
  /** `${origin}>${destination}` */
  key: string;
  origin: string;
  destination: string;
  count: number;
  firstDate: string;
  lastDate: string;
  /** Distinct operators, sorted. */
  operators: string[];
  confidence: ConfidenceCounts;
  /** Distinct source publishers across the route's flights. */
  publishers: number;
  /** True when no flight of the route is confirmed, or every flight has a single source: drawn dashed. */
  weakEvidence: boolean;
}

export interface AirportSummary {
  icao: string;
  arrivals: number;
  departures: number;
  total: number;
}

export interface TimelineBin {
  /** First day of the bin, YYYY-MM-DD (UTC). */
  start: string;
  /** First day after the bin (exclusive), YYYY-MM-DD. */
  end: string;
  counts: ConfidenceCounts;
  total: number;
}

export type SortKey =
  | 'date'
  | 'origin'
  | 'destination'
  | 'operator'
  | 'callsign'
  | 'aircraftType'
  | 'registration'
  | 'confidence'
  | 'sources';
export interface SortSpec {
  key: SortKey;
  dir: 'asc' | 'desc';
}

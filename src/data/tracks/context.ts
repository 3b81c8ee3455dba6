/** What every reader shares while reading one file: where points go, where issues go, what was skipped. */
import type { IssueLog } from '../validate';
import type { AircraftPoints, PointStore } from './points';
import { MAX_TRACK_POINTS } from './rules';

export type TrackFormat = 'readsb' | 'opensky-states' | 'opensky-tracks' | 'fr24' | 'kml';

/** The provider each format comes from, as a source publisher. */
export const PUBLISHERS: Record<TrackFormat, string> = {
  readsb: 'ADS-B Exchange',
  'opensky-states': 'OpenSky Network',
  'opensky-tracks': 'OpenSky Network',
  fr24: 'Flightradar24',
  kml: 'KML file',
};

export class FileContext {
  format: TrackFormat | undefined;
  publisher = '';
  synthetic = false;
  /** Rows with no position, skipped. */
  noPosition = 0;
  /** readsb rows flagged stale (an old position repeated), skipped. */
  stale = 0;
  points = 0;
  /** Set once the point limit is hit: readers stop adding. */
  full = false;

  constructor(
    readonly name: string,
    readonly index: number,
    readonly store: PointStore,
    readonly log: IssueLog,
  ) {}

  /** An error naming the row and field: `row N of FILE, field F: what`. */
  rowError(row: number, field: string | undefined, what: string): void {
    this.log.error(`row ${row} of ${this.name}`, field, what);
  }

  fileError(what: string): void {
    this.log.error(this.name, undefined, what);
  }

  /** Adds a point unless the import's point limit is reached (then one error, and nothing more). */
  add(
    a: AircraftPoints,
    t: number,
    lat: number,
    lon: number,
    alt: number,
    ground: number,
    flags: number,
    callsign: number,
  ): void {
    if (this.store.total >= MAX_TRACK_POINTS) {
      if (!this.full) {
        this.full = true;
        this.fileError(
          `more than ${MAX_TRACK_POINTS.toLocaleString('en-US')} points in this import, the limit: split the files, or resample them to fewer points per second`,
        );
      }
      return;
    }
    this.store.total++;
    this.points++;
    a.push(t, lat, lon, alt, ground, flags, this.index, callsign);
  }

  /** The one warning per file that counts skipped rows. */
  reportSkipped(): void {
    if (this.noPosition > 0)
      this.log.warning(this.name, undefined, `${plural(this.noPosition, 'row')} with no position skipped`);
    if (this.stale > 0)
      this.log.warning(
        this.name,
        undefined,
        `${plural(this.stale, 'stale position')} (readsb flag 1) skipped`,
      );
  }
}

export const FEET_PER_METRE = 3.28084;
const HEX24 = /^[0-9a-f]{6}$/;

/** The 6 lower-case hex digits of a Mode-S address, or undefined. */
export function icao24Of(value: string): string | undefined {
  const hex = value.trim().toLowerCase();
  return HEX24.test(hex) ? hex : undefined;
}

/** A latitude/longitude pair, or a message saying what is wrong. */
export function checkPosition(lat: number, lon: number): string | undefined {
  if (!Number.isFinite(lat) || Math.abs(lat) > 90) return 'latitude must be a number from -90 to 90';
  if (!Number.isFinite(lon) || Math.abs(lon) > 180) return 'longitude must be a number from -180 to 180';
  return undefined;
}

/**
 * A time cell as Unix seconds: plain digits only, as every provider writes it; NaN for anything else
 * (hex, exponent, sign, decimals), which `Number()` would read as some other time.
 */
export function unixSeconds(cell: string | undefined): number {
  if (cell === undefined || cell.length === 0 || cell.length > 12) return Number.NaN;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c < 48 || c > 57) return Number.NaN;
  }
  return Number(cell);
}

/** "1 row", "2,000 rows". */
export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * Points of one aircraft, column by column in typed arrays: a 1 Hz state-vector file has millions of
 * rows, and an object per point would cost ~10× the memory and the garbage collector's time.
 */

/** `ground` values. */
export const AIR = 0;
export const GROUND = 1;
export const UNKNOWN = -1;
/** `flags` bits. */
export const NEW_LEG = 1;

type Column = Float64Array | Float32Array | Int8Array | Uint8Array | Uint16Array;

/** A copy of a typed-array column with room for `size` entries (the same type, its values first). */
export function grownTo<T extends Column>(column: T, size: number): T {
  const next = new (column.constructor as new (n: number) => T)(size);
  next.set(column);
  return next;
}

/** What the file says about the aircraft, beside its points. */
export interface AircraftInfo {
  registration?: string;
  aircraftType?: string;
  operator?: string;
}

/** The points of one aircraft (icao24, or another key when the file has none), growing as rows arrive. */
export class AircraftPoints {
  n = 0;
  t = new Float64Array(64);
  lat = new Float64Array(64);
  lon = new Float64Array(64);
  /** Feet; NaN when unknown. */
  alt = new Float32Array(64);
  ground = new Int8Array(64);
  flags = new Uint8Array(64);
  /** Index into the import's list of files. */
  file = new Uint16Array(64);
  /** Index into `callsigns` (0: none). */
  callsign = new Uint16Array(64);
  readonly callsigns: string[] = [''];
  private readonly callsignIds = new Map<string, number>([['', 0]]);
  /** False once a point arrives before the previous one. */
  sorted = true;
  readonly info: AircraftInfo = {};

  /** `icao24` is the 6 lower-case hex digits when known. */
  constructor(
    readonly key: string,
    readonly icao24: string | undefined,
  ) {}

  callsignId(callsign: string): number {
    let id = this.callsignIds.get(callsign);
    if (id === undefined) {
      id = this.callsigns.length;
      // More than 65,535 distinct callsigns for one aircraft is not a real file: keep the last slot.
      if (id > 0xffff) return 0xffff;
      this.callsigns.push(callsign);
      this.callsignIds.set(callsign, id);
    }
    return id;
  }

  /** One point; positional on purpose: called once per row of multi-million-row files, no object per point. */
  push(
    t: number,
    lat: number,
    lon: number,
    alt: number,
    ground: number,
    flags: number,
    file: number,
    callsign: number,
  ): void {
    const i = this.n;
    if (i === this.t.length) this.grow(i * 2);
    if (i > 0 && t < this.t[i - 1]!) this.sorted = false;
    this.t[i] = t;
    this.lat[i] = lat;
    this.lon[i] = lon;
    this.alt[i] = alt;
    this.ground[i] = ground;
    this.flags[i] = flags;
    this.file[i] = file;
    this.callsign[i] = callsign;
    this.n = i + 1;
  }

  private grow(size: number): void {
    this.t = grownTo(this.t, size);
    this.lat = grownTo(this.lat, size);
    this.lon = grownTo(this.lon, size);
    this.alt = grownTo(this.alt, size);
    this.ground = grownTo(this.ground, size);
    this.flags = grownTo(this.flags, size);
    this.file = grownTo(this.file, size);
    this.callsign = grownTo(this.callsign, size);
  }

  /**
   * Sorts by time and drops repeated times (the same point from overlapping traces, or a file imported
   * twice), keeping the first seen; a new-leg flag on a dropped duplicate is kept. Returns how many
   * points were dropped.
   */
  normalise(): number {
    const n = this.n;
    let order: Uint32Array | undefined;
    if (!this.sorted) {
      order = new Uint32Array(n);
      for (let i = 0; i < n; i++) order[i] = i;
      const t = this.t;
      // Stable: equal times keep their arrival order, so "first seen" wins.
      order.sort((a, b) => t[a]! - t[b]! || a - b);
    }
    // Sorting reads from a copy; in time order the copy is skipped and points move down in place.
    const from = order === undefined ? this : this.clone();
    let out = 0;
    let last = Number.NaN;
    for (let k = 0; k < n; k++) {
      const i = order === undefined ? k : order[k]!;
      const t = from.t[i]!;
      if (t === last) {
        this.flags[out - 1]! |= from.flags[i]!;
        continue;
      }
      last = t;
      this.t[out] = t;
      this.lat[out] = from.lat[i]!;
      this.lon[out] = from.lon[i]!;
      this.alt[out] = from.alt[i]!;
      this.ground[out] = from.ground[i]!;
      this.flags[out] = from.flags[i]!;
      this.file[out] = from.file[i]!;
      this.callsign[out] = from.callsign[i]!;
      out++;
    }
    const dropped = n - out;
    this.n = out;
    this.sorted = true;
    return dropped;
  }

  private clone(): Pick<
    AircraftPoints,
    't' | 'lat' | 'lon' | 'alt' | 'ground' | 'flags' | 'file' | 'callsign'
  > {
    const n = this.n;
    return {
      t: this.t.slice(0, n),
      lat: this.lat.slice(0, n),
      lon: this.lon.slice(0, n),
      alt: this.alt.slice(0, n),
      ground: this.ground.slice(0, n),
      flags: this.flags.slice(0, n),
      file: this.file.slice(0, n),
      callsign: this.callsign.slice(0, n),
    };
  }

  /** On the ground: said so, or (when the file does not say) at or below zero altitude. */
  isGround(i: number): boolean {
    const g = this.ground[i]!;
    return g === GROUND || (g === UNKNOWN && this.alt[i]! <= 0);
  }
}

/** Every aircraft of an import, by key. */
export class PointStore {
  readonly aircraft = new Map<string, AircraftPoints>();
  total = 0;

  get(key: string, icao24: string | undefined): AircraftPoints {
    let a = this.aircraft.get(key);
    if (!a) {
      a = new AircraftPoints(key, icao24);
      this.aircraft.set(key, a);
    }
    return a;
  }
}

/**
 * The entry points: {@link importTrackFiles} for files already in memory, {@link TrackImport} for
 * files read in chunks (the worker streams a File through it). All or nothing, like every import.
 */
import type { Airport, Dataset, Flight, ImportFormat, ImportResult, Track } from '../contract';
import { SCHEMA_VERSION } from '../contract';
import type { GazetteerEntry } from '../geo';
import { IssueLog } from '../validate';
import { landingCandidates, LandingCandidates } from './candidates';
import { FileContext, plural } from './context';
import { resolveEnd } from './ends';
import { legFlight, type FileInfo } from './flights';
import { isFlight, splitLegs } from './legs';
import { PointStore } from './points';
import { TrackFile } from './file';

export interface TrackImportOptions {
  /** The airport table with details (the worker passes `builtInGazetteerEntries()`), or a prepared index. */
  airports: readonly GazetteerEntry[] | LandingCandidates;
  /** Marks every file as generated, whatever it says (a file can also mark itself: see data/FORMAT.md). */
  synthetic?: boolean;
  /** Called with the fraction of all bytes read, 0…1. */
  onProgress?: (fraction: number) => void;
  /** Dataset title; default names the files. */
  title?: string;
}

const CHUNK = 4 * 1024 * 1024;

/** A chunked import of several files; call `file()` per file, push its chunks, then `finish()`. */
export class TrackImport {
  private readonly store = new PointStore();
  private readonly log = new IssueLog();
  private readonly files: TrackFile[] = [];
  private totalBytes = 0;

  constructor(private readonly options: TrackImportOptions) {}

  /** Opens the next file; `size` (bytes) lets progress be a fraction of all files. */
  file(name: string, size = 0): TrackFile {
    if (this.files.length >= 0xffff) throw new RangeError('more than 65,535 files in one import');
    const ctx = new FileContext(name, this.files.length, this.store, this.log);
    const file = new TrackFile(ctx);
    this.files.push(file);
    this.totalBytes += size;
    return file;
  }

  /** Reports progress over the files opened so far. */
  progress(): void {
    if (!this.options.onProgress || this.totalBytes === 0) return;
    let read = 0;
    for (const f of this.files) read += f.bytesRead;
    this.options.onProgress(Math.min(1, read / this.totalBytes));
  }

  /** The files' common format, or `tracks` when they differ (undefined before any was recognised). */
  private format(): ImportFormat | undefined {
    const formats = new Set(this.files.map((f) => f.ctx.format).filter((f) => f !== undefined));
    if (formats.size === 0) return undefined;
    return formats.size === 1 ? [...formats][0] : 'tracks';
  }

  /** Legs, airports, flights and tracks from everything read; nothing when any file had an error. */
  finish(): ImportResult {
    const log = this.log;
    const names = this.files.map((f) => f.ctx.name);
    if (this.files.length === 0) log.error('', undefined, 'no files');
    for (const f of this.files)
      if (f.ctx.points === 0 && !log.hasErrors) f.ctx.fileError('no positions in the file');
    if (log.hasErrors) return log.fail(this.format());
    const infos: FileInfo[] = this.files.map((f) => ({
      name: f.ctx.name,
      publisher: f.ctx.publisher,
      synthetic: f.ctx.synthetic || this.options.synthetic === true,
    }));
    const { airports } = this.options;
    const candidates = airports instanceof LandingCandidates ? airports : landingCandidates(airports);
    const flights: Flight[] = [];
    const tracks: Track[] = [];
    const used = new Map<string, Airport>();
    let duplicates = 0;
    let groundOnly = 0;
    for (const a of this.store.aircraft.values()) {
      duplicates += a.normalise();
      for (const leg of splitLegs(a)) {
        if (!isFlight(a, leg)) {
          groundOnly++;
          continue;
        }
        const dep = resolveEnd(a, leg, false, candidates);
        const arr = resolveEnd(a, leg, true, candidates);
        if (!dep || !arr) {
          log.error('', undefined, 'no airports to place the legs at: the airport table is empty');
          return log.fail(this.format());
        }
        const made = legFlight(a, leg, dep, arr, infos);
        flights.push(made.flight);
        tracks.push(made.track);
        for (const airport of made.airports) used.set(airport.icao, airport);
      }
    }
    if (duplicates > 0)
      log.warning('', undefined, `${plural(duplicates, 'repeated point')} (same aircraft, same time) merged`);
    if (groundOnly > 0)
      log.warning(
        '',
        undefined,
        `${plural(groundOnly, 'leg')} of ground movement only: not flights, left out`,
      );
    flights.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    const order = new Map(flights.map((f, i) => [f.id, i]));
    tracks.sort((x, y) => (order.get(x.flightId) ?? 0) - (order.get(y.flightId) ?? 0));
    const dataset: Dataset = {
      schemaVersion: SCHEMA_VERSION,
      title: this.options.title ?? `Tracks from ${names.length === 1 ? names[0] : `${names.length} files`}`,
      synthetic: infos.some((f) => f.synthetic),
      airports: [...used.values()].map((a) => ({ ...a })),
      events: [],
      flights,
      tracks,
    };
    return { ok: true, format: this.format() ?? 'tracks', dataset, warnings: log.warnings() };
  }
}

/** Imports whole files (bytes, gzip or not) as tracks; progress is reported per 4 MB chunk. */
export function importTrackFiles(
  files: readonly { name: string; bytes: Uint8Array }[],
  options: TrackImportOptions,
): ImportResult {
  const session = new TrackImport(options);
  const opened = files.map((f) => ({ f, file: session.file(f.name, f.bytes.length) }));
  for (const { f, file } of opened) {
    for (let at = 0; at < f.bytes.length; at += CHUNK) {
      file.pushBytes(f.bytes.subarray(at, at + CHUNK), at + CHUNK >= f.bytes.length);
      session.progress();
    }
    file.finish();
  }
  return session.finish();
}

/**
 * Keeps the analyst's imported dataset across reloads, in IndexedDB (idb-keyval), as one record.
 *
 * The dataset is stored as an object (structured clone), not as text, and is not re-run through
 * `parseImport` on load: it was fully validated before it was saved, only this origin's code can write
 * the record, and re-validating 1,000,000 flights would cost seconds before first paint (and need the
 * 1 MB gazetteer on the main thread). A cheap shape check catches what can really happen — a record from
 * another schema version, or one damaged or half-written — and such a record is refused, not trusted.
 *
 * The flights go in chunks of their own records (tracks too, by points: persist-tracks.ts): Chromium refuses one IndexedDB value over ~127 MB,
 * which a single record passes at ~350k flights. Chunks and the record naming them are written in one
 * transaction, so a save is whole or absent. Each chunk holds its flights as columns (flight-columns.ts):
 * read back as objects, a million flights took seconds before first paint. Chunks saved as arrays of
 * flights (before the columns) are still read.
 */
import { createStore, delMany, get, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import type { Dataset } from '../data/contract';
import { READABLE_SCHEMA_VERSIONS, SCHEMA_VERSION } from '../data/contract';
import { rejectAfter, within } from './time-limit';
import { joinTracks, trackChunks, TRACK_POINTS_PER_CHUNK, type TrackCounts } from './persist-tracks';
import { decodeFlights, encodeFlights, FLIGHT_BATCH, isFlightColumns, takeColumns } from './flight-columns';

export interface StoredRecord {
  schemaVersion: number;
  /** ISO date-time of the save. */
  savedAt: string;
  /** The dataset; its `flights` are empty when they are stored in chunks. */
  dataset: Dataset;
  /** How many flight chunks there are (absent in records saved before chunking: flights inline). */
  chunks?: number;
  /** How many flights the chunks hold together. */
  flightCount?: number;
  /** Tracks in chunks of their own (absent in records without tracks; then `dataset.tracks` is absent). */
  tracks?: TrackCounts;
}

/**
 * Flights per stored chunk: tens of MB per value, well under Chromium's ~127 MB limit. A streamed
 * import's batches are as large, so its first save stores them without encoding again.
 */
export const FLIGHTS_PER_CHUNK = FLIGHT_BATCH;

/** The key of flight chunk `i`. */
export const chunkKey = (i: number) => `${STORED_DATASET_KEY}:flights:${i}`;
/** The key of track chunk `i`. */
export const trackChunkKey = (i: number) => `${STORED_DATASET_KEY}:tracks:${i}`;

const isOurKey = (key: IDBValidKey) =>
  key === STORED_DATASET_KEY || (typeof key === 'string' && key.startsWith(`${STORED_DATASET_KEY}:`));

export type SaveOutcome = { ok: true } | { ok: false; reason: string };
export type LoadOutcome = { dataset: Dataset; savedAt: string } | { error: string } | null;

/** The one key the imported dataset is stored under. */
export const STORED_DATASET_KEY = 'imported-dataset';

/** The notice to show when a save fails. */
export const STORAGE_UNAVAILABLE_NOTICE =
  'Storage is unavailable: the imported data will not survive a reload';

let defaultStore: UseStore | undefined;

/** The app's own database; created on first use so that merely importing this module touches nothing. */
export function appStore(): UseStore {
  defaultStore ??= createStore('airlift', 'datasets');
  return defaultStore;
}

export function describe(e: unknown): string {
  if (e instanceof Error || (typeof DOMException !== 'undefined' && e instanceof DOMException)) {
    if (e.name === 'QuotaExceededError')
      return 'the browser has no room left for it (storage quota exceeded)';
    return e.message || e.name;
  }
  return String(e);
}

/** Options of {@link saveDataset}; the chunk sizes are for tests. */
export interface SaveOptions {
  flightsPerChunk?: number;
  pointsPerChunk?: number;
  /** Time limit of the whole save for one chunk; a save of n chunks may take (n + 1) times it. */
  timeoutMs?: number;
}

/**
 * How long a save may take per chunk before it is reported as not kept. A locked-down profile may
 * never answer `indexedDB.open` at all (no success, no error): without a limit the "will not survive a
 * reload" notice would never show. Chunks are tens of MB each, so the limit grows with them.
 */
export const SAVE_TIMEOUT_MS = 8000;

/**
 * Saves the dataset (replacing any stored one). Never throws: a full, missing or silent storage gives
 * `ok: false` with the reason.
 */
export async function saveDataset(
  dataset: Dataset,
  store?: UseStore,
  options: SaveOptions = {},
): Promise<SaveOutcome> {
  const {
    flightsPerChunk = FLIGHTS_PER_CHUNK,
    pointsPerChunk = TRACK_POINTS_PER_CHUNK,
    timeoutMs = SAVE_TIMEOUT_MS,
  } = options;
  const s = store ?? appStore();
  const chunks = Math.ceil(dataset.flights.length / flightsPerChunk);
  const ms = timeoutMs * (chunks + 1);
  try {
    return await rejectAfter(
      writeDataset(dataset, s, flightsPerChunk, pointsPerChunk),
      ms,
      `the browser's storage did not answer within ${Math.round(ms / 1000)} s`,
    );
  } catch (e) {
    return { ok: false, reason: describe(e) };
  }
}

/**
 * The entries that store `dataset` under `key`: its flights in chunks (`key:flights:i`), its tracks in
 * chunks (`key:tracks:i`) and the record naming them (`key`). Written together in one transaction, they
 * make a save that is whole or absent. The journal stores its bases this way too (src/io/journal.ts).
 */
export function datasetEntries(
  dataset: Dataset,
  key: string,
  flightsPerChunk = FLIGHTS_PER_CHUNK,
  pointsPerChunk = TRACK_POINTS_PER_CHUNK,
): [IDBValidKey, unknown][] {
  const entries: [IDBValidKey, unknown][] = [];
  const n = dataset.flights.length;
  const encoded = takeColumns(dataset.flights, flightsPerChunk);
  for (let i = 0; i * flightsPerChunk < n; i++) {
    entries.push([
      `${key}:flights:${i}`,
      encoded?.[i] ?? encodeFlights(dataset.flights.slice(i * flightsPerChunk, (i + 1) * flightsPerChunk)),
    ]);
  }
  const chunks = entries.length;
  const { tracks, ...rest } = dataset;
  const pieces = tracks && tracks.length > 0 ? trackChunks(tracks, pointsPerChunk) : [];
  pieces.forEach((piece, i) => entries.push([`${key}:tracks:${i}`, piece]));
  const record: StoredRecord = {
    schemaVersion: SCHEMA_VERSION,
    savedAt: new Date().toISOString(),
    dataset: { ...rest, flights: [] },
    chunks,
    flightCount: n,
  };
  if (tracks && tracks.length > 0) {
    const trackPointCount = tracks.reduce((sum, t) => sum + t.points.length, 0);
    record.tracks = { trackChunks: pieces.length, trackCount: tracks.length, trackPointCount };
  }
  entries.push([key, record]);
  return entries;
}

async function writeDataset(
  dataset: Dataset,
  s: UseStore,
  flightsPerChunk: number,
  pointsPerChunk: number,
): Promise<SaveOutcome> {
  const entries = datasetEntries(dataset, STORED_DATASET_KEY, flightsPerChunk, pointsPerChunk);
  const stale = (await keys(s)).filter(isOurKey).filter((k) => !entries.some(([key]) => key === k));
  await setMany(entries, s);
  // Chunks of a larger earlier save; nothing reads them once the new record is in.
  if (stale.length > 0)
    await delMany(
      stale.filter((k) => k !== STORED_DATASET_KEY),
      s,
    );
  return { ok: true };
}

/** Why `value` is not a usable dataset record (its flights aside), or `undefined` if it looks like one. */
function recordProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'it is not a record';
  const r = value as Partial<StoredRecord>;
  const d = r.dataset as Partial<Dataset> | undefined;
  if (typeof d !== 'object' || d === null) return 'it holds no dataset';
  if (typeof d.title !== 'string' || typeof d.synthetic !== 'boolean') return 'its dataset has no title';
  if (!Array.isArray(d.flights) || !Array.isArray(d.airports) || !Array.isArray(d.events)) {
    return 'its dataset lacks flights, airports or events';
  }
  if (r.chunks !== undefined && !(Number.isInteger(r.chunks) && Number.isInteger(r.flightCount))) {
    return 'its list of flight chunks is damaged';
  }
  const t = r.tracks;
  if (
    t !== undefined &&
    !(
      typeof t === 'object' &&
      t !== null &&
      [t.trackChunks, t.trackCount, t.trackPointCount].every(Number.isInteger)
    )
  )
    return 'its list of track chunks is damaged';
  return undefined;
}

/** Why the flights are not usable, or `undefined`. Spot checks (first, middle, last): O(1) for a million. */
function flightsProblem(flights: readonly unknown[]): string | undefined {
  const n = flights.length;
  for (const i of n === 0 ? [] : [0, n >> 1, n - 1]) {
    const f = flights[i] as Partial<Dataset['flights'][number]> | undefined;
    if (
      typeof f !== 'object' ||
      f === null ||
      typeof f.id !== 'string' ||
      typeof f.date !== 'string' ||
      typeof f.origin !== 'string' ||
      typeof f.destination !== 'string' ||
      !Array.isArray(f.sources)
    ) {
      return `its flight ${i + 1} is damaged`;
    }
  }
  return undefined;
}

/** The flights of a chunked record, in order; a string saying what is wrong if a chunk is missing. */
async function readChunks(
  record: StoredRecord,
  store: UseStore,
  key: string,
): Promise<Dataset['flights'] | string> {
  const count = record.chunks ?? 0;
  const parts = await getMany<unknown>(
    Array.from({ length: count }, (_, i) => `${key}:flights:${i}`),
    store,
  );
  const flights: Dataset['flights'] = [];
  for (const part of parts) {
    const chunk: unknown = isFlightColumns(part) ? decodeFlights(part) : part;
    if (!Array.isArray(chunk)) return 'a chunk of its flights is missing';
    for (const flight of chunk) flights.push(flight as Dataset['flights'][number]);
  }
  if (flights.length !== record.flightCount) return 'its flights do not add up';
  return flights;
}

const TOO_SLOW: { error: string } = {
  error: 'The saved imported data took too long to load; showing the sample data.',
};
const unreadable = (e: unknown) => ({
  error: `The saved imported data could not be read (${describe(e)}); showing the sample data.`,
});

/**
 * Reads the stored dataset: `null` when nothing is stored, `{ error }` when the record cannot be used (a
 * damaged record is also removed; one of another schema version is kept for the app version that wrote it).
 * Gives up with `{ error }` when the record does not come within `timeoutMs`, so a stuck database never
 * holds the first paint; reading the flights of a large dataset may take up to 12 times that.
 */
export async function loadStoredDataset(store?: UseStore, timeoutMs = 5000): Promise<LoadOutcome> {
  const s = store ?? appStore();
  const first = await within(readRecord(s), timeoutMs, () => TOO_SLOW);
  if (first === null || 'error' in first) return first;
  return within(withFlights(first, s), timeoutMs * 12, () => TOO_SLOW);
}

/** The record, checked but for its flights; null or `{ error }` as {@link loadStoredDataset} says. */
async function readRecord(store: UseStore): Promise<StoredRecord | { error: string } | null> {
  const read = await readRecordAt(STORED_DATASET_KEY, store);
  if (read === null) return null;
  if ('record' in read) return read.record;
  if ('unreadable' in read) return unreadable(read.unreadable);
  if ('version' in read) {
    return {
      error: `The saved imported data uses schema version ${read.version}, which this version of Airlift cannot read; showing the sample data. Import the file again to replace it.`,
    };
  }
  return damaged('problem' in read ? read.problem : 'it is damaged', store);
}

/** What reading one stored dataset (a record and its chunks) found. */
export type ReadOutcome =
  | { record: StoredRecord }
  | { dataset: Dataset }
  | { problem: string }
  | { unreadable: unknown }
  | { version: number };

async function readRecordAt(key: string, store: UseStore): Promise<ReadOutcome | null> {
  let value: unknown;
  try {
    value = await get(key, store);
  } catch (e) {
    return { unreadable: e };
  }
  if (value === undefined) return null;
  const version = (value as Partial<StoredRecord> | null)?.schemaVersion;
  if (typeof version === 'number' && !(READABLE_SCHEMA_VERSIONS as readonly number[]).includes(version)) {
    return { version };
  }
  const problem = version === undefined ? 'it has no schema version' : recordProblem(value);
  return problem === undefined ? { record: value as StoredRecord } : { problem };
}

/**
 * Reads the dataset stored under `key` by {@link datasetEntries}: null when there is none, else the
 * dataset or what is wrong with it (nothing is removed: the caller decides).
 */
export async function readDatasetAt(key: string, store: UseStore): Promise<ReadOutcome | null> {
  const read = await readRecordAt(key, store);
  if (read === null || !('record' in read)) return read;
  return datasetOf(read.record, store, key);
}

/** The record's dataset with its flights read back from their chunks (or inline, in older records). */
async function datasetOf(record: StoredRecord, store: UseStore, key: string): Promise<ReadOutcome> {
  let flights = record.dataset.flights;
  if (record.chunks !== undefined) {
    let read: Dataset['flights'] | string;
    try {
      read = await readChunks(record, store, key);
    } catch (e) {
      return { unreadable: e };
    }
    if (typeof read === 'string') return { problem: read };
    flights = read;
  }
  const problem = flightsProblem(flights);
  if (problem !== undefined) return { problem };
  if (record.tracks === undefined) return { dataset: { ...record.dataset, flights } };
  const counts = record.tracks;
  let tracks: ReturnType<typeof joinTracks>;
  try {
    const keys = Array.from({ length: counts.trackChunks }, (_, i) => `${key}:tracks:${i}`);
    tracks = joinTracks(await getMany<unknown>(keys, store), counts);
  } catch (e) {
    return { unreadable: e };
  }
  if (typeof tracks === 'string') return { problem: tracks };
  return { dataset: { ...record.dataset, flights, tracks } };
}

/** The record's dataset with its flights and tracks, as {@link loadStoredDataset} answers. */
async function withFlights(record: StoredRecord, store: UseStore): Promise<LoadOutcome> {
  const read = await datasetOf(record, store, STORED_DATASET_KEY);
  if ('dataset' in read) return { dataset: read.dataset, savedAt: record.savedAt };
  if ('unreadable' in read) return unreadable(read.unreadable);
  return damaged('problem' in read ? read.problem : 'it is damaged', store);
}

async function damaged(problem: string, store: UseStore): Promise<{ error: string }> {
  await clearStoredDataset(store);
  return {
    error: `The saved imported data was damaged (${problem}) and has been removed; showing the sample data.`,
  };
}

/**
 * Removes the stored dataset and its chunks. Never throws, and gives up after `timeoutMs` (a storage
 * that never answers holds nothing either, and Reset to sample data must not wait on it).
 */
export async function clearStoredDataset(store?: UseStore, timeoutMs = SAVE_TIMEOUT_MS): Promise<void> {
  const s = store ?? appStore();
  try {
    await rejectAfter(
      (async () => delMany((await keys(s)).filter(isOurKey), s))(),
      timeoutMs,
      'storage did not answer',
    );
  } catch {
    // Storage unavailable or silent: nothing useful to do (a later save replaces any leftover).
  }
}

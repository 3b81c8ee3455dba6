/**
 * Keeps the analyst's imported dataset across reloads, in IndexedDB (idb-keyval), as one record.
 *
 * The dataset is stored as an object (structured clone), not as text, and is not re-run through
 * `parseImport` on load: it was fully validated before it was saved, only this origin's code can write
 * the record, and re-validating 1,000,000 flights would cost seconds before first paint (and need the
 * 1 MB gazetteer on the main thread). A cheap shape check catches what can really happen — a record from
 * another schema version, or one damaged or half-written — and such a record is refused, not trusted.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Dataset } from '../data/types';
import { SCHEMA_VERSION } from '../data/types';

export interface StoredRecord {
  schemaVersion: number;
  /** ISO date-time of the save. */
  savedAt: string;
  dataset: Dataset;
}

export type SaveOutcome = { ok: true } | { ok: false; reason: string };
export type LoadOutcome = { dataset: Dataset; savedAt: string } | { error: string } | null;

/** The one key the imported dataset is stored under. */
export const STORED_DATASET_KEY = 'imported-dataset';

/** The notice to show when a save fails. */
export const STORAGE_UNAVAILABLE_NOTICE =
  'Storage is unavailable: the imported data will not survive a reload';

let defaultStore: UseStore | undefined;

/** The app's own database; created on first use so that merely importing this module touches nothing. */
function appStore(): UseStore {
  defaultStore ??= createStore('airlift', 'datasets');
  return defaultStore;
}

function describe(e: unknown): string {
  if (e instanceof Error || (typeof DOMException !== 'undefined' && e instanceof DOMException)) {
    if (e.name === 'QuotaExceededError')
      return 'the browser has no room left for it (storage quota exceeded)';
    return e.message || e.name;
  }
  return String(e);
}

/** Saves the dataset (replacing any stored one). Never throws: a full or missing storage gives `ok: false`. */
export async function saveDataset(dataset: Dataset, store?: UseStore): Promise<SaveOutcome> {
  try {
    const record: StoredRecord = {
      schemaVersion: SCHEMA_VERSION,
      savedAt: new Date().toISOString(),
      dataset,
    };
    await set(STORED_DATASET_KEY, record, store ?? appStore());
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: describe(e) };
  }
}

/** Why `value` is not a usable dataset record, or `undefined` if it looks like one. */
function recordProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'it is not a record';
  const r = value as Partial<StoredRecord>;
  const d = r.dataset as Partial<Dataset> | undefined;
  if (typeof d !== 'object' || d === null) return 'it holds no dataset';
  if (typeof d.title !== 'string' || typeof d.synthetic !== 'boolean') return 'its dataset has no title';
  if (!Array.isArray(d.flights) || !Array.isArray(d.airports) || !Array.isArray(d.events)) {
    return 'its dataset lacks flights, airports or events';
  }
  // Spot checks (first, middle, last) keep this O(1) for a million flights.
  const n = d.flights.length;
  for (const i of n === 0 ? [] : [0, n >> 1, n - 1]) {
    const f = d.flights[i] as Partial<Dataset['flights'][number]> | undefined;
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

/**
 * Reads the stored dataset: `null` when nothing is stored, `{ error }` when the record cannot be used (a
 * damaged record is also removed; one of another schema version is kept for the app version that wrote it).
 * Gives up with `{ error }` after `timeoutMs`, so a stuck database never holds the first paint.
 */
export async function loadStoredDataset(store?: UseStore, timeoutMs = 5000): Promise<LoadOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<{ error: string }>((resolve) => {
    timer = setTimeout(
      () => resolve({ error: 'The saved imported data took too long to load; showing the sample data.' }),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([readRecord(store), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function readRecord(store: UseStore | undefined): Promise<LoadOutcome> {
  let value: unknown;
  try {
    value = await get(STORED_DATASET_KEY, store ?? appStore());
  } catch (e) {
    return { error: `The saved imported data could not be read (${describe(e)}); showing the sample data.` };
  }
  if (value === undefined) return null;
  const version = (value as Partial<StoredRecord> | null)?.schemaVersion;
  if (typeof version === 'number' && version !== SCHEMA_VERSION) {
    return {
      error: `The saved imported data uses schema version ${version}, which this version of Airlift cannot read; showing the sample data. Import the file again to replace it.`,
    };
  }
  const problem = version === undefined ? 'it has no schema version' : recordProblem(value);
  if (problem !== undefined) {
    await clearStoredDataset(store);
    return {
      error: `The saved imported data was damaged (${problem}) and has been removed; showing the sample data.`,
    };
  }
  const record = value as StoredRecord;
  return { dataset: record.dataset, savedAt: record.savedAt };
}

/** Removes the stored dataset. Never throws (there is nothing useful to do if storage is gone). */
export async function clearStoredDataset(store?: UseStore): Promise<void> {
  try {
    await del(STORED_DATASET_KEY, store ?? appStore());
  } catch {
    // Storage unavailable: nothing is stored there either.
  }
}

/**
 * Keeps the imported aircraft database across visits, in IndexedDB (a database of its own, so the
 * dataset's records in persist.ts and the journal never meet it).
 *
 * The table is stored as its columns (structured clone of typed arrays and strings: no text to parse on
 * load), one value per column plus a record with its info: one value per column keeps each well under
 * Chromium's ~127 MB limit on a single IndexedDB value even for databases several times OpenSky's
 * 600,000 rows. A save clears the old database and writes the new one in one transaction, so a reload
 * sees the old one or the new one, never a mix. On load the columns' shape is checked
 * (`AircraftTable.fromColumns`); a damaged or foreign record is removed and said so, not trusted.
 */
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import { AIRCRAFT_DB_FIELDS, AircraftTable, type AircraftColumn } from '../data/identity/aircraft-db';
import type { AircraftDbInfo } from '../data/identity/types';
import { describe } from './persist';
import { rejectAfter } from './time-limit';

/** The version of the stored shape; a record of another version is refused like a damaged one. */
export const AIRCRAFT_DB_STORE_VERSION = 1;
const META = 'meta';
const ADDRESSES = 'addresses';
const columnKey = (field: string) => `column:${field}`;
const KEYS = [META, ADDRESSES, ...AIRCRAFT_DB_FIELDS.map(columnKey)];

interface StoredMeta {
  version: number;
  info: AircraftDbInfo;
  savedAt: string;
}

/** How long a save, load or clear may take: a locked-down profile may never answer `indexedDB.open`. */
export const AIRCRAFT_DB_TIMEOUT_MS = 20_000;

let defaultStore: UseStore | undefined;
/** The aircraft database's own IndexedDB database, opened on first use. */
export function aircraftDbStore(): UseStore {
  defaultStore ??= createStore('airlift-aircraft-db', 'tables');
  return defaultStore;
}

const limited = <T>(work: Promise<T>, ms: number) =>
  rejectAfter(work, ms, `the browser's storage did not answer within ${Math.round(ms / 1000)} s`);

/**
 * Stores `table`, replacing any stored database, in one transaction. Rejects with an Error saying why
 * (storage full, unavailable or silent); the stored database is then the previous one, unchanged.
 */
export async function saveAircraftDb(
  table: AircraftTable,
  store: UseStore = aircraftDbStore(),
  timeoutMs = AIRCRAFT_DB_TIMEOUT_MS,
): Promise<void> {
  const { info, addresses, columns } = table.toColumns();
  const meta: StoredMeta = { version: AIRCRAFT_DB_STORE_VERSION, info, savedAt: new Date().toISOString() };
  try {
    await limited(
      store('readwrite', (os) => {
        os.clear();
        os.put(addresses, ADDRESSES);
        for (const field of AIRCRAFT_DB_FIELDS) os.put(columns[field], columnKey(field));
        // The record naming the database goes last: a reader that finds it finds the columns too.
        os.put(meta, META);
        return promisifyRequest(os.transaction);
      }),
      timeoutMs,
    );
  } catch (e) {
    throw new Error(describe(e));
  }
}

/**
 * The stored database, or null when there is none. A damaged one (a column missing or out of shape, a
 * record of another version) is removed, and the promise rejects saying so; so does a silent storage.
 */
export async function loadAircraftDb(
  store: UseStore = aircraftDbStore(),
  timeoutMs = AIRCRAFT_DB_TIMEOUT_MS,
): Promise<AircraftTable | null> {
  const values = await limited(
    store('readonly', (os) => Promise.all(KEYS.map((key) => promisifyRequest(os.get(key))))),
    timeoutMs,
  );
  const [meta, addresses, ...cols] = values as [StoredMeta | undefined, unknown, ...unknown[]];
  if (meta === undefined) return null;
  let table: AircraftTable;
  try {
    if (meta.version !== AIRCRAFT_DB_STORE_VERSION)
      throw new Error(`it was stored by another version of Airlift (${String(meta.version)})`);
    const columns = Object.fromEntries(AIRCRAFT_DB_FIELDS.map((f, i) => [f, cols[i]])) as Record<
      (typeof AIRCRAFT_DB_FIELDS)[number],
      AircraftColumn
    >;
    table = AircraftTable.fromColumns({ info: meta.info, addresses: addresses as Uint32Array, columns });
  } catch (e) {
    await clearAircraftDb(store, timeoutMs).catch(() => {});
    const detail = (e as Error).message.replace(/^The aircraft database is not readable: /, '');
    throw new Error(
      `The kept aircraft database could not be read (${detail.replace(/\.$/, '')}) and was removed; import it again.`,
    );
  }
  return table;
}

/** Removes the stored database (one transaction). Rejects with the reason when storage fails. */
export async function clearAircraftDb(
  store: UseStore = aircraftDbStore(),
  timeoutMs = AIRCRAFT_DB_TIMEOUT_MS,
): Promise<void> {
  try {
    await limited(
      store('readwrite', (os) => {
        os.clear();
        return promisifyRequest(os.transaction);
      }),
      timeoutMs,
    );
  } catch (e) {
    throw new Error(describe(e));
  }
}

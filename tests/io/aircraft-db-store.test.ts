import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { createStore, set, type UseStore } from 'idb-keyval';
import { strToU8 } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { readAircraftDb, type AircraftTable } from '../../src/data/identity/aircraft-db';
import { clearAircraftDb, loadAircraftDb, saveAircraftDb } from '../../src/io/aircraft-db-store';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/aircraft-db/${name}`, import.meta.url));
function table(name: string, bytes: Uint8Array): AircraftTable {
  const result = readAircraftDb(bytes, { name, importedAt: '2026-12-02T10:00:00+00:00' });
  if (!result.ok) throw new Error(result.error);
  return result.table;
}
const records = (t: AircraftTable) => Array.from({ length: t.size }, (_, i) => t.recordAt(i));

let store: UseStore;
let count = 0;
beforeEach(() => {
  store = createStore(`airlift-aircraft-db-test-${++count}`, 'tables');
});

describe('aircraft-db store', () => {
  it('gives back what was saved, info and rows', async () => {
    const saved = table('aircraftDatabase.csv', new Uint8Array(fixture('opensky-small.csv')));
    await saveAircraftDb(saved, store);
    const loaded = await loadAircraftDb(store);
    expect(loaded?.info).toEqual(saved.info);
    expect(records(loaded!)).toEqual(records(saved));
    expect(loaded?.get('4b1814')?.registration).toBe('HB-XQB');
  });

  it('has nothing before a save and after a clear', async () => {
    expect(await loadAircraftDb(store)).toBeNull();
    await saveAircraftDb(table('a.csv', new Uint8Array(fixture('tar1090-small.csv'))), store);
    await clearAircraftDb(store);
    expect(await loadAircraftDb(store)).toBeNull();
  });

  it('replaces the stored database whole with the next one', async () => {
    await saveAircraftDb(table('old.csv', new Uint8Array(fixture('opensky-small.csv'))), store);
    const next = table('new.csv', strToU8('ABCDEF;X-NEW;T1;00;NEW TYPE;;;\n'));
    await saveAircraftDb(next, store);
    const loaded = await loadAircraftDb(store);
    expect(loaded?.info).toMatchObject({ name: 'new.csv', layout: 'tar1090', rows: 1 });
    expect(records(loaded!)).toEqual([
      { icao24: 'abcdef', registration: 'X-NEW', typecode: 'T1', model: 'NEW TYPE' },
    ]);
  });

  it('removes a damaged database and says so', async () => {
    await saveAircraftDb(table('a.csv', new Uint8Array(fixture('opensky-small.csv'))), store);
    await set(
      'column:registration',
      { codes: new Uint8Array(1), text: '', starts: new Uint32Array([0]) },
      store,
    );
    await expect(loadAircraftDb(store)).rejects.toThrow(
      'The kept aircraft database could not be read (its registration column has 1 rows, not 4) and was removed; import it again.',
    );
    expect(await loadAircraftDb(store)).toBeNull();
  });

  it('rejects with the reason when storage fails or stays silent', async () => {
    const full: UseStore = () => Promise.reject(new DOMException('quota', 'QuotaExceededError'));
    const t = table('a.csv', new Uint8Array(fixture('tar1090-small.csv')));
    await expect(saveAircraftDb(t, full)).rejects.toThrow(
      'the browser has no room left for it (storage quota exceeded)',
    );
    const silent: UseStore = () => new Promise(() => {});
    await expect(loadAircraftDb(silent, 20)).rejects.toThrow(
      "the browser's storage did not answer within 0 s",
    );
  });
});

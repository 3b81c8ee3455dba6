// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAirlift } from '../../src/store/store';
import type { AircraftLookup } from '../../src/data/identity/types';
import { fakeDb, fakeSources } from '../data/identity/resolve-fakes';

// The worker client and the IndexedDB store are the edges: here they are fakes the tests steer.
const io = vi.hoisted(() => ({
  importAircraftDb: vi.fn(),
  saveAircraftDb: vi.fn(),
  loadAircraftDb: vi.fn(),
  clearAircraftDb: vi.fn(),
  loadIdentityTables: vi.fn(),
}));
vi.mock('../../src/io/identity-tables', () => ({ loadIdentityTables: io.loadIdentityTables }));
vi.mock('../../src/io/aircraft-db-client', () => ({ importAircraftDb: io.importAircraftDb }));
vi.mock('../../src/io/aircraft-db-store', () => ({
  saveAircraftDb: io.saveAircraftDb,
  loadAircraftDb: io.loadAircraftDb,
  clearAircraftDb: io.clearAircraftDb,
}));

const { AircraftDbControls } = await import('../../src/app/aircraft/AircraftDbControls');
const { useIdentitySources } = await import('../../src/app/aircraft/use-identity-sources');

const DB = fakeDb([{ icao24: '100001', registration: 'X1-AAA' }], 'aircraftDatabase.csv');
const file = (name: string) => new File(['icao24\n'], name, { type: 'text/csv' });

/** A promise the test settles when it wants (the worker's answer). */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

beforeEach(() => {
  vi.resetAllMocks();
  io.saveAircraftDb.mockResolvedValue(undefined);
  io.clearAircraftDb.mockResolvedValue(undefined);
  useAirlift.setState({ aircraftDb: null, identityTables: null, notices: [] });
});
afterEach(cleanup);

const group = () => screen.getByRole('group', { name: 'Aircraft database' });
const choose = (name: string) =>
  userEvent.upload(screen.getByLabelText('Import aircraft database file'), file(name));

describe('the aircraft database controls', () => {
  it('imports with progress, then shows the name and date, and keeps it for the next visit', async () => {
    const answer = deferred<unknown>();
    let progress: (f: number) => void = () => {};
    io.importAircraftDb.mockImplementation((_file: File, onProgress: (f: number) => void) => {
      progress = onProgress;
      return answer.promise;
    });
    render(<AircraftDbControls />);
    expect(group().textContent).toContain('No aircraft database');
    await choose('aircraftDatabase.csv');
    const bar = screen.getByRole('progressbar', { name: 'Importing aircraft database aircraftDatabase.csv' });
    act(() => progress(0.4));
    expect((bar as HTMLProgressElement).value).toBeCloseTo(0.4);
    expect(screen.getByRole('button', { name: 'Import aircraft database…' })).toHaveProperty(
      'disabled',
      true,
    );
    await act(async () =>
      answer.resolve({ ok: true, table: DB, warnings: ['2 rows without an icao24 were skipped'] }),
    );
    expect(useAirlift.getState().aircraftDb).toBe(DB);
    expect(io.saveAircraftDb).toHaveBeenCalledWith(DB);
    expect(screen.queryByRole('progressbar')).toBeNull();
    const status = within(group()).getByRole('status');
    expect(status.textContent).toContain('Aircraft database aircraftDatabase.csv imported: 1 aircraft.');
    expect(status.textContent).toContain('2 rows without an icao24 were skipped');
    expect(group().textContent).toContain('Aircraft database: aircraftDatabase.csv (imported 2026-12-02)');
    expect(screen.getByRole('button', { name: 'Replace aircraft database…' })).toBeTruthy();
  });

  it('a failed import says why and changes nothing: the database in use stays', async () => {
    useAirlift.setState({ aircraftDb: DB });
    io.importAircraftDb.mockResolvedValue({
      ok: false,
      error: 'row 2, field icao24: "zz" is not 6 hex digits.',
    });
    render(<AircraftDbControls />);
    await choose('broken.csv');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Aircraft database broken.csv not imported: row 2, field icao24: "zz" is not 6 hex digits. Nothing was changed; aircraftDatabase.csv is still in use.Close',
    );
    expect(useAirlift.getState().aircraftDb).toBe(DB);
    expect(io.saveAircraftDb).not.toHaveBeenCalled();
    // A worker that throws is a failure too, never an uncaught error.
    io.importAircraftDb.mockRejectedValue(new Error('worker crashed'));
    await choose('other.csv');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'other.csv not imported: worker crashed',
    );
    expect(useAirlift.getState().aircraftDb).toBe(DB);
  });

  it('says so when the database cannot be kept, and still uses it', async () => {
    io.importAircraftDb.mockResolvedValue({ ok: true, table: DB, warnings: [] });
    io.saveAircraftDb.mockRejectedValue(new Error('QuotaExceededError'));
    render(<AircraftDbControls />);
    await choose('aircraftDatabase.csv');
    const status = await within(group()).findByRole('status');
    expect(status.textContent).toContain('could not be kept for your next visit: QuotaExceededError');
    expect(useAirlift.getState().aircraftDb).toBe(DB);
  });

  it('removes the database after a confirmation, from the page and from storage', async () => {
    const user = userEvent.setup();
    useAirlift.setState({ aircraftDb: DB });
    render(<AircraftDbControls />);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false);
    await user.click(screen.getByRole('button', { name: 'Remove aircraft database' }));
    expect(useAirlift.getState().aircraftDb).toBe(DB);
    confirm.mockReturnValueOnce(true);
    await user.click(screen.getByRole('button', { name: 'Remove aircraft database' }));
    expect(useAirlift.getState().aircraftDb).toBeNull();
    expect(io.clearAircraftDb).toHaveBeenCalledOnce();
    expect(group().textContent).toContain('No aircraft database');
    confirm.mockRestore();
  });
});

function Host() {
  useIdentitySources();
  return null;
}

describe('useIdentitySources', () => {
  it('puts the stored database and, after first paint, the bundled tables in the store', async () => {
    const { db: _none, ...tables } = fakeSources();
    io.loadAircraftDb.mockResolvedValue(DB);
    io.loadIdentityTables.mockResolvedValue(tables);
    render(<Host />);
    await vi.waitFor(() => expect(useAirlift.getState().aircraftDb).toBe(DB));
    await vi.waitFor(() => expect(useAirlift.getState().identityTables).toBe(tables));
  });

  it('does not replace a database imported meanwhile, and turns failures into notices', async () => {
    const stored = deferred<AircraftLookup | null>();
    io.loadAircraftDb.mockReturnValue(stored.promise);
    io.loadIdentityTables.mockRejectedValue(new Error('chunk failed'));
    render(<Host />);
    const imported = fakeDb([], 'newer.csv');
    act(() => useAirlift.getState().setAircraftDb(imported));
    await act(async () => stored.resolve(DB));
    expect(useAirlift.getState().aircraftDb).toBe(imported);
    await vi.waitFor(() =>
      expect(useAirlift.getState().notices).toEqual([
        'The address-block and airline tables could not be loaded, so identities are not checked: chunk failed',
      ]),
    );
  });
});

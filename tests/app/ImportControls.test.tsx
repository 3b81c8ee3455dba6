// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ImportResult, Issue } from '../../src/data/contract';
import type { ImportHandle, ImportOutcome, ImportProgress } from '../../src/io/import-client';
import { useAirlift } from '../../src/store/store';
import { makeDataset, makeFlight } from '../fixtures/flights';

const client = vi.hoisted(() => ({ importFile: vi.fn(), importFiles: vi.fn() }));
const persist = vi.hoisted(() => ({
  saveDataset: vi.fn(),
  clearStoredDataset: vi.fn(),
}));
vi.mock('../../src/io/import-client', () => ({
  importFile: client.importFile,
  importFiles: client.importFiles,
}));
vi.mock('../../src/io/persist', () => ({
  ...persist,
  STORAGE_UNAVAILABLE_NOTICE: 'Storage is unavailable: the imported data will not survive a reload',
}));
vi.mock('../../src/app/load-bundled', () => ({
  loadBundledDataset: () => makeDataset([], { title: 'Bundled' }),
}));

const { ImportControls } = await import('../../src/app/ImportControls');

function answer(outcome: ImportOutcome): ImportHandle {
  return { promise: Promise.resolve(outcome), cancel: vi.fn() };
}

const HOSTILE = '<img src=x onerror="window.hacked=1">';
const current = makeDataset([makeFlight({ id: 'c1' }), makeFlight({ id: 'c2' })], { title: 'Current' });

beforeEach(() => {
  useAirlift.setState({ notices: [] });
  useAirlift.getState().loadDataset(current, 'bundled');
  useAirlift.getState().replaceFilters({ from: '2023-01-01', operators: ['Silk Way Airlines'] });
  useAirlift.getState().select({ kind: 'flight', id: 'c2' });
  persist.saveDataset.mockResolvedValue({ ok: true });
  persist.clearStoredDataset.mockResolvedValue(undefined);
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

/** jsdom has no DragEvent with files: an Event carrying a minimal dataTransfer. */
function dragEvent(type: string, files: File[]): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files, dropEffect: 'none' } });
  return event;
}

async function importThrough(file: File) {
  const user = userEvent.setup();
  render(<ImportControls />);
  await user.upload(screen.getByLabelText('Import flights file'), file);
  return user;
}

describe('ImportControls', () => {
  it('lists a failed import’s errors as text and changes nothing', async () => {
    const errors: Issue[] = Array.from({ length: 150 }, (_, i) => ({
      row: i + 2,
      id: `x${i}`,
      field: 'origin',
      message:
        i === 0
          ? `row 2 (id "${HOSTILE}"), field origin: unknown airport "${HOSTILE}"`
          : `row ${i + 2} (id "x${i}"), field origin: bad`,
    }));
    const result: ImportResult = { ok: false, format: 'csv', errors, totalErrors: 1234, warnings: [] };
    client.importFile.mockReturnValue(answer({ kind: 'result', fileName: 'bad.csv', result }));
    const before = useAirlift.getState();

    await importThrough(new File(['id,date'], 'bad.csv', { type: 'text/csv' }));

    const panel = await screen.findByRole('alert');
    expect(within(panel).getByRole('heading', { name: 'Import failed: nothing was changed' })).toBeTruthy();
    const items = within(panel).getAllByRole('listitem');
    expect(items).toHaveLength(100);
    expect(items[0]?.textContent).toBe(errors[0]?.message);
    expect(items[99]?.textContent).toBe(errors[99]?.message);
    expect(within(panel).getByText('and 1,134 more errors')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();

    const after = useAirlift.getState();
    expect(after.dataset).toBe(before.dataset);
    expect(after.datasetOrigin).toBe('bundled');
    expect(after.filters).toEqual({ from: '2023-01-01', operators: ['Silk Way Airlines'] });
    expect(after.selection).toEqual({ kind: 'flight', id: 'c2' });
    expect(persist.saveDataset).not.toHaveBeenCalled();
  });

  it('copies every listed error to the clipboard, and Close removes the panel', async () => {
    const errors: Issue[] = [{ message: 'row 2 (id "a"), field date: not a date' }];
    const result: ImportResult = { ok: false, errors, totalErrors: 1, warnings: [] };
    client.importFile.mockReturnValue(answer({ kind: 'result', fileName: 'bad.json', result }));
    const user = await importThrough(new File(['{}'], 'bad.json'));
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(await screen.findByRole('button', { name: 'Copy errors' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('row 2 (id "a"), field date: not a date'));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a client failure (too large a file) in the same panel', async () => {
    const message = '"huge.csv" is 300 MB, more than the limit of 200 MB per file.';
    client.importFile.mockReturnValue(answer({ kind: 'failure', fileName: 'huge.csv', message }));
    await importThrough(new File(['x'], 'huge.csv'));
    const panel = await screen.findByRole('alert');
    expect(within(panel).getByRole('listitem').textContent).toBe(message);
  });

  it('loads a successful import, names its format, lists warnings and makes it one undoable step', async () => {
    const imported = makeDataset([makeFlight({ id: 'n1' }), makeFlight({ id: 'n2' })], { title: 'Imported' });
    const warnings: Issue[] = [{ message: 'field "extra" is not part of the contract and was ignored' }];
    const result: ImportResult = { ok: true, format: 'opensky', dataset: imported, warnings };
    client.importFile.mockReturnValue(answer({ kind: 'result', fileName: 'flights.csv', result }));

    await importThrough(new File(['x'], 'flights.csv'));

    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('Imported 2 flights from flights.csv (OpenSky flights export).');
    expect(within(status).getByText(warnings[0]?.message ?? '-')).toBeTruthy();
    expect(useAirlift.getState().dataset).toBe(imported);
    expect(useAirlift.getState().datasetOrigin).toBe('imported');
    expect(client.importFile.mock.lastCall?.[1]).toMatchObject({ mode: 'replace', current: undefined });
    // Saving is the journal's (tests/io/journal.test.ts): the import is a replace step on the undo stack.
    expect(useAirlift.getState().past.at(-1)).toMatchObject({
      label: 'Import flights.csv',
      action: 'import',
      replace: { after: imported },
    });
  });

  it('moves the progress bar as the worker reports, and Cancel stops the import', async () => {
    let report: ((p: ImportProgress) => void) | undefined;
    let finish: ((o: ImportOutcome) => void) | undefined;
    const cancel = vi.fn(() => finish?.({ kind: 'cancelled', fileName: 'big.csv' }));
    client.importFile.mockImplementation((_file: File, options: { onProgress(p: ImportProgress): void }) => {
      report = options.onProgress;
      return { promise: new Promise<ImportOutcome>((resolve) => (finish = resolve)), cancel };
    });
    const user = await importThrough(new File(['x'], 'big.csv'));
    const bar = () => screen.getByRole<HTMLProgressElement>('progressbar', { name: 'Importing big.csv' });
    expect(bar().value).toBe(0);
    act(() => report?.({ phase: 'reading', fraction: 0.25 }));
    expect(bar().value).toBe(0.25);
    expect(screen.getByRole('group', { name: 'Import in progress' }).textContent).toContain(
      'Reading big.csv',
    );
    act(() => report?.({ phase: 'parsing', fraction: 0.4 }));
    expect(bar().value).toBe(0.4);
    expect(screen.getByRole('group', { name: 'Import in progress' }).textContent).toContain(
      'Checking big.csv',
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalled();
    await vi.waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });

  it('sends the current dataset when adding, and reports how many flights were added', async () => {
    const merged = makeDataset([...current.flights, makeFlight({ id: 'n1' })]);
    const result: ImportResult = { ok: true, format: 'json', dataset: merged, warnings: [] };
    client.importFile.mockReturnValue(answer({ kind: 'result', fileName: 'more.json', result }));
    const user = userEvent.setup();
    render(<ImportControls />);
    await user.click(screen.getByRole('radio', { name: 'Add to current' }));
    await user.upload(screen.getByLabelText('Import flights file'), new File(['{}'], 'more.json'));
    expect(
      await screen.findByText('Added 1 flight from more.json (Airlift JSON): 3 flights in all.'),
    ).toBeTruthy();
    expect(client.importFile.mock.lastCall?.[1]).toMatchObject({ mode: 'add', current });
  });

  it('imports a file dropped anywhere on the page, showing the overlay while dragging', async () => {
    const result: ImportResult = {
      ok: true,
      format: 'csv',
      dataset: makeDataset([makeFlight()]),
      warnings: [],
    };
    client.importFile.mockReturnValue(answer({ kind: 'result', fileName: 'drop.csv', result }));
    render(<ImportControls />);
    const file = new File(['x'], 'drop.csv');
    const enter = dragEvent('dragenter', []);
    act(() => void window.dispatchEvent(enter));
    expect(enter.defaultPrevented).toBe(true);
    expect(screen.getByText('Drop .json, .csv, .json.gz or .kml files to import')).toBeTruthy();
    const drop = dragEvent('drop', [file]);
    act(() => void window.dispatchEvent(drop));
    expect(drop.defaultPrevented).toBe(true);
    expect(screen.queryByText('Drop .json, .csv, .json.gz or .kml files to import')).toBeNull();
    expect(client.importFile).toHaveBeenCalledWith(file, expect.objectContaining({ mode: 'replace' }));
    expect(await screen.findByText('Imported 1 flight from drop.csv (Airlift CSV).')).toBeTruthy();
  });

  it('imports several dropped files as one import and sums them up by files, formats and points', async () => {
    const a = new File(['a'], 'trace_full_a.json');
    const b = new File(['b'], 'states.csv');
    const track = {
      flightId: 'adsb-abc123-1',
      source: { publisher: 'ADS-B Exchange' },
      points: [] as never[],
    };
    const points = [1, 2, 3].map((t) => [t, 40, 49, 1000, false]);
    const imported = makeDataset([makeFlight({ id: 'adsb-abc123-1' }), makeFlight({ id: 'adsb-abc123-2' })]);
    const dataset = { ...imported, tracks: [{ ...track, points }] } as unknown as typeof imported;
    const files = [
      { name: a.name, format: 'readsb' },
      { name: b.name, format: 'opensky-states' },
    ];
    const result: ImportResult = { ok: true, format: 'tracks', dataset, warnings: [] };
    client.importFiles.mockReturnValue(
      answer({ kind: 'result', fileName: 'a, b', result, files } as ImportOutcome),
    );
    render(<ImportControls />);
    act(() => void window.dispatchEvent(dragEvent('drop', [a, b])));
    expect(client.importFiles).toHaveBeenCalledWith([a, b], expect.objectContaining({ mode: 'replace' }));
    expect(client.importFile).not.toHaveBeenCalled();
    const text =
      'Imported 2 flights, 3 track points, from 2 files (ADS-B Exchange trace, OpenSky state vectors).';
    expect(await screen.findByText(text)).toBeTruthy();
  });

  it('resets to the sample data after confirmation, only once data was imported', async () => {
    const user = userEvent.setup();
    render(<ImportControls />);
    const reset = screen.getByRole('button', { name: 'Reset to sample data' }) as HTMLButtonElement;
    expect(reset.disabled).toBe(true);
    useAirlift.getState().loadDataset(makeDataset([makeFlight({ id: 'mine' })]), 'imported');
    await vi.waitFor(() => expect(reset.disabled).toBe(false));
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    await user.click(reset);
    expect(useAirlift.getState().datasetOrigin).toBe('imported');
    await user.click(reset);
    await vi.waitFor(() => expect(useAirlift.getState().dataset?.title).toBe('Bundled'));
    expect(useAirlift.getState().datasetOrigin).toBe('bundled');
    // Reset is undoable: undo brings the analyst's data back.
    useAirlift.getState().undo();
    expect(useAirlift.getState().dataset?.flights[0]?.id).toBe('mine');
    expect(confirm).toHaveBeenCalledTimes(2);
  });
});

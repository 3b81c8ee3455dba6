// @vitest-environment jsdom
// The history's views: HistoryControls (buttons, keys, announcements) and imports as undoable steps.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ImportResult } from '../../src/data/contract';
import type { Step } from '../../src/data/edit';
import type { ImportHandle, ImportOutcome } from '../../src/io/import-client';
import { useAirlift } from '../../src/store/store';
import { makeDataset, makeFlight } from '../fixtures/flights';

const client = vi.hoisted(() => ({ importFile: vi.fn(), importFiles: vi.fn() }));
vi.mock('../../src/io/import-client', () => ({
  importFile: client.importFile,
  importFiles: client.importFiles,
}));
vi.mock('../../src/app/load-bundled', () => ({
  loadBundledDataset: () => makeDataset([makeFlight({ id: 'sample-1' })], { title: 'Bundled' }),
}));
const { HistoryControls } = await import('../../src/app/case/HistoryControls');
const { ImportControls } = await import('../../src/app/ImportControls');

const current = makeDataset([makeFlight({ id: 'c1', notes: 'old' })], { title: 'Current' });
function notesStep(notes: string): Step {
  const before = useAirlift.getState().dataset!.flights[0]!;
  return {
    label: `Edit notes of ${before.id}`,
    action: 'edit',
    at: '2024-05-01T10:00:00Z',
    log: [],
    flights: [{ before, after: { ...before, notes } }],
  };
}
const notes = () => useAirlift.getState().dataset?.flights[0]?.notes;

beforeEach(() => {
  useAirlift.setState({ analyst: 'A. Analyst' });
  useAirlift.getState().loadDataset(current, 'imported');
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('HistoryControls', () => {
  it('names the step on each button, is disabled with nothing to do, and announces what it did', async () => {
    const user = userEvent.setup();
    render(<HistoryControls />);
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Redo' })).toHaveProperty('disabled', true);
    act(() => useAirlift.getState().commit(notesStep('new')));
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo.title).toBe('Undo: Edit notes of c1 (Ctrl+Z)');
    await user.click(undo);
    expect(notes()).toBe('old');
    expect(screen.getByText('Undone: Edit notes of c1')).toBeTruthy();
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(redo.title).toBe('Redo: Edit notes of c1 (Ctrl+Shift+Z)');
    await user.click(redo);
    expect(notes()).toBe('new');
    expect(screen.getByText('Redone: Edit notes of c1')).toBeTruthy();
  });

  it('Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, ⌘ too; not while typing in a field', () => {
    render(
      <>
        <HistoryControls />
        <input aria-label="Some field" />
        <input type="checkbox" aria-label="A box" />
      </>,
    );
    act(() => useAirlift.getState().commit(notesStep('1')));
    act(() => useAirlift.getState().commit(notesStep('2')));
    fireEvent.keyDown(screen.getByLabelText('Some field'), { key: 'z', ctrlKey: true });
    expect(notes()).toBe('2');
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(notes()).toBe('1');
    fireEvent.keyDown(screen.getByLabelText('A box'), { key: 'z', metaKey: true });
    expect(notes()).toBe('old');
    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(notes()).toBe('1');
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    expect(notes()).toBe('2');
    fireEvent.keyDown(document.body, { key: 'z' });
    expect(notes()).toBe('2');
  });

  it('reaches back 100 steps and more', () => {
    render(<HistoryControls />);
    for (let i = 0; i < 150; i++) act(() => useAirlift.getState().commit(notesStep(`n${i}`)));
    for (let i = 0; i < 150; i++) fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(notes()).toBe('old');
  });
});

describe('imports as steps', () => {
  const answer = (outcome: ImportOutcome): ImportHandle => ({
    promise: Promise.resolve(outcome),
    cancel: vi.fn(),
  });

  it('an import is one undoable step with its entry in the new dataset’s log', async () => {
    const imported = makeDataset([makeFlight({ id: 'n1' }), makeFlight({ id: 'n2' })], { title: 'Imported' });
    const result: ImportResult = { ok: true, format: 'json', dataset: imported, warnings: [] };
    client.importFile.mockReturnValue(answer({ kind: 'result', fileName: 'new.json', result }));
    const user = userEvent.setup();
    render(<ImportControls />);
    await user.upload(screen.getByLabelText('Import flights file'), new File(['{}'], 'new.json'));
    await screen.findByText(/^Imported 2 flights from new.json/);
    const step = useAirlift.getState().past.at(-1)!;
    expect(step).toMatchObject({ label: 'Import new.json', action: 'import', by: 'A. Analyst', log: [] });
    expect(step.replace).toEqual({ before: current, after: imported });
    expect(useAirlift.getState().dataset?.log).toEqual([
      {
        at: expect.stringMatching(/^\d{4}-/),
        by: 'A. Analyst',
        action: 'import',
        after: 'new.json (2 flights)',
      },
    ]);
    act(() => useAirlift.getState().undo());
    expect(useAirlift.getState().dataset).toBe(current);
  });

  it('Reset to sample data is undoable, and the sample is the sample again after redo', async () => {
    const user = userEvent.setup();
    render(<ImportControls />);
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    await user.click(screen.getByRole('button', { name: 'Reset to sample data' }));
    expect(useAirlift.getState().dataset?.title).toBe('Bundled');
    expect(useAirlift.getState().datasetOrigin).toBe('bundled');
    act(() => useAirlift.getState().undo());
    expect(useAirlift.getState().dataset).toBe(current);
    expect(useAirlift.getState().datasetOrigin).toBe('imported');
    act(() => useAirlift.getState().redo());
    expect(useAirlift.getState().datasetOrigin).toBe('bundled');
  });
});

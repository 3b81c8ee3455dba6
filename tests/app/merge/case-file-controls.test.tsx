// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Dataset } from '../../../src/data/contract';
import type { ImportOutcome } from '../../../src/io/import-client';
import { useAirlift } from '../../../src/store/store';
import { makeDataset, makeFlights } from '../../fixtures/flights';
import { editStep, run } from '../../data/merge/history';

const client = vi.hoisted(() => ({ importFile: vi.fn() }));
vi.mock('../../../src/io/import-client', () => ({ importFile: client.importFile }));

import { CaseFileControls } from '../../../src/app/merge/CaseFileControls';

const base = () => makeDataset(makeFlights(3), { schemaVersion: 2 });
const ana = { at: '2026-12-01T10:00:00Z', by: 'Ana' };
const ben = { at: '2026-12-01T11:00:00Z', by: 'Ben' };

function theirsFile(theirs: Dataset) {
  const outcome: ImportOutcome = {
    kind: 'result',
    fileName: 'ben.json',
    result: { ok: true, format: 'json', dataset: theirs, warnings: [] },
  };
  client.importFile.mockReturnValue({ promise: Promise.resolve(outcome), cancel: () => {} });
}

async function chooseFile(user: ReturnType<typeof userEvent.setup>) {
  const file = new File(['{}'], 'ben.json', { type: 'application/json' });
  await user.upload(screen.getByLabelText('Case file to merge'), file);
  return screen.findByRole('dialog', { name: 'Merge case file ben.json' });
}

beforeEach(() => {
  // jsdom has no modal dialogs: open is enough for these tests.
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  const mine = run(base(), [(d) => editStep(d, 'f1', 'registration', '4K-ANA', ana)]);
  useAirlift.setState({ dataset: mine, past: [], future: [], analyst: 'Ana' });
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('CaseFileControls', () => {
  it('applies nothing until each conflict has a choice; Apply commits one merge step', async () => {
    const user = userEvent.setup();
    theirsFile(
      run(base(), [
        (d) => editStep(d, 'f1', 'registration', '4K-BEN', ben),
        (d) => editStep(d, 'f2', 'cargo', 'tents', ben),
      ]),
    );
    const before = useAirlift.getState().dataset;
    render(<CaseFileControls />);
    const dialog = await chooseFile(user);
    expect(within(dialog).getByText('0 flights added, 1 field taken from theirs, 1 conflict')).toBeTruthy();
    const apply = within(dialog).getByRole('button', { name: 'Apply merge' });
    expect((apply as HTMLButtonElement).disabled).toBe(true);
    expect(useAirlift.getState().dataset).toBe(before);
    const group = within(dialog).getByRole('group', { name: 'Flight f1, registration' });
    await user.click(within(group).getByRole('radio', { name: /^Theirs 4K-BEN Ben, 2026-12-01 11:00 UTC/ }));
    await user.click(apply);
    const state = useAirlift.getState();
    expect(state.past.map((s) => s.action)).toEqual(['merge']);
    expect(state.dataset!.flights.map((f) => [f.registration, f.cargo])).toEqual([
      ['4K-AZ0', 'unknown'],
      ['4K-BEN', 'unknown'],
      ['4K-AZ2', 'tents'],
    ]);
    expect(state.past[0]!.by).toBe('Ana');
    expect(screen.getByRole('status').textContent).toMatch(/^Merged ben\.json: /);
  });

  it('plans again when the data changed under the open dialog', async () => {
    const user = userEvent.setup();
    theirsFile(run(base(), [(d) => editStep(d, 'f1', 'registration', '4K-BEN', ben)]));
    render(<CaseFileControls />);
    const dialog = await chooseFile(user);
    await user.click(within(dialog).getByRole('button', { name: 'All theirs' }));
    // An undo, say, while the dialog is open: here another edit of mine.
    const { dataset, commit } = useAirlift.getState();
    commit(editStep(dataset!, 'f0', 'notes', 'late edit', ana));
    await user.click(within(dialog).getByRole('button', { name: 'Apply merge' }));
    expect(useAirlift.getState().past.map((s) => s.action)).toEqual(['edit']);
    const again = screen.getByRole('dialog', { name: 'Merge case file ben.json' });
    expect(within(again).getByRole('alert').textContent).toMatch(/planned again/);
    // The new plan asks again: the old choices are not carried over.
    expect((within(again).getByRole('button', { name: 'Apply merge' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('a file that does not read shows the import errors and changes nothing', async () => {
    const user = userEvent.setup();
    const outcome: ImportOutcome = { kind: 'failure', fileName: 'ben.json', message: 'the file is empty' };
    client.importFile.mockReturnValue({ promise: Promise.resolve(outcome), cancel: () => {} });
    const before = useAirlift.getState().dataset;
    render(<CaseFileControls />);
    await user.upload(screen.getByLabelText('Case file to merge'), new File([''], 'ben.json'));
    const failure = await screen.findByRole('dialog', { name: 'Merge failed' });
    expect(within(failure).getByText('the file is empty')).toBeTruthy();
    expect(useAirlift.getState().dataset).toBe(before);
  });
});

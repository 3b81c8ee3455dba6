// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Flight } from '../../../src/data/contract';
import { BulkControls } from '../../../src/app/bulk/BulkControls';
import { useAirlift } from '../../../src/store/store';
import { makeDataset, makeMinimalFlight } from '../../fixtures/flights';

const REAL = [{ publisher: 'Test desk', title: 'A made-up test report' }];
const GENERATOR = [{ publisher: 'Airlift sample generator' }];

function load(flights: Flight[]) {
  useAirlift.setState({ past: [], future: [], analyst: 'Ana', filters: {} });
  useAirlift.getState().loadDataset(makeDataset(flights), 'imported');
}
const flights = () => useAirlift.getState().dataset!.flights;
const byId = (id: string) => flights().find((f) => f.id === id);

/** Five flights, three of them from LLOV (the filter below). */
const five = () =>
  ['a', 'b', 'c', 'd', 'e'].map((id, i) =>
    makeMinimalFlight({
      id,
      date: `2023-01-0${i + 1}`,
      origin: i < 3 ? 'LLOV' : 'UBBB',
      destination: i < 3 ? 'UBBB' : 'LLOV',
      confidence: 'reported',
      sources: REAL,
    }),
  );

const dialog = () => screen.getByRole('alertdialog');
function openForm(kind: string) {
  fireEvent.click(screen.getByRole('button', { name: /^Bulk edit/ }));
  const form = screen.getByRole('form', { name: 'Bulk edit' });
  fireEvent.change(within(form).getByLabelText('Change'), { target: { value: kind } });
  return form;
}

describe('BulkControls: bulk edit and delete of the filtered flights', () => {
  beforeEach(() => {
    load(five());
    useAirlift.getState().setFilters({ origin: 'LLOV' });
  });
  afterEach(cleanup);

  it('names the filtered count, asks with it, and applies nothing before the yes', () => {
    render(<BulkControls />);
    expect(screen.getByRole('button', { name: 'Bulk edit 3 filtered flights…' })).toBeTruthy();
    const form = openForm('addTag');
    fireEvent.change(within(form).getByLabelText('Tag'), { target: { value: 'cargo check' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Apply…' }));
    expect(within(dialog()).getByText('Add tag “cargo check” to 3 flights?')).toBeTruthy();
    expect(flights().some((f) => f.tags)).toBe(false);
    expect(useAirlift.getState().past).toHaveLength(0);
    // The action button has the focus: Enter confirms.
    expect(document.activeElement?.textContent).toBe('Add tag');
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Add tag' }));
    expect(useAirlift.getState().past).toHaveLength(1);
    expect(['a', 'b', 'c'].map((id) => byId(id)?.tags)).toEqual([
      ['cargo check'],
      ['cargo check'],
      ['cargo check'],
    ]);
    expect(byId('d')?.tags).toBeUndefined();
    expect(screen.getByRole('status').textContent).toBe('Added tag “cargo check” to 3 flights.');
  });

  it('keeps the keyboard in place: into the form on open, back to its button once done', () => {
    render(<BulkControls />);
    fireEvent.click(screen.getByRole('button', { name: /^Bulk edit/ }));
    expect(document.activeElement).toBe(screen.getByLabelText('Change'));
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: 'k' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Bulk edit' }));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Add tag' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Bulk edit/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Delete/ }));
    fireEvent.keyDown(dialog(), { key: 'Escape' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Delete/ }));
  });

  it('changes nothing on Cancel (or Escape)', () => {
    render(<BulkControls />);
    const form = openForm('review');
    fireEvent.change(within(form).getByLabelText('Review status'), { target: { value: 'disputed' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Apply…' }));
    expect(within(dialog()).getByText('Mark 3 flights as disputed?')).toBeTruthy();
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    // Back to the form, values kept.
    fireEvent.click(screen.getByRole('button', { name: 'Apply…' }));
    fireEvent.keyDown(dialog(), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(useAirlift.getState().past).toHaveLength(0);
    expect(flights().some((f) => f.review)).toBe(false);
  });

  it('sets the review status with a note, by the analyst, in one step', () => {
    render(<BulkControls />);
    const form = openForm('review');
    fireEvent.change(within(form).getByLabelText('Review status'), { target: { value: 'disputed' } });
    fireEvent.change(within(form).getByLabelText('Review note (optional)'), {
      target: { value: 'callsign never seen' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Apply…' }));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Set review status' }));
    expect(byId('a')?.review).toMatchObject({ status: 'disputed', by: 'Ana', note: 'callsign never seen' });
    expect(byId('e')?.review).toBeUndefined();
    expect(useAirlift.getState().past).toHaveLength(1);
  });

  it('adds a source: "Add source to 3 flights?"', () => {
    render(<BulkControls />);
    const form = openForm('addSource');
    fireEvent.change(within(form).getByLabelText('Publisher'), { target: { value: 'Second desk' } });
    fireEvent.change(within(form).getByLabelText('URL (optional, http or https)'), {
      target: { value: 'https://example.org/report' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Apply…' }));
    expect(within(dialog()).getByText('Add source to 3 flights?')).toBeTruthy();
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Add source' }));
    expect(byId('b')?.sources.map((s) => s.publisher)).toEqual(['Test desk', 'Second desk']);
    expect(byId('d')?.sources).toHaveLength(1);
  });

  it('shows a refusal with its reasons and applies nothing', () => {
    render(<BulkControls />);
    const form = openForm('addSource');
    fireEvent.change(within(form).getByLabelText('Publisher'), { target: { value: 'Second desk' } });
    fireEvent.change(within(form).getByLabelText('URL (optional, http or https)'), {
      target: { value: 'javascript:alert(1)' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Apply…' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Nothing was changed');
    expect(alert.textContent).toMatch(/url/i);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(useAirlift.getState().past).toHaveLength(0);
  });

  it('refuses to make generator-only flights anything but synthetic', () => {
    load(five().map((f, i) => (i === 1 ? { ...f, confidence: 'synthetic', sources: GENERATOR } : f)));
    render(<BulkControls />);
    const form = openForm('confidence');
    fireEvent.change(within(form).getByLabelText('Confidence'), { target: { value: 'confirmed' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Apply…' }));
    expect(screen.getByRole('alert').textContent).toContain('sample generator');
    expect(flights().map((f) => f.confidence)).toEqual([
      'reported',
      'synthetic',
      'reported',
      'reported',
      'reported',
    ]);
  });

  it('says when the change is already everywhere, and makes no empty step', () => {
    render(<BulkControls />);
    const form = openForm('confidence');
    fireEvent.change(within(form).getByLabelText('Confidence'), { target: { value: 'reported' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Apply…' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Nothing to change');
    expect(useAirlift.getState().past).toHaveLength(0);
  });

  it('says how many of them change when some have it already', () => {
    useAirlift
      .getState()
      .loadDataset(makeDataset(five().map((f) => (f.id === 'a' ? { ...f, tags: ['seen'] } : f))), 'imported');
    useAirlift.getState().setFilters({ origin: 'LLOV' });
    render(<BulkControls />);
    const form = openForm('addTag');
    fireEvent.change(within(form).getByLabelText('Tag'), { target: { value: 'seen' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Apply…' }));
    expect(dialog().textContent).toContain('2 of them change');
  });

  it('removes a tag the filtered flights carry', () => {
    useAirlift
      .getState()
      .loadDataset(makeDataset(five().map((f) => ({ ...f, tags: ['x', 'y'] }))), 'imported');
    useAirlift.getState().setFilters({ origin: 'LLOV' });
    render(<BulkControls />);
    const form = openForm('removeTag');
    fireEvent.change(within(form).getByLabelText('Tag to remove'), { target: { value: 'x' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Apply…' }));
    expect(within(dialog()).getByText('Remove tag “x” from 3 flights?')).toBeTruthy();
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Remove tag' }));
    expect(byId('a')?.tags).toEqual(['y']);
    expect(byId('e')?.tags).toEqual(['x', 'y']);
  });

  it('deletes the filtered flights after the question, and undo brings them back', () => {
    render(<BulkControls />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete 3 filtered flights' }));
    expect(within(dialog()).getByText('Delete 3 flights?')).toBeTruthy();
    expect(flights()).toHaveLength(5);
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Delete flights' }));
    expect(flights().map((f) => f.id)).toEqual(['d', 'e']);
    useAirlift.getState().undo();
    expect(flights().map((f) => f.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('says "all N flights" when the filter is the whole dataset, and is off when none is shown', () => {
    useAirlift.getState().clearFilters();
    render(<BulkControls />);
    expect(screen.getByRole('button', { name: 'Bulk edit all 5 flights…' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all 5 flights' }));
    expect(within(dialog()).getByText('Delete all 5 flights?')).toBeTruthy();
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    act(() => useAirlift.getState().setFilters({ origin: 'LTFM' }));
    expect((screen.getByRole('button', { name: /^Delete 0/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('commits what the dataset is when confirmed, if it changed while the question was open', () => {
    render(<BulkControls />);
    const form = openForm('addTag');
    fireEvent.change(within(form).getByLabelText('Tag'), { target: { value: 't' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Apply…' }));
    // Another change lands meanwhile (an undoable step of its own).
    const other = useAirlift.getState().dataset!;
    const notes = { ...other, flights: other.flights.map((f) => ({ ...f, notes: 'n' })) };
    act(() => useAirlift.getState().loadDataset(notes, 'imported'));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Add tag' }));
    expect(byId('a')).toMatchObject({ notes: 'n', tags: ['t'] });
  });
});

describe('BulkControls: a selected route or airport is the target', () => {
  beforeEach(() => load(five()));
  afterEach(cleanup);

  it('acts on the selected route’s flights, not every filtered flight', () => {
    useAirlift.getState().select({ kind: 'route', key: 'UBBB>LLOV' });
    render(<BulkControls />);
    const form = openForm('addTag');
    expect(screen.getByRole('button', { name: 'Bulk edit 2 selected flights…' })).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Tag'), { target: { value: 'route check' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Apply…' }));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Add tag' }));
    expect(
      flights()
        .filter((f) => f.tags?.includes('route check'))
        .map((f) => f.id),
    ).toEqual(['d', 'e']);
  });
});

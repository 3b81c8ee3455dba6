// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FlightReviewSection, reviewedBy } from '../../../src/app/bulk/FlightReviewSection';
import { ReviewFilter } from '../../../src/app/bulk/ReviewFilter';
import { useAirlift } from '../../../src/store/store';
import { makeDataset, makeMinimalFlight } from '../../fixtures/flights';

const REAL = [{ publisher: 'Test desk' }];
const flights = [
  makeMinimalFlight({ id: 'p', sources: REAL, confidence: 'reported' }),
  makeMinimalFlight({
    id: 'q',
    sources: REAL,
    confidence: 'reported',
    review: { status: 'verified', by: 'Ben', at: '2026-11-30T09:15:00Z', note: 'matches the NOTAM' },
  }),
  makeMinimalFlight({ id: 'r', sources: REAL, confidence: 'inferred', review: { status: 'disputed' } }),
];
const flight = (id: string) => useAirlift.getState().dataset!.flights.find((f) => f.id === id)!;

/** The section as the panel mounts it: for the store's current version of the flight. */
function Panel({ id }: { id: string }) {
  const f = useAirlift((s) => s.dataset?.flights.find((x) => x.id === id));
  return f ? <FlightReviewSection flight={f} /> : null;
}

beforeEach(() => {
  useAirlift.setState({ past: [], future: [], analyst: 'Ana', filters: {} });
  useAirlift.getState().loadDataset(makeDataset(flights), 'imported');
});
afterEach(cleanup);

describe('FlightReviewSection', () => {
  it('shows the status with who, when and the note', () => {
    render(<Panel id="q" />);
    const section = screen.getByRole('region', { name: 'Review' });
    expect(section.textContent).toContain('Verified');
    expect(section.textContent).toContain('by Ben, 2026-11-30 09:15 UTC');
    expect(section.textContent).toContain('Note: matches the NOTAM');
  });

  it('counts a flight without review as unreviewed', () => {
    render(<Panel id="p" />);
    expect(screen.getByRole('region', { name: 'Review' }).querySelector('.review-status')?.textContent).toBe(
      'Unreviewed',
    );
    expect((screen.getByRole('radio', { name: 'Unreviewed' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('button', { name: 'Save review' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('sets the status with a note as one undoable step, and shows the new state', () => {
    render(<Panel id="p" />);
    fireEvent.click(screen.getByRole('radio', { name: 'Disputed' }));
    fireEvent.change(screen.getByLabelText('Reviewer’s note'), { target: { value: 'wrong aircraft type' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save review' }));
    expect(flight('p').review).toMatchObject({ status: 'disputed', by: 'Ana', note: 'wrong aircraft type' });
    expect(useAirlift.getState().past).toHaveLength(1);
    const section = screen.getByRole('region', { name: 'Review' });
    expect(section.querySelector('.review-status')?.textContent).toBe('Disputed');
    expect(section.textContent).toContain('by Ana');
    act(() => useAirlift.getState().undo());
    expect(screen.getByRole('region', { name: 'Review' }).querySelector('.review-status')?.textContent).toBe(
      'Unreviewed',
    );
    expect((screen.getByLabelText('Reviewer’s note') as HTMLTextAreaElement).value).toBe('');
  });

  it('formats the time of a review, keeping an offset', () => {
    expect(reviewedBy('Ana', '2026-12-02T04:20:13.5+02:00')).toBe('by Ana, 2026-12-02 04:20 +02:00');
    expect(reviewedBy(undefined, '2026-12-02T04:20:00Z')).toBe('2026-12-02 04:20 UTC');
    expect(reviewedBy('Ana', undefined)).toBe('by Ana');
  });
});

describe('ReviewFilter', () => {
  it('shows a count per status for the other filters, each a checkbox that filters', () => {
    render(<ReviewFilter />);
    const group = screen.getByRole('group', { name: 'Review' });
    expect(group.textContent).toContain('Unreviewed (1)Verified (1)Disputed (1)');
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Disputed (1)' }));
    expect(useAirlift.getState().filters.review).toEqual(['disputed']);
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Unreviewed (1)' }));
    expect(useAirlift.getState().filters.review).toEqual(['unreviewed', 'disputed']);
    // The counts ignore the review filter itself, and follow the others.
    act(() => useAirlift.getState().setFilters({ confidences: ['reported'] }));
    expect(group.textContent).toContain('Unreviewed (1)Verified (1)Disputed (0)');
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Disputed (0)' }));
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Unreviewed (1)' }));
    expect(useAirlift.getState().filters.review).toBeUndefined();
  });
});

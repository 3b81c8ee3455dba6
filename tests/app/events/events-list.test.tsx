// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventsList } from '../../../src/app/EventsList';
import { draftFromEvent, eventRaw, toRowErrors } from '../../../src/app/events/event-form';
import type { TimelineEvent } from '../../../src/data/contract';
import { useAirlift } from '../../../src/store/store';
import { makeDataset, makeMinimalFlight } from '../../fixtures/flights';

// Illustrative events written for the test.
const VISIT: TimelineEvent = { date: '2022-10-03', title: 'Visit' };

beforeEach(() => {
  useAirlift.setState({ past: [], future: [], analyst: 'Ana' });
  useAirlift.getState().loadDataset({ ...makeDataset([makeMinimalFlight()]), events: [VISIT] }, 'imported');
});
afterEach(cleanup);

const events = () => useAirlift.getState().dataset?.events ?? [];

describe('own events in the events list', () => {
  it('adds an event known only to a month, logged under the analyst’s name, and shows it formatted', async () => {
    const user = userEvent.setup();
    render(<EventsList />);
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    const form = screen.getByRole('dialog', { name: 'Add an event' });
    await user.type(within(form).getByLabelText('Date'), 'October 2022');
    expect(
      within(form).getByText(/Reads as October 2022: some day from 2022-10-01 to 2022-10-31/),
    ).toBeTruthy();
    await user.type(within(form).getByLabelText('Event title'), 'Contract signed');
    await user.type(within(form).getByLabelText('Publisher'), 'Analyst notes');
    await user.click(within(form).getByRole('button', { name: 'Save event' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(events()[1]).toEqual({
      date: '2022-10-01',
      dateEnd: '2022-10-31',
      title: 'Contract signed',
      sources: [{ publisher: 'Analyst notes' }],
    });
    const log = useAirlift.getState().dataset?.log ?? [];
    expect(log.at(-1)).toMatchObject({ by: 'Ana', action: 'add', field: 'event' });
    expect(screen.getByRole('button', { name: /Contract signed \(October 2022\)/ }).textContent).toBe(
      'October 2022 Contract signed',
    );
  });

  it('refuses a date it cannot read, and a missing title, naming what is wrong', async () => {
    const user = userEvent.setup();
    render(<EventsList />);
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    const form = screen.getByRole('dialog');
    await user.type(within(form).getByLabelText('Date'), 'week of 2022-10-04');
    await user.click(within(form).getByRole('button', { name: 'Save event' }));
    expect(within(form).getByText(/2022-10-04 is not a Monday/)).toBeTruthy();
    expect(events()).toHaveLength(1);
    await user.clear(within(form).getByLabelText('Date'));
    await user.type(within(form).getByLabelText('Date'), 'week of 2022-10-03');
    await user.click(within(form).getByRole('button', { name: 'Save event' }));
    expect(within(form).getByText(/required/)).toBeTruthy();
    expect(events()).toHaveLength(1);
  });

  it('edits an event into a range and deletes it, each one undo step', async () => {
    const user = userEvent.setup();
    render(<EventsList />);
    await user.click(screen.getByRole('button', { name: 'Edit event Visit' }));
    const form = screen.getByRole('dialog', { name: 'Edit event "Visit"' });
    const date = within(form).getByLabelText('Date');
    expect((date as HTMLInputElement).value).toBe('2022-10-03');
    await user.clear(date);
    await user.type(date, '2022-10-03..2022-10-05');
    await user.click(within(form).getByRole('button', { name: 'Save event' }));
    expect(events()).toEqual([{ date: '2022-10-03', dateEnd: '2022-10-05', title: 'Visit' }]);

    await user.click(screen.getByRole('button', { name: 'Delete event Visit' }));
    expect(events()).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('Deleted event "Visit". Undo puts it back.');
    useAirlift.getState().undo();
    useAirlift.getState().undo();
    expect(events()).toEqual([VISIT]);
  });

  it('greys an imprecise event only when its whole range is outside the date filter', () => {
    useAirlift.getState().loadDataset(
      {
        ...makeDataset([makeMinimalFlight()]),
        events: [{ date: '2022-10-01', dateEnd: '2022-10-31', title: 'Oct' }],
      },
      'imported',
    );
    useAirlift.getState().replaceFilters({ from: '2022-10-31' });
    const { container, rerender } = render(<EventsList />);
    expect(container.querySelector('.event.outside')).toBeNull();
    useAirlift.getState().replaceFilters({ from: '2022-11-01' });
    rerender(<EventsList />);
    expect(container.querySelector('.event.outside')).not.toBeNull();
  });
});

describe('the event form model', () => {
  it('reads the typed date and leaves blank source rows out', () => {
    const draft = { ...draftFromEvent(), when: 'week of 2022-10-03', title: ' T ' };
    expect(eventRaw(draft)).toEqual({
      ok: true,
      raw: { date: '2022-10-03', dateEnd: '2022-10-09', title: 'T', description: '', sources: [] },
    });
    expect(eventRaw({ ...draft, when: 'soon' })).toMatchObject({ ok: false, errors: [{ field: 'date' }] });
  });

  it('puts a source error on the form row it is about', () => {
    const draft = draftFromEvent({ date: '2022-10-03', title: 'T', sources: [{ publisher: 'A' }] });
    const rows = [
      { ...draft.sources[0]!, publisher: '' },
      { ...draft.sources[0]!, key: 99, url: 'ftp://x' },
    ];
    const errors = toRowErrors({ ...draft, sources: rows }, [{ field: 'sources[1].url', message: 'bad' }]);
    expect(errors).toEqual([{ field: 'sources[2].url', message: 'bad' }]);
  });
});

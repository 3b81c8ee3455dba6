import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/data/contract';
import {
  addEventStep,
  applyStep,
  deleteEventStep,
  editEventStep,
  revertStep,
  type EditResult,
} from '../../../src/data/edit';
import { caseFile, WHO } from './fixture';

function stepOf(result: EditResult) {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.step;
}

describe('event steps', () => {
  it('adds a checked event, logged with field "event"', () => {
    const raw = {
      date: '2023-03-20',
      title: 'Contract signed',
      description: '',
      sources: [{ publisher: 'Test newspaper', url: 'https://example.org/c' }],
    };
    const step = stepOf(addEventStep(caseFile(), raw, WHO));
    const event: TimelineEvent = {
      date: '2023-03-20',
      title: 'Contract signed',
      sources: [{ publisher: 'Test newspaper', url: 'https://example.org/c' }],
    };
    expect(step.label).toBe('Add event "Contract signed"');
    expect(step.log).toEqual([{ ...WHO, action: 'add', field: 'event', after: event }]);
    const d = applyStep(caseFile(), step);
    expect(d.events.at(-1)).toEqual(event);
    expect(revertStep(d, step)).toStrictEqual(caseFile());
  });

  it.each<[string, Record<string, unknown>, { field: string; message: string }[]]>([
    ['no title', { date: '2023-03-20', title: '' }, [{ field: 'title', message: 'required' }]],
    ['no date', { title: 'x' }, [{ field: 'date', message: 'required' }]],
    [
      'a bad date',
      { date: '2023-13-01', title: 'x' },
      [{ field: 'date', message: '"2023-13-01" is not a date (YYYY-MM-DD)' }],
    ],
    [
      'dateEnd before date',
      { date: '2023-03-20', title: 'x', dateEnd: '2023-03-19' },
      [
        {
          field: 'dateEnd',
          message: '2023-03-19 is before date (2023-03-20): dateEnd is the last possible day',
        },
      ],
    ],
    [
      'a javascript: URL',
      { date: '2023-03-20', title: 'x', sources: [{ publisher: 'p', url: 'javascript:x' }] },
      [
        {
          field: 'sources[1].url',
          message: 'URL scheme "javascript:" is not allowed: only http: and https: URLs are allowed',
        },
      ],
    ],
    [
      'an unknown field',
      { date: '2023-03-20', title: 'x', colour: 'red' },
      [{ field: 'colour', message: 'is not a field of an event' }],
    ],
    [
      'an equal event',
      { date: '2023-03-01', title: 'Report published', sources: [{ publisher: 'analyst' }] },
      [{ field: 'title', message: 'an equal event is already on the timeline' }],
    ],
  ])('refuses %s', (_what, raw, errors) => {
    expect(addEventStep(caseFile(), raw, WHO)).toEqual({ ok: false, errors });
  });

  it('edits an event found by value, in place; "" clears a field', () => {
    const d = caseFile();
    const copy = JSON.parse(JSON.stringify(d.events[1])) as TimelineEvent;
    const step = stepOf(editEventStep(d, copy, { description: '', dateEnd: '2023-03-11' }, WHO));
    expect(step.label).toBe('Edit event "Visit"');
    const after = { date: '2023-03-10', title: 'Visit', dateEnd: '2023-03-11' };
    expect(step.log).toEqual([{ ...WHO, action: 'edit', field: 'event', before: d.events[1], after }]);
    const edited = applyStep(d, step);
    expect(edited.events).toEqual([d.events[0], after]);
    expect(revertStep(edited, step)).toStrictEqual(d);
    expect(stepOf(editEventStep(d, d.events[1]!, { title: 'Visit' }, WHO)).label).toBe('No change');
  });

  it('deletes an event and undo puts it back in its place', () => {
    const d = caseFile();
    const step = stepOf(deleteEventStep(d, d.events[0]!, WHO));
    expect(step.label).toBe('Delete event "Report published"');
    expect(step.log).toEqual([{ ...WHO, action: 'delete', field: 'event', before: d.events[0] }]);
    const after = applyStep(d, step);
    expect(after.events).toEqual([d.events[1]]);
    expect(revertStep(after, step)).toStrictEqual(d);
  });

  it('tells two equal events apart by position', () => {
    const d = caseFile();
    const twin = { date: '2023-03-10', title: 'Twin' };
    d.events = [{ ...twin }, d.events[0]!, { ...twin }];
    const step = stepOf(deleteEventStep(d, d.events[2]!, WHO));
    const after = applyStep(d, step);
    expect(after.events).toEqual([twin, d.events[1]]);
    expect(revertStep(after, step)).toStrictEqual(d);
  });

  it('refuses an event that is not there', () => {
    expect(deleteEventStep(caseFile(), { date: '2020-01-01', title: 'None' }, WHO)).toEqual({
      ok: false,
      errors: [{ field: 'event', message: 'the event is not on the timeline (any more)' }],
    });
  });
});

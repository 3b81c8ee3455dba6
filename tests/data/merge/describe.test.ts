import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/contract';
import {
  conflictSideText,
  conflictTitle,
  mergeSummary,
  planMerge,
  valueText,
  whoText,
  type Conflict,
  type MergePlan,
} from '../../../src/data/merge';
import { makeDataset, makeFlights } from '../../fixtures/flights';

const plan = (over: Partial<MergePlan>): MergePlan => ({
  ...planMerge(makeDataset([]), makeDataset([])),
  ...over,
});
const d: Dataset = makeDataset(makeFlights(12));

describe('merge in words', () => {
  it.each([
    [{}, '0 flights added, 0 fields taken from theirs, 0 conflicts'],
    [
      { added: d.flights, taken: Array(30).fill({}), conflicts: Array(3).fill({}) },
      '12 flights added, 30 fields taken from theirs, 3 conflicts',
    ],
    [
      { added: d.flights.slice(0, 1), removed: ['x'], taken: [{}], events: [{}], conflicts: [{}] },
      '1 flight added, 1 flight removed, 1 field taken from theirs, 1 event change, 1 conflict',
    ],
  ] as [Partial<MergePlan>, string][])('summary %#', (over, text) => {
    expect(mergeSummary(plan(over))).toBe(text);
  });

  it.each([
    ['registration', undefined, '(none)'],
    ['tags', ['a', 'b'], 'a, b'],
    ['sources', [{ publisher: 'P', title: 'T' }, { publisher: 'Q' }], 'P, T; Q'],
    ['review', { status: 'disputed', by: 'Ben', note: 'why' }, 'disputed by Ben: why'],
    ['departureObserved', false, 'false'],
    ['notes', 'x'.repeat(400), `${'x'.repeat(300)}… (400 characters)`],
  ])('value of %s', (field, value, text) => {
    expect(valueText(field, value)).toBe(text);
  });

  it('names conflicts and their sides', () => {
    const f = d.flights[0]!;
    const field: Conflict = {
      key: 'k',
      kind: 'field',
      flightId: 'f0',
      field: 'cargo',
      mine: 'a',
      theirs: undefined,
    };
    expect([
      conflictTitle(field),
      conflictSideText(field, 'mine'),
      conflictSideText(field, 'theirs'),
    ]).toEqual(['Flight f0, cargo', 'a', '(none)']);
    const gone: Conflict = {
      key: 'k',
      kind: 'deleted-by-me',
      flightId: 'f0',
      field: 'flight',
      mine: undefined,
      theirs: f,
    };
    expect([conflictTitle(gone), conflictSideText(gone, 'mine'), conflictSideText(gone, 'theirs')]).toEqual([
      'Flight f0',
      'deleted',
      `kept: ${f.date} UBBB → LLOV SAMPLE01`,
    ]);
    const event: Conflict = {
      key: 'k',
      kind: 'event',
      field: 'event',
      mine: { date: '2016-01-02', title: 'Visit', description: 'Ana' },
      theirs: undefined,
    };
    expect([conflictTitle(event), conflictSideText(event, 'mine')]).toEqual([
      'Event 2016-01-02 Visit',
      '2016-01-02 Visit: Ana',
    ]);
  });

  it.each([
    ['Ana', '2026-12-01T10:05:30+02:00', 'Ana, 2026-12-01 08:05 UTC'],
    [undefined, '2026-12-01T10:05:00Z', '2026-12-01 10:05 UTC'],
    ['Ana', undefined, 'not in the log'],
  ])('who %s at %s', (by, at, text) => {
    expect(whoText(by, at)).toBe(text);
  });
});

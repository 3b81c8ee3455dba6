import { describe, expect, it } from 'vitest';
import type { Flight } from '../../../src/data/contract';
import {
  addFlightStep,
  applyStep,
  deleteFlightsStep,
  editFlightStep,
  isNoChange,
  nowWho,
  revertStep,
  validateFlightDraft,
  type EditResult,
  type FieldError,
} from '../../../src/data/edit';
import { testGazetteer } from '../../fixtures/test-gazetteer';
import { caseFile, draft, GENERATOR, WHO } from './fixture';

function stepOf(result: EditResult) {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.step;
}
function errorsOf(result: EditResult | ReturnType<typeof validateFlightDraft>): FieldError[] {
  if (result.ok) throw new Error('expected a refusal');
  return result.errors;
}
const flight = (id: string) => caseFile().flights.find((f) => f.id === id)!;

describe('nowWho', () => {
  it('stamps the time with an offset and the name only when set', () => {
    const now = new Date('2026-12-02T10:00:00Z');
    expect(nowWho('Ana', now)).toEqual({ at: '2026-12-02T10:00:00.000Z', by: 'Ana' });
    expect(nowWho('  ', now)).toEqual({ at: '2026-12-02T10:00:00.000Z' });
  });
});

describe('editFlightStep', () => {
  it('changes only the fields given, one log entry per changed field', () => {
    const step = stepOf(editFlightStep(caseFile(), 'f-1', { registration: '4K-NEW', cargo: '' }, WHO));
    expect(step.label).toBe('Edit registration and cargo of f-1');
    expect(step.action).toBe('edit');
    expect(step.log).toEqual([
      {
        ...WHO,
        action: 'edit',
        flightId: 'f-1',
        field: 'registration',
        before: '4K-SAMPLE1',
        after: '4K-NEW',
      },
      { ...WHO, action: 'edit', flightId: 'f-1', field: 'cargo', before: 'unknown' },
    ]);
    const { cargo: _cargo, ...rest } = flight('f-1');
    void _cargo;
    expect(step.flights).toEqual([{ before: flight('f-1'), after: { ...rest, registration: '4K-NEW' } }]);
    const after = applyStep(caseFile(), step).flights[0]!;
    expect('cargo' in after).toBe(false);
  });

  it('logs a field that was absent without `before`', () => {
    const step = stepOf(editFlightStep(caseFile(), 'f-2', { callsign: 'ABC1' }, WHO));
    expect(step.log).toEqual([{ ...WHO, action: 'edit', flightId: 'f-2', field: 'callsign', after: 'ABC1' }]);
  });

  it('labels more than three fields by their count and normalises as an import does', () => {
    const step = stepOf(
      editFlightStep(caseFile(), 'f-2', { icao24: 'ABCDEF', callsign: 'A', cargo: 'B', notes: 'C' }, WHO),
    );
    expect(step.label).toBe('Edit 4 fields of f-2');
    expect(step.flights![0]!.after!.icao24).toBe('abcdef');
  });

  it('gives a "No change" step for the values the flight already has', () => {
    const result = editFlightStep(caseFile(), 'f-1', { registration: '4K-SAMPLE1', dateEnd: '' }, WHO);
    const step = stepOf(result);
    expect(step.label).toBe('No change');
    expect(step.flights).toEqual([]);
    expect(step.log).toEqual([]);
    expect(isNoChange(step)).toBe(true);
    expect(applyStep(caseFile(), step)).toEqual(caseFile());
  });

  it.each<[string, Record<string, unknown>, FieldError[]]>([
    ['a required field cleared', { origin: '' }, [{ field: 'origin', message: 'required' }]],
    [
      'a date that is no day',
      { date: '2023-02-30' },
      [{ field: 'date', message: '"2023-02-30" is not a date (YYYY-MM-DD)' }],
    ],
    [
      'a local time',
      { arrivalTime: '2023-03-02T09:40' },
      [
        {
          field: 'arrivalTime',
          message:
            '"2023-03-02T09:40" has no time zone: an offset (e.g. +03:00) or Z is required, a local time is never guessed',
        },
      ],
    ],
    [
      'an unknown airport',
      { destination: 'QQQQ' },
      [{ field: 'destination', message: `unknown airport "QQQQ": not in the dataset's airports` }],
    ],
    [
      'a bad Mode-S address',
      { icao24: 'xyz' },
      [{ field: 'icao24', message: '"xyz" is not a Mode-S address (6 hex digits)' }],
    ],
    [
      'a javascript: URL',
      { sources: [{ publisher: 'X', url: 'javascript:alert(1)' }] },
      [
        {
          field: 'sources[1].url',
          message: 'URL scheme "javascript:" is not allowed: only http: and https: URLs are allowed',
        },
      ],
    ],
    ['no sources', { sources: [] }, [{ field: 'sources', message: 'required: at least one source' }]],
    [
      'a confidence that is none',
      { confidence: 'sure' },
      [{ field: 'confidence', message: '"sure" is not one of confirmed, reported, inferred, synthetic' }],
    ],
    [
      'dateEnd before date',
      { dateEnd: '2022-01-01' },
      [
        {
          field: 'dateEnd',
          message: '2022-01-01 is before date (2023-03-02): dateEnd is the last possible day',
        },
      ],
    ],
    [
      'a review status that is none',
      { review: { status: 'done' } },
      [{ field: 'review.status', message: '"done" is not one of unreviewed, verified, disputed' }],
    ],
    ['a tag twice', { tags: ['a', 'a'] }, [{ field: 'tags[2]', message: '"a" is listed twice' }]],
    ['a field that is none', { colour: 'red' }, [{ field: 'colour', message: 'is not a field of a flight' }]],
    [
      'a new id',
      { id: 'f-9' },
      [{ field: 'id', message: 'cannot be changed (add a flight with the new id, then delete this one)' }],
    ],
    [
      'only the generator left as source',
      { sources: [GENERATOR] },
      [
        {
          field: 'confidence',
          message:
            '"reported" is not possible: the only source is the sample generator, so the flight stays synthetic until a real source is added',
        },
      ],
    ],
  ])('refuses %s, naming the field', (_what, changes, errors) => {
    expect(errorsOf(editFlightStep(caseFile(), 'f-1', changes, WHO))).toEqual(errors);
  });

  it('refuses an unknown flight', () => {
    expect(errorsOf(editFlightStep(caseFile(), 'nope', { notes: 'x' }, WHO))).toEqual([
      { field: 'id', message: 'no flight "nope" in this dataset' },
    ]);
  });

  it('keeps a generator-only flight synthetic until a real source is added', () => {
    const d = caseFile();
    expect(errorsOf(editFlightStep(d, 'g-1', { confidence: 'confirmed' }, WHO))[0]!.field).toBe('confidence');
    const real = [GENERATOR, { publisher: 'Test newspaper' }];
    const step = stepOf(editFlightStep(d, 'g-1', { confidence: 'reported', sources: real }, WHO));
    expect(step.flights![0]!.after).toMatchObject({ confidence: 'reported', sources: real });
    // Any other edit of it is fine.
    expect(stepOf(editFlightStep(d, 'g-1', { notes: 'looked at' }, WHO)).log).toHaveLength(1);
  });

  it('stamps a review with who sets it, and lists an airport the dataset did not have', () => {
    const step = stepOf(
      editFlightStep(
        caseFile(),
        'f-1',
        { review: { status: 'verified', note: 'seen' }, destination: 'LLNV' },
        WHO,
        testGazetteer,
      ),
    );
    expect(step.flights![0]!.after!.review).toEqual({
      status: 'verified',
      by: 'Ana',
      at: WHO.at,
      note: 'seen',
    });
    expect(step.airportsAdded?.map((a) => a.icao)).toEqual(['LLNV']);
    const d = applyStep(caseFile(), step);
    expect(d.airports.map((a) => a.icao)).toContain('LLNV');
    expect(revertStep(d, step)).toEqual(caseFile());
  });
});

describe('addFlightStep and validateFlightDraft', () => {
  it('adds a checked flight with one log entry', () => {
    const step = stepOf(addFlightStep(caseFile(), draft({ notes: '', departureObserved: 'true' }), WHO));
    expect(step.label).toBe('Add new-1');
    expect(step.action).toBe('add');
    expect(step.log).toEqual([{ ...WHO, action: 'add', flightId: 'new-1' }]);
    const added = step.flights![0]!;
    expect(added.before).toBeNull();
    expect(added.after).toEqual({
      id: 'new-1',
      date: '2023-04-01',
      origin: 'UBBB',
      destination: 'LLOV',
      registration: '4K-TEST1',
      confidence: 'reported',
      sources: [{ publisher: 'Test newspaper', url: 'https://example.org/report' }],
      departureObserved: true,
    } satisfies Flight);
    expect(step.airportsAdded).toBeUndefined();
    expect(applyStep(caseFile(), step).flights.at(-1)).toEqual(added.after);
  });

  it('refuses an id already in the dataset', () => {
    expect(errorsOf(addFlightStep(caseFile(), draft({ id: 'f-2' }), WHO))).toEqual([
      { field: 'id', message: '"f-2" is already the id of a flight in this dataset' },
    ]);
  });

  it('lists every wrong field at once', () => {
    const errors = errorsOf(
      addFlightStep(caseFile(), draft({ id: '', date: '', origin: 'UB', confidence: '' }), WHO),
    );
    expect(errors.map((e) => e.field)).toEqual(['id', 'date', 'origin', 'confidence']);
    expect(errors.every((e) => e.message !== '')).toBe(true);
  });

  it('resolves an airport the dataset lacks through the lookup, into airportsAdded', () => {
    expect(errorsOf(addFlightStep(caseFile(), draft({ destination: 'LLNV' }), WHO))).toEqual([
      { field: 'destination', message: `unknown airport "LLNV": not in the dataset's airports` },
    ]);
    expect(errorsOf(addFlightStep(caseFile(), draft({ destination: 'QQQQ' }), WHO, testGazetteer))).toEqual([
      {
        field: 'destination',
        message: `unknown airport "QQQQ": not in the dataset's airports nor the gazetteer`,
      },
    ]);
    const step = stepOf(addFlightStep(caseFile(), draft({ destination: 'llnv' }), WHO, testGazetteer));
    expect(step.flights![0]!.after!.destination).toBe('LLNV');
    expect(step.airportsAdded).toEqual([testGazetteer.get('LLNV')]);
  });

  it('checks a draft as typed, with warnings that do not refuse it', () => {
    const result = validateFlightDraft(caseFile(), draft({ arrivalTime: '2023-04-02T01:00:00Z' }));
    expect(result).toMatchObject({
      ok: true,
      warnings: [
        { field: 'date', message: '2023-04-01 differs from the UTC date of arrivalTime (2023-04-02)' },
      ],
    });
    expect(
      errorsOf(validateFlightDraft(caseFile(), draft({ confidence: 'confirmed', sources: [GENERATOR] }))),
    ).toEqual([
      {
        field: 'confidence',
        message:
          '"confirmed" is not possible: the only source is the sample generator, so the flight stays synthetic until a real source is added',
      },
    ]);
    // Synthetic is allowed for any sources.
    expect(validateFlightDraft(caseFile(), draft({ confidence: 'synthetic' })).ok).toBe(true);
  });
});

describe('deleteFlightsStep', () => {
  it('removes flights and their tracks, with positions, and undo puts them back in place', () => {
    const d = caseFile();
    const step = stepOf(deleteFlightsStep(d, ['g-1', 'f-2', 'f-2'], WHO));
    expect(step.label).toBe('Delete 2 flights');
    expect(step.action).toBe('delete');
    expect(step.log).toEqual([
      { ...WHO, action: 'delete', flightId: 'f-2' },
      { ...WHO, action: 'delete', flightId: 'g-1' },
    ]);
    expect(step.flights!.map((c) => c.position)).toEqual([1, 2]);
    expect(step.tracks).toEqual([{ before: d.tracks![0], after: null, position: 0 }]);
    const after = applyStep(d, step);
    expect(after.flights.map((f) => f.id)).toEqual(['f-1', 'g-2']);
    expect('tracks' in after).toBe(false);
    expect(revertStep(after, step)).toStrictEqual(d);
  });

  it('names one flight by its id and refuses unknown ids or none', () => {
    expect(stepOf(deleteFlightsStep(caseFile(), ['f-1'], WHO)).label).toBe('Delete f-1');
    expect(errorsOf(deleteFlightsStep(caseFile(), ['f-1', 'x', 'y'], WHO))).toEqual([
      { field: 'ids', message: 'no such flights in this dataset: "x", "y"' },
    ]);
    expect(errorsOf(deleteFlightsStep(caseFile(), [], WHO))).toEqual([
      { field: 'ids', message: 'no flights to delete' },
    ]);
  });
});

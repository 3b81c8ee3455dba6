import { describe, expect, it } from 'vitest';
import { MAX_TAGS } from '../../../src/data/contract';
import { applyStep, bulkEditStep, revertStep, type BulkOp, type EditResult } from '../../../src/data/edit';
import { caseFile, GENERATOR, WHO } from './fixture';

function stepOf(result: EditResult) {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.step;
}
const ALL = ['f-1', 'f-2', 'g-1', 'g-2'];

describe('bulkEditStep', () => {
  it.each<[string, readonly string[], BulkOp, string, string[]]>([
    [
      'confidence',
      ['f-1', 'f-2'],
      { kind: 'confidence', value: 'inferred' },
      'Set confidence to inferred on f-1',
      ['f-1'],
    ],
    [
      'synthetic on any flight',
      ALL,
      { kind: 'confidence', value: 'synthetic' },
      'Set confidence to synthetic on 2 flights',
      ['f-1', 'f-2'],
    ],
    ['review', ALL, { kind: 'review', status: 'verified', note: 'checked' }, 'Mark 4 flights verified', ALL],
    [
      'a source',
      ALL,
      {
        kind: 'addSource',
        source: {
          publisher: 'analyst',
          title: 'Test record',
          url: 'https://example.org/a',
          published: '2023-03-06',
        },
      },
      'Add source to 2 flights',
      ['g-1', 'g-2'],
    ],
    ['a tag', ALL, { kind: 'addTag', tag: 'baku' }, 'Add tag "baku" to 3 flights', ['f-2', 'g-1', 'g-2']],
    ['a tag removed', ALL, { kind: 'removeTag', tag: 'baku' }, 'Remove tag "baku" from f-1', ['f-1']],
  ])('%s: only the flights it changes are in the step', (_what, ids, op, label, changed) => {
    const step = stepOf(bulkEditStep(caseFile(), ids, op, WHO));
    expect(step.label).toBe(label);
    expect(step.flights!.map((c) => c.after!.id)).toEqual(changed);
    expect(step.log.map((e) => e.flightId)).toEqual(changed);
    const d = applyStep(caseFile(), step);
    expect(revertStep(d, step)).toStrictEqual(caseFile());
  });

  it('logs each flight with the field, before and after', () => {
    const step = stepOf(bulkEditStep(caseFile(), ['f-1', 'f-2'], { kind: 'addTag', tag: 'ovda' }, WHO));
    expect(step.log).toEqual([
      { ...WHO, action: 'edit', flightId: 'f-1', field: 'tags', before: ['baku'], after: ['baku', 'ovda'] },
      { ...WHO, action: 'edit', flightId: 'f-2', field: 'tags', after: ['ovda'] },
    ]);
    const removed = stepOf(bulkEditStep(caseFile(), ['f-1'], { kind: 'removeTag', tag: 'baku' }, WHO));
    expect(removed.log).toEqual([
      { ...WHO, action: 'edit', flightId: 'f-1', field: 'tags', before: ['baku'] },
    ]);
    expect('tags' in removed.flights![0]!.after!).toBe(false);
  });

  it('sets the review with who and when', () => {
    const step = stepOf(
      bulkEditStep(caseFile(), ['f-1'], { kind: 'review', status: 'disputed', note: 'no' }, WHO),
    );
    expect(step.flights![0]!.after!.review).toEqual({
      status: 'disputed',
      by: 'Ana',
      at: WHO.at,
      note: 'no',
    });
    const again = applyStep(caseFile(), step);
    expect(
      stepOf(bulkEditStep(again, ['f-1'], { kind: 'review', status: 'disputed', note: 'no' }, WHO)).label,
    ).toBe('No change');
  });

  it('refuses the whole op when some flights have only the sample generator as source', () => {
    expect(bulkEditStep(caseFile(), ALL, { kind: 'confidence', value: 'reported' }, WHO)).toEqual({
      ok: false,
      errors: [
        {
          field: 'confidence',
          message:
            '2 of the 4 flights have only the sample generator as source and stay synthetic until a real source is added',
        },
      ],
    });
    // After a real source is added to them, it applies.
    const sourced = applyStep(
      caseFile(),
      stepOf(
        bulkEditStep(caseFile(), ALL, { kind: 'addSource', source: { publisher: 'Test newspaper' } }, WHO),
      ),
    );
    expect(
      stepOf(bulkEditStep(sourced, ALL, { kind: 'confidence', value: 'reported' }, WHO)).flights,
    ).toHaveLength(3);
  });

  it.each<[string, readonly string[], BulkOp, { field: string; message: string }]>([
    ['no flights', [], { kind: 'addTag', tag: 'x' }, { field: 'ids', message: 'no flights selected' }],
    [
      'an unknown flight',
      ['f-1', 'zz'],
      { kind: 'addTag', tag: 'x' },
      { field: 'ids', message: 'no such flights in this dataset: "zz"' },
    ],
    ['a blank tag', ALL, { kind: 'addTag', tag: '  ' }, { field: 'tag', message: 'is blank' }],
    [
      'a long tag',
      ALL,
      { kind: 'addTag', tag: 'x'.repeat(65) },
      { field: 'tag', message: 'longer than 64 characters (65)' },
    ],
    [
      'a source without publisher',
      ALL,
      { kind: 'addSource', source: { publisher: '' } },
      { field: 'source.publisher', message: 'required' },
    ],
    [
      'a source with a data: URL',
      ALL,
      { kind: 'addSource', source: { publisher: 'x', url: 'data:text/html,hi' } },
      {
        field: 'source.url',
        message: 'URL scheme "data:" is not allowed: only http: and https: URLs are allowed',
      },
    ],
    [
      'a confidence that is none',
      ALL,
      { kind: 'confidence', value: 'sure' as never },
      { field: 'confidence', message: '"sure" is not one of confirmed, reported, inferred, synthetic' },
    ],
    [
      'a review status that is none',
      ALL,
      { kind: 'review', status: 'ok' as never },
      { field: 'review.status', message: '"ok" is not one of unreviewed, verified, disputed' },
    ],
  ])('refuses %s', (_what, ids, op, error) => {
    expect(bulkEditStep(caseFile(), ids, op, WHO)).toEqual({ ok: false, errors: [error] });
  });

  it('refuses a tag on flights that already have the most tags', () => {
    const d = caseFile();
    const full = Array.from({ length: MAX_TAGS }, (_, i) => `t${i}`);
    d.flights[1] = { ...d.flights[1]!, tags: full };
    expect(bulkEditStep(d, ALL, { kind: 'addTag', tag: 'new' }, WHO)).toEqual({
      ok: false,
      errors: [
        {
          field: 'tag',
          message: `1 of the 4 flights already has ${MAX_TAGS} tags, the most a flight may have`,
        },
      ],
    });
  });

  it('does not add a source a flight already cites', () => {
    const step = stepOf(
      bulkEditStep(caseFile(), ['g-1', 'g-2'], { kind: 'addSource', source: { ...GENERATOR } }, WHO),
    );
    expect(step.label).toBe('No change');
  });
});

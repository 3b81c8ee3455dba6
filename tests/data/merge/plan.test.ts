import { describe, expect, it } from 'vitest';
import type { Dataset, TimelineEvent } from '../../../src/data/contract';
import { applyStep, revertStep } from '../../../src/data/edit';
import { chooseAll, isEmptyPlan, planMerge, resolveMerge } from '../../../src/data/merge';
import { makeDataset, makeFlights } from '../../fixtures/flights';
import { TEST_AIRPORTS } from '../../fixtures/test-gazetteer';
import { addStep, byId, deleteStep, editStep, eventStep, run } from './history';

const A = (minute: number) => ({ at: `2026-12-01T10:${String(minute).padStart(2, '0')}:00Z`, by: 'Ana' });
const B = (minute: number) => ({ at: `2026-12-01T11:${String(minute).padStart(2, '0')}:00Z`, by: 'Ben' });
const WHO = { at: '2026-12-02T09:00:00Z', by: 'Ana' };
const signing: TimelineEvent = { date: '2016-01-03', title: 'Contract signed' };

function base(): Dataset {
  const d = makeDataset(makeFlights(4), { events: [signing] });
  // A common history: both sides start from this log.
  return run(d, [(x) => editStep(x, 'f0', 'notes', 'common note', { at: '2026-11-30T08:00:00Z', by: 'Cy' })]);
}

const merged = (mine: Dataset, theirs: Dataset, choice: 'mine' | 'theirs' = 'mine') => {
  const plan = planMerge(mine, theirs);
  return applyStep(mine, resolveMerge(mine, plan, chooseAll(plan, choice), WHO));
};
const flight = (d: Dataset, id: string) => d.flights.find((f) => f.id === id);

describe('planMerge: fields', () => {
  it('merge(x, x) changes nothing', () => {
    const x = run(base(), [(d) => editStep(d, 'f1', 'registration', '4K-XX1', A(1))]);
    const plan = planMerge(x, x);
    expect(isEmptyPlan(plan)).toBe(true);
    expect(applyStep(x, resolveMerge(x, plan, {}, WHO))).toEqual(x);
  });

  it('takes a field only they changed, keeps one only I changed, and combines fields of one flight', () => {
    const mine = run(base(), [(d) => editStep(d, 'f1', 'registration', '4K-MINE', A(1))]);
    const theirs = run(base(), [
      (d) => editStep(d, 'f1', 'callsign', 'THEIRS1', B(1)),
      (d) => editStep(d, 'f2', 'notes', undefined, B(2)),
    ]);
    const plan = planMerge(mine, theirs);
    expect(plan.conflicts).toEqual([]);
    expect(plan.kept).toBe(1);
    expect(plan.taken.map((t) => [t.flightId, t.field])).toEqual([
      ['f1', 'callsign'],
      ['f2', 'notes'],
    ]);
    const out = merged(mine, theirs);
    expect(flight(out, 'f1')).toMatchObject({ registration: '4K-MINE', callsign: 'THEIRS1' });
    expect(flight(out, 'f2')).not.toHaveProperty('notes');
    // Both sides' entries are on the record: mine, then theirs I lacked.
    expect(out.log!.map((e) => e.by)).toEqual(['Cy', 'Ana', 'Ben', 'Ben']);
  });

  it('the same change on both sides is no conflict', () => {
    const mine = run(base(), [(d) => editStep(d, 'f1', 'cargo', 'tents', A(1))]);
    const theirs = run(base(), [(d) => editStep(d, 'f1', 'cargo', 'tents', B(1))]);
    expect(planMerge(mine, theirs).conflicts).toEqual([]);
  });

  it('the same field changed differently on both sides is a conflict, with who and when', () => {
    const mine = run(base(), [(d) => editStep(d, 'f3', 'registration', '4K-ANA', A(5))]);
    const theirs = run(base(), [(d) => editStep(d, 'f3', 'registration', '4K-BEN', B(7))]);
    const plan = planMerge(mine, theirs);
    expect(plan.conflicts).toEqual([
      expect.objectContaining({
        kind: 'field',
        flightId: 'f3',
        field: 'registration',
        mine: '4K-ANA',
        theirs: '4K-BEN',
        mineBy: 'Ana',
        mineAt: A(5).at,
        theirsBy: 'Ben',
        theirsAt: B(7).at,
      }),
    ]);
    expect(flight(merged(mine, theirs, 'mine'), 'f3')!.registration).toBe('4K-ANA');
    const out = merged(mine, theirs, 'theirs');
    expect(flight(out, 'f3')!.registration).toBe('4K-BEN');
    expect(out.log!.at(-1)).toEqual({
      ...WHO,
      action: 'merge',
      flightId: 'f3',
      field: 'registration',
      before: '4K-ANA',
      after: '4K-BEN',
    });
  });

  it('a difference neither log explains is a conflict', () => {
    const mine = base();
    const theirs = {
      ...base(),
      flights: base().flights.map((f) => (f.id === 'f2' ? { ...f, cargo: 'x' } : f)),
    };
    expect(planMerge(mine, theirs).conflicts.map((c) => c.field)).toEqual(['cargo']);
  });

  it('a conflict per review or sources sub-field counts as the whole field', () => {
    const mine = run(base(), [(d) => editStep(d, 'f1', 'review', { status: 'verified', by: 'Ana' }, A(1))]);
    const theirs = run(base(), [
      (d) => ({
        ...editStep(d, 'f1', 'review', { status: 'disputed', by: 'Ben' }, B(1)),
        log: [
          { ...B(1), action: 'edit' as const, flightId: 'f1', field: 'review.status', after: 'disputed' },
        ],
      }),
    ]);
    expect(planMerge(mine, theirs).conflicts.map((c) => c.field)).toEqual(['review']);
  });
});

describe('planMerge: flights added and deleted', () => {
  it('adds a flight only they have, with its track and the airports I lack', () => {
    const mine = base();
    const extra = { ...makeFlights(1)[0]!, id: 'b-new', origin: 'UBBG', destination: 'LLNV' };
    const theirs = run(base(), [() => addStep(extra, B(1))]);
    theirs.airports = TEST_AIRPORTS.slice();
    theirs.tracks = [
      { flightId: 'b-new', source: { publisher: 'ADS-B Exchange' }, points: [[1, 40, 46, 100, false]] },
    ];
    const plan = planMerge(mine, theirs);
    expect(plan.added.map((f) => f.id)).toEqual(['b-new']);
    const out = merged(mine, theirs);
    expect(flight(out, 'b-new')).toEqual(extra);
    expect(out.tracks!.map((t) => t.flightId)).toEqual(['b-new']);
    expect(out.airports.map((a) => a.icao).sort()).toEqual(['LLNV', 'LLOV', 'UBBB', 'UBBG']);
  });

  it('a flight I deleted stays deleted, unless they edited it since (a conflict)', () => {
    const mine = run(base(), [(d) => deleteStep(d, 'f2', A(1))]);
    expect(flight(merged(mine, base()), 'f2')).toBeUndefined();
    const theirs = run(base(), [(d) => editStep(d, 'f2', 'cargo', 'medical', B(1))]);
    const plan = planMerge(mine, theirs);
    expect(plan.conflicts).toEqual([
      expect.objectContaining({ kind: 'deleted-by-me', flightId: 'f2', mine: undefined, theirsBy: 'Ben' }),
    ]);
    expect(flight(merged(mine, theirs, 'mine'), 'f2')).toBeUndefined();
    expect(flight(merged(mine, theirs, 'theirs'), 'f2')!.cargo).toBe('medical');
  });

  it('a flight they deleted goes (with its track), unless I edited it since (a conflict)', () => {
    const start = { ...base(), tracks: [{ flightId: 'f1', source: { publisher: 'x' }, points: [] }] };
    const theirs = run(start, [(d) => deleteStep(d, 'f1', B(1))]);
    const out = merged(start, theirs);
    expect(flight(out, 'f1')).toBeUndefined();
    expect(out.tracks).toBeUndefined();
    const mine = run(start, [(d) => editStep(d, 'f1', 'notes', 'mine', A(1))]);
    expect(planMerge(mine, theirs).conflicts).toEqual([
      expect.objectContaining({ kind: 'deleted-by-them', flightId: 'f1', theirs: undefined, mineBy: 'Ana' }),
    ]);
    expect(flight(merged(mine, theirs, 'mine'), 'f1')!.notes).toBe('mine');
    expect(flight(merged(mine, theirs, 'theirs'), 'f1')).toBeUndefined();
  });

  it('a flight I keep without a track gets theirs; tracks both have are not compared', () => {
    const track = (source: string) => ({ flightId: 'f1', source: { publisher: source }, points: [] });
    const theirs = { ...base(), tracks: [track('theirs')] };
    expect(merged(base(), theirs).tracks).toEqual([track('theirs')]);
    const mine = { ...base(), tracks: [track('mine')] };
    expect(merged(mine, theirs).tracks).toEqual([track('mine')]);
  });

  it('keeps my flights they never had', () => {
    const extra = { ...makeFlights(1)[0]!, id: 'a-new' };
    const mine = run(base(), [() => addStep(extra, A(1))]);
    expect(flight(merged(mine, base()), 'a-new')).toEqual(extra);
  });
});

describe('planMerge: events', () => {
  const visit: TimelineEvent = { date: '2016-01-04', title: 'Visit', sources: [{ publisher: 'Ben' }] };
  it('adds their new events and removes the ones they deleted; mine deleted stay deleted', () => {
    const theirs = run(base(), [() => eventStep(null, visit, B(1)), () => eventStep(signing, null, B(2))]);
    expect(merged(base(), theirs).events).toEqual([visit]);
    const mine = run(base(), [() => eventStep(signing, null, A(1))]);
    expect(merged(mine, base()).events).toEqual([]);
  });

  it('an event I deleted that they changed is a conflict', () => {
    const mine = run(base(), [() => eventStep(signing, null, A(1))]);
    const theirs = run(base(), [() => eventStep(signing, { ...signing, description: 'Ben' }, B(1))]);
    const plan = planMerge(mine, theirs);
    expect(plan.conflicts.map((c) => [c.kind, c.mine, c.mineBy])).toEqual([['event', undefined, 'Ana']]);
    expect(merged(mine, theirs, 'mine').events).toEqual([]);
    expect(merged(mine, theirs, 'theirs').events).toEqual([{ ...signing, description: 'Ben' }]);
  });

  it('the same event changed differently on both sides is a conflict', () => {
    const mine = run(base(), [() => eventStep(signing, { ...signing, description: 'Ana' }, A(1))]);
    const theirs = run(base(), [() => eventStep(signing, { ...signing, description: 'Ben' }, B(1))]);
    const plan = planMerge(mine, theirs);
    expect(plan.conflicts.map((c) => [c.kind, c.theirsBy])).toEqual([['event', 'Ben']]);
    expect(merged(mine, theirs, 'theirs').events).toEqual([{ ...signing, description: 'Ben' }]);
  });
});

describe('resolveMerge', () => {
  const pair = () => {
    const mine = run(base(), [
      (d) => editStep(d, 'f3', 'registration', '4K-ANA', A(1)),
      (d) => deleteStep(d, 'f0', A(2)),
    ]);
    const theirs = run(base(), [
      (d) => editStep(d, 'f3', 'registration', '4K-BEN', B(1)),
      (d) => editStep(d, 'f0', 'cargo', 'x', B(2)),
      (d) => deleteStep(d, 'f1', B(3)),
      () => addStep({ ...makeFlights(1)[0]!, id: 'b1' }, B(4)),
      () => eventStep(null, { date: '2016-02-01', title: 'B' }, B(5)),
    ]);
    // And a difference no log explains (a conflict that only the merge entry settles).
    const f2 = theirs.flights.findIndex((f) => f.id === 'f2');
    theirs.flights[f2] = { ...theirs.flights[f2]!, cargo: 'unlogged' };
    return { mine, theirs };
  };

  it.each(['mine', 'theirs'] as const)('merging the same file twice changes nothing (all %s)', (choice) => {
    const { mine, theirs } = pair();
    const once = merged(mine, theirs, choice);
    expect(isEmptyPlan(planMerge(once, theirs))).toBe(true);
    // And they, merging my merged file back, get my result without a question.
    const back = planMerge(theirs, once);
    expect(back.conflicts).toEqual([]);
    expect(byId(applyStep(theirs, resolveMerge(theirs, back, {}, WHO)))).toEqual(byId(once));
  });

  it('is one step that undo takes back whole', () => {
    const { mine, theirs } = pair();
    const plan = planMerge(mine, theirs);
    const step = resolveMerge(mine, plan, chooseAll(plan, 'theirs'), WHO);
    expect(step.action).toBe('merge');
    expect(step.label).toBe('Merge case file "Test dataset" (2 flights added, 3 conflicts decided)');
    expect(step.by).toBe('Ana');
    expect(revertStep(applyStep(mine, step), step)).toEqual(mine);
  });

  it('a conflict without a choice keeps mine', () => {
    const { mine, theirs } = pair();
    const out = applyStep(mine, resolveMerge(mine, planMerge(mine, theirs), {}, WHO));
    expect(flight(out, 'f3')!.registration).toBe('4K-ANA');
    expect(flight(out, 'f0')).toBeUndefined();
  });
});

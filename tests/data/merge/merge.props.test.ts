/**
 * Property tests of the merge over random edit histories from a common base. The oracle for edits that
 * do not conflict is the naive one: replay one side's edits, then the other's, on the base.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset, TimelineEvent } from '../../../src/data/contract';
import { applyStep, revertStep } from '../../../src/data/edit';
import { parseImport } from '../../../src/data/import';
import {
  caseFileJson,
  isEmptyPlan,
  planMerge,
  resolveMerge,
  type MergeChoice,
} from '../../../src/data/merge';
import { makeDataset, makeFlights } from '../../fixtures/flights';
import { addStep, byId, deleteStep, editStep, eventStep, type By } from './history';

type Side = 'A' | 'B';
type Owner = Side | 'shared' | 'none' | 'both';

const FIELDS_OF: Record<Side, readonly string[]> = {
  A: ['registration', 'callsign', 'notes', 'cargo'],
  B: ['operator', 'tags', 'review', 'confidence'],
};
const VALUES: Record<string, readonly unknown[]> = {
  registration: ['4K-A1', '4K-B2', undefined],
  callsign: ['AZQ01', 'AZQ02', undefined],
  notes: ['seen', 'doubtful', undefined],
  cargo: ['tents', undefined],
  operator: ['Silk Way', 'Other Air', undefined],
  tags: [['a'], ['a', 'b'], undefined],
  review: [{ status: 'verified', by: 'Ana' }, { status: 'disputed', note: 'why' }, undefined],
  confidence: ['reported', 'inferred', 'synthetic'],
};
const ALL_FIELDS = [...FIELDS_OF.A, ...FIELDS_OF.B];
const FLIGHTS = 6;
const EVENTS = 3;

type Op =
  | { kind: 'edit'; flight: number; field: string; value: number }
  | { kind: 'delete'; flight: number }
  | { kind: 'add'; n: number }
  | { kind: 'addEvent'; n: number }
  | { kind: 'deleteEvent'; event: number }
  | { kind: 'editEvent'; event: number; n: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      flight: fc.nat(FLIGHTS + 1),
      field: fc.constantFrom(...ALL_FIELDS),
      value: fc.nat(2),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), flight: fc.nat(FLIGHTS + 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('add' as const), n: fc.nat(1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('addEvent' as const), n: fc.nat(1) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('deleteEvent' as const), event: fc.nat(EVENTS - 1) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('editEvent' as const),
      event: fc.nat(EVENTS - 1),
      n: fc.nat(1),
    }),
  },
);

const baseEvents: TimelineEvent[] = Array.from({ length: EVENTS }, (_, j) => ({
  date: `2016-02-0${j + 1}`,
  title: `Event ${j}`,
}));

function base(common: readonly Op[]): Dataset {
  const d = makeDataset(makeFlights(FLIGHTS), { schemaVersion: 2, events: baseEvents });
  return replay(d, common, 'C', () => true);
}

/** A flight id of the base (f0…f5) or one a side adds (A-0, B-1…): ops on flights 6 and 7 name added ones. */
const flightId = (side: string, i: number) => (i < FLIGHTS ? `f${i}` : `${side}-${i - FLIGHTS}`);

/** Applies the side's ops that `allowed` lets through; an op on something not there is skipped. */
function replay(d: Dataset, ops: readonly Op[], side: string, allowed: (op: Op) => boolean): Dataset {
  let k = 0;
  const who = (): By => ({
    at: new Date(Date.UTC(2026, 11, 1, side === 'A' ? 10 : side === 'B' ? 11 : 9, 0, k++)).toISOString(),
    by: side,
  });
  for (const o of ops) {
    if (!allowed(o)) continue;
    if (o.kind === 'edit' || o.kind === 'delete') {
      const id = flightId(side, o.flight);
      if (!d.flights.some((f) => f.id === id)) continue;
      d = applyStep(
        d,
        o.kind === 'edit'
          ? editStep(d, id, o.field, VALUES[o.field]![o.value % VALUES[o.field]!.length], who())
          : deleteStep(d, id, who()),
      );
    } else if (o.kind === 'add') {
      const id = `${side}-${o.n}`;
      if (d.flights.some((f) => f.id === id)) continue;
      d = applyStep(d, addStep({ ...makeFlights(1)[0]!, id, notes: `added by ${side}` }, who()));
    } else if (o.kind === 'addEvent') {
      const event = { date: '2016-03-01', title: `${side} ${o.n}` };
      if (d.events.some((e) => e.title === event.title)) continue;
      d = applyStep(d, eventStep(null, event, who()));
    } else {
      const event = d.events.find((e) => e.title === `Event ${o.event}`);
      if (!event) continue;
      const after = o.kind === 'deleteEvent' ? null : { ...event, description: `${side} ${o.n}` };
      d = applyStep(d, eventStep(event, after, who()));
    }
  }
  return d;
}

/** Who may touch what, so that the two sides never conflict. */
function allowedFor(side: Side, flights: readonly Owner[], events: readonly Owner[]) {
  return (o: Op): boolean => {
    if (o.kind === 'add' || o.kind === 'addEvent') return true;
    if (o.kind === 'deleteEvent' || o.kind === 'editEvent') return events[o.event] === side;
    const owner = o.flight < FLIGHTS ? flights[o.flight] : side; // added flights are the adder's
    if (owner === side) return true;
    return o.kind === 'edit' && owner === 'shared' && FIELDS_OF[side].includes(o.field);
  };
}

const sortedEvents = (d: Dataset) => d.events.map((e) => JSON.stringify(e)).sort();
const mergeAll = (mine: Dataset, theirs: Dataset, pick: (i: number) => MergeChoice = () => 'mine') => {
  const plan = planMerge(mine, theirs);
  const choices = Object.fromEntries(plan.conflicts.map((c, i) => [c.key, pick(i)]));
  return { plan, step: resolveMerge(mine, plan, choices, { at: '2026-12-02T00:00:00Z', by: 'M' }) };
};

const history = fc.record({
  common: fc.array(op, { maxLength: 4 }),
  a: fc.array(op, { maxLength: 12 }),
  b: fc.array(op, { maxLength: 12 }),
});

describe('merge properties', () => {
  it('non-conflicting edits merge to the same flights and events in either order, as replaying both', () => {
    const owners = fc.record({
      flights: fc.array(fc.constantFrom<Owner>('A', 'B', 'shared', 'none'), {
        minLength: FLIGHTS,
        maxLength: FLIGHTS,
      }),
      events: fc.array(fc.constantFrom<Owner>('A', 'B', 'none'), { minLength: EVENTS, maxLength: EVENTS }),
    });
    fc.assert(
      fc.property(history, owners, ({ common, a, b }, { flights, events }) => {
        const start = base(common);
        const A = replay(start, a, 'A', allowedFor('A', flights, events));
        const B = replay(start, b, 'B', allowedFor('B', flights, events));
        const ab = mergeAll(A, B);
        const ba = mergeAll(B, A);
        expect(ab.plan.conflicts).toEqual([]);
        expect(ba.plan.conflicts).toEqual([]);
        const AB = applyStep(A, ab.step);
        const BA = applyStep(B, ba.step);
        expect(byId(AB)).toEqual(byId(BA));
        expect(sortedEvents(AB)).toEqual(sortedEvents(BA));
        const oracle = replay(
          replay(start, a, 'A', allowedFor('A', flights, events)),
          b,
          'B',
          allowedFor('B', flights, events),
        );
        expect(byId(AB)).toEqual(byId(oracle));
        expect(sortedEvents(AB)).toEqual(sortedEvents(oracle));
      }),
      { numRuns: 300 },
    );
  });

  it('merge(x, x) = x', () => {
    fc.assert(
      fc.property(history, ({ common, a }) => {
        const x = replay(base(common), a, 'A', () => true);
        const { plan, step } = mergeAll(x, x);
        expect(isEmptyPlan(plan)).toBe(true);
        expect(applyStep(x, step)).toEqual(x);
      }),
      { numRuns: 200 },
    );
  });

  it('merging the same case file twice changes nothing the second time, whatever was chosen; undo restores', () => {
    fc.assert(
      fc.property(history, fc.array(fc.boolean(), { maxLength: 40 }), ({ common, a, b }, picks) => {
        const start = base(common);
        const A = replay(start, a, 'A', () => true);
        const B = replay(start, b, 'B', () => true);
        const file = parseImport(caseFileJson(B));
        if (!file.ok) throw new Error(file.errors[0]!.message);
        const { step } = mergeAll(A, file.dataset, (i) => (picks[i] ? 'theirs' : 'mine'));
        const once = applyStep(A, step);
        expect(isEmptyPlan(planMerge(once, file.dataset))).toBe(true);
        expect(revertStep(once, step)).toEqual(A);
      }),
      { numRuns: 300 },
    );
  });
});

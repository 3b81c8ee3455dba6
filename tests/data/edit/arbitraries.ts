/**
 * fast-check arbitraries for the edit model: small generated datasets (with tracks and a log) and
 * sequences of edit commands, valid and invalid, that run the builders against the current dataset.
 */
import fc from 'fast-check';
import type { Airport, Dataset, Source, Track } from '../../../src/data/contract';
import { CONFIDENCES, REVIEW_STATUSES } from '../../../src/data/contract';
import {
  addEventStep,
  addFlightStep,
  bulkEditStep,
  deleteEventStep,
  deleteFlightsStep,
  editEventStep,
  editFlightStep,
  type AirportLookup,
  type BulkOp,
  type EditResult,
  type Who,
} from '../../../src/data/edit';
import { generateDataset } from '../../../src/data/sample';
import { SAMPLE_GENERATOR_PUBLISHER } from '../../../src/data/validate';

/** A made-up airport only the lookup knows: adding a flight to it lists it in `airportsAdded`. */
export const TEST_FIELD: Airport = { icao: 'ZZZA', name: 'Test Field', lat: 10, lon: 20 };
export const LOOKUP: AirportLookup = { get: (icao) => (icao === 'ZZZA' ? TEST_FIELD : undefined) };
export const WHO: Who = { at: '2026-12-02T10:00:00Z', by: 'Ana' };

const GEN: Source = { publisher: SAMPLE_GENERATOR_PUBLISHER };
const REAL: Source = { publisher: 'Test newspaper', url: 'https://example.org/r' };

/** A generated dataset of 0–25 flights, a track on every k-th flight, sometimes a log. */
export const anyDataset: fc.Arbitrary<Dataset> = fc
  .record({
    n: fc.integer({ min: 0, max: 25 }),
    seed: fc.integer({ min: 1, max: 10_000 }),
    every: fc.integer({ min: 1, max: 4 }),
    withLog: fc.boolean(),
  })
  .map(({ n, seed, every, withLog }) => {
    const d = generateDataset({ flights: n, seed, from: '2023-01-01', to: '2023-03-31' });
    const tracks: Track[] = d.flights
      .filter((_, i) => i % every === 0)
      .map((f, i) => ({
        flightId: f.id,
        source: { publisher: 'Test tracker', title: `trace ${i}` },
        points: [[1_672_531_200 + i, 40, 50, null, true]],
      }));
    const out: Dataset = { ...d, schemaVersion: 2 };
    if (tracks.length > 0) out.tracks = tracks;
    if (withLog) out.log = [{ at: '2026-12-01T09:00:00Z', action: 'import', after: 'gen.json' }];
    return out;
  });

const text = fc.constantFrom('', 'A', '4K-AZ1', 'x y', '=1+1', 'שלום');
// Field values as a form may hold them: valid, empty and wrong ones.
const fieldValue = {
  date: fc.constantFrom('2023-02-01', '2023-03-15', '2023-02-30', ''),
  dateEnd: fc.constantFrom('', '2023-03-31', '2022-01-01'),
  departureTime: fc.constantFrom('', '2023-02-01T10:00:00Z', '2023-02-01T10:00'),
  origin: fc.constantFrom('UBBB', 'LLOV', 'llbg', 'ZZZA', 'QQQQ', ''),
  destination: fc.constantFrom('LTFM', 'ZZZA', 'UB'),
  operator: text,
  registration: text,
  notes: text,
  icao24: fc.constantFrom('', 'abcdef', 'ABC123', 'zz'),
  confidence: fc.constantFrom(...CONFIDENCES, 'sure'),
  sources: fc.constantFrom<unknown[]>(
    [],
    [GEN],
    [GEN, REAL],
    [REAL],
    [{ publisher: 'x', url: 'javascript:1' }],
  ),
  tags: fc.constantFrom<unknown>([], ['a'], ['a', 'b'], ['a', 'a'], ''),
  review: fc.constantFrom<unknown>(
    '',
    { status: 'verified' },
    { status: 'disputed', note: 'n' },
    { status: 'x' },
  ),
  departureObserved: fc.constantFrom<unknown>('', 'true', false, 'maybe'),
};
const changes = fc.record(fieldValue, { requiredKeys: [] }).map((c) => ({ ...c }) as Record<string, unknown>);

const bulkOp: fc.Arbitrary<BulkOp> = fc.oneof(
  fc.constantFrom(...CONFIDENCES).map((value) => ({ kind: 'confidence' as const, value })),
  fc
    .record({ status: fc.constantFrom(...REVIEW_STATUSES), note: fc.constantFrom(undefined, '', 'seen') })
    .map(({ status, note }): BulkOp =>
      note === undefined ? { kind: 'review', status } : { kind: 'review', status, note },
    ),
  fc.constantFrom(GEN, REAL, { publisher: '' }).map((source) => ({ kind: 'addSource' as const, source })),
  fc.constantFrom('a', 'b', ' ').map((tag) => ({ kind: 'addTag' as const, tag })),
  fc.constantFrom('a', 'b').map((tag) => ({ kind: 'removeTag' as const, tag })),
);

const eventRaw = fc
  .record(
    {
      date: fc.constantFrom('2023-02-01', '2023-13-01', ''),
      title: fc.constantFrom('E1', 'E2', ''),
      dateEnd: fc.constantFrom('', '2023-02-05', '2023-01-01'),
      sources: fc.constantFrom<unknown[]>([], [REAL]),
    },
    { requiredKeys: [] },
  )
  .map((r) => ({ ...r }) as Record<string, unknown>);

export type Command =
  | { k: 'edit'; i: number; changes: Record<string, unknown> }
  | { k: 'add'; id: number; dup: boolean; changes: Record<string, unknown> }
  | { k: 'delete'; is: number[] }
  | { k: 'bulk'; is: number[]; op: BulkOp }
  | { k: 'addEvent'; raw: Record<string, unknown> }
  | { k: 'editEvent'; i: number; raw: Record<string, unknown> }
  | { k: 'deleteEvent'; i: number };

const index = fc.nat({ max: 1000 });
export const anyCommand: fc.Arbitrary<Command> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ k: fc.constant('edit' as const), i: index, changes }) },
  {
    weight: 2,
    arbitrary: fc.record({ k: fc.constant('add' as const), id: index, dup: fc.boolean(), changes }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ k: fc.constant('delete' as const), is: fc.array(index, { maxLength: 4 }) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      k: fc.constant('bulk' as const),
      is: fc.array(index, { maxLength: 8 }),
      op: bulkOp,
    }),
  },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('addEvent' as const), raw: eventRaw }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('editEvent' as const), i: index, raw: eventRaw }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('deleteEvent' as const), i: index }) },
);

const pick = <T>(list: readonly T[], i: number): T | undefined =>
  list.length === 0 ? undefined : list[i % list.length];

/** Runs one command's builder against `d` (undefined when the dataset has nothing to point at). */
export function build(d: Dataset, c: Command): EditResult | undefined {
  const ids = (is: number[]) => is.map((i) => pick(d.flights, i)?.id).filter((id): id is string => !!id);
  switch (c.k) {
    case 'edit': {
      const f = pick(d.flights, c.i);
      return f && editFlightStep(d, f.id, c.changes, WHO, LOOKUP);
    }
    case 'add': {
      const id = c.dup ? (pick(d.flights, c.id)?.id ?? `new-${c.id}`) : `new-${c.id}`;
      const base = {
        id,
        date: '2023-03-01',
        origin: 'UBBB',
        destination: 'LLOV',
        confidence: 'reported',
        sources: [REAL],
      };
      return addFlightStep(d, { ...base, ...c.changes }, WHO, LOOKUP);
    }
    case 'delete':
      return deleteFlightsStep(d, ids(c.is), WHO);
    case 'bulk':
      return bulkEditStep(d, ids(c.is), c.op, WHO);
    case 'addEvent':
      return addEventStep(d, c.raw, WHO);
    case 'editEvent': {
      const e = pick(d.events, c.i);
      return e && editEventStep(d, e, c.raw, WHO);
    }
    case 'deleteEvent': {
      const e = pick(d.events, c.i);
      return e && deleteEventStep(d, e, WHO);
    }
  }
}

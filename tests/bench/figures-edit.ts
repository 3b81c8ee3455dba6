// The `edit-one` and `edit-bulk` figures (issue 13: an edit saved and painted within 50 ms, a bulk edit
// of 10,000 flights within 1 s, at 100,000 flights): our step builders + applyStep + updateIndex (as the
// store does) against the same change made with immer's `produce` (the established library for immutable updates) +
// createIndex. Ours also checks the values with the import validator and writes the change log; the
// peer only changes the data. Both find their flights by id from the same inputs.
import { produce } from 'immer';
import type { Dataset, Flight } from '../../src/data/contract';
import { applyStep, bulkEditStep, editFlightStep, type Step, type Who } from '../../src/data/edit';
import { createIndex } from '../../src/data/query';
import { updateIndex } from '../../src/data/query/index-update';
import { contest, seeded } from './measure';
import type { Row } from './measure';

const WHO: Who = { at: '2026-12-02T10:00:00Z', by: 'Bench' };
/** How many flights the bulk figure tags. */
export const BULK_FLIGHTS = 10_000;

function stepOf(result: ReturnType<typeof editFlightStep>): Step {
  if (!result.ok) throw new Error(`edit bench: refused: ${JSON.stringify(result.errors)}`);
  return result.step;
}

// immer's drafts are proxies: finding by id on the base array, not the draft, is how it is used well.
function indexOf(flights: readonly Flight[], id: string): number {
  return flights.findIndex((f) => f.id === id);
}

function sameFlights(a: readonly Flight[], b: readonly Flight[], what: string): void {
  if (a.length !== b.length || JSON.stringify(a) !== JSON.stringify(b))
    throw new Error(`${what}: immer and ours disagree`);
}

/** One field of one flight: a new registration on a different flight each run. */
function oneEditFigure(dataset: Dataset, runs: number): Row {
  const n = dataset.flights.length;
  const random = seeded(13);
  const warmup = 2;
  const targets = Array.from({ length: runs + warmup }, (_, k) => ({
    id: dataset.flights[Math.floor(random() * n)]!.id,
    registration: `4K-BENCH${k}`,
  }));
  const at = (run: number) => targets[run < 0 ? runs - 1 - run : run]!;
  // Ours as the store does it: the index updated in place of a rebuild (updateIndex).
  const index = createIndex(dataset);
  const ours = (run: number) => {
    const { id, registration } = at(run);
    const step = stepOf(editFlightStep(dataset, id, { registration }, WHO));
    const next = applyStep(dataset, step);
    return { next, index: updateIndex(index, next, step) };
  };
  const peer = (run: number) => {
    const { id, registration } = at(run);
    const i = indexOf(dataset.flights, id);
    const next = produce(dataset, (draft) => {
      draft.flights[i]!.registration = registration;
    });
    return { next, index: createIndex(next) };
  };
  sameFlights(ours(0).next.flights, peer(0).next.flights, 'edit-one');
  const { ours_ms, peer_ms } = contest({ ours, peer, runs, warmup });
  return { name: 'edit-one', n, ours_ms, peer: 'immer', peer_ms, ratio: ours_ms / peer_ms };
}

/** A tag added to 10,000 flights (every tenth), a new tag each run. */
function bulkEditFigure(dataset: Dataset, runs: number): Row {
  const n = dataset.flights.length;
  const step = Math.max(1, Math.floor(n / BULK_FLIGHTS));
  const ids = dataset.flights
    .filter((_, i) => i % step === 0)
    .slice(0, BULK_FLIGHTS)
    .map((f) => f.id);
  const tagOf = (run: number) => `bench-${run + 10}`;
  const index = createIndex(dataset);
  const ours = (run: number) => {
    const step = stepOf(bulkEditStep(dataset, ids, { kind: 'addTag', tag: tagOf(run) }, WHO));
    const next = applyStep(dataset, step);
    return { next, index: updateIndex(index, next, step) };
  };
  const peer = (run: number) => {
    const tag = tagOf(run);
    const wanted = new Set(ids);
    const at: number[] = [];
    dataset.flights.forEach((f, i) => {
      if (wanted.has(f.id)) at.push(i);
    });
    const next = produce(dataset, (draft) => {
      for (const i of at) {
        const f = draft.flights[i]!;
        if (!f.tags?.includes(tag)) f.tags = [...(f.tags ?? []), tag];
      }
    });
    return { next, index: createIndex(next) };
  };
  sameFlights(ours(0).next.flights, peer(0).next.flights, 'edit-bulk');
  const { ours_ms, peer_ms } = contest({ ours, peer, runs, warmup: 1 });
  return { name: 'edit-bulk', n: ids.length, ours_ms, peer: 'immer', peer_ms, ratio: ours_ms / peer_ms };
}

/**
 * Both edit figures on `dataset` (the bench runs them at 100,000 generated flights). `edit-bulk`
 * reports n = the flights edited (10,000); the dataset's size is the other figure's n.
 */
export function editFigures(dataset: Dataset, runs: number): Row[] {
  return [oneEditFigure(dataset, runs), bulkEditFigure(dataset, Math.max(3, Math.ceil(runs / 2)))];
}

/**
 * Browser tests only (a build with VITE_TEST_HOOKS, loaded by main.tsx; never in `npm start`'s bundle):
 * `window.airliftHistory` commits steps without the edit views, and tells when the journal's saves are
 * issued and done, so a test can close the page while a save is in flight.
 */
import type { Filters, Flight } from '../data/contract';
import type { Step } from '../data/edit';
import { generateDataset } from '../data/sample';
import { useAirlift } from '../store/store';
import type { JournalStats, JournalSync } from './journal-sync';

export interface HistoryTestApi {
  commit(step: Step): void;
  /** Commits one step setting the notes of the flights with these ids (or the first `n` flights). */
  editNotes(ids: string[] | number, notes: string): void;
  /** Commits an import (a replace step) of `n` generated synthetic flights. */
  importGenerated(n: number, seed?: number): void;
  state(): {
    title: string;
    flights: number;
    past: string[];
    future: string[];
    notes: Record<string, string>;
  };
  /** Changes the filters as the filter pane would (the benchmarks time the views' answer). */
  setFilters(change: Partial<Filters>): void;
  saves(): JournalStats;
  /** Resolves with the counts once every save queued so far is done. */
  whenSaved(): Promise<JournalStats>;
  /** Resolves once the next transaction has all its requests issued (the save has begun). */
  nextSaveIssued(): Promise<JournalStats>;
}

export function installHistoryTestHooks(sync: JournalSync): void {
  let waiting: (() => void)[] = [];
  sync.onIssued = () => {
    const w = waiting;
    waiting = [];
    w.forEach((f) => f());
  };
  const api: HistoryTestApi = {
    commit: (step) => useAirlift.getState().commit(step),
    editNotes(ids, notes) {
      const { dataset, analyst } = useAirlift.getState();
      if (!dataset) throw new Error('no dataset');
      const wanted =
        typeof ids === 'number'
          ? dataset.flights.slice(0, ids)
          : dataset.flights.filter((f) => ids.includes(f.id));
      const at = new Date().toISOString();
      const by = analyst || undefined;
      const flights = wanted.map((before) => ({ before, after: { ...before, notes } as Flight }));
      useAirlift.getState().commit({
        label:
          flights.length === 1
            ? `Edit notes of ${flights[0]!.before.id}`
            : `Edit notes of ${flights.length} flights`,
        action: 'edit',
        at,
        ...(by ? { by } : {}),
        log: flights.map(({ before }) => ({
          at,
          ...(by ? { by } : {}),
          action: 'edit' as const,
          flightId: before.id,
          field: 'notes',
          before: before.notes,
          after: notes,
        })),
        flights,
      });
    },
    importGenerated(n, seed = 3) {
      const after = generateDataset({ flights: n, seed });
      const at = new Date().toISOString();
      after.log = [{ at, action: 'import', after: `generated (${n} flights)` }];
      useAirlift.getState().commit({
        label: `Import generated (${n} flights)`,
        action: 'import',
        at,
        log: [],
        replace: { before: useAirlift.getState().dataset, after },
      });
    },
    state() {
      const { dataset, past, future } = useAirlift.getState();
      const notes: Record<string, string> = {};
      for (const f of dataset?.flights.slice(0, 20) ?? []) notes[f.id] = f.notes ?? '';
      return {
        title: dataset?.title ?? '',
        flights: dataset?.flights.length ?? 0,
        past: past.map((s) => s.label),
        future: future.map((s) => s.label),
        notes,
      };
    },
    setFilters: (change) => useAirlift.getState().setFilters(change),
    saves: () => ({ ...sync.stats }),
    whenSaved: () => sync.whenIdle().then(() => ({ ...sync.stats })),
    nextSaveIssued: () => new Promise((resolve) => waiting.push(() => resolve({ ...sync.stats }))),
  };
  (window as unknown as { airliftHistory: HistoryTestApi }).airliftHistory = api;
}

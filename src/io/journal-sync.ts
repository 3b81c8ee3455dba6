/**
 * Keeps the journal (journal.ts) in step with the store: every commit, undo, redo and load of the store
 * becomes one transaction, queued in order and run after the next paint, so the store (and the screen)
 * change first and the save follows (the 50 ms budget of an edit is save and paint together).
 *
 * The journal's state is kept here as it will be on disk once the queue is done. A change it cannot
 * express as one step on that state (a load, or after a failed write) is saved as a snapshot: the current
 * dataset as a new base with no steps. The undo stacks of the session stay in memory; only their copy on
 * disk starts again, and the data itself is never left out.
 */
import type { UseStore } from 'idb-keyval';
import { applyStep } from '../data/edit';
import { isBundled, MAX_UNDO_STEPS, useAirlift, type AirliftState } from '../store/store';
import {
  baseKey,
  BUNDLED,
  FOLD_BATCH,
  removeBase,
  removeRecord,
  removeStep,
  runTransaction,
  stepKey,
  writeBase,
  writeHead,
  writeStep,
  type JournalEntry,
  type JournalState,
  type Op,
} from './journal';
import {
  describe,
  FLIGHTS_PER_CHUNK,
  SAVE_TIMEOUT_MS,
  STORAGE_UNAVAILABLE_NOTICE,
  STORED_DATASET_KEY,
} from './persist';
import { rejectAfter } from './time-limit';

/** Counts of the journal's writes, for tests and the bench (a save is done when `done` catches up). */
export interface JournalStats {
  queued: number;
  /** Transactions whose requests are all issued (the save has begun; it commits or aborts whole). */
  issued: number;
  done: number;
  failed: number;
}

export interface JournalSync {
  stats: Readonly<JournalStats>;
  /** Resolves once every write queued so far has finished (or failed). */
  whenIdle(): Promise<void>;
  /** Called each time a transaction's requests are all issued. */
  onIssued?: () => void;
  stop(): void;
}

export interface SyncOptions {
  store: UseStore;
  /** The journal as loaded (or a fresh one naming the dataset now shown as its base). */
  state: JournalState;
  /** Runs `fn` after the next paint (default: a frame, then a task; a hidden tab's timer as fallback). */
  afterPaint?: (fn: () => void) => void;
  /** Runs `fn` when the page is idle (compaction). */
  idle?: (fn: () => void) => void;
  timeoutMs?: number;
  /** Why nothing may be written (a stored journal that could not be read): each change fails with it. */
  refuse?: string;
}

export const CHANGES_NOT_SAVED_NOTICE = 'Storage is unavailable: your changes will not survive a reload';

function defaultAfterPaint(fn: () => void) {
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    fn();
  };
  // A hidden tab runs no frames: the timer makes sure the save still happens.
  const timer = setTimeout(once, 200);
  if (typeof requestAnimationFrame === 'function')
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        once();
      }, 0),
    );
}

function defaultIdle(fn: () => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 5000 });
  else setTimeout(fn, 500);
}

/** A fresh journal whose base is the dataset now shown (nothing written until the first change). */
export function freshJournal(state: Pick<AirliftState, 'dataset'>, stored: boolean): JournalState {
  return {
    base: stored ? STORED_DATASET_KEY : BUNDLED,
    baseDataset: state.dataset!,
    entries: [],
    cursor: 0,
    next: 1,
  };
}

/** Starts saving the store's history changes; returns the handle the test hooks and the bench use. */
export function startJournalSync(options: SyncOptions): JournalSync {
  const { store, afterPaint = defaultAfterPaint, idle = defaultIdle, timeoutMs = SAVE_TIMEOUT_MS } = options;
  let m = options.state;
  let generation = 0;
  let resync = false;
  let foldPlanned = false;
  let chain = Promise.resolve();
  const stats: JournalStats = { queued: 0, issued: 0, done: 0, failed: 0 };

  const headOf = () => writeHead(m);

  /** Queues one transaction; `build` runs just before it (after the paint), on the state captured now. */
  function enqueue(build: () => Op[], chunks: number, imported: boolean) {
    const gen = generation;
    stats.queued++;
    chain = chain
      .then(() => new Promise<void>((resolve) => afterPaint(resolve)))
      .then(async () => {
        let ops: Op[];
        if (resync) ops = snapshotNow(useAirlift.getState())();
        else if (gen !== generation) return void stats.done++;
        else ops = build();
        const ms = timeoutMs * (chunks + 1);
        try {
          if (options.refuse !== undefined) throw new Error(options.refuse);
          await rejectAfter(
            runTransaction(store, ops, () => {
              stats.issued++;
              sync.onIssued?.();
            }),
            ms,
            `the browser's storage did not answer within ${Math.round(ms / 1000)} s`,
          );
          stats.done++;
        } catch (e) {
          stats.failed++;
          resync = true;
          const notice = imported ? STORAGE_UNAVAILABLE_NOTICE : CHANGES_NOT_SAVED_NOTICE;
          useAirlift.getState().addNotices([`${notice} (${describe(e)}).`]);
        }
      });
  }

  /**
   * Makes the state kept here the given state's dataset alone, as a new base (at once, so the changes
   * that follow build on it), and returns the writes that make the disk so.
   */
  function snapshotNow(s: AirliftState): () => Op[] {
    generation++;
    resync = false;
    const dataset = s.dataset!;
    const base = isBundled(dataset) ? BUNDLED : baseKey(m.next);
    m = { base, baseDataset: dataset, entries: [], cursor: 0, next: m.next + 1 };
    const head = headOf();
    return () => [
      { del: IDBKeyRange.bound('journal:', 'journal;', false, true) },
      ...removeRecord(STORED_DATASET_KEY),
      ...writeBase(base, dataset),
      head,
    ];
  }

  const chunksOf = (n: number) => Math.ceil(n / FLIGHTS_PER_CHUNK);

  function onCommit(s: AirliftState, prev: AirliftState) {
    const step = s.past[s.past.length - 1]!;
    const last = prev.past[prev.past.length - 1];
    // The journal may hold more steps before the cursor than the store (until they are folded).
    if (last !== undefined && m.entries[m.cursor - 1]?.step !== last) return resnapshot(s, !!step.replace);
    const seq = m.next;
    const entry: JournalEntry = step.replace
      ? { seq, step, afterBase: isBundled(step.replace.after) ? BUNDLED : baseKey(seq) }
      : { seq, step };
    const discarded = m.entries.slice(m.cursor);
    m = { ...m, entries: [...m.entries.slice(0, m.cursor), entry], cursor: m.cursor + 1, next: seq + 1 };
    const head = headOf();
    const size = step.replace ? step.replace.after.flights.length : (step.flights?.length ?? 0);
    enqueue(
      () => [...discarded.flatMap(removeStep), ...writeStep(entry), head],
      chunksOf(size),
      !!step.replace,
    );
    planFold();
  }

  function resnapshot(s: AirliftState, imported: boolean) {
    const build = snapshotNow(s);
    enqueue(build, chunksOf(s.dataset?.flights.length ?? 0), imported);
  }

  function onMove(s: AirliftState, kind: 'undo' | 'redo', step: AirliftState['past'][number]) {
    const at = kind === 'undo' ? m.cursor - 1 : m.cursor;
    if (m.entries[at]?.step !== step) return resnapshot(s, !!step.replace);
    m = { ...m, cursor: kind === 'undo' ? m.cursor - 1 : m.cursor + 1 };
    const head = headOf();
    enqueue(() => [head], 0, false);
    if (kind === 'redo') planFold();
  }

  /** Folds the oldest steps into the base once more than MAX_UNDO_STEPS + FOLD_BATCH precede the cursor. */
  function planFold() {
    if (foldPlanned || m.cursor <= MAX_UNDO_STEPS + FOLD_BATCH) return;
    foldPlanned = true;
    idle(() => {
      foldPlanned = false;
      const k = m.cursor - MAX_UNDO_STEPS;
      if (k <= 0) return;
      const folded = m.entries.slice(0, k);
      const r = folded.findLastIndex((e) => e.step.replace);
      let dataset = r >= 0 ? folded[r]!.step.replace!.after : m.baseDataset;
      for (const e of folded.slice(r + 1)) dataset = applyStep(dataset, e.step);
      // Folding to just after an import: its base becomes the base, nothing to write.
      const adopted = r === k - 1 ? folded[r]!.afterBase! : undefined;
      const base = adopted ?? baseKey(m.next);
      const oldBase = m.base;
      m = { base, baseDataset: dataset, entries: m.entries.slice(k), cursor: m.cursor - k, next: m.next + 1 };
      const head = headOf();
      enqueue(
        () => [
          ...(oldBase === base ? [] : removeBase(oldBase)),
          // The adopted import's base stays: only its step record goes.
          ...folded.flatMap((e) => (e.afterBase === base ? removeRecord(stepKey(e.seq)) : removeStep(e))),
          ...(adopted ? [] : writeBase(base, dataset)),
          head,
        ],
        adopted ? 0 : chunksOf(dataset.flights.length),
        false,
      );
    });
  }

  const unsubscribe = useAirlift.subscribe((s, prev) => {
    const change = s.lastChange;
    if (!change || change === prev.lastChange) return;
    if (change.kind === 'commit') onCommit(s, prev);
    else if (change.kind === 'undo' || change.kind === 'redo') onMove(s, change.kind, change.step);
    else resnapshot(s, change.kind === 'load' && !isBundled(s.dataset));
  });

  const sync: JournalSync = {
    stats,
    whenIdle: () => chain,
    stop: unsubscribe,
  };
  return sync;
}

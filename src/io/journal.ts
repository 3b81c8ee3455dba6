/**
 * The journal: the case file's history in IndexedDB, saved change by change, so that a reload brings back
 * the data and its undo and redo stacks, and a crash or a closed tab mid-save leaves the last complete state.
 *
 * Layout (in the app's one object store, beside persist.ts's record):
 * - a **base**: a dataset stored as persist.ts stores one (a record naming its flight and track chunks,
 *   `datasetEntries`), or `'bundled'` for the sample the app ships (never stored);
 * - one **step record** per step (`journal:step:<seq>`), its flight changes in chunks of their own
 *   (`journal:step:<seq>:flights:<i>`): a delete of 1,000,000 flights holds them all, and Chromium refuses
 *   one value over ~127 MB;
 * - the **head** (`journal:head`): `{ base, steps: [seq…], cursor }`. The dataset is the base with the
 *   first `cursor` steps applied; the steps after the cursor are the redo stack.
 *
 * Every change is one transaction: a commit writes its step record (and chunks) with the new head, and
 * removes the redo steps it discards; undo and redo write the head alone. IndexedDB commits a transaction
 * whole or not at all, and nothing is read but through the head, so a half-written save cannot be seen.
 *
 * A replace step (an import) would hold two whole datasets. Its `after` dataset is written as a new base
 * of its own (`journal:base:<seq>`, chunked like any base) that the step names; its `before` is not
 * stored at all: it is the dataset the steps before it lead to, found again by replaying them. So an
 * import of 1,000,000 flights costs one dataset save (as persist.ts did before), and its undo needs the
 * previous base, which stays until compaction folds past it.
 *
 * Compaction keeps the undo stack bounded on disk: once more than MAX_UNDO_STEPS + FOLD_BATCH steps lie
 * before the cursor, the oldest are folded into a new base in idle time (src/io/journal-sync.ts), in one
 * transaction that writes the base and the head and removes the folded steps. Folding to a point just
 * after an import needs no write: that import's base becomes the base. Folding by batches keeps the
 * rewrite of a large base rare (once every FOLD_BATCH edits).
 *
 * Loading reads the head, the base, the steps and the bases they name, and replays the steps
 * (`applyStep`); a missing or damaged record, or a step that does not fit, refuses the journal with a
 * notice and removes it, as persist.ts does with a damaged record.
 */
import { getMany, promisifyRequest, type UseStore } from 'idb-keyval';
import type { Dataset } from '../data/contract';
import { applyStep, type FlightChange, type Step } from '../data/edit';
import { within } from './time-limit';
import { datasetEntries, describe, FLIGHTS_PER_CHUNK, readDatasetAt, type ReadOutcome } from './persist';

export const HEAD_KEY = 'journal:head';
const JOURNAL_VERSION = 1;
/** Steps folded at once, beyond the MAX_UNDO_STEPS kept. */
export const FOLD_BATCH = 100;

/** A base: the bundled sample (the app ships it) or the key of a dataset stored by `datasetEntries`. */
export type BaseRef = string;
export const BUNDLED: BaseRef = 'bundled';

export interface Head {
  version: number;
  base: BaseRef;
  steps: number[];
  cursor: number;
  /** The next free sequence number (steps and the bases written by imports and folds). */
  next: number;
  savedAt: string;
}

/** A step as stored: its flight changes are in chunks; a replace names the base it wrote. */
export interface StepRecord extends Omit<Step, 'flights' | 'replace'> {
  flightChunks: number;
  flightCount: number;
  replace?: { after: BaseRef };
}

/** One journal step as the app holds it: its number and the step (its replace's base, if any). */
export interface JournalEntry {
  seq: number;
  step: Step;
  afterBase?: BaseRef;
}

/** The journal as it is on disk once the queued writes are done; journal-sync keeps it in memory. */
export interface JournalState {
  base: BaseRef;
  baseDataset: Dataset;
  entries: JournalEntry[];
  cursor: number;
  next: number;
}

export const stepKey = (seq: number) => `journal:step:${seq}`;
export const baseKey = (seq: number) => `journal:base:${seq}`;

/** One write of a transaction. */
export type Op = { put: [IDBValidKey, unknown] } | { del: IDBValidKey | IDBKeyRange };

/** Removes a record and every chunk named after it (`key:…`), and nothing else (`key0` is another record). */
export const removeRecord = (key: string): Op[] => [
  { del: key },
  { del: IDBKeyRange.bound(`${key}:`, `${key};`, false, true) },
];

/** Removes a base (nothing for the bundled sample). */
export const removeBase = (ref: BaseRef): Op[] => (ref === BUNDLED ? [] : removeRecord(ref));

/** Removes a step and the base its import wrote. */
export const removeStep = (e: JournalEntry): Op[] => [
  ...removeRecord(stepKey(e.seq)),
  ...(e.afterBase && e.afterBase !== BUNDLED ? removeRecord(e.afterBase) : []),
];

/** Writes a dataset as a base (nothing for the bundled sample). */
export const writeBase = (ref: BaseRef, dataset: Dataset): Op[] =>
  ref === BUNDLED ? [] : datasetEntries(dataset, ref).map((put) => ({ put }));

export const writeHead = (state: JournalState): Op => ({
  put: [
    HEAD_KEY,
    {
      version: JOURNAL_VERSION,
      base: state.base,
      steps: state.entries.map((e) => e.seq),
      cursor: state.cursor,
      next: state.next,
      savedAt: new Date().toISOString(),
    } satisfies Head,
  ],
});

/** The writes of one step: its record, its flight chunks and, for an import, its base. */
export function writeStep(entry: JournalEntry): Op[] {
  const { flights = [], replace, ...rest } = entry.step;
  const ops: Op[] = [];
  let chunks = 0;
  for (let i = 0; i < flights.length; i += FLIGHTS_PER_CHUNK, chunks++)
    ops.push({ put: [`${stepKey(entry.seq)}:flights:${chunks}`, flights.slice(i, i + FLIGHTS_PER_CHUNK)] });
  if (replace) ops.push(...writeBase(entry.afterBase!, replace.after));
  const record: StepRecord = { ...rest, flightChunks: chunks, flightCount: flights.length };
  if (replace) record.replace = { after: entry.afterBase! };
  ops.push({ put: [stepKey(entry.seq), record] });
  return ops;
}

/**
 * Runs the writes in one readwrite transaction, in order (a range removed before new records are put is
 * safe). `onIssued` runs once every request is queued, while the transaction is still open.
 */
export function runTransaction(store: UseStore, ops: readonly Op[], onIssued?: () => void): Promise<void> {
  return store('readwrite', (s) => {
    try {
      for (const op of ops) {
        if ('put' in op) s.put(op.put[1], op.put[0]);
        else s.delete(op.del);
      }
    } catch (e) {
      // A value that cannot be cloned throws here, after the requests before it were queued: abort, so
      // that they do not commit as half a change.
      s.transaction.abort();
      throw e;
    }
    onIssued?.();
    return promisifyRequest(s.transaction);
  });
}

/** Removes the whole journal (not persist.ts's own record). */
export const clearJournal = (store: UseStore) =>
  runTransaction(store, [{ del: HEAD_KEY }, { del: IDBKeyRange.bound('journal:', 'journal;', false, true) }]);

/**
 * `kept`: the journal is still stored (too slow, unreadable now, or of a newer format), and why: the app
 * must not write over it this session.
 */
export type JournalLoad =
  | { dataset: Dataset; past: Step[]; future: Step[]; state: JournalState }
  | { error: string; kept?: string }
  | null;

const isHead = (v: unknown): v is Head => {
  const h = v as Partial<Head> | null;
  return (
    typeof h === 'object' &&
    h !== null &&
    typeof h.base === 'string' &&
    Array.isArray(h.steps) &&
    h.steps.every(Number.isInteger) &&
    Number.isInteger(h.cursor) &&
    h.cursor! >= 0 &&
    h.cursor! <= h.steps.length &&
    Number.isInteger(h.next)
  );
};

const isStepRecord = (v: unknown): v is StepRecord => {
  const r = v as Partial<StepRecord> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.label === 'string' &&
    typeof r.action === 'string' &&
    typeof r.at === 'string' &&
    Array.isArray(r.log) &&
    Number.isInteger(r.flightChunks) &&
    (r.replace === undefined || typeof r.replace.after === 'string')
  );
};

class Damaged extends Error {}

/** How a journal load reaches the data it cannot find in storage: the bundled sample, and the limit. */
export interface LoadOptions {
  bundled(): Dataset;
}

async function readBase(ref: BaseRef, store: UseStore, options: LoadOptions): Promise<Dataset> {
  if (ref === BUNDLED) return options.bundled();
  const read: ReadOutcome | null = await readDatasetAt(ref, store);
  if (read && 'dataset' in read) return read.dataset;
  if (read && 'unreadable' in read) throw read.unreadable;
  throw new Damaged(read && 'problem' in read ? `its base: ${read.problem}` : 'its base is missing');
}

async function readStep(
  seq: number,
  record: unknown,
  before: Dataset,
  store: UseStore,
  options: LoadOptions,
) {
  if (!isStepRecord(record)) throw new Damaged(`its step ${seq} is missing or damaged`);
  const { flightChunks, flightCount, replace, ...meta } = record;
  if (replace) {
    const after = await readBase(replace.after, store, options);
    return { step: { ...meta, replace: { before, after } } as Step, afterBase: replace.after };
  }
  const keys = Array.from({ length: flightChunks }, (_, i) => `${stepKey(seq)}:flights:${i}`);
  const flights: FlightChange[] = [];
  for (const part of await getMany<unknown>(keys, store)) {
    if (!Array.isArray(part)) throw new Damaged(`a chunk of its step ${seq} is missing`);
    for (const c of part as FlightChange[]) flights.push(c);
  }
  if (flights.length !== flightCount) throw new Damaged(`its step ${seq} does not add up`);
  return { step: (flights.length > 0 ? { ...meta, flights } : meta) as Step };
}

/**
 * Reads the journal: null when there is none, `{ error }` when it cannot be used (a damaged one is also
 * removed; one of a newer format is kept), else the dataset at the cursor, the stacks for
 * `restoreHistory` (past oldest first, future with the next redo last) and the state journal-sync keeps.
 */
export async function loadJournal(
  store: UseStore,
  options: LoadOptions,
  maxUndo: number,
  timeoutMs = 5000,
): Promise<JournalLoad> {
  // A database that never answers must not hold the first paint (see persist.ts): the head within the
  // limit, the rest (a million flights, perhaps several bases) within 12 times it.
  const head = await within(
    getMany<unknown>([HEAD_KEY], store).then(
      ([h]) => h,
      (e: unknown) => ({ unreadable: e }),
    ),
    timeoutMs,
    () => TOO_SLOW,
  );
  if (head === undefined) return null;
  const silent = `the browser's storage did not answer within ${Math.round(timeoutMs / 1000)} s`;
  if (head === TOO_SLOW) return { error: TOO_SLOW_ERROR, kept: silent };
  if (typeof head === 'object' && head !== null && 'unreadable' in head)
    return {
      error: `The saved case file could not be read (${describe(head.unreadable)}); showing the sample data.`,
      kept: UNREAD,
    };
  return within(readJournal(head, store, options, maxUndo), timeoutMs * 12, () => ({
    error: TOO_SLOW_ERROR,
    kept: silent,
  }));
}

const TOO_SLOW = Symbol('too slow');
const UNREAD = 'the saved case file could not be read, and is not written over; reload to try again';
const TOO_SLOW_ERROR = 'The saved case file took too long to load; showing the sample data.';

async function readJournal(
  head: unknown,
  store: UseStore,
  options: LoadOptions,
  maxUndo: number,
): Promise<JournalLoad> {
  try {
    if ((head as Partial<Head> | null)?.version !== JOURNAL_VERSION && isHead(head))
      return {
        error: `The saved case file uses journal format ${head.version}, which this version of Airlift cannot read; showing the sample data.`,
        kept: UNREAD,
      };
    if (!isHead(head) || head.version !== JOURNAL_VERSION) throw new Damaged('its head is damaged');
    const baseDataset = await readBase(head.base, store, options);
    const records = await getMany<unknown>(head.steps.map(stepKey), store);
    const entries: JournalEntry[] = [];
    const datasets: Dataset[] = [baseDataset];
    let dataset = baseDataset;
    for (const [k, seq] of head.steps.entries()) {
      const { step, afterBase } = await readStep(seq, records[k], dataset, store, options);
      try {
        dataset = applyStep(dataset, step);
      } catch (e) {
        throw new Damaged(`its step ${seq} does not fit: ${describe(e)}`);
      }
      entries.push(afterBase ? { seq, step, afterBase } : { seq, step });
      datasets.push(dataset);
    }
    const steps = entries.map((e) => e.step);
    return {
      dataset: datasets[head.cursor]!,
      past: steps.slice(Math.max(0, head.cursor - maxUndo), head.cursor),
      future: steps.slice(head.cursor).reverse(),
      state: { base: head.base, baseDataset, entries, cursor: head.cursor, next: head.next },
    };
  } catch (e) {
    if (!(e instanceof Damaged))
      return {
        error: `The saved case file could not be read (${describe(e)}); showing the sample data.`,
        kept: UNREAD,
      };
    await clearJournal(store).catch(() => undefined);
    return {
      error: `The saved case file was damaged (${e.message}) and has been removed; showing the sample data.`,
    };
  }
}

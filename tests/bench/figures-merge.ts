// The `merge` figure: merging two analysts' case files of n flights with 1,000 conflicting fields, ours
// (planMerge + resolveMerge + applyStep, the log-based three-way merge) against @automerge/automerge
// (a CRDT: the dataset as one Automerge document, forked, edited on both sides, merged). Also what it
// costs to hold the case as a CRDT: building the document (Automerge.from) and its saved size, against
// our case file's JSON. Run alone: `node --expose-gc --import tsx tests/bench/figures-merge.ts [n]`.
import * as Automerge from '@automerge/automerge';
import { pathToFileURL } from 'node:url';
import type { Dataset, Flight, LogEntry } from '../../src/data/contract';
import { applyStep } from '../../src/data/edit';
import { caseFileJson, chooseAll, planMerge, resolveMerge } from '../../src/data/merge';
import { generateDataset } from '../../src/data/sample';
import { collect, contest, median } from './measure';
import type { Row } from './measure';

/** A side's edits: `field` of flights from…from+count-1 set to `value(i)`, one log entry each, by `by`. */
function edited(
  base: Dataset,
  from: number,
  count: number,
  field: keyof Flight,
  value: (i: number) => string,
  by: string,
): Dataset {
  const flights = base.flights.slice();
  const log: LogEntry[] = [...(base.log ?? [])];
  for (let i = from; i < from + count; i++) {
    const before = flights[i]!;
    flights[i] = { ...before, [field]: value(i) };
    const at = new Date(Date.UTC(2026, 11, 1, by === 'A' ? 10 : 11, 0, 0, i)).toISOString();
    const entry: LogEntry = { at, by, action: 'edit', flightId: before.id, field };
    if (before[field] !== undefined) entry.before = before[field];
    entry.after = value(i);
    log.push(entry);
  }
  return { ...base, flights, log };
}

type Doc = { flights: Flight[] };

/** Automerge has no `undefined`: the flights as plain JSON values. */
const plain = (flights: readonly Flight[]) => JSON.parse(JSON.stringify(flights)) as Flight[];

function timed<T>(fn: () => T): { ms: number; value: T } {
  collect();
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

export interface MergeFigures {
  rows: Row[];
  notes: string[];
}

/**
 * Merges of two case files of `n` flights whose analysts both changed the registration of the same
 * `conflicts` flights (differently), and one changed the callsign of `conflicts` others.
 */
export function mergeFigures(n: number, runs = 5, conflicts = 1000): MergeFigures {
  const notes: string[] = [];
  const base = generateDataset({ flights: n, seed: 7 });
  const mine = edited(base, 0, conflicts, 'registration', (i) => `4K-A${i}`, 'A');
  // Theirs: the same registrations changed otherwise, and callsigns of other flights (taken as they are).
  const theirs = edited(
    edited(base, 0, conflicts, 'registration', (i) => `4K-B${i}`, 'B'),
    conflicts,
    conflicts,
    'callsign',
    (i) => `B${i}`,
    'B',
  );

  const ours = () => {
    const plan = planMerge(mine, theirs);
    return applyStep(
      mine,
      resolveMerge(mine, plan, chooseAll(plan, 'theirs'), { at: '2026-12-02T00:00:00Z', by: 'A' }),
    );
  };
  const check = planMerge(mine, theirs);
  if (check.conflicts.length !== conflicts)
    throw new Error(`merge: ${check.conflicts.length} conflicts, not ${conflicts}`);
  const caseBytes = Buffer.byteLength(caseFileJson(mine));

  const { ours_ms } = contest({ ours, peer: () => 0, runs, warmup: 1 });
  if (n > AUTOMERGE_MAX_FLIGHTS) {
    notes.push(
      `merge n=${n}: automerge not run above ${AUTOMERGE_MAX_FLIGHTS} flights (Automerge.from of 10,000 flights took 25 s on this machine on 2026-12-02, so 100,000 would pass a minute); our case file ${mb(caseBytes)} MB of JSON`,
    );
    return { rows: [{ name: 'merge', n, ours_ms, peer: 'automerge', peer_ms: NaN, ratio: NaN }], notes };
  }
  const peer = automergeFigures(base, runs, conflicts);
  notes.push(
    `automerge n=${n}: Automerge.from ${peer.buildMs.toFixed(0)} ms; saved ${mb(peer.savedBytes)} MB vs our case file ${mb(caseBytes)} MB of JSON; ${peer.surfaced} of ${conflicts} conflicts found by getConflicts after the merge (one value had already won)`,
  );
  return {
    rows: [
      { name: 'merge', n, ours_ms, peer: 'automerge', peer_ms: peer.mergeMs, ratio: ours_ms / peer.mergeMs },
    ],
    notes,
  };
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

/** Automerge.from built about 400 flights a second on this machine (2026-12-02): above this, not run. */
export const AUTOMERGE_MAX_FLIGHTS = 10_000;

/** The peer: the same flights as one Automerge document, forked, edited on both sides, merged. */
function automergeFigures(base: Dataset, runs: number, conflicts: number) {
  const build = timed(() => Automerge.from<Doc>({ flights: plain(base.flights) }));
  const savedBytes = Automerge.save(build.value).byteLength;
  const fork = (doc: Automerge.Doc<Doc>, prefix: string) =>
    Automerge.change(Automerge.clone(doc), (d) => {
      for (let i = 0; i < conflicts; i++) d.flights[i]!.registration = `4K-${prefix}${i}`;
      if (prefix === 'B') for (let i = conflicts; i < 2 * conflicts; i++) d.flights[i]!.callsign = `B${i}`;
    });
  const a = fork(build.value, 'A');
  const b = fork(build.value, 'B');
  const bytesA = Automerge.save(a);
  // Each run merges into a fresh copy of A (a merged document is not merged again); loading it is not timed.
  const times: number[] = [];
  let surfaced = 0;
  for (let r = 0; r < runs; r++) {
    const local = Automerge.load<Doc>(bytesA);
    const t = timed(() => {
      const merged = Automerge.merge(local, b);
      // Conflicts do not stop an Automerge merge: one value wins (by actor id); the others are found
      // by asking each property. Asked here only of the fields we know both sides changed.
      let found = 0;
      for (let i = 0; i < conflicts; i++)
        if (Automerge.getConflicts(merged.flights[i]!, 'registration')) found++;
      return found;
    });
    times.push(t.ms);
    surfaced = t.value;
  }
  return { buildMs: build.ms, savedBytes, mergeMs: median(times), surfaced };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = process.argv[2] ? [Number(process.argv[2])] : [10_000, 100_000];
  const rows: Row[] = [];
  const notes: string[] = [];
  for (const n of sizes) {
    const figures = mergeFigures(n);
    rows.push(...figures.rows);
    notes.push(...figures.notes);
  }
  for (const row of rows)
    console.log(
      `${row.name} n=${row.n}: ours ${row.ours_ms.toFixed(1)} ms, ${row.peer} ${row.peer_ms.toFixed(1)} ms, ratio ${row.ratio.toFixed(2)}`,
    );
  for (const note of notes) console.log(note);
}

// The `sort-*` figures (issue 16: table sort by any column at 1M within 100 ms): what the table's
// selector does for a sort change of the shown view (sortFlights on the index's cached rank columns
// and the view's remembered positions; date: the index order reversed) against the established way,
// Array.prototype.sort of the flight objects with the same Intl.Collator comparison (missing values
// last). Notes add the sort before issue 16 (sortFlights without an index: a Set and the collator per
// call), the first sort of a new view, the first sort by a key (its rank column built), the first
// after an edit, n, runs and spreads.
import { CONFIDENCES } from '../../src/data/contract';
import type { Dataset, Flight, SortSpec } from '../../src/data/contract';
import { createIndex, instantOf, sortFlights, type FlightIndex } from '../../src/data/query';
import { sortCollator } from '../../src/data/query/sort-ranks';
import { collect, median } from './measure';
import type { Row } from './measure';

const SPECS: SortSpec[] = [
  { key: 'operator', dir: 'asc' },
  { key: 'registration', dir: 'asc' },
  { key: 'origin', dir: 'desc' },
  { key: 'confidence', dir: 'asc' },
  { key: 'sources', dir: 'asc' },
  { key: 'callsign', dir: 'desc' },
  { key: 'date', dir: 'desc' },
];

type Value = string | number | undefined;
const valueOf = (f: Flight, key: SortSpec['key']): Value =>
  key === 'confidence'
    ? ((i) => (i < 0 ? undefined : i))(CONFIDENCES.indexOf(f.confidence))
    : key === 'sources'
      ? f.sources[0]?.publisher
      : key === 'date'
        ? undefined
        : f[key];

/** The plain way: one comparator, the collator on each pair's values; date by date, instant, id. */
function peerSort(flights: readonly Flight[], { key, dir }: SortSpec): Flight[] {
  const sign = dir === 'desc' ? -1 : 1;
  if (key === 'date')
    return flights.slice().sort((a, b) => {
      if (a.date !== b.date) return sign * (a.date < b.date ? -1 : 1);
      const ta = instantOf(a);
      const tb = instantOf(b);
      if (ta !== tb) return sign * (ta < tb ? -1 : 1);
      return sign * (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
  return flights.slice().sort((a, b) => {
    const x = valueOf(a, key);
    const y = valueOf(b, key);
    if (x === undefined || y === undefined) return x === undefined ? (y === undefined ? 0 : 1) : -1;
    return sign * (typeof x === 'number' ? x - (y as number) : sortCollator.compare(x, y as string));
  });
}

/** What selectSortedFlights does on a sort change (src/store/selectors.ts). */
function oursSort(index: FlightIndex, flights: readonly Flight[], sort: SortSpec): readonly Flight[] {
  if (sort.key === 'date') return sort.dir === 'asc' ? flights.slice() : flights.slice().reverse();
  return sortFlights(flights, sort, { index });
}

/**
 * An index the rank cache has never seen and cannot patch from (`drop` flights shorter than any
 * before it): its first sort builds the column, as the first sort by a key after an import does.
 */
function unseenIndex(index: FlightIndex, drop: number): FlightIndex {
  const m = index.flights.length - drop;
  return {
    ...index,
    flights: index.flights.slice(0, m),
    origin: index.origin.subarray(0, m),
    destination: index.destination.subarray(0, m),
    operator: index.operator.subarray(0, m),
    confidence: index.confidence.subarray(0, m),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

/**
 * `count` timed calls in a row, after one full collection and a pause. Not a collection before each
 * call: right after `gc()` the heap's sweeping is still pending, and on this busy 2-core machine the
 * next large allocation paid for it (a 1M sort measured 90–260 ms straight after gc(), 30–35 ms after
 * a 200 ms pause). Each side runs in its own block, so neither pays for the other's garbage.
 */
async function block(count: number, fn: (run: number) => unknown): Promise<number[]> {
  collect();
  await settle();
  const times: number[] = [];
  for (let run = 0; run < count; run++) {
    const start = performance.now();
    const out = fn(run);
    times.push(performance.now() - start);
    if (out === Symbol.for('never')) console.log(out);
  }
  return times;
}

const spread = (t: number[]) =>
  `${median(t).toFixed(1)} ms (${Math.min(...t).toFixed(1)}–${Math.max(...t).toFixed(1)}, n=${t.length})`;

/**
 * Sorting every flight (the view with no filter) by each key at the dataset's size. `runs` timed calls
 * of ours, fewer of the peer (seconds each at 1M).
 */
export async function sortFigures(dataset: Dataset, runs: number): Promise<{ rows: Row[]; notes: string[] }> {
  const index = createIndex(dataset);
  const flights = index.flights.slice();
  const n = flights.length;
  const peerRuns = n >= 1_000_000 ? 3 : 5;
  const rows: Row[] = [];
  const notes: string[] = [];
  let drops = 0;
  for (const spec of SPECS) {
    const name = `sort-${spec.key}${spec.dir === 'desc' ? '-desc' : ''}`;
    // Same order on both sides before timing (ids are unique, so the order is one).
    const ours = oursSort(index, flights, spec);
    const peer = peerSort(flights, spec);
    if (ours.some((f, i) => f !== peer[i])) throw new Error(`${name}: ours and the peer disagree`);
    const a = await block(runs, () => oursSort(index, flights, spec));
    const b = await block(peerRuns, () => peerSort(flights, spec));
    // Date sorts are the index order, as before issue 16: no column, no other way before.
    const three = (fn: (run: number) => unknown) => (spec.key === 'date' ? [] : block(3, fn));
    const before = await three(() => sortFlights(flights, spec));
    // A view the sort has not seen (a filter changed): its index positions are walked first.
    const views = spec.key === 'date' ? [] : [0, 1, 2].map(() => flights.slice());
    const newView = await three((run) => oursSort(index, views[run]!, spec));
    const cold = await three(() => {
      const unseen = unseenIndex(index, (drops += 1));
      return oursSort(unseen, unseen.flights, spec);
    });
    // After an edit of one flight in place (updateIndex: a new flights array, one flight swapped for
    // a copy): the column is patched, not rebuilt.
    const edited = await three((run) => {
      const copy = index.flights.slice();
      copy[run * 7919] = { ...copy[run * 7919]! };
      return oursSort({ ...index, flights: copy }, copy, spec);
    });
    const ours_ms = median(a);
    const peer_ms = median(b);
    rows.push({ name, n, ours_ms, peer: 'Array.sort + Intl.Collator', peer_ms, ratio: ours_ms / peer_ms });
    notes.push(
      `${name} n=${n}: ours ${spread(a)}, Array.sort + Intl.Collator ${spread(b)}` +
        (before.length ? `, before (sortFlights without index) ${spread(before)}` : '') +
        (newView.length ? `, first sort of a new view (positions walked) ${spread(newView)}` : '') +
        (cold.length ? `, first sort by the key (rank column built) ${spread(cold)}` : '') +
        (edited.length ? `, first sort after a one-flight edit (column patched) ${spread(edited)}` : ''),
    );
  }
  return { rows, notes };
}

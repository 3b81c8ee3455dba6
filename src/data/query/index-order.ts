/**
 * The index's time order: a counting sort by day plus a native numeric sort within days, so that
 * building the index of a million flights takes well under a second.
 */
import { MS_PER_DAY } from '../contract';
import type { Flight } from '../contract';
import { parseInstant } from '../contract';

/** Instant in ms of the flight's arrival (or departure) time; +Infinity when it has none. */
export function instantOf(flight: Flight): number {
  const t = flight.arrivalTime ?? flight.departureTime;
  if (t === undefined) return Infinity;
  const ms = parseInstant(t);
  return Number.isNaN(ms) ? Infinity : ms;
}

// Positions a, b, order[j] below are always flight positions (< flights.length = instant.length):
// `order` is filled with 0 … n-1 and only ever permuted.
const byId = (flights: readonly Flight[]) => (a: number, b: number) => {
  const ia = flights[a]!.id;
  const ib = flights[b]!.id;
  return ia < ib ? -1 : ia > ib ? 1 : a - b;
};

function idOrdered(order: Uint32Array, s: number, e: number, flights: readonly Flight[]): boolean {
  for (let j = s + 1; j < e; j++) if (!(flights[order[j - 1]!]!.id < flights[order[j]!]!.id)) return false;
  return true;
}

const WINDOW = 2 ** 31; // ms either side of the day's start that the packed keys can hold
const SLOT = 2 ** 20; // positions within one day's bucket
const UNTIMED = 2 ** 32; // above every timed key: |instant - day start| < WINDOW

/**
 * Sorts `order[s..e)` (flights of one day) by instant, then id. Keys pack (instant relative to the
 * day, position) into one double, so a native numeric sort does the work; runs of equal instants
 * are then put in id order.
 */
function sortDay(
  order: Uint32Array,
  s: number,
  e: number,
  dayStart: number,
  instant: Float64Array,
  flights: readonly Flight[],
  keys: Float64Array,
  scratch: Uint32Array,
): void {
  const size = e - s;
  let packable = size < SLOT;
  for (let j = s; j < e && packable; j++) {
    const t = instant[order[j]!]!;
    packable = t === Infinity || Math.abs(t - dayStart) < WINDOW;
  }
  if (!packable) {
    const compare = (a: number, b: number) => {
      const ta = instant[a]!;
      const tb = instant[b]!;
      return ta !== tb ? (ta < tb ? -1 : 1) : byId(flights)(a, b);
    };
    order.subarray(s, e).sort(compare);
    return;
  }
  const k = keys.subarray(0, size);
  for (let j = 0; j < size; j++) {
    const t = instant[order[s + j]!]!;
    k[j] = (t === Infinity ? UNTIMED : t - dayStart + WINDOW) * SLOT + j;
  }
  k.sort();
  // A scratch copy shared by all days: a slice per day would allocate n entries outside the JS heap.
  const local = scratch.subarray(0, size);
  local.set(order.subarray(s, e));
  // k[j] % SLOT is the j' < size packed into the key above.
  for (let j = 0; j < size; j++) order[s + j] = local[k[j]! % SLOT]!;
  // Equal instants (untimed flights, above all) go in id order.
  let run = 0;
  for (let j = 1; j <= size; j++) {
    if (j < size && Math.floor(k[j]! / SLOT) === Math.floor(k[j - 1]! / SLOT)) continue;
    if (j - run > 1 && !idOrdered(order, s + run, s + j, flights)) {
      order.subarray(s + run, s + j).sort(byId(flights));
    }
    run = j;
  }
}

/**
 * The permutation that puts flights in time order: day, then instant (untimed last), then id, then
 * input position. `day` holds each flight's day number; `instant` each one's {@link instantOf}, when the
 * caller has read it already (the index build reads every flight once).
 */
export function timeOrder(
  flights: readonly Flight[],
  day: Int32Array,
  instant: Float64Array = Float64Array.from(flights, instantOf),
): Uint32Array {
  const n = flights.length;
  const order = new Uint32Array(n);
  const first = day[0];
  if (n === 0 || first === undefined) return order;
  let min = first;
  let max = first;
  // i < n = day.length = flights.length.
  for (let i = 1; i < n; i++) {
    const d = day[i]!;
    if (d < min) min = d;
    else if (d > max) max = d;
  }
  const span = max - min + 1;
  if (!(span <= 4 * n + 4096)) {
    // A sparse spread of dates: a comparison sort is cheaper than a huge count table.
    const tie = byId(flights);
    for (let i = 0; i < n; i++) order[i] = i;
    return order.sort(
      (a, b) =>
        day[a]! - day[b]! || (instant[a] !== instant[b] ? (instant[a]! < instant[b]! ? -1 : 1) : tie(a, b)),
    );
  }
  const start = new Int32Array(span + 1);
  // min ≤ day[i] ≤ max, so day[i] - min < span; start has span + 1 entries, next span.
  for (let i = 0; i < n; i++) start[day[i]! - min + 1]!++;
  for (let k = 1; k <= span; k++) start[k]! += start[k - 1]!;
  const next = start.slice(0, span);
  let largest = 0;
  for (let k = 0; k < span; k++) largest = Math.max(largest, start[k + 1]! - start[k]!);
  for (let i = 0; i < n; i++) order[next[day[i]! - min]!++] = i;
  const keys = new Float64Array(largest);
  const scratch = new Uint32Array(largest);
  for (let k = 0; k < span; k++) {
    const s = start[k]!;
    const e = start[k + 1]!;
    if (e - s > 1) sortDay(order, s, e, (min + k) * MS_PER_DAY, instant, flights, keys, scratch);
  }
  return order;
}

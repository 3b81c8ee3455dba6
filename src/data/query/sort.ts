/**
 * Sorting the flights table. Stable: flights that tie keep their input (index) order. Strings compare
 * with one numeric-aware collator ("4K-AZ9" before "4K-AZ10"); a missing value sorts last in both
 * directions.
 */
import { dayNumber } from '../contract';
import { CONFIDENCES } from '../contract';
import type { Flight, SortKey, SortSpec } from '../contract';
import { instantOf } from './index-order';
import type { FlightIndex } from './flight-index';
import { positionsIn, rankColumn, sortByRanks, sortCollator as collator } from './sort-ranks';

function textOf(flight: Flight, key: Exclude<SortKey, 'date' | 'confidence'>): string | undefined {
  if (key === 'sources') return flight.sources[0]?.publisher;
  return flight[key];
}

/** Strictly before in time order (date, then arrival/departure instant, untimed last, then id). */
function compareTime(a: Flight, b: Flight): number {
  const byDay = dayNumber(a.date) - dayNumber(b.date);
  if (byDay !== 0) return byDay;
  const ta = instantOf(a);
  const tb = instantOf(b);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function byTime(flights: readonly Flight[], desc: boolean): Flight[] {
  let strictlyAscending = true;
  for (let i = 1; i < flights.length && strictlyAscending; i++) {
    strictlyAscending = compareTime(flights[i - 1]!, flights[i]!) < 0; // 1 ≤ i < length
  }
  // Flights straight from the index are already in time order: no sort needed.
  if (strictlyAscending) return desc ? flights.slice().reverse() : flights.slice();
  const sign = desc ? -1 : 1;
  // order holds the positions 0 … length-1, so every flights[…] below is in range.
  const order = flights.map((_, i) => i);
  order.sort((a, b) => sign * compareTime(flights[a]!, flights[b]!) || a - b);
  return order.map((i) => flights[i]!);
}

/**
 * Ranks each flight's value: equal values (for the collator) share a rank; missing = -1.
 * Distinct values are few next to flights, so the collator runs over them only.
 */
function rankByText(flights: readonly Flight[], key: Exclude<SortKey, 'date' | 'confidence'>) {
  const values = flights.map((f) => textOf(f, key));
  const distinct = [...new Set(values)].filter((v): v is string => v !== undefined).sort(collator.compare);
  const rankOf = new Map<string, number>();
  let rank = -1;
  distinct.forEach((value, i) => {
    const previous = distinct[i - 1];
    if (previous === undefined || collator.compare(previous, value) !== 0) rank++;
    rankOf.set(value, rank);
  });
  const ranks = Int32Array.from(values, (v) => (v === undefined ? -1 : (rankOf.get(v) as number)));
  return { ranks, count: rank + 1 };
}

/** Where the flights come from: the index they were filtered out of, and their positions in it if known. */
export interface SortSource {
  index: FlightIndex;
  /** Index position of each flight (ascending), e.g. kept by the view; found by a walk otherwise. */
  positions?: Int32Array;
}

/**
 * The flights sorted by `sort.key` in `sort.dir`, as a new array. `date` is the index's time order
 * (date, arrival or departure instant, id), so date ascending of index-ordered flights is a copy;
 * `confidence` sorts by strength of evidence (confirmed, reported, inferred, synthetic);
 * `sources` by the first source's publisher.
 *
 * With `from`, flights taken from that index in its order are sorted on the index's cached rank
 * column (see sort-ranks.ts); the same order, without the per-flight string work.
 */
export function sortFlights(flights: readonly Flight[], sort: SortSpec, from?: SortSource): Flight[] {
  const desc = sort.dir === 'desc';
  if (sort.key === 'date') return byTime(flights, desc);
  if (from) {
    const positions =
      from.positions?.length === flights.length ? from.positions : positionsIn(from.index, flights);
    if (positions) return sortByRanks(flights, positions, rankColumn(from.index, sort.key), desc);
  }
  const { ranks, count } =
    sort.key === 'confidence'
      ? {
          ranks: Int32Array.from(flights, (f) => CONFIDENCES.indexOf(f.confidence)),
          count: CONFIDENCES.length,
        }
      : rankByText(flights, sort.key);
  // Stable counting sort on the rank; bucket `count` holds the missing values, last either way.
  const bucketOf = (r: number) => (r < 0 ? count : desc ? count - 1 - r : r);
  const next = new Int32Array(count + 2);
  // i < ranks.length = flights.length; a bucket is in 0 … count, next has count + 2 entries.
  for (let i = 0; i < ranks.length; i++) next[bucketOf(ranks[i]!) + 1]!++;
  for (let b = 1; b < next.length; b++) next[b]! += next[b - 1]!;
  const out = new Array<Flight>(flights.length);
  for (let i = 0; i < ranks.length; i++) out[next[bucketOf(ranks[i]!)]!++] = flights[i]!;
  return out;
}

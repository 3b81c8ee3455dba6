/**
 * The values each filter can take (operators, aircraft types, airports), from the whole dataset, kept
 * up to date edit by edit: each value carries how many flights have it, so an edit that changes a few
 * flights adjusts a few counts instead of reading 100,000 flights again, and an edit that adds or
 * removes no value keeps the very same options object (the filter pane does not re-render).
 */
import type { Flight } from '../contract';

export interface FilterOptions {
  operators: string[];
  aircraftTypes: string[];
  airports: string[];
  origins: string[];
  destinations: string[];
}

type Field = 'operators' | 'aircraftTypes' | 'origins' | 'destinations';
const FIELDS: readonly Field[] = ['operators', 'aircraftTypes', 'origins', 'destinations'];
const valueOf = (f: Flight, field: Field): string | undefined =>
  field === 'operators'
    ? f.operator
    : field === 'aircraftTypes'
      ? f.aircraftType
      : field === 'origins'
        ? f.origin
        : f.destination;

export interface FilterOptionsState {
  flights: readonly Flight[];
  counts: Record<Field, Map<string, number>>;
  options: FilterOptions;
}

const sorted = (values: Iterable<string>) => [...values].sort((a, b) => a.localeCompare(b));

function optionsOf(counts: Counts): FilterOptions {
  return {
    operators: sorted(counts.operators.keys()),
    aircraftTypes: sorted(counts.aircraftTypes.keys()),
    airports: sorted(new Set([...counts.origins.keys(), ...counts.destinations.keys()])),
    origins: sorted(counts.origins.keys()),
    destinations: sorted(counts.destinations.keys()),
  };
}

type Counts = FilterOptionsState['counts'];

const noCounts = (): Counts => ({
  operators: new Map<string, number>(),
  aircraftTypes: new Map<string, number>(),
  origins: new Map<string, number>(),
  destinations: new Map<string, number>(),
});

function countInto(counts: Counts, flights: readonly Flight[]): void {
  for (const f of flights)
    for (const field of FIELDS) {
      const v = valueOf(f, field);
      if (v) counts[field].set(v, (counts[field].get(v) ?? 0) + 1);
    }
}

/**
 * The counts of flights given batch by batch: a streamed import counts each batch as it arrives, while
 * the worker reads on, and remembers them for the dataset's flights (rememberFilterCounts).
 */
export class FilterCounts {
  readonly counts = noCounts();
  /** Flights counted. */
  length = 0;
  add(flights: readonly Flight[]): void {
    countInto(this.counts, flights);
    this.length += flights.length;
  }
}

const countedOf = new WeakMap<readonly Flight[], FilterCounts>();

/** Remembers that `counted` counted exactly `flights` (ignored unless it counted as many). */
export function rememberFilterCounts(flights: readonly Flight[], counted: FilterCounts): void {
  if (counted.length === flights.length) countedOf.set(flights, counted);
}

function full(flights: readonly Flight[]): FilterOptionsState {
  const counted = countedOf.get(flights);
  countedOf.delete(flights); // taken once: the state's Maps are its own from here on
  let counts: Counts;
  if (counted !== undefined && counted.length === flights.length) counts = counted.counts;
  else countInto((counts = noCounts()), flights);
  return { flights, counts, options: optionsOf(counts) };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/** Counted afresh, keeping the previous options object when the values are the same. */
function recounted(flights: readonly Flight[], previous: FilterOptionsState): FilterOptionsState {
  const state = full(flights);
  const a = state.options;
  const b = previous.options;
  const same = (Object.keys(a) as (keyof FilterOptions)[]).every((k) => sameList(a[k], b[k]));
  return same ? { ...state, options: b } : state;
}

/** Beyond this share of changed positions a full count is as quick as the adjustments. */
const INCREMENTAL_SHARE = 1 / 8;

/**
 * The options of `flights`. With `previous` (the state for an earlier version of the same flight list,
 * changed in place: same length, most positions the same object), only the changed positions are
 * counted again. `previous` is not modified.
 */
export function filterOptions(flights: readonly Flight[], previous?: FilterOptionsState): FilterOptionsState {
  if (!previous) return full(flights);
  if (previous.flights === flights) return previous;
  if (previous.flights.length !== flights.length) return recounted(flights, previous);
  const changed: number[] = [];
  const limit = flights.length * INCREMENTAL_SHARE;
  for (let i = 0; i < flights.length; i++)
    if (flights[i] !== previous.flights[i]) {
      changed.push(i);
      if (changed.length > limit) return recounted(flights, previous);
    }
  const counts = {
    operators: new Map(previous.counts.operators),
    aircraftTypes: new Map(previous.counts.aircraftTypes),
    origins: new Map(previous.counts.origins),
    destinations: new Map(previous.counts.destinations),
  };
  let keysChanged = false;
  for (const i of changed)
    for (const field of FIELDS) {
      const before = valueOf(previous.flights[i]!, field);
      const after = valueOf(flights[i]!, field);
      if (before === after) continue;
      const map = counts[field];
      if (before) {
        const n = (map.get(before) ?? 0) - 1;
        if (n > 0) map.set(before, n);
        else {
          map.delete(before);
          keysChanged = true;
        }
      }
      if (after) {
        const n = map.get(after) ?? 0;
        if (n === 0) keysChanged = true;
        map.set(after, n + 1);
      }
    }
  return { flights, counts, options: keysChanged ? optionsOf(counts) : previous.options };
}

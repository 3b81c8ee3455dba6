/**
 * The identity filters (issue 14): "Filter to this aircraft" (`aircraft`: airframe keys) and "identity
 * conflicts only" (`identityConflict`). The airframe of a flight is its own icao24, else its own
 * registration (`airframeKey`), so the filter never depends on an imported database. Conflicts do: they
 * come from the resolver, handed in as a column aligned with the index's flights.
 */
import type { Filters } from '../contract';
import { airframeKey } from '../patterns/compare';
import type { FlightIndex } from './flight-index';

/** What filtering needs beyond the index: columns other parts of the app compute, aligned with `index.flights`. */
export interface FilterContext {
  /** Non-zero for a flight with at least one identity conflict. */
  readonly conflicts?: Uint8Array;
}

interface AirframeColumn {
  ids: Int32Array;
  idOf: ReadonlyMap<string, number>;
}
const airframeColumns = new WeakMap<FlightIndex, AirframeColumn>();

/** Airframe id per flight (-1 when it has neither icao24 nor registration), built on first use per index. */
export function airframeColumn(index: FlightIndex): AirframeColumn {
  let column = airframeColumns.get(index);
  if (!column) {
    const idOf = new Map<string, number>();
    const ids = new Int32Array(index.flights.length);
    index.flights.forEach((f, i) => {
      const key = airframeKey(f);
      if (key === undefined) return void (ids[i] = -1);
      let id = idOf.get(key);
      if (id === undefined) idOf.set(key, (id = idOf.size));
      ids[i] = id;
    });
    column = { ids, idOf };
    airframeColumns.set(index, column);
  }
  return column;
}

/**
 * The per-flight tests for `aircraft` and `identityConflict`. Without a conflict column (the bundled
 * tables not loaded yet) the conflict filter matches nothing rather than everything: it never shows a
 * flight as conflicting that was not checked.
 */
export function identityFilterTests(
  index: FlightIndex,
  filters: Filters,
  context: FilterContext | undefined,
): ((i: number) => boolean)[] {
  const tests: ((i: number) => boolean)[] = [];
  if (filters.aircraft && filters.aircraft.length > 0) {
    const { ids, idOf } = airframeColumn(index);
    const wanted = new Uint8Array(idOf.size);
    for (const key of filters.aircraft) {
      const id = idOf.get(key);
      if (id !== undefined) wanted[id] = 1;
    }
    tests.push((i) => wanted[ids[i] ?? -1] === 1);
  }
  if (filters.identityConflict === true) {
    const col = context?.conflicts;
    tests.push(col ? (i) => (col[i] ?? 0) !== 0 : () => false);
  }
  return tests;
}

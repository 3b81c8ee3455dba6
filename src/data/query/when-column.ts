/**
 * The "when" filter over the index: each flight's weekday × hour cell for one end and clock, computed
 * once per index (and, in local time, once the airports' zones are here: a column made before has no
 * local cells and is not kept).
 */
import type { Filters } from '../contract';
import { airportZonesLoaded, whenCell, whenCells } from '../patterns';
import type { FlightIndex } from './flight-index';

const columns = new WeakMap<FlightIndex, Map<string, Int16Array>>();

function column(index: FlightIndex, end: 'departure' | 'arrival', clock: 'utc' | 'local'): Int16Array {
  let byKey = columns.get(index);
  if (!byKey) columns.set(index, (byKey = new Map()));
  const key = `${end}:${clock}`;
  let col = byKey.get(key);
  if (!col) {
    col = whenCells(index.flights, end, clock);
    if (clock === 'utc' || airportZonesLoaded()) byKey.set(key, col);
  }
  return col;
}

/** The per-flight test of `filters.when`, if set. */
export function whenTest(index: FlightIndex, filters: Filters): ((i: number) => boolean) | undefined {
  const when = filters.when;
  if (!when) return undefined;
  const col = column(index, when.end, when.clock);
  const cell = whenCell(when);
  return (i) => col[i] === cell;
}

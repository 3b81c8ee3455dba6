import type { SortKey, SortSpec } from '../data/contract';

export interface Column {
  key: SortKey;
  label: string;
}

/** The table's columns in display order; every one sorts by its own key. */
export const COLUMNS: readonly Column[] = [
  { key: 'date', label: 'Date' },
  { key: 'origin', label: 'From' },
  { key: 'destination', label: 'To' },
  { key: 'operator', label: 'Operator' },
  { key: 'callsign', label: 'Callsign' },
  { key: 'aircraftType', label: 'Aircraft' },
  { key: 'registration', label: 'Registration' },
  { key: 'confidence', label: 'Confidence' },
  { key: 'sources', label: 'Sources' },
];

/** Fixed row height in px: the virtualizer and table.css agree on it. */
export const ROW_HEIGHT = 28;
/** Fixed header row height in px (table.css `--ft-header-height`). */
export const HEADER_HEIGHT = 32;

/** The sort after clicking a header: the same key flips direction, a new key starts ascending. */
export function nextSort(current: SortSpec, key: SortKey): SortSpec {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: 'asc' };
}

export function ariaSort(current: SortSpec, key: SortKey): 'ascending' | 'descending' | 'none' {
  if (current.key !== key) return 'none';
  return current.dir === 'asc' ? 'ascending' : 'descending';
}

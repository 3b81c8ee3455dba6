import type { SortKey, SortSpec } from '../data/contract';

/**
 * How a cell is edited in place: typed text, a date (imprecise dates too), or a choice. (The review
 * status shows in the Confidence cell; it is edited in the flight's form and by the bulk review.)
 */
export type EditKind = 'text' | 'date' | 'airport' | 'confidence';

export interface Column {
  key: SortKey;
  label: string;
  /** The flight field a cell edits, and how; absent for a column edited only in the form. */
  edit?: EditKind;
}

/** The table's columns in display order; every one sorts by its own key. */
export const COLUMNS: readonly Column[] = [
  { key: 'date', label: 'Date', edit: 'date' },
  { key: 'origin', label: 'From', edit: 'airport' },
  { key: 'destination', label: 'To', edit: 'airport' },
  { key: 'operator', label: 'Operator', edit: 'text' },
  { key: 'callsign', label: 'Callsign', edit: 'text' },
  { key: 'aircraftType', label: 'Aircraft', edit: 'text' },
  { key: 'registration', label: 'Registration', edit: 'text' },
  { key: 'confidence', label: 'Confidence', edit: 'confidence' },
  { key: 'sources', label: 'Sources' },
];

/** The columns a cell can be edited in, in order (Left and Right move between them). */
export const EDITABLE_COLUMNS: readonly Column[] = COLUMNS.filter((c) => c.edit !== undefined);

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

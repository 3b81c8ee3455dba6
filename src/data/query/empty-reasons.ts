/**
 * Why the filters leave no flight: each filter that, removed on its own, brings flights back. The
 * empty state names them with a one-click way out; when none does (two or more must go), it offers to
 * clear them all.
 */
import { CONFIDENCES } from '../contract';
import type { Filters } from '../contract';
import { airframeLabel, describeWhen } from '../patterns';
import { compileFilters } from './compile-filters';
import type { FlightIndex } from './flight-index';
import type { FilterContext } from './identity-filters';

/** One filter as the analyst sees it: the date range is one filter of two keys. */
export interface FilterGroup {
  id: string;
  keys: readonly (keyof Filters)[];
}

/** Every filter, in the order the filter pane shows them. */
export const FILTER_GROUPS: readonly FilterGroup[] = [
  { id: 'dates', keys: ['from', 'to'] },
  { id: 'text', keys: ['text'] },
  { id: 'operators', keys: ['operators'] },
  { id: 'aircraftTypes', keys: ['aircraftTypes'] },
  { id: 'airport', keys: ['airport'] },
  { id: 'origin', keys: ['origin'] },
  { id: 'destination', keys: ['destination'] },
  { id: 'registration', keys: ['registration'] },
  { id: 'confidences', keys: ['confidences'] },
  { id: 'publishers', keys: ['publishers'] },
  { id: 'minPublishers', keys: ['minPublishers'] },
  { id: 'bothEndsObserved', keys: ['bothEndsObserved'] },
  { id: 'review', keys: ['review'] },
  { id: 'when', keys: ['when'] },
  { id: 'area', keys: ['area'] },
  { id: 'aircraft', keys: ['aircraft'] },
  { id: 'identityConflict', keys: ['identityConflict'] },
];

/** A filter that alone empties the view. */
export interface EmptyCause {
  group: string;
  /** "airport LTFM", "the date range 2022-01-01 – 2022-12-31". */
  label: string;
  /** How many flights pass once it is removed. */
  flights: number;
  /** The change that removes it (for `setFilters`). */
  clear: Partial<Filters>;
}

/** How many flights of the index pass the filters (no aggregates: a count only). */
export function countMatching(index: FlightIndex, filters: Filters, context?: FilterContext): number {
  const { lo, hi, confidenceMask, test } = compileFilters(index, filters, context);
  let n = 0;
  for (let i = lo; i < hi; i++) {
    if (((confidenceMask >> (index.confidence[i] ?? 0)) & 1) === 1 && (test === undefined || test(i))) n++;
  }
  return n;
}

/** A value from the data, shortened for a sentence. */
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
const list = (values: readonly string[]) => values.map(short).join(', ');

function label(group: FilterGroup, f: Filters): string {
  switch (group.id) {
    case 'dates':
      return `the date range ${f.from ?? 'start'} – ${f.to ?? 'end'}`;
    case 'text':
      return `the search "${short(f.text ?? '')}"`;
    case 'operators':
      return `${f.operators!.length === 1 ? 'operator' : 'operators'} ${list(f.operators!)}`;
    case 'aircraftTypes':
      return `aircraft ${list(f.aircraftTypes!)}`;
    case 'registration':
      return `registration "${short(f.registration ?? '')}"`;
    case 'confidences':
      return `confidence ${CONFIDENCES.filter((c) => f.confidences!.includes(c)).join(', ')}`;
    case 'publishers':
      return `${f.publishers!.length === 1 ? 'publisher' : 'publishers'} ${list(f.publishers!)}`;
    case 'minPublishers':
      return `at least ${f.minPublishers} independent sources`;
    case 'bothEndsObserved':
      return 'both ends observed';
    case 'review':
      return `review ${f.review!.join(', ')}`;
    case 'when':
      return describeWhen(f.when!);
    case 'area':
      return 'the map area';
    case 'aircraft':
      return `airframe ${list(f.aircraft!.map(airframeLabel))}`;
    case 'identityConflict':
      return 'identity conflicts only';
    default:
      // airport, origin, destination: a code.
      return `${group.id} ${short(String(f[group.keys[0]!] ?? ''))}`;
  }
}

/** Whether a filter group is in force (filters as the store keeps them: normalised, no empty values). */
const isSet = (group: FilterGroup, f: Filters) => group.keys.some((k) => f[k] !== undefined);

/** The filters in force, in plain words and in the filter pane's order ("airport LLOV", …). */
export function describeFilters(filters: Filters): string[] {
  return FILTER_GROUPS.filter((g) => isSet(g, filters)).map((g) => label(g, filters));
}

/**
 * The filters that, each removed alone, bring flights back when `filters` leave none, most flights
 * back first; empty when flights pass, or when no single filter explains it.
 */
export function explainEmpty(index: FlightIndex, filters: Filters, context?: FilterContext): EmptyCause[] {
  if (countMatching(index, filters, context) > 0) return [];
  const causes: EmptyCause[] = [];
  for (const group of FILTER_GROUPS) {
    if (!isSet(group, filters)) continue;
    const without: Filters = { ...filters };
    const clear: Partial<Filters> = {};
    for (const key of group.keys) {
      delete without[key];
      clear[key] = undefined;
    }
    const flights = countMatching(index, without, context);
    if (flights > 0) causes.push({ group: group.id, label: label(group, filters), flights, clear });
  }
  // Stable: equal counts keep the pane's order.
  return causes.sort((a, b) => b.flights - a.flights);
}

/**
 * The Aircraft list: every airframe among some flights (its icao24, else its registration: the
 * `airframeKey` of Patterns), with what it was called, what type it was, who flew it, when and where.
 * Values the flights carry and values a source derived are counted apart, so a view can mark the
 * derived ones. Dates are each flight's `date` (for an imprecise date, its first possible day).
 */
import type { Flight } from '../contract';
import { airframeKey, airframeLabel } from '../patterns';
import { present, registrationKey } from './normalize';
import type { FlightIdentity } from './types';
import { compareFlightTime } from './history';

/** One value of a field across an airframe's flights. */
export interface AirframeValue {
  value: string;
  /** Flights that carry it as their own value. */
  own: number;
  /** Flights that lack the field and were given it by a source. */
  derived: number;
  /** The sources of the derived ones, each once, in the order met. */
  sources: string[];
}

export interface AircraftRoute {
  /** `ORIG>DEST`, the app's route key. */
  key: string;
  origin: string;
  destination: string;
  count: number;
}

export interface AircraftSummary {
  /** The airframe key: its icao24, else `reg:` + the registration upper-cased. */
  key: string;
  /** The registration of its latest flight that has one (own or derived), else the key as shown. */
  label: string;
  icao24?: string;
  /** The registration of its latest flight that has one, own or derived (what `label` shows). */
  registration?: string;
  /** Own values first (most flights first), then derived-only ones; exact spellings kept apart. */
  registrations: AirframeValue[];
  aircraftTypes: AirframeValue[];
  operators: AirframeValue[];
  count: number;
  /** YYYY-MM-DD: the earliest and latest `date` of its flights. */
  first: string;
  last: string;
  /** Busiest first, ties by key. */
  routes: AircraftRoute[];
  /** Flights with at least one identity conflict. */
  conflicts: number;
}

export interface AircraftList {
  /** Most flights first, ties by key. */
  aircraft: AircraftSummary[];
  /** Flights with neither icao24 nor registration: no airframe to put them under. */
  unidentified: number;
}

const collator = new Intl.Collator('en', { numeric: true });

/** Own values first, more flights first; then derived-only ones, more first; ties by value. */
export function compareValues(a: AirframeValue, b: AirframeValue): number {
  if (a.own > 0 !== b.own > 0) return a.own > 0 ? -1 : 1;
  return (
    b.own - a.own ||
    b.derived - a.derived ||
    collator.compare(a.value, b.value) ||
    (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)
  );
}

// Plain arrays scanned in full: an airframe has one to a few values of each field, and 20,000
// airframes × 4 Maps cost more than the scans (measured in the bench's aircraft-list figure).
function addValue(list: AirframeValue[], value: string, source: string | undefined): void {
  let entry: AirframeValue | undefined;
  for (const e of list) if (e.value === value) entry = e;
  if (!entry) list.push((entry = { value, own: 0, derived: 0, sources: [] }));
  if (source === undefined) entry.own++;
  else {
    entry.derived++;
    if (!entry.sources.includes(source)) entry.sources.push(source);
  }
}

type RouteKeys = (origin: string, destination: string) => string;

/** One `ORIG>DEST` string per route for the whole list, not one per airframe that flew it. */
function routeKeys(): RouteKeys {
  const byOrigin = new Map<string, Map<string, string>>();
  return (origin, destination) => {
    let keys = byOrigin.get(origin);
    if (!keys) byOrigin.set(origin, (keys = new Map()));
    let key = keys.get(destination);
    if (key === undefined) keys.set(destination, (key = `${origin}>${destination}`));
    return key;
  };
}

class Group {
  count = 0;
  last: string;
  latestWithReg: Flight | undefined = undefined;
  latestReg: string | undefined = undefined;
  registrations: AirframeValue[] = [];
  aircraftTypes: AirframeValue[] = [];
  operators: AirframeValue[] = [];
  routes: AircraftRoute[] = [];
  conflicts = 0;
  constructor(
    readonly key: string,
    public first: string,
  ) {
    this.last = first;
  }

  add(f: Flight, identity: FlightIdentity | undefined, routeKey: RouteKeys): void {
    this.count++;
    if (f.date < this.first) this.first = f.date;
    if (f.date > this.last) this.last = f.date;
    let reg = present(f.registration) ? f.registration : undefined;
    let regSource: string | undefined;
    let type = present(f.aircraftType) ? f.aircraftType : undefined;
    let typeSource: string | undefined;
    let operator = present(f.operator) ? f.operator : undefined;
    let operatorSource: string | undefined;
    if (identity) {
      for (const d of identity.derived) {
        // A derived value exists only for a field the flight lacks (the resolver's rule).
        if (d.field === 'registration' && reg === undefined) {
          reg = d.value;
          regSource = d.source;
        } else if (d.field === 'aircraftType' && type === undefined) {
          type = d.value;
          typeSource = d.source;
        } else if (d.field === 'operator' && operator === undefined) {
          operator = d.value;
          operatorSource = d.source;
        }
      }
      if (identity.conflicts.length > 0) this.conflicts++;
    }
    if (reg !== undefined) {
      addValue(this.registrations, reg, regSource);
      if (!this.latestWithReg || compareFlightTime(f, this.latestWithReg) > 0) {
        this.latestWithReg = f;
        this.latestReg = reg;
      }
    }
    if (type !== undefined) addValue(this.aircraftTypes, type, typeSource);
    if (operator !== undefined) addValue(this.operators, operator, operatorSource);
    let route: AircraftRoute | undefined;
    for (const r of this.routes) if (r.origin === f.origin && r.destination === f.destination) route = r;
    if (route) route.count++;
    else
      this.routes.push({
        key: routeKey(f.origin, f.destination),
        origin: f.origin,
        destination: f.destination,
        count: 1,
      });
  }

  summary(): AircraftSummary {
    const out: AircraftSummary = {
      key: this.key,
      label: this.latestReg ?? airframeLabel(this.key),
      registrations: sortValues(this.registrations),
      aircraftTypes: sortValues(this.aircraftTypes),
      operators: sortValues(this.operators),
      count: this.count,
      first: this.first,
      last: this.last,
      routes: this.routes.length > 1 ? this.routes.sort(compareRoutes) : this.routes,
      conflicts: this.conflicts,
    };
    if (!this.key.startsWith('reg:')) out.icao24 = this.key;
    if (this.latestReg !== undefined) out.registration = this.latestReg;
    return out;
  }
}

const sortValues = (list: AirframeValue[]) => (list.length > 1 ? list.sort(compareValues) : list);
const compareRoutes = (a: AircraftRoute, b: AircraftRoute) =>
  b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Groups flights by airframe. `identityOf` (the resolver's, when the tables are loaded) adds derived
 * values and conflict counts; without it only the flights' own values are listed.
 */
export function listAircraft(
  flights: readonly Flight[],
  identityOf?: (f: Flight) => FlightIdentity | undefined,
): AircraftList {
  const groups = new Map<string, Group>();
  let unidentified = 0;
  const routeKey = routeKeys();
  for (const f of flights) {
    const key = airframeKey(f);
    if (key === undefined) {
      unidentified++;
      continue;
    }
    let g = groups.get(key);
    if (!g) groups.set(key, (g = new Group(key, f.date)));
    g.add(f, identityOf?.(f), routeKey);
  }
  const aircraft = [...groups.values()].map((g) => g.summary());
  return { aircraft: sortAircraft(aircraft, 'count'), unidentified };
}

export const AIRCRAFT_SORT_KEYS = ['count', 'last', 'registration', 'aircraftType', 'operator'] as const;
export type AircraftSortKey = (typeof AIRCRAFT_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** Counts and dates read best newest / busiest first; names A to Z. */
export const defaultDirection = (key: AircraftSortKey): SortDirection =>
  key === 'count' || key === 'last' ? 'desc' : 'asc';

function sortText(a: AircraftSummary, key: 'registration' | 'aircraftType' | 'operator'): string | undefined {
  if (key === 'registration') return a.registration;
  return (key === 'aircraftType' ? a.aircraftTypes : a.operators)[0]?.value;
}

/**
 * The list in a new order (the input is not changed). Stable: ties keep their input order; an
 * airframe without the value (no registration, type or operator) sorts last in both directions.
 * By registration: the one `label` shows; by type or operator: its first (most flown, own) value.
 */
export function sortAircraft(
  list: readonly AircraftSummary[],
  key: AircraftSortKey,
  direction: SortDirection = defaultDirection(key),
): AircraftSummary[] {
  const sign = direction === 'asc' ? 1 : -1;
  const order = list.map((_, i) => i);
  const compare = (a: AircraftSummary, b: AircraftSummary): number => {
    if (key === 'count') return sign * (a.count - b.count);
    if (key === 'last') return sign * (a.last < b.last ? -1 : a.last > b.last ? 1 : 0);
    const x = sortText(a, key);
    const y = sortText(b, key);
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    return sign * collator.compare(x, y);
  };
  order.sort((i, j) => compare(list[i]!, list[j]!) || i - j);
  return order.map((i) => list[i]!);
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/**
 * A search over the list: every word of the query must occur (case-insensitive) in the airframe's key,
 * label, or one of its registrations, types or operators; a registration also matches without its
 * hyphen (`4kaz1` finds `4K-AZ1`). An empty query matches every airframe.
 */
export function aircraftMatcher(query: string): (a: AircraftSummary) => boolean {
  const terms = fold(query)
    .split(/\s+/)
    .filter((t) => t !== '');
  if (terms.length === 0) return () => true;
  // Each word also without its dashes, against registrations written without them.
  const termKeys = terms.map((t) => registrationKey(t).toLowerCase() || t);
  return (a) => {
    const texts = [
      a.key,
      a.label,
      ...a.registrations.map((v) => v.value),
      ...a.registrations.map((v) => registrationKey(v.value)),
      ...a.aircraftTypes.map((v) => v.value),
      ...a.operators.map((v) => v.value),
    ].map(fold);
    return terms.every((t, i) => texts.some((text) => text.includes(t) || text.includes(termKeys[i]!)));
  };
}

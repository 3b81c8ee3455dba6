import { isIsoDate } from '../data/contract';
import { WEEKDAYS, type Period } from '../data/patterns';
import type { WhenFilter } from '../data/contract';
import {
  CONFIDENCES,
  REVIEW_STATUSES,
  type BinUnit,
  type Confidence,
  type Filters,
  type ReviewStatus,
  type SortKey,
  type SortSpec,
} from '../data/contract';

/** What is selected: a flight, a directed route (`UBBB>LLOV`), an airport or an airframe (`airframeKey`). */
export type Selection =
  | { kind: 'flight'; id: string }
  | { kind: 'route'; key: string }
  | { kind: 'airport'; icao: string }
  | { kind: 'aircraft'; key: string };

/** The event whose window a link selects, and the window's half-width in days (absent: the default). */
export interface EventWindow {
  date: string;
  days?: number;
}

export interface ViewState {
  filters: Filters;
  selection: Selection | null;
  /** The table's sort; absent or date ascending is the default and is not written. */
  sort?: SortSpec;
  /** The bin unit chosen; absent or 'auto' is the default and is not written. */
  unit?: BinUnit | 'auto';
  event?: EventWindow;
  /** The identity of the dataset the link was made on (see datasetIdentity). */
  dataset?: string;
  /** Two periods compared (Patterns): `compare=A-from..A-to,B-from..B-to`. */
  comparison?: Comparison;
}

/** Period A and period B, inclusive UTC days. */
export interface Comparison {
  a: Period;
  b: Period;
}

const PERIOD = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

/** `2022-08-04..2022-10-02,2022-10-03..2022-12-01` → the two periods, or undefined when malformed. */
export function parseComparison(text: string): Comparison | undefined {
  const parts = text.split(',');
  if (parts.length !== 2) return undefined;
  const periods = parts.map((p) => {
    const m = PERIOD.exec(p);
    return m && isIsoDate(m[1]!) && isIsoDate(m[2]!) && m[1]! <= m[2]!
      ? { from: m[1]!, to: m[2]! }
      : undefined;
  });
  const [a, b] = periods;
  return a && b ? { a, b } : undefined;
}

/** `departure,utc,Wed,10`: one cell of the hour × weekday grid. */
export const whenText = (w: WhenFilter) => `${w.end},${w.clock},${WEEKDAYS[w.weekday]},${w.hour}`;

export function parseWhen(text: string): WhenFilter | undefined {
  const [end, clock, day, hourText, ...rest] = text.split(',');
  const weekday = WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number]);
  const hour = Number(hourText);
  if (rest.length > 0 || (end !== 'departure' && end !== 'arrival') || (clock !== 'utc' && clock !== 'local'))
    return undefined;
  if (weekday < 0 || !/^\d{1,2}$/.test(hourText ?? '') || hour > 23) return undefined;
  return { end, clock, weekday, hour };
}

export const comparisonText = (c: Comparison) => `${c.a.from}..${c.a.to},${c.b.from}..${c.b.to}`;

/** Every sort key (a Record, so that a key added to SortKey must be added here too). */
const SORT_KEYS: Record<SortKey, true> = {
  date: true,
  origin: true,
  destination: true,
  operator: true,
  callsign: true,
  aircraftType: true,
  registration: true,
  confidence: true,
  sources: true,
};
/** The units an analyst can choose ('year' is only ever a fallback of the bin cap). */
const URL_UNITS: readonly string[] = ['day', 'week', 'month'];
const DATASET_ID = /^[A-Za-z0-9._-]{1,80}$/;

const ICAO = /^[A-Z0-9]{4}$/;
const ROUTE = /^[A-Z0-9]{4}>[A-Z0-9]{4}$/;

/**
 * Serialises filters, selection, sort, bin unit, event window and dataset into a query string
 * (`from=…&to=…&operator=…&sort=-origin&bins=week&event=…&days=7&dataset=…`), stable key order.
 */
export function viewToQuery({
  filters,
  selection,
  sort,
  unit,
  event,
  dataset,
  comparison,
}: ViewState): string {
  const params = new URLSearchParams();
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  for (const op of filters.operators ?? []) params.append('operator', op);
  for (const t of filters.aircraftTypes ?? []) params.append('aircraft', t);
  if (filters.airport) params.set('airport', filters.airport);
  if (filters.origin) params.set('origin', filters.origin);
  if (filters.destination) params.set('destination', filters.destination);
  for (const c of filters.confidences ?? []) params.append('confidence', c);
  if (filters.registration) params.set('registration', filters.registration);
  if (filters.text) params.set('q', filters.text);
  for (const p of filters.publishers ?? []) params.append('publisher', p);
  if (filters.minPublishers) params.set('minPublishers', String(filters.minPublishers));
  if (filters.bothEndsObserved) params.set('bothEnds', '1');
  if (filters.review?.length) params.set('review', filters.review.join(','));
  if (filters.when) params.set('when', whenText(filters.when));
  for (const a of filters.aircraft ?? []) params.append('airframe', a);
  if (filters.identityConflict) params.set('conflicts', '1');
  if (filters.area) {
    const { south, west, north, east } = filters.area;
    params.set('area', [south, west, north, east].map((x) => Math.round(x * 1e4) / 1e4).join(','));
  }
  if (selection) {
    const [name, value] =
      selection.kind === 'flight'
        ? ['flight', selection.id]
        : selection.kind === 'route'
          ? ['route', selection.key]
          : selection.kind === 'airport'
            ? ['selectedAirport', selection.icao]
            : ['selectedAircraft', selection.key];
    params.set(name, value);
  }
  if (sort && !(sort.key === 'date' && sort.dir === 'asc'))
    params.set('sort', `${sort.dir === 'desc' ? '-' : ''}${sort.key}`);
  if (unit && unit !== 'auto') params.set('bins', unit);
  if (comparison) params.set('compare', comparisonText(comparison));
  if (event) {
    params.set('event', event.date);
    if (event.days !== undefined) params.set('days', String(event.days));
  }
  if (dataset) params.set('dataset', dataset);
  return params.toString();
}

/**
 * Reads filters and selection from a query string. A malformed parameter is dropped and named in
 * `notices` (the app shows them); it never throws.
 */
export function queryToView(query: string): ViewState & { notices: string[] } {
  const params = new URLSearchParams(query);
  const filters: Filters = {};
  const notices: string[] = [];
  const bad = (name: string, value: string, why: string) =>
    notices.push(`Ignored URL parameter ${name}=${JSON.stringify(value)}: ${why}.`);

  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (isIsoDate(value)) filters[key] = value;
    else bad(key, value, 'expected a date as YYYY-MM-DD');
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    bad('to', filters.to, `it is before from=${filters.from}`);
    delete filters.to;
  }
  const operators = params.getAll('operator').filter(Boolean);
  if (operators.length) filters.operators = operators;
  const aircraft = params.getAll('aircraft').filter(Boolean);
  if (aircraft.length) filters.aircraftTypes = aircraft;
  for (const key of ['airport', 'origin', 'destination'] as const) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (ICAO.test(value.toUpperCase())) filters[key] = value.toUpperCase();
    else bad(key, value, 'expected a 4-character ICAO airport code');
  }
  const confidences: Confidence[] = [];
  for (const value of params.getAll('confidence')) {
    if ((CONFIDENCES as readonly string[]).includes(value)) confidences.push(value as Confidence);
    else bad('confidence', value, `expected one of ${CONFIDENCES.join(', ')}`);
  }
  if (confidences.length) filters.confidences = confidences;
  const registration = params.get('registration');
  if (registration) filters.registration = registration;
  const text = params.get('q');
  if (text) filters.text = text;
  const publishers = params.getAll('publisher').filter(Boolean);
  if (publishers.length) filters.publishers = publishers;
  const minPublishers = params.get('minPublishers');
  if (minPublishers) {
    const n = Number(minPublishers);
    if (Number.isInteger(n) && n >= 1 && n <= 20) filters.minPublishers = n;
    else bad('minPublishers', minPublishers, 'expected a whole number from 1 to 20');
  }
  const bothEnds = params.get('bothEnds');
  if (bothEnds) {
    if (bothEnds === '1') filters.bothEndsObserved = true;
    else bad('bothEnds', bothEnds, 'expected 1');
  }
  const when = params.get('when');
  if (when) {
    const parsed = parseWhen(when);
    if (parsed) filters.when = parsed;
    else bad('when', when, 'expected departure|arrival,utc|local,Mon…Sun,0–23 (e.g. departure,utc,Wed,10)');
  }
  const review = params.get('review');
  if (review) {
    // One parameter, comma-separated (review=disputed,verified); each bad value is named alone.
    const statuses = new Set<ReviewStatus>();
    for (const value of review.split(',')) {
      if (value === '') continue;
      if ((REVIEW_STATUSES as readonly string[]).includes(value)) statuses.add(value as ReviewStatus);
      else bad('review', value, `expected one of ${REVIEW_STATUSES.join(', ')}, separated by commas`);
    }
    if (statuses.size) filters.review = REVIEW_STATUSES.filter((s) => statuses.has(s));
  }
  const airframes = params.getAll('airframe').filter(Boolean);
  if (airframes.length) filters.aircraft = airframes;
  const conflicts = params.get('conflicts');
  if (conflicts) {
    if (conflicts === '1') filters.identityConflict = true;
    else bad('conflicts', conflicts, 'expected 1');
  }
  const area = params.get('area');
  if (area) {
    const parts = area.split(',').map(Number);
    // NaN where a part is missing: the finiteness test below refuses it.
    const [south = NaN, west = NaN, north = NaN, east = NaN] = parts;
    if (parts.length === 4 && parts.every(Number.isFinite) && south <= north && south >= -90 && north <= 90) {
      filters.area = { south, west, north, east };
    } else bad('area', area, 'expected south,west,north,east in degrees');
  }

  let selection: Selection | null = null;
  const flight = params.get('flight');
  const route = params.get('route');
  const airport = params.get('selectedAirport');
  const aircraftKey = params.get('selectedAircraft');
  if (flight) selection = { kind: 'flight', id: flight };
  else if (route) {
    if (ROUTE.test(route.toUpperCase())) selection = { kind: 'route', key: route.toUpperCase() };
    else bad('route', route, 'expected ORIGIN>DESTINATION ICAO codes');
  } else if (airport) {
    if (ICAO.test(airport.toUpperCase())) selection = { kind: 'airport', icao: airport.toUpperCase() };
    else bad('selectedAirport', airport, 'expected a 4-character ICAO airport code');
  } else if (aircraftKey) selection = { kind: 'aircraft', key: aircraftKey };
  const out: ViewState & { notices: string[] } = { filters, selection, notices };
  const sort = params.get('sort');
  if (sort) {
    const key = sort.replace(/^-/, '');
    if (Object.hasOwn(SORT_KEYS, key))
      out.sort = { key: key as SortKey, dir: sort.startsWith('-') ? 'desc' : 'asc' };
    else bad('sort', sort, `expected one of ${Object.keys(SORT_KEYS).join(', ')}, optionally after -`);
  }
  const unit = params.get('bins');
  if (unit) {
    if (URL_UNITS.includes(unit)) out.unit = unit as BinUnit;
    else bad('bins', unit, `expected one of ${URL_UNITS.join(', ')}`);
  }
  const eventDate = params.get('event');
  const days = params.get('days');
  if (eventDate) {
    if (isIsoDate(eventDate)) {
      out.event = { date: eventDate, days: undefined };
      if (days) {
        const n = Number(days);
        if (Number.isInteger(n) && n >= 0 && n <= 365) out.event.days = n;
        else bad('days', days, 'expected a whole number of days from 0 to 365');
      }
    } else bad('event', eventDate, 'expected a date as YYYY-MM-DD');
  } else if (days) bad('days', days, 'it needs an event=YYYY-MM-DD');
  const compare = params.get('compare');
  if (compare) {
    const comparison = parseComparison(compare);
    if (comparison) out.comparison = comparison;
    else
      bad(
        'compare',
        compare,
        'expected two periods as FROM..TO,FROM..TO (YYYY-MM-DD, each from not after to)',
      );
  }
  const dataset = params.get('dataset');
  if (dataset) {
    if (DATASET_ID.test(dataset)) out.dataset = dataset;
    else bad('dataset', dataset.slice(0, 40), 'expected a dataset identity (letters, digits, . _ -)');
  }
  return out;
}

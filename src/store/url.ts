import { isIsoDate } from '../data/contract';
import { CONFIDENCES, type Confidence, type Filters } from '../data/contract';

/** What is selected: a flight, a directed route (`UBBB>LLOV`) or an airport. */
export type Selection =
  { kind: 'flight'; id: string } | { kind: 'route'; key: string } | { kind: 'airport'; icao: string };

export interface ViewState {
  filters: Filters;
  selection: Selection | null;
}

const ICAO = /^[A-Z0-9]{4}$/;
const ROUTE = /^[A-Z0-9]{4}>[A-Z0-9]{4}$/;

/** Serialises filters and selection into a query string (`from=…&to=…&operator=…`), stable key order. */
export function viewToQuery({ filters, selection }: ViewState): string {
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
  if (filters.area) {
    const { south, west, north, east } = filters.area;
    params.set('area', [south, west, north, east].map((x) => Math.round(x * 1e4) / 1e4).join(','));
  }
  if (selection) {
    const value =
      selection.kind === 'flight'
        ? selection.id
        : selection.kind === 'route'
          ? selection.key
          : selection.icao;
    params.set(selection.kind === 'airport' ? 'selectedAirport' : selection.kind, value);
  }
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
  if (flight) selection = { kind: 'flight', id: flight };
  else if (route) {
    if (ROUTE.test(route.toUpperCase())) selection = { kind: 'route', key: route.toUpperCase() };
    else bad('route', route, 'expected ORIGIN>DESTINATION ICAO codes');
  } else if (airport) {
    if (ICAO.test(airport.toUpperCase())) selection = { kind: 'airport', icao: airport.toUpperCase() };
    else bad('selectedAirport', airport, 'expected a 4-character ICAO airport code');
  }
  return { filters, selection, notices };
}

/**
 * Two periods side by side: flights, aircraft, operators and routes in each, the change, and whether
 * the change in flights is more than chance would give (an exact test, stated in plain words).
 */
import { addDays, dayNumber, isIsoDate } from '../contract';
import type { Flight } from '../contract';
import { ratePValue } from './poisson-test';

/** An inclusive range of UTC calendar days, YYYY-MM-DD. */
export interface Period {
  from: string;
  to: string;
}

export interface PeriodFigures {
  period: Period;
  /** Days in the period (inclusive). */
  days: number;
  flights: number;
  /** Distinct airframes: icao24, else registration; flights with neither are not counted. */
  aircraft: number;
  operators: number;
  /** Flights per route key `ORIG>DEST`. */
  routes: ReadonlyMap<string, number>;
}

export interface RouteChange {
  key: string;
  a: number;
  b: number;
}

export interface PeriodComparison {
  a: PeriodFigures;
  b: PeriodFigures;
  /** b − a, and b / a (undefined when a is 0). */
  change: number;
  ratio: number | undefined;
  /** Two-sided exact p-value of the flight counts under equal daily rates. */
  pValue: number;
  /** Every route in either period, with its counts, biggest change first. */
  routes: RouteChange[];
  /** The comparison in plain words. */
  summary: string;
}

/**
 * "N days before / after an event": A is the N days before its day, B its day and the N − 1 days after
 * (the event's own day counts as after: a flight that day is counted once).
 */
export function periodsAround(date: string, days: number): { a: Period; b: Period } {
  return {
    a: { from: addDays(date, -days), to: addDays(date, -1) },
    b: { from: date, to: addDays(date, days - 1) },
  };
}

/** Both ends real dates, the end not before the start. */
export const isValidPeriod = (p: Period) => isIsoDate(p.from) && isIsoDate(p.to) && p.from <= p.to;

/** Days from `from` to `to` inclusive (0 when `to` is before `from`). */
export function periodDays(p: Period): number {
  return Math.max(0, dayNumber(p.to) - dayNumber(p.from) + 1);
}

/**
 * The airframe a flight was flown by, as a key: its icao24 (six hex digits), else `reg:` and its
 * registration upper-cased (the prefix keeps the two kinds apart), else undefined.
 */
export function airframeKey(f: Flight): string | undefined {
  if (f.icao24) return f.icao24;
  if (f.registration) return `reg:${f.registration.toUpperCase()}`;
  return undefined;
}

/** The airframe key as shown: the icao24 or the registration. */
export const airframeLabel = (key: string) => (key.startsWith('reg:') ? key.slice(4) : key);

/**
 * Whether a flight falls in a period: its date, or for an imprecise date (dateEnd) only when its whole
 * span lies inside, so that a flight "some day in October" is not counted on either side of a split
 * inside October.
 */
export function inPeriod(f: Flight, p: Period): boolean {
  return f.date >= p.from && (f.dateEnd ?? f.date) <= p.to;
}

export function periodFigures(flights: readonly Flight[], period: Period): PeriodFigures {
  const aircraft = new Set<string>();
  const operators = new Set<string>();
  // Counted by origin, then destination: no key string built per flight.
  const byOrigin = new Map<string, Map<string, number>>();
  let count = 0;
  for (const f of flights) {
    if (!inPeriod(f, period)) continue;
    count++;
    const key = airframeKey(f);
    if (key !== undefined) aircraft.add(key);
    if (f.operator) operators.add(f.operator);
    let byDestination = byOrigin.get(f.origin);
    if (!byDestination) byOrigin.set(f.origin, (byDestination = new Map()));
    byDestination.set(f.destination, (byDestination.get(f.destination) ?? 0) + 1);
  }
  const routes = new Map<string, number>();
  for (const [origin, byDestination] of byOrigin)
    for (const [destination, n] of byDestination) routes.set(`${origin}>${destination}`, n);
  return {
    period,
    days: periodDays(period),
    flights: count,
    aircraft: aircraft.size,
    operators: operators.size,
    routes,
  };
}

const percent = (p: number) => (p < 0.001 ? '0.1%' : p < 0.01 ? '1%' : p < 0.05 ? '5%' : undefined);

/** The change in plain words, e.g. "12 vs 4 flights: a rise this large would happen by chance less than 5% of the time". */
export function describeChange(a: PeriodFigures, b: PeriodFigures, pValue: number): string {
  const counts = `${a.flights} vs ${b.flights} flights`;
  const lengths = a.days === b.days ? '' : ` (over ${a.days} and ${b.days} days: compared per day)`;
  if (a.flights + b.flights === 0) return `No flights in either period${lengths}.`;
  const rateA = a.days > 0 ? a.flights / a.days : 0;
  const rateB = b.days > 0 ? b.flights / b.days : 0;
  if (rateA === rateB) return `${counts}${lengths}: the same rate in both periods.`;
  const word = rateB > rateA ? 'rise' : 'fall';
  const below = percent(pValue);
  if (below !== undefined)
    return `${counts}${lengths}: a ${word} this large would happen by chance less than ${below} of the time.`;
  return `${counts}${lengths}: a ${word} this large would happen by chance ${Math.round(pValue * 100)}% of the time, so it may be chance.`;
}

/** Compares period A with period B over the same flights (the current filter, without its date range). */
export function comparePeriods(flights: readonly Flight[], a: Period, b: Period): PeriodComparison {
  const fa = periodFigures(flights, a);
  const fb = periodFigures(flights, b);
  const pValue = ratePValue(fa.flights, fa.days, fb.flights, fb.days);
  const keys = new Set([...fa.routes.keys(), ...fb.routes.keys()]);
  const routes = [...keys]
    .map((key) => ({ key, a: fa.routes.get(key) ?? 0, b: fb.routes.get(key) ?? 0 }))
    .sort((x, y) => Math.abs(y.b - y.a) - Math.abs(x.b - x.a) || (x.key < y.key ? -1 : 1));
  return {
    a: fa,
    b: fb,
    change: fb.flights - fa.flights,
    ratio: fa.flights === 0 ? undefined : fb.flights / fa.flights,
    pValue,
    routes,
    summary: describeChange(fa, fb, pValue),
  };
}

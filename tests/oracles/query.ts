/**
 * Reference implementations of the query side, written over plain flight lists (string dates, no index,
 * no interning). computeView (src/data/query/view.ts) must produce the same results from the index.
 */
import { compareAirports, compareRoutes, binLayout, binsFromCounts, emptyCounts } from '../../src/data/query';
import { CONFIDENCES, dayNumber, publisherKey } from '../../src/data/contract';
import type {
  AirportSummary,
  BinUnit,
  Filters,
  Flight,
  RouteSummary,
  TimelineBin,
} from '../../src/data/contract';

const has = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';

/** The filter rules applied by brute force: every flight, every field, strings only. */
export function naiveFilter(
  flights: readonly Flight[],
  filters: Filters,
  conflicted?: ReadonlySet<Flight>,
): Flight[] {
  const isDate = (s: string | undefined) => has(s) && /^\d{4}-\d{2}-\d{2}$/.test(s);
  const code = (s: string) => s.trim().toUpperCase();
  const lower = (s: string) => s.trim().toLowerCase();
  return flights.filter((f) => {
    if (isDate(filters.from) && f.date < (filters.from as string)) return false;
    if (isDate(filters.to) && f.date > (filters.to as string)) return false;
    if (filters.operators?.length && !filters.operators.includes(f.operator as string)) return false;
    if (filters.aircraftTypes?.length && !filters.aircraftTypes.includes(f.aircraftType as string))
      return false;
    if (filters.confidences?.length && !filters.confidences.includes(f.confidence)) return false;
    if (
      has(filters.airport) &&
      f.origin !== code(filters.airport) &&
      f.destination !== code(filters.airport)
    ) {
      return false;
    }
    if (has(filters.origin) && f.origin !== code(filters.origin)) return false;
    if (has(filters.destination) && f.destination !== code(filters.destination)) return false;
    if (filters.bothEndsObserved === true && !(f.departureObserved === true && f.arrivalObserved === true))
      return false;
    if (has(filters.registration)) {
      if (!f.registration?.toLowerCase().includes(lower(filters.registration))) return false;
    }
    if (filters.aircraft?.length) {
      const key =
        f.icao24 ?? (f.registration === undefined ? undefined : `reg:${f.registration.toUpperCase()}`);
      if (key === undefined || !filters.aircraft.includes(key)) return false;
    }
    if (filters.identityConflict === true && !conflicted?.has(f)) return false;
    if (has(filters.text)) {
      const fields = [f.id, f.callsign, f.registration, f.operator, f.cargo, f.notes];
      for (const s of f.sources) fields.push(s.publisher, s.title, s.url);
      const needle = lower(filters.text);
      if (!fields.some((x) => x !== undefined && x.toLowerCase().includes(needle))) return false;
    }
    return true;
  });
}

/** Time order by brute force: date string, then the instant of arrival ?? departure (none last), then id. */
export function naiveTimeOrder(flights: readonly Flight[]): Flight[] {
  const instant = (f: Flight) => {
    const t = f.arrivalTime ?? f.departureTime;
    return t === undefined ? Infinity : new Date(t).getTime();
  };
  return [...flights].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      Math.sign(instant(a) - instant(b)) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The flights that pass the filters, in time order: what computeView(...).flights must list. */
export function queryFlights(
  flights: readonly Flight[],
  filters: Filters,
  conflicted?: ReadonlySet<Flight>,
): Flight[] {
  return naiveTimeOrder(naiveFilter(flights, filters, conflicted));
}

interface RouteAcc {
  summary: RouteSummary;
  operators: Set<string>;
  publishers: Set<string>;
  multiSource: boolean;
}

/**
 * One summary per directed route (`${origin}>${destination}`): count, first and last date, distinct
 * operators (sorted), confidence mix, distinct publishers, and `weakEvidence` (no confirmed flight,
 * or every flight has a single source). Ordered by count descending, then key.
 */
export function aggregateRoutes(flights: readonly Flight[]): RouteSummary[] {
  const byKey = new Map<string, RouteAcc>();
  for (const f of flights) {
    const key = `${f.origin}>${f.destination}`;
    let acc = byKey.get(key);
    if (!acc) {
      acc = {
        summary: {
          key,
          origin: f.origin,
          destination: f.destination,
          count: 0,
          firstDate: f.date,
          lastDate: f.date,
          operators: [],
          confidence: emptyCounts(),
          publishers: 0,
          weakEvidence: true,
        },
        operators: new Set(),
        publishers: new Set(),
        multiSource: false,
      };
      byKey.set(key, acc);
    }
    const s = acc.summary;
    s.count++;
    s.confidence[f.confidence]++;
    if (dayNumber(f.date) < dayNumber(s.firstDate)) s.firstDate = f.date;
    if (dayNumber(f.date) > dayNumber(s.lastDate)) s.lastDate = f.date;
    if (f.operator !== undefined) acc.operators.add(f.operator);
    // Publishers are one publisher by publisherKey (its own table test: tests/data/publisher.test.ts).
    const own = new Set(f.sources.map((src) => publisherKey(src.publisher)));
    for (const key of own) acc.publishers.add(key);
    if (own.size > 1) acc.multiSource = true;
  }
  const routes: RouteSummary[] = [];
  for (const acc of byKey.values()) {
    const s = acc.summary;
    s.operators = [...acc.operators].sort();
    s.publishers = acc.publishers.size;
    s.weakEvidence = s.confidence.confirmed === 0 || !acc.multiSource;
    routes.push(s);
  }
  return routes.sort(compareRoutes);
}

/**
 * Departures and arrivals per airport (total = both; a flight from an airport to itself counts
 * twice), airports with no movement left out. Ordered by total descending, then ICAO code.
 */
export function aggregateAirports(flights: readonly Flight[]): AirportSummary[] {
  const byCode = new Map<string, AirportSummary>();
  const get = (icao: string): AirportSummary => {
    let a = byCode.get(icao);
    if (!a) {
      a = { icao, arrivals: 0, departures: 0, total: 0 };
      byCode.set(icao, a);
    }
    return a;
  };
  for (const f of flights) {
    const o = get(f.origin);
    o.departures++;
    o.total++;
    const d = get(f.destination);
    d.arrivals++;
    d.total++;
  }
  return [...byCode.values()].sort(compareAirports);
}

/**
 * Counts flights per bin and confidence over the inclusive `range` (default: the flights' own span),
 * empty bins included. Flights outside the range are not counted; no flights and no range give [].
 */
export function binTimeline(
  flights: readonly Flight[],
  unit: BinUnit,
  range?: { from: string; to: string },
): TimelineBin[] {
  let fromDay: number;
  let toDay: number;
  if (range) {
    fromDay = dayNumber(range.from);
    toDay = dayNumber(range.to);
  } else {
    if (flights.length === 0) return [];
    fromDay = Infinity;
    toDay = -Infinity;
    for (const f of flights) {
      const d = dayNumber(f.date);
      if (d < fromDay) fromDay = d;
      if (d > toDay) toDay = d;
    }
  }
  const layout = binLayout(fromDay, toDay, unit);
  const counts = new Int32Array(Math.max(0, layout.bounds.length - 1) * CONFIDENCES.length);
  for (const f of flights) {
    const d = dayNumber(f.date);
    if (d < fromDay || d > toDay) continue;
    const bin = layout.binOfDay[d - fromDay] ?? 0;
    const at = bin * CONFIDENCES.length + CONFIDENCES.indexOf(f.confidence);
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return binsFromCounts(layout, counts);
}

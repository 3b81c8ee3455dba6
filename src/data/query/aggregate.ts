/**
 * Plain aggregations over any list of flights. computeView (view.ts) produces the same results from
 * the index with typed-array counting; these are the reference versions and work without an index.
 */
import { dayNumber } from '../contract';
import { emptyCounts } from './bins';
import type { AirportSummary, ConfidenceCounts, Flight, RouteSummary, TimelineEvent } from '../contract';

/** Routes by count (descending), then key; the order both aggregateRoutes and computeView return. */
export function compareRoutes(a: RouteSummary, b: RouteSummary): number {
  return b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Airports by total (descending), then ICAO code. */
export function compareAirports(a: AirportSummary, b: AirportSummary): number {
  return b.total - a.total || (a.icao < b.icao ? -1 : a.icao > b.icao ? 1 : 0);
}

/** Counts flights by confidence. */
export function confidenceCounts(flights: readonly Flight[]): ConfidenceCounts {
  const counts = emptyCounts();
  for (const f of flights) counts[f.confidence]++;
  return counts;
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
    for (const src of f.sources) acc.publishers.add(src.publisher);
    if (f.sources.length > 1) acc.multiSource = true;
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

/** The events whose date lies in the inclusive range (open where an end is absent), by date, stable. */
export function eventsInRange(events: readonly TimelineEvent[], from?: string, to?: string): TimelineEvent[] {
  const lo = from ? dayNumber(from) : -Infinity;
  const hi = to ? dayNumber(to) : Infinity;
  return events
    .filter((e) => {
      const d = dayNumber(e.date);
      return d >= lo && d <= hi;
    })
    .sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
}

/**
 * Plain aggregations over any list of flights, and the orders computeView (view.ts) returns its
 * routes and airports in. (The reference route, airport and bin aggregates live in tests/oracles.)
 */
import { dayNumber, originalPublisher, publisherKey } from '../contract';
import { emptyCounts } from './bins';
import type { AirportSummary, ConfidenceCounts, Flight, RouteSummary, TimelineEvent } from '../contract';

/** Routes by count (descending), then key: the order computeView returns. */
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

/**
 * The events whose days meet the inclusive range (open where an end is absent): its date, or for an
 * imprecise date (`dateEnd`) any day of `date` … `dateEnd`, as the flights' range filter. By date, stable.
 */
export function eventsInRange(events: readonly TimelineEvent[], from?: string, to?: string): TimelineEvent[] {
  const lo = from ? dayNumber(from) : -Infinity;
  const hi = to ? dayNumber(to) : Infinity;
  return events
    .filter((e) => {
      const d = dayNumber(e.date);
      const end = e.dateEnd !== undefined && e.dateEnd > e.date ? dayNumber(e.dateEnd) : d;
      return end >= lo && d <= hi;
    })
    .sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
}

/**
 * How many of `flights` cite each publisher, most cited first (then by name), with every name in `seed`
 * present even at zero. Publishers are compared by publisherKey, so a flight citing "Haaretz" and
 * "Haaretz (via armenianclub.com)" counts once, under the first name met (seed first) as its original.
 */
export function flightsPerPublisher(
  flights: readonly Flight[],
  seed: Iterable<string> = [],
): [name: string, flights: number][] {
  const byKey = new Map<string, [string, number]>();
  const entry = (publisher: string): [string, number] => {
    const key = publisherKey(publisher);
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = [originalPublisher(publisher), 0]));
    return e;
  };
  for (const name of seed) entry(name);
  for (const f of flights) {
    for (const e of new Set(f.sources.map((s) => entry(s.publisher)))) e[1]++;
  }
  return [...byKey.values()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

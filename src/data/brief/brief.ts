/**
 * The brief: what an analyst hands an editor or a policymaker. Built from exactly the flights of the
 * current view, so every figure in it can be checked against the flights it lists, and every flight
 * points by number to the sources it rests on.
 */
import { CONFIDENCES } from '../contract';
import type { ConfidenceCounts, Dataset, Filters, Flight, Source } from '../contract';
import { describeFilters } from '../query';
import { airframeKey, type PeriodComparison } from '../patterns';

export interface BriefFigure {
  label: string;
  value: string;
}

export interface BriefFlightRow {
  flight: Flight;
  /** 1-based numbers into `sources`. */
  sourceNumbers: number[];
}

export interface BriefModel {
  title: string;
  summary: string;
  datasetTitle: string;
  /** YYYY-MM-DD the brief was made. */
  madeOn: string;
  /** The link to the view the brief shows. */
  link: string;
  /** The filters in force, in words; empty: "all flights". */
  filters: string[];
  figures: BriefFigure[];
  /** The first `maxFlights` flights of the view, in its order. */
  flights: BriefFlightRow[];
  /** All flights of the view (the table may list fewer). */
  flightCount: number;
  /** Every distinct source cited by any flight of the view, numbered in order of first citation. */
  sources: Source[];
  /** How many of the view's flights are synthetic sample records. */
  synthetic: number;
  comparison?: PeriodComparison;
}

export interface BriefInput {
  title: string;
  summary: string;
  dataset: Dataset;
  /** The view's flights in the table's order. */
  flights: readonly Flight[];
  filters: Filters;
  link: string;
  madeOn: string;
  maxFlights: number;
  comparison?: PeriodComparison;
}

/** Two citations are one source when publisher, title, url and date are the same. */
const sourceKey = (s: Source) =>
  JSON.stringify([s.publisher.trim().toLowerCase(), s.title ?? '', s.url ?? '', s.published ?? '']);

function mix(flights: readonly Flight[]): ConfidenceCounts {
  const counts = Object.fromEntries(CONFIDENCES.map((c) => [c, 0])) as ConfidenceCounts;
  for (const f of flights) counts[f.confidence]++;
  return counts;
}

function keyFigures(flights: readonly Flight[]): BriefFigure[] {
  if (flights.length === 0) return [{ label: 'Flights', value: '0' }];
  let first = flights[0]!.date;
  let last = flights[0]!.dateEnd ?? flights[0]!.date;
  const aircraft = new Set<string>();
  const operators = new Set<string>();
  const routes = new Map<string, number>();
  const destinations = new Map<string, number>();
  for (const f of flights) {
    if (f.date < first) first = f.date;
    if ((f.dateEnd ?? f.date) > last) last = f.dateEnd ?? f.date;
    const key = airframeKey(f);
    if (key) aircraft.add(key);
    if (f.operator) operators.add(f.operator);
    const route = `${f.origin} → ${f.destination}`;
    routes.set(route, (routes.get(route) ?? 0) + 1);
    destinations.set(f.destination, (destinations.get(f.destination) ?? 0) + 1);
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  const [route, routeCount] = top(routes);
  const [destination, destinationCount] = top(destinations);
  const counts = mix(flights);
  return [
    { label: 'Flights', value: String(flights.length) },
    { label: 'Dates', value: first === last ? first : `${first} – ${last}` },
    { label: 'Aircraft (by icao24 or registration)', value: String(aircraft.size) },
    { label: 'Operators', value: String(operators.size) },
    { label: 'Routes', value: String(routes.size) },
    { label: 'Busiest route', value: `${route} (${routeCount} flights)` },
    { label: 'Most frequent destination', value: `${destination} (${destinationCount} flights)` },
    {
      label: 'Evidence',
      value: CONFIDENCES.filter((c) => counts[c] > 0)
        .map((c) => `${counts[c]} ${c}`)
        .join(', '),
    },
  ];
}

/** The brief of a view. Pure: the same input gives the same brief. */
export function buildBrief(input: BriefInput): BriefModel {
  const numbers = new Map<string, number>();
  const sources: Source[] = [];
  const numberOf = (s: Source) => {
    const key = sourceKey(s);
    let n = numbers.get(key);
    if (n === undefined) {
      sources.push(s);
      n = sources.length;
      numbers.set(key, n);
    }
    return n;
  };
  const rows: BriefFlightRow[] = [];
  let synthetic = 0;
  input.flights.forEach((flight, i) => {
    const sourceNumbers = [...new Set(flight.sources.map(numberOf))];
    if (i < input.maxFlights) rows.push({ flight, sourceNumbers });
    if (flight.confidence === 'synthetic') synthetic++;
  });
  return {
    title: input.title.trim() || input.dataset.title,
    summary: input.summary,
    datasetTitle: input.dataset.title,
    madeOn: input.madeOn,
    link: input.link,
    filters: describeFilters(input.filters),
    figures: keyFigures(input.flights),
    flights: rows,
    flightCount: input.flights.length,
    sources,
    synthetic,
    ...(input.comparison ? { comparison: input.comparison } : {}),
  };
}

/** The warning every page carries when any flight of the brief is synthetic; undefined otherwise. */
export function syntheticWarning(brief: Pick<BriefModel, 'synthetic' | 'flightCount'>): string | undefined {
  if (brief.synthetic === 0) return undefined;
  return brief.synthetic === brief.flightCount
    ? `All ${brief.flightCount} flights in this brief are synthetic sample records, not observations.`
    : `${brief.synthetic} of the ${brief.flightCount} flights in this brief are synthetic sample records, not observations.`;
}

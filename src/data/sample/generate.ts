/**
 * A synthetic dataset generator for tests, benchmarks and demos: real airports (from the built-in
 * gazetteer), made-up operators, aircraft and sources, a skewed route popularity and bursty dates.
 * Pure and seeded: the same options give the same dataset.
 */
import { builtInGazetteer } from '../geo/builtin-gazetteer';
import { createRandom, itemAt, type Random } from './random';
import { dayNumber, dayToDate } from '../contract';
import { SAMPLE_GENERATOR_PUBLISHER } from '../validate';
import type { Airport, Confidence, Dataset, Flight, Source, TimelineEvent } from '../contract';

export interface GenerateOptions {
  flights: number;
  seed?: number;
  /** First date, `YYYY-MM-DD` (default 2017-01-01). */
  from?: string;
  /** Last date, inclusive (default 2024-12-31). */
  to?: string;
}

/** Major cargo and military-relevant airports, all in the built-in gazetteer. Baku and Ovda first. */
export const GENERATOR_AIRPORTS = [
  'UBBB', 'LLOV', 'UBBG', 'UBBN', 'LLBG', 'LLNV', 'LLER', 'LTFM', 'LTBA', 'LTAC', 'OMDW', 'OMDB',
  'OMAA', 'OTHH', 'OERK', 'OEJN', 'OJAI', 'HECA', 'LCLK', 'LGAV', 'LBSF', 'LBBG', 'LROP', 'EPRZ',
  'UKBB', 'EDDP', 'EDDF', 'ETAR', 'EBLG', 'EHAM', 'EGSS', 'LFPG', 'LIPA', 'LMML', 'UUEE', 'UUDD',
  'UAAA', 'UTTT', 'UTAA', 'UGTB', 'UDYZ', 'OIIE', 'OPKC', 'OPIS', 'VIDP', 'VABB', 'VANM', 'ZBAD',
  'ZSPD', 'VHHH', 'RKSI', 'WSSS', 'VTBS', 'KDOV', 'KJFK', 'PANC', 'KMEM', 'FAOR', 'HKJK', 'HAAB',
] as const; // prettier-ignore

/** The publisher every generated record cites (one constant with the validator's honesty rule). */
export const GENERATOR_PUBLISHER = SAMPLE_GENERATOR_PUBLISHER;
const GENERATOR_SOURCE: Source = { publisher: GENERATOR_PUBLISHER };
// A second, clearly made-up publisher for the non-synthetic confidences, so evidence views have something to show.
const EXAMPLE_PUBLISHERS: Record<Exclude<Confidence, 'synthetic'>, string> = {
  confirmed: 'Example Tracker',
  reported: 'Example News Service',
  inferred: 'Example Analyst',
};
const ROUTE_COUNT = 300;
const OPERATOR_COUNT = 8;
const AIRCRAFT_TYPES = [
  'Il-76TD',
  'Il-76TD-90VD',
  'An-124-100',
  'B747-400F',
  'B777F',
  'A330-200F',
  'C-130J',
  'An-12',
];
// Some text with commas, quotes, separators, formula starts, markup and non-Latin script, to exercise
// CSV escaping and the rule that text is never markup.
const CARGO = [
  'General cargo',
  'Oversize cargo, 3 pallets',
  'Hazardous materials (class 1)',
  'Humanitarian aid',
  'Machinery parts; spares | tools',
  'Unknown',
  '-40 °C refrigerated',
  'Crates marked "fragile"',
];
const NOTES = [
  'Generated record.',
  'Generated record; times are invented.',
  '=1+1 is text here, not a formula',
  '<b>not markup</b>',
  'Line one\nline two',
  'Баку → Увда (generated)',
  '@mention-like text, back\\slash',
];

interface Route {
  origin: string;
  destination: string;
  minutes: number;
  operators: [number, number];
}

interface Aircraft {
  registration: string;
  aircraftType: string;
  icao24?: string;
}

function distanceKm(a: Airport, b: Airport): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function resolveAirports(): Airport[] {
  return GENERATOR_AIRPORTS.map((code) => {
    const airport = builtInGazetteer.get(code);
    if (!airport) throw new Error(`generator airport ${code} is not in the gazetteer`);
    return airport;
  });
}

function makeRoutes(random: Random, airports: Airport[]): Route[] {
  const routes: Route[] = [];
  const seen = new Set<string>();
  const add = (o: number, d: number) => {
    const key = `${o}>${d}`;
    if (o === d || seen.has(key)) return;
    seen.add(key);
    const from = itemAt(airports, o);
    const to = itemAt(airports, d);
    const minutes = Math.round((distanceKm(from, to) / 750) * 60 + 30);
    const first = random.int(OPERATOR_COUNT);
    routes.push({
      origin: from.icao,
      destination: to.icao,
      minutes,
      operators: [first, random.int(OPERATOR_COUNT)],
    });
  };
  // Baku ↔ Ovda are the busiest routes; the rest are random pairs.
  add(0, 1);
  add(1, 0);
  while (routes.length < ROUTE_COUNT) add(random.int(airports.length), random.int(airports.length));
  return routes;
}

function makeFleets(random: Random): Aircraft[][] {
  const fleets: Aircraft[][] = [];
  for (let op = 0; op < OPERATOR_COUNT; op++) {
    const fleet: Aircraft[] = [];
    const types = [random.pick(AIRCRAFT_TYPES), random.pick(AIRCRAFT_TYPES)];
    for (let n = 0; n < 6; n++) {
      const registration =
        op < 3 ? `4K-GEN${op + 1}${n + 1}` : `XX-${'ABCDEFGH'.charAt(op)}${'PQRSTU'.charAt(n)}${op + 1}`;
      const aircraft: Aircraft = { registration, aircraftType: itemAt(types, n % 2) };
      if (random.chance(0.6)) aircraft.icao24 = random.hex(6);
      fleet.push(aircraft);
    }
    fleets.push(fleet);
  }
  return fleets;
}

/** Cumulative Zipf-like weights (rank^-1.1) for picking route indexes with a binary search. */
function zipfCumulative(n: number): Float64Array {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) cumulative[k] = total += 1 / (k + 1) ** 1.1;
  for (let k = 0; k < n; k++) cumulative[k]! /= total; // k < n = cumulative.length
  return cumulative;
}

function pickIndex(cumulative: Float64Array, r: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! > r)
      hi = mid; // lo ≤ mid < hi < length
    else lo = mid + 1;
  }
  return lo;
}

/** Day numbers for every flight, sorted: a steady background plus short bursts. */
function makeDays(
  random: Random,
  count: number,
  first: number,
  span: number,
): { days: Int32Array; bursts: number[] } {
  const bursts = Array.from(
    { length: Math.max(1, Math.min(12, Math.ceil(span / 120))) },
    () => first + random.int(span),
  );
  const widths = bursts.map(() => random.between(3, 45));
  const days = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    let day: number;
    if (random.chance(0.35)) {
      const b = random.int(bursts.length);
      // Triangular around the burst's centre.
      day = itemAt(bursts, b) + Math.round((random.next() + random.next() - 1) * itemAt(widths, b));
      day = Math.min(first + span - 1, Math.max(first, day));
    } else {
      day = first + random.int(span);
    }
    days[i] = day;
  }
  days.sort();
  return { days, bursts: [...bursts].sort((a, b) => a - b) };
}

// Date.prototype.toISOString costs ~1 µs; a million flights need two each, so build them from cached parts.
const TIME_OF_MINUTE = Array.from({ length: 1440 }, (_, m) => {
  const hh = String(Math.floor(m / 60)).padStart(2, '0');
  return `T${hh}:${String(m % 60).padStart(2, '0')}:00Z`;
});

function confidenceOf(r: number): Confidence {
  return r < 0.01 ? 'confirmed' : r < 0.06 ? 'reported' : r < 0.16 ? 'inferred' : 'synthetic';
}

/**
 * A synthetic dataset of `flights` flights between `from` and `to` (inclusive), all generated:
 * `synthetic: true`, every flight sourced to the generator. Confidences are a mix (1% confirmed, 5%
 * reported, 10% inferred, the rest synthetic) so that every view has something to show.
 * Handles 1,000,000 flights in a few seconds.
 */
export function generateDataset(options: GenerateOptions): Dataset {
  const { flights: count, seed = 1, from = '2017-01-01', to = '2024-12-31' } = options;
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`flights must be a whole number ≥ 0, got ${count}`);
  const first = dayNumber(from);
  const span = dayNumber(to) - first + 1;
  if (!(span >= 1)) throw new RangeError(`from (${from}) must not be after to (${to})`);

  const random = createRandom(seed);
  const airports = resolveAirports();
  const routes = makeRoutes(random, airports);
  const fleets = makeFleets(random);
  const cumulative = zipfCumulative(routes.length);
  const { days, bursts } = makeDays(random, count, first, span);
  // Departures may fall a day or two before the first arrival day.
  const dateOf = Array.from({ length: span + 2 }, (_, i) => dayToDate(first - 2 + i));
  const isoAt = (minute: number): string =>
    itemAt(dateOf, Math.floor(minute / 1440) - first + 2) +
    itemAt(TIME_OF_MINUTE, ((minute % 1440) + 1440) % 1440);
  const width = String(Math.max(count, 1)).length;

  const flights: Flight[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const day = days[i]!; // i < count = days.length
    const route = itemAt(routes, pickIndex(cumulative, random.next()));
    const op = random.chance(0.8) ? route.operators[0] : route.operators[1];
    const aircraft = itemAt(itemAt(fleets, op), random.int(6));
    const confidence = confidenceOf(random.next());
    const id = `gen-${seed}-${String(i + 1).padStart(width, '0')}`;
    const date = dateOf[day - first + 2];
    // Properties in the contract's order, so a JSON of these flights reads like the contract.
    const flight = { id, date } as Flight;
    if (random.chance(0.7)) {
      const arrival = day * 1440 + random.int(1440);
      flight.departureTime = isoAt(arrival - route.minutes);
      flight.arrivalTime = isoAt(arrival);
    }
    flight.origin = route.origin;
    flight.destination = route.destination;
    flight.operator = `Example Cargo ${op + 1}`;
    if (random.chance(0.8)) flight.callsign = `XX${op + 1}${random.between(100, 999)}`;
    flight.aircraftType = aircraft.aircraftType;
    if (random.chance(0.9)) flight.registration = aircraft.registration;
    if (aircraft.icao24 !== undefined) flight.icao24 = aircraft.icao24;
    if (random.chance(0.3)) flight.cargo = random.pick(CARGO);
    flight.confidence = confidence;
    flight.sources =
      confidence === 'synthetic'
        ? [GENERATOR_SOURCE]
        : [
            GENERATOR_SOURCE,
            {
              publisher: EXAMPLE_PUBLISHERS[confidence],
              title: 'Generated example report',
              url: `https://example.org/airlift/${id}`,
              published: date,
            },
          ];
    if (random.chance(0.15)) flight.notes = random.pick(NOTES);
    flights[i] = flight;
  }

  const events: TimelineEvent[] = bursts.map((day, k) => ({
    date: dayToDate(day),
    title: `Example event ${k + 1}`,
    description: 'Generated timeline marker near a burst of generated flights; not a real event.',
    sources: [GENERATOR_SOURCE],
  }));

  return {
    schemaVersion: 1,
    title: `Generated sample: ${count.toLocaleString('en-US')} flights (seed ${seed})`,
    description:
      `Every record in this dataset is generated by the Airlift sample generator (seed ${seed}): flights, ` +
      'operators ("Example Cargo …"), registrations, callsigns, sources and events are made up. Airports are ' +
      'real. The confidence levels are a mix to exercise the interface and describe no real evidence.',
    synthetic: true,
    airports,
    events,
    flights,
  };
}

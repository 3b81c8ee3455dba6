/**
 * Writes data/sample-flights.json, the bundled dataset: the few flights public reports describe
 * (shared/facts.md), the dated events around them, and about a hundred illustrative synthetic flights
 * shaped like the reports. Deterministic (seeded): run `npx tsx src/cli/build-sample.ts` to regenerate.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRandom, itemAt } from '../data/sample';
import { dayNumber, dayToDate, MS_PER_DAY } from '../data/contract';
import type { Dataset, Flight, Source } from '../data/contract';
import { SAMPLE_GENERATOR_PUBLISHER } from '../data/validate';
import { AIRPORTS, EVENTS, REPORTED_FLIGHTS } from './sample-facts';

const SEED = 20_160_404;
const outFile = fileURLToPath(new URL('../../data/sample-flights.json', import.meta.url));

interface Window {
  from: string;
  to: string;
  roundTrips: number;
  shows: string;
  /** The reports name Baku and Ovda for this period: no Ganja departures, no other Israeli base. */
  bakuOvdaOnly?: boolean;
  /** Chance that the return leg goes to Ganja instead of Baku. */
  toGanja?: number;
}

const SPARSE = 'the sparser flights between the reported peaks';
// Shaped like the reports: more frequent mid-2016, late 2020, end of 2021 (Haaretz via PressTV),
// at least six in 1–17 September 2023 (AP), about a dozen November 2023 – April 2024 (Hetq).
const WINDOWS: Window[] = [
  { from: '2016-01-10', to: '2016-03-31', roundTrips: 2, shows: SPARSE },
  {
    from: '2016-05-01',
    to: '2016-08-31',
    roundTrips: 8,
    shows: 'the reported rise in frequency in mid-2016',
  },
  { from: '2017-01-01', to: '2019-12-31', roundTrips: 7, shows: SPARSE },
  { from: '2020-01-01', to: '2020-08-31', roundTrips: 2, shows: SPARSE },
  {
    from: '2020-09-01',
    to: '2020-12-31',
    roundTrips: 9,
    shows: 'the reported rise in frequency in late 2020',
  },
  { from: '2021-01-01', to: '2021-10-31', roundTrips: 3, shows: SPARSE },
  {
    from: '2021-11-01',
    to: '2021-12-31',
    roundTrips: 7,
    shows: 'the reported rise in frequency at the end of 2021',
  },
  { from: '2022-01-01', to: '2023-08-15', roundTrips: 4, shows: SPARSE },
  {
    from: '2023-09-01',
    to: '2023-09-17',
    roundTrips: 6,
    bakuOvdaOnly: true,
    toGanja: 0.35,
    shows:
      'the at least six Baku → Ovda flights AP reported for 1–17 September 2023, which then left for Baku or Ganja',
  },
  {
    from: '2023-11-01',
    to: '2024-04-30',
    roundTrips: 4,
    bakuOvdaOnly: true,
    shows: 'the about a dozen Ovda → Baku flights Hetq counted between November 2023 and April 2024',
  },
];

const GENERATOR_SOURCE: Source = { publisher: SAMPLE_GENERATOR_PUBLISHER };
const FLEET = ['4K-SAMPLE1', '4K-SAMPLE2', '4K-SAMPLE3', '4K-SAMPLE4', '4K-SAMPLE5'];
const MINUTE_MS = 60_000;

function isoZ(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

interface Leg {
  departure: number;
  arrival: number;
  origin: string;
  destination: string;
  registration: string;
  notes: string;
}

function illustrativeLegs(): Leg[] {
  const random = createRandom(SEED);
  const trips: [Leg, Leg][] = [];
  for (const window of WINDOWS) {
    const first = dayNumber(window.from);
    const span = dayNumber(window.to) - first + 1;
    for (let trip = 0; trip < window.roundTrips; trip++) {
      const day = first + random.int(span);
      const origin = !window.bakuOvdaOnly && random.chance(0.08) ? 'UBBG' : 'UBBB';
      const roll = window.bakuOvdaOnly ? 1 : random.next();
      const israel = roll < 0.06 ? 'LLNV' : roll < 0.1 ? 'LLER' : 'LLOV';
      const home = random.chance(window.toGanja ?? 0.08) ? 'UBBG' : 'UBBB';
      // About four hours each way; the aircraft stays about two hours, as Haaretz describes for 2023-03-02.
      const arrival = (day * 1440 + random.between(4 * 60, 20 * 60)) * MINUTE_MS;
      const departure = arrival - (240 + random.between(-20, 20)) * MINUTE_MS;
      const back = arrival + (120 + random.between(-30, 60)) * MINUTE_MS;
      const backArrival = back + (240 + random.between(-20, 20)) * MINUTE_MS;
      const shows = `shows ${window.shows}; not an observed flight.`;
      trips.push([
        {
          departure,
          arrival,
          origin,
          destination: israel,
          registration: '',
          notes: `Illustrative record: ${shows}`,
        },
        {
          departure: back,
          arrival: backArrival,
          origin: israel,
          destination: home,
          registration: '',
          notes: `Illustrative return leg: ${shows}`,
        },
      ]);
    }
  }
  // Tails in turn, in time order, so one made-up aircraft is never on two trips at once.
  trips.sort((a, b) => a[0].departure - b[0].departure);
  trips.forEach((legs, i) => {
    for (const leg of legs) leg.registration = itemAt(FLEET, i % FLEET.length);
  });
  return trips.flat().sort((a, b) => a.arrival - b.arrival);
}

function illustrativeFlights(): Flight[] {
  // Keys in the contract's order, so the file reads like the contract.
  return illustrativeLegs().map((leg, i) => ({
    id: `sample-${String(i + 1).padStart(4, '0')}`,
    date: dayToDate(Math.floor(leg.arrival / MS_PER_DAY)),
    departureTime: isoZ(leg.departure),
    arrivalTime: isoZ(leg.arrival),
    origin: leg.origin,
    destination: leg.destination,
    operator: 'Silk Way Airlines',
    aircraftType: 'Il-76TD',
    registration: leg.registration,
    confidence: 'synthetic',
    sources: [GENERATOR_SOURCE],
    notes: leg.notes,
  }));
}

/** The bundled sample dataset, built deterministically. */
export function buildSampleDataset(): Dataset {
  const synthetic = illustrativeFlights();
  const flights = [...REPORTED_FLIGHTS, ...synthetic].sort((a, b) =>
    a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1,
  );
  return {
    schemaVersion: 1,
    title: 'Reported and illustrative cargo flights, Baku ↔ Ovda (sample)',
    description:
      `A sample to explore the dashboard with. ${REPORTED_FLIGHTS.length} flights come from public reports ` +
      '(Haaretz 2016 via armenianclub.com: two Azerbaijani Defence Ministry Il-76 landings at Ovda; Haaretz 2023: ' +
      'an Il-76 to Ovda and back to Baku; RFE/RL 2024: a Silk Way return from Ovda to Baku). They are marked ' +
      '"reported" or "inferred", carry their sources, and their notes say what the source states and what was ' +
      `inferred. The other ${synthetic.length} flights are illustrative synthetic records, not observations: ` +
      'their dates, times and registrations (4K-SAMPLE…) are invented, shaped like the reported pattern ' +
      '(more frequent in mid-2016, late 2020, the end of 2021 and 1–17 September 2023). Events are dated public ' +
      'facts with their sources.',
    synthetic: true,
    compiledAt: '2026-11-25',
    airports: AIRPORTS,
    events: EVENTS,
    flights,
  };
}

/** The file's exact text (tests compare it with the committed file). */
export function serializeSampleDataset(): string {
  return `${JSON.stringify(buildSampleDataset(), null, 2)}\n`;
}

// Write only when run as a script, so tests can import the builder.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(outFile, serializeSampleDataset());
  console.log(`${outFile} written`);
}

/** Legs → contract flights and tracks. */
import type { Airport, Flight, Source, Track, TrackPoint } from '../contract';
import { SAMPLE_GENERATOR_PUBLISHER } from '../validate';
import type { AircraftPoints } from './points';
import { AIR, GROUND } from './points';
import type { Leg } from './legs';
import type { LegEnd } from './ends';

/** What the import knows about each file: its name, its provider, whether it is generated. */
export interface FileInfo {
  name: string;
  publisher: string;
  synthetic: boolean;
}

/** The publisher a generated file is sourced to, whatever format it imitates. */
export const SYNTHETIC_PUBLISHER = SAMPLE_GENERATOR_PUBLISHER;

export function fileSource(file: FileInfo): Source {
  return file.synthetic
    ? { publisher: SYNTHETIC_PUBLISHER, title: `${file.name} (synthetic, ${file.publisher} format)` }
    : { publisher: file.publisher, title: file.name };
}

function iso(t: number): string {
  return `${new Date(Math.floor(t) * 1000).toISOString().slice(0, 19)}Z`;
}

/** The most frequent non-empty callsign of the leg (a callsign can flicker for a few points). */
function legCallsign(p: AircraftPoints, leg: Leg): string | undefined {
  // Counted in a typed array indexed by callsign id: this runs over every point of the leg.
  const counts = new Uint32Array(p.callsigns.length);
  for (let i = leg.start; i < leg.end; i++) counts[p.callsign[i]!]!++;
  let best = 0;
  let bestCount = 0;
  for (let c = 1; c < counts.length; c++) {
    if (counts[c]! > bestCount) [best, bestCount] = [c, counts[c]!];
  }
  return best === 0 ? undefined : p.callsigns[best];
}

/** The files a leg's points came from, in file order. */
function legFiles(p: AircraftPoints, leg: Leg): number[] {
  const used = new Set<number>();
  let last = -1;
  for (let i = leg.start; i < leg.end; i++) {
    const f = p.file[i]!;
    if (f !== last) used.add((last = f));
  }
  return [...used].sort((a, b) => a - b);
}

/** The contract's point tuples of a leg. */
export function legPoints(p: AircraftPoints, leg: Leg): TrackPoint[] {
  const out: TrackPoint[] = new Array(leg.end - leg.start);
  for (let i = leg.start; i < leg.end; i++) {
    const alt = p.alt[i]!;
    const g = p.ground[i]!;
    out[i - leg.start] = [
      p.t[i]!,
      p.lat[i]!,
      p.lon[i]!,
      Number.isNaN(alt) ? null : Math.round(alt),
      g === GROUND ? true : g === AIR ? false : null,
    ];
  }
  return out;
}

/** One flight and its track from a leg whose two ends are resolved. */
export function legFlight(
  p: AircraftPoints,
  leg: Leg,
  departure: LegEnd,
  arrival: LegEnd,
  files: readonly FileInfo[],
): { flight: Flight; track: Track; airports: Airport[] } {
  const first = p.t[leg.start]!;
  const last = p.t[leg.end - 1]!;
  const fromFiles = legFiles(p, leg).flatMap((f) => files[f] ?? []);
  const sources = fromFiles.map(fileSource);
  const synthetic = fromFiles.some((f) => f.synthetic);
  const both = departure.observed && arrival.observed;
  const arrivalT = arrival.time ?? last;
  const flight: Flight = {
    id: `adsb-${p.key}-${Math.floor(first)}`,
    date: iso(arrivalT).slice(0, 10),
    origin: departure.entry.airport.icao,
    destination: arrival.entry.airport.icao,
    confidence: synthetic ? 'synthetic' : both ? 'confirmed' : 'inferred',
    sources,
    departureObserved: departure.observed,
    arrivalObserved: arrival.observed,
  };
  if (departure.time !== undefined) flight.departureTime = iso(departure.time);
  if (arrival.time !== undefined) flight.arrivalTime = iso(arrival.time);
  const { registration, aircraftType, operator } = p.info;
  if (operator) flight.operator = operator;
  const callsign = legCallsign(p, leg);
  if (callsign) flight.callsign = callsign;
  if (aircraftType) flight.aircraftType = aircraftType;
  if (registration) flight.registration = registration;
  if (p.icao24) flight.icao24 = p.icao24;
  const notes = [departure.note, arrival.note].filter((n): n is string => n !== undefined);
  if (synthetic) notes.unshift('Synthetic: a generated track, not an observation');
  if (notes.length > 0) flight.notes = `${notes.join('; ')}.`;
  const source = sources[0] ?? { publisher: 'unknown' };
  return {
    flight,
    track: { flightId: flight.id, source, points: legPoints(p, leg) },
    airports: [departure.entry.airport, arrival.entry.airport],
  };
}

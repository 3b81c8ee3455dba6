// The validation step alone, on the same records (the flights array after JSON.parse): our hand-written
// validator against zod 4 and valibot schemas of the same checks. Ours does more (airport resolution
// against the gazetteer, duplicate ids, interning, messages naming row and field); the schemas stop at
// the shape and value checks. The schemas' date-time checks are the libraries' own ISO checks with an
// offset required (zod's needs seconds; ours also takes HH:MM).
import * as v from 'valibot';
import { z } from 'zod';
import { CONFIDENCES } from '../../src/data/contract';
import type { Dataset } from '../../src/data/contract';
import { toJson } from '../../src/data/export';
import { builtInGazetteer } from '../../src/data/geo/builtin-gazetteer';
import type { FlightChecks } from '../../src/data/validate';
import {
  IssueLog,
  ListedAirportResolver,
  SeenValues,
  UnknownFields,
  validateFlight,
} from '../../src/data/validate';
import { contest } from './measure';
import type { Row } from './measure';

const ICAO = /^[A-Za-z0-9]{4}$/;
const ICAO24 = /^[0-9A-Fa-f]{6}$/;
const HTTP = /^https?:\/\//i;

const zText = z.string().optional();
const zDateTime = z.iso.datetime({ offset: true }).optional();
const zSource = z.object({
  publisher: z.string().min(1),
  title: zText,
  url: z.url({ protocol: /^https?$/ }).optional(),
  published: z.iso.date().optional(),
});
const zFlights = z.array(
  z.object({
    id: z.string().min(1).max(128),
    date: z.iso.date(),
    departureTime: zDateTime,
    arrivalTime: zDateTime,
    origin: z.string().regex(ICAO),
    destination: z.string().regex(ICAO),
    operator: zText,
    callsign: zText,
    aircraftType: zText,
    registration: zText,
    icao24: z.string().regex(ICAO24).optional(),
    cargo: zText,
    confidence: z.enum(CONFIDENCES),
    sources: z.array(zSource).min(1),
    notes: zText,
  }),
);

const vText = v.optional(v.string());
const vDateTime = v.optional(v.pipe(v.string(), v.isoTimestamp()));
const vSource = v.object({
  publisher: v.pipe(v.string(), v.minLength(1)),
  title: vText,
  url: v.optional(v.pipe(v.string(), v.url(), v.regex(HTTP))),
  published: v.optional(v.pipe(v.string(), v.isoDate())),
});
const vFlights = v.array(
  v.object({
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(128)),
    date: v.pipe(v.string(), v.isoDate()),
    departureTime: vDateTime,
    arrivalTime: vDateTime,
    origin: v.pipe(v.string(), v.regex(ICAO)),
    destination: v.pipe(v.string(), v.regex(ICAO)),
    operator: vText,
    callsign: vText,
    aircraftType: vText,
    registration: vText,
    icao24: v.optional(v.pipe(v.string(), v.regex(ICAO24))),
    cargo: vText,
    confidence: v.picklist(CONFIDENCES),
    sources: v.pipe(v.array(vSource), v.minLength(1)),
    notes: vText,
  }),
);

function ours(flights: unknown[]): number {
  const log = new IssueLog();
  const checks: FlightChecks = {
    log,
    unknown: new UnknownFields(),
    seen: new SeenValues(),
    airports: new ListedAirportResolver(log, new Map(), builtInGazetteer),
    ids: new Map(),
  };
  for (let i = 0; i < flights.length; i++) validateFlight(flights[i], i + 1, checks);
  if (log.hasErrors) throw new Error(`validate: ${log.errors[0]?.message}`);
  return flights.length;
}

/** Two rows, ours vs zod and ours vs valibot, on one parsed flights array (ours normalises in place, idempotently). */
export function validateFigures(dataset: Dataset, runs: number): Row[] {
  const n = dataset.flights.length;
  const flights = (JSON.parse(toJson(dataset.flights, dataset)) as { flights: unknown[] }).flights;
  const check = (ok: boolean, who: string) => {
    if (!ok) throw new Error(`${who} rejected the generated flights`);
  };
  check(zFlights.safeParse(flights).success, 'zod');
  check(v.safeParse(vFlights, flights).success, 'valibot');
  const warmup = n <= 10_000 ? 1 : 0;
  const withZod = contest({ ours: () => ours(flights), peer: () => zFlights.parse(flights), runs, warmup });
  const withValibot = contest({
    ours: () => ours(flights),
    peer: () => v.parse(vFlights, flights),
    runs,
    warmup,
  });
  return [
    {
      name: 'validate',
      n,
      ours_ms: withZod.ours_ms,
      peer: 'zod 4',
      peer_ms: withZod.peer_ms,
      ratio: withZod.ours_ms / withZod.peer_ms,
    },
    {
      name: 'validate',
      n,
      ours_ms: withValibot.ours_ms,
      peer: 'valibot',
      peer_ms: withValibot.peer_ms,
      ratio: withValibot.ours_ms / withValibot.peer_ms,
    },
  ];
}

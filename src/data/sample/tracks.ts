/**
 * Seeded synthetic ADS-B traces for tests and the bench: Il-76 legs Baku (UBBB) → Ovda (LLOV) and
 * back, ~3.3 h at 1 Hz (~11,300 points a leg), with a coverage gap over a band of latitude on every
 * leg, some legs seen only after take-off or lost before landing. Aircraft, addresses, registrations
 * (4K-SAMPLEn) and callsigns are made up; every file written from these is marked synthetic.
 * The route is a made-up dog-leg, not a claim about how such flights are routed.
 */
import { createRandom } from './random';

export interface SyntheticAircraft {
  icao24: string;
  registration: string;
  callsign: string;
  aircraftType: string;
  operator: string;
}

/** Made up: the registrations cannot exist (too long for a real 4K- mark); the hex addresses are arbitrary. */
export const SYNTHETIC_AIRCRAFT: readonly SyntheticAircraft[] = [1, 2, 3].map((n) => ({
  icao24: `fa1e0${n}`,
  registration: `4K-SAMPLE${n}`,
  callsign: `SMPL00${n}`,
  aircraftType: 'IL76',
  operator: 'Sample Cargo (synthetic)',
}));

/** Positions and elevations as in data/gazetteer.json (a test checks they agree). */
export const SYNTHETIC_AIRPORTS = {
  UBBB: { lat: 40.4625, lon: 50.0504, elevationFt: 10 },
  LLOV: { lat: 29.952, lon: 34.9339, elevationFt: 492 },
} as const;

const VIA: readonly [number, number][] = [
  [41.0, 45.0],
  [37.0, 36.0],
];
/** Latitudes between which no point is received (a coverage hole), on the UBBB–LLOV dog-leg. */
export const SYNTHETIC_GAP_LATITUDES: readonly [number, number] = [37.6, 39.4];

export interface SyntheticLegPlan {
  aircraft: SyntheticAircraft;
  from: keyof typeof SYNTHETIC_AIRPORTS;
  to: keyof typeof SYNTHETIC_AIRPORTS;
  /** Unix seconds when taxiing starts. */
  start: number;
  /** False: the trace starts ~60 km out, already climbing. */
  departureSeen: boolean;
  /** False: the transponder goes quiet ~46 km before the destination, descending. */
  arrivalSeen: boolean;
}

export interface TrackPlanOptions {
  legs: number;
  seed?: number;
  /** Unix seconds of the first day (default 2023-01-02T00:00Z). */
  from?: number;
}

/** The plan of `legs` legs, alternating UBBB→LLOV and back, every ~2 days, aircraft in turn. */
export function planSyntheticLegs({
  legs,
  seed = 76,
  from = 1_672_617_600,
}: TrackPlanOptions): SyntheticLegPlan[] {
  const random = createRandom(seed);
  const plans: SyntheticLegPlan[] = [];
  for (let i = 0; i < legs; i++) {
    const out = i % 2 === 0;
    plans.push({
      aircraft: SYNTHETIC_AIRCRAFT[Math.floor(i / 2) % SYNTHETIC_AIRCRAFT.length]!,
      from: out ? 'UBBB' : 'LLOV',
      to: out ? 'LLOV' : 'UBBB',
      // The return leaves a day after the outbound leg; pairs are two days apart.
      start: from + Math.floor(i / 2) * 2 * 86_400 + (out ? 0 : 86_400) + 3600 * random.between(3, 9),
      departureSeen: !random.chance(0.1),
      arrivalSeen: !random.chance(0.15),
    });
  }
  return plans;
}

/** One leg sampled at 1 Hz, gaps removed: parallel arrays. */
export interface LegSamples {
  plan: SyntheticLegPlan;
  t: Float64Array;
  lat: Float64Array;
  lon: Float64Array;
  /** Barometric feet. */
  alt: Float64Array;
  ground: Uint8Array;
  /** Ground speed in knots, true track in degrees, vertical rate in ft/min. */
  gs: Float64Array;
  track: Float64Array;
  vrate: Float64Array;
  n: number;
}

const RAD = Math.PI / 180;
const KM_DEG = 111.195;
const TAXI_S = 900;
const TAXI_IN_S = 600;
const CLIMB_S = 1500;
const CRUISE_MS = 190;
const CLIMB_MS = 140;
const CRUISE_FT = 33_000;

/** Samples a planned leg. */
export function sampleLeg(plan: SyntheticLegPlan): LegSamples {
  const a = SYNTHETIC_AIRPORTS[plan.from];
  const b = SYNTHETIC_AIRPORTS[plan.to];
  const route: [number, number][] = [
    [a.lat, a.lon],
    ...(plan.from === 'UBBB' ? VIA : [...VIA].reverse()),
    [b.lat, b.lon],
  ];
  const cum = [0];
  for (let k = 1; k < route.length; k++) cum.push(cum[k - 1]! + km(route[k - 1]!, route[k]!));
  const total = cum[cum.length - 1]!;
  const cruiseS = (total - (2 * CLIMB_S * CLIMB_MS) / 1000) / (CRUISE_MS / 1000);
  const airS = 2 * CLIMB_S + cruiseS;
  const duration = Math.ceil(TAXI_S + airS + TAXI_IN_S);
  const out = alloc(plan, duration + 1);
  let n = 0;
  for (let s = 0; s <= duration; s++) {
    const tAir = s - TAXI_S;
    let dist: number;
    let alt: number;
    let ground = 0;
    let speed: number;
    if (tAir < 0 || tAir > airS) {
      ground = 1;
      speed = 6;
      // Taxiing along the field: up to ~2.7 km from its reference point.
      dist = tAir < 0 ? 0 : total;
      alt = tAir < 0 ? a.elevationFt : b.elevationFt;
    } else {
      const toGo = airS - tAir;
      speed = tAir < CLIMB_S || toGo < CLIMB_S ? CLIMB_MS : CRUISE_MS;
      const climbKm = (Math.min(tAir, CLIMB_S) * CLIMB_MS) / 1000;
      const cruiseKm = (Math.max(0, Math.min(tAir, CLIMB_S + cruiseS) - CLIMB_S) * CRUISE_MS) / 1000;
      const descentKm = (Math.max(0, tAir - CLIMB_S - cruiseS) * CLIMB_MS) / 1000;
      dist = climbKm + cruiseKm + descentKm;
      const feet = Math.min(CRUISE_FT, (Math.min(tAir, toGo) / CLIMB_S) * CRUISE_FT);
      alt = Math.round((feet + (tAir < airS / 2 ? a.elevationFt : b.elevationFt)) / 25) * 25;
    }
    const [lat0, lon0, course] = along(route, cum, dist);
    let lat = lat0;
    let lon = lon0;
    if (ground) {
      const taxiKm = ((tAir < 0 ? s : s - TAXI_S - airS) * speed) / 1000 / 2;
      lat += (taxiKm / KM_DEG) * Math.cos(course * RAD) * (tAir < 0 ? -1 : 1);
      lon += ((taxiKm / KM_DEG) * Math.sin(course * RAD) * (tAir < 0 ? -1 : 1)) / Math.cos(lat0 * RAD);
    }
    const t = plan.start + s;
    if (!ground && lat > SYNTHETIC_GAP_LATITUDES[0] && lat < SYNTHETIC_GAP_LATITUDES[1]) continue;
    if (!plan.departureSeen && (ground ? tAir < 0 : dist < 60)) continue;
    if (!plan.arrivalSeen && (ground ? tAir > 0 : total - dist < 46)) continue;
    out.t[n] = t;
    out.lat[n] = lat;
    out.lon[n] = lon;
    out.alt[n] = alt;
    out.ground[n] = ground;
    out.gs[n] = Math.round(speed * 1.94384 * 10) / 10;
    out.track[n] = Math.round(course * 10) / 10;
    out.vrate[n] = ground ? 0 : tAir < CLIMB_S ? 1300 : airS - tAir < CLIMB_S ? -1300 : 0;
    n++;
  }
  out.n = n;
  return out;
}

function alloc(plan: SyntheticLegPlan, size: number): LegSamples {
  const f = () => new Float64Array(size);
  return {
    plan,
    t: f(),
    lat: f(),
    lon: f(),
    alt: f(),
    ground: new Uint8Array(size),
    gs: f(),
    track: f(),
    vrate: f(),
    n: 0,
  };
}

function km([lat1, lon1]: [number, number], [lat2, lon2]: [number, number]): number {
  const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * RAD);
  return Math.hypot(x, lat2 - lat1) * KM_DEG;
}

/** Position and course at `dist` km along the route (straight lines in a local projection: synthetic). */
function along(route: [number, number][], cum: number[], dist: number): [number, number, number] {
  let k = 1;
  while (k < route.length - 1 && cum[k]! < dist) k++;
  const [lat1, lon1] = route[k - 1]!;
  const [lat2, lon2] = route[k]!;
  const f = Math.max(0, Math.min(1, (dist - cum[k - 1]!) / (cum[k]! - cum[k - 1]! || 1)));
  const course = (Math.atan2((lon2 - lon1) * Math.cos(lat1 * RAD), lat2 - lat1) / RAD + 360) % 360;
  return [lat1 + (lat2 - lat1) * f, lon1 + (lon2 - lon1) * f, course];
}

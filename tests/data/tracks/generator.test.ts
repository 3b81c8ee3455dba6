import { describe, expect, it } from 'vitest';
import { fixture, ok, run, utf8 } from './helpers';
import {
  fr24Csv,
  kmlTrack,
  openSkyTracksJson,
  planSyntheticLegs,
  readsbTrace,
  sampleLeg,
  stateVectorCsv,
  SYNTHETIC_AIRPORTS,
  SYNTHETIC_GAP_LATITUDES,
} from '../../../src/data/sample';
import { builtInGazetteerEntries } from '../../../src/data/geo/builtin-gazetteer';
import { SYNTHETIC_PUBLISHER } from '../../../src/data/tracks';

// Seed 1's first 8 legs hold both kinds of unobserved end (checked below, not assumed).
const plans = planSyntheticLegs({ legs: 8, seed: 1 });
const legs = plans.map(sampleLeg);

describe('synthetic traces (src/data/sample/tracks.ts)', () => {
  it('use the gazetteer positions and elevations of UBBB and LLOV', () => {
    for (const [icao, a] of Object.entries(SYNTHETIC_AIRPORTS)) {
      const entry = builtInGazetteerEntries().find((e) => e.airport.icao === icao);
      expect(entry?.airport).toMatchObject({ lat: a.lat, lon: a.lon });
      if (entry?.elevationFt !== undefined) expect(entry.elevationFt).toBe(a.elevationFt);
    }
  });

  it('are reproducible and leave a coverage gap of more than 10 minutes on every leg', () => {
    expect(readsbTrace([sampleLeg(planSyntheticLegs({ legs: 1, seed: 1 })[0]!)])).toBe(
      readsbTrace([legs[0]!]),
    );
    for (const leg of legs) {
      let longest = 0;
      let inHole = 0;
      for (let i = 1; i < leg.n; i++) longest = Math.max(longest, leg.t[i]! - leg.t[i - 1]!);
      for (let i = 0; i < leg.n; i++) {
        const lat = leg.lat[i]!;
        if (!leg.ground[i] && lat > SYNTHETIC_GAP_LATITUDES[0] && lat < SYNTHETIC_GAP_LATITUDES[1]) inHole++;
      }
      expect(longest).toBeGreaterThan(600);
      expect(inHole).toBe(0);
    }
    expect(plans.some((p) => !p.departureSeen)).toBe(true);
    expect(plans.some((p) => !p.arrivalSeen)).toBe(true);
  });

  const formats: [string, (k: number) => { name: string; text: string }][] = [
    [
      'readsb',
      (k) => ({ name: `trace_full_${plans[k]!.aircraft.icao24}.json`, text: readsbTrace([legs[k]!]) }),
    ],
    ['state vectors', (k) => ({ name: 'states.csv', text: stateVectorCsv([legs[k]!]) })],
    ['tracks/all', (k) => ({ name: 'tracks.json', text: openSkyTracksJson(legs[k]!) })],
    ['FR24 CSV', (k) => ({ name: 'fr24.csv', text: fr24Csv(legs[k]!) })],
    ['KML', (k) => ({ name: 'track.kml', text: kmlTrack(legs[k]!) })],
  ];

  it.each(formats)(
    '%s: one synthetic flight per leg, its ends observed exactly as planned',
    (_label, write) => {
      for (let k = 0; k < plans.length; k++) {
        const plan = plans[k]!;
        const { name, text } = write(k);
        const { dataset } = ok(run([{ name, bytes: utf8(text) }]));
        expect(dataset.synthetic).toBe(true);
        expect(dataset.flights).toHaveLength(1);
        const flight = dataset.flights[0]!;
        expect(flight.confidence).toBe('synthetic');
        expect(flight.sources[0]?.publisher).toBe(SYNTHETIC_PUBLISHER);
        expect(flight.notes).toMatch(/^Synthetic: a generated track/);
        expect([flight.departureObserved, flight.arrivalObserved]).toEqual([
          plan.departureSeen,
          plan.arrivalSeen,
        ]);
        if (plan.departureSeen) expect(flight.origin).toBe(plan.from);
        if (plan.arrivalSeen) expect(flight.destination).toBe(plan.to);
        else
          expect(flight.notes).toMatch(
            /last seen \d\d:\d\dZ at [\d,]+ ft, \d+ km [NESW]{1,2} of [A-Z0-9]{4}/,
          );
      }
    },
  );

  it('all legs in one state-vector file (three aircraft mixed): every leg found, none merged or split, no point lost', () => {
    const { dataset } = ok(run([{ name: 'year.csv', bytes: utf8(stateVectorCsv(legs)) }]));
    expect(dataset.flights).toHaveLength(legs.length);
    const counts = (dataset.tracks ?? []).map((t) => t.points.length).sort((a, b) => a - b);
    expect(counts).toEqual(legs.map((leg) => leg.n).sort((a, b) => a - b));
  });

  it('the same trace twice, or two overlapping pieces of one leg: one flight, points merged by time', () => {
    const text = readsbTrace([legs[0]!]);
    const once = ok(run([{ name: 'a.json', bytes: utf8(text) }])).dataset;
    const twice = ok(
      run([
        { name: 'a.json', bytes: utf8(text) },
        { name: 'b.json', bytes: utf8(text) },
      ]),
    );
    expect(twice.dataset.flights.map((f) => f.id)).toEqual(once.flights.map((f) => f.id));
    expect(twice.dataset.tracks?.[0]?.points).toEqual(once.tracks?.[0]?.points);
    expect(twice.warnings.map((w) => w.message)).toContain(
      `${legs[0]!.n.toLocaleString('en-US')} repeated points (same aircraft, same time) merged`,
    );
    // Two state-vector pieces overlapping by 1,000 points.
    const leg = legs[0]!;
    const cut = (from: number, to: number) => ({
      ...leg,
      t: leg.t.slice(from, to),
      lat: leg.lat.slice(from, to),
      lon: leg.lon.slice(from, to),
      alt: leg.alt.slice(from, to),
      ground: leg.ground.slice(from, to),
      gs: leg.gs.slice(from, to),
      track: leg.track.slice(from, to),
      vrate: leg.vrate.slice(from, to),
      n: to - from,
    });
    const half = Math.floor(leg.n / 2);
    const pieces = ok(
      run([
        { name: 'p1.csv', bytes: utf8(stateVectorCsv([cut(0, half + 500)])) },
        { name: 'p2.csv', bytes: utf8(stateVectorCsv([cut(half - 500, leg.n)])) },
      ]),
    ).dataset;
    const whole = ok(run([{ name: 'w.csv', bytes: utf8(stateVectorCsv([leg])) }])).dataset;
    expect(pieces.flights).toHaveLength(1);
    expect(pieces.flights[0]?.sources.map((s) => s.title)).toEqual([
      'p1.csv (synthetic, OpenSky Network format)',
      'p2.csv (synthetic, OpenSky Network format)',
    ]);
    expect(pieces.tracks?.[0]?.points).toEqual(whole.tracks?.[0]?.points);
  });

  it('the caller can mark any input synthetic', () => {
    const { dataset } = ok(
      run([{ name: 'fr24-export.csv', bytes: fixture('fr24-export.csv') }], { synthetic: true }),
    );
    expect(dataset.synthetic).toBe(true);
    expect(dataset.flights[0]?.confidence).toBe('synthetic');
    expect(dataset.flights[0]?.sources[0]?.publisher).toBe(SYNTHETIC_PUBLISHER);
  });
});

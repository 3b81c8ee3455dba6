import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeDatasets } from '../../src/data/import';
import { mergePoints } from '../../src/data/import/merge-tracks';
import type { Dataset, TrackPoint } from '../../src/data/contract';
import { planSyntheticLegs, readsbTrace, sampleLeg } from '../../src/data/sample';
import { ok, run, utf8 } from './tracks/helpers';
import { makeDataset, makeFlight } from '../fixtures/flights';

const names = { current: 'day1', incoming: 'day1 again' };
const legs = planSyntheticLegs({ legs: 2 }).map(sampleLeg);

function imported(name: string, text: string): Dataset {
  return ok(run([{ name, bytes: utf8(text) }])).dataset;
}

/** The oracle: a map from t to the first point seen with it, sorted by t. */
function naiveMerge(a: TrackPoint[], b: TrackPoint[]): TrackPoint[] {
  const byT = new Map<number, TrackPoint>();
  for (const p of [...a, ...b]) if (!byT.has(p[0])) byT.set(p[0], p);
  return [...byT.values()].sort((x, y) => x[0] - y[0]);
}

describe('mergeDatasets with tracks', () => {
  it('the same trace added again is one flight per leg, with the same points and a warning', () => {
    const first = imported('trace_full_a.json', readsbTrace(legs.slice(0, 1)));
    const again = imported('trace_full_a (1).json', readsbTrace(legs.slice(0, 1)));
    const result = mergeDatasets(first, again, names, 'readsb');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.dataset.flights.map((f) => f.id)).toEqual(first.flights.map((f) => f.id));
    expect(result.dataset.tracks).toEqual(first.tracks);
    expect(result.warnings.map((w) => w.message).join(' ')).toMatch(/already in "day1".*0 new track points/);
  });

  it('an overlapping trace of the same leg adds its points to the one flight', () => {
    const leg = legs[0]!;
    const whole = imported('whole.json', readsbTrace([leg]));
    const id = whole.flights[0]!.id;
    const track = whole.tracks?.find((t) => t.flightId === id);
    expect(track).toBeDefined();
    // Current holds every other point; incoming holds all of them: same leg, same id.
    const half: Dataset = {
      ...whole,
      tracks: [{ ...track!, points: track!.points.filter((_, i) => i % 2 === 0) }],
    };
    const result = mergeDatasets(half, whole, names, 'readsb');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.dataset.flights).toHaveLength(whole.flights.length);
    expect(result.dataset.tracks?.[0]?.points).toEqual(track!.points);
  });

  it('a clash of contract flights (no tracks) stays an error', () => {
    const first = imported('a.json', readsbTrace(legs.slice(0, 1)));
    const noTracks: Dataset = { ...first, tracks: undefined };
    const result = mergeDatasets(noTracks, first, names, 'readsb');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/id already present in row 1 of "day1"/);
  });

  it('different legs are added side by side, tracks carried', () => {
    const a = imported('a.json', readsbTrace(legs.slice(0, 1)));
    const b = imported('b.json', readsbTrace(legs.slice(1, 2)));
    const result = mergeDatasets(a, b, names, 'readsb');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.dataset.flights).toHaveLength(a.flights.length + b.flights.length);
    expect(result.dataset.tracks).toHaveLength((a.tracks?.length ?? 0) + (b.tracks?.length ?? 0));
  });
});

/** A readsb trace of one leg, not flagged synthetic, holding only rows [from, to) of the full trace. */
function partialTrace(from: number, to: number): string {
  const doc = JSON.parse(readsbTrace(legs.slice(0, 1))) as { trace: unknown[]; synthetic?: boolean };
  delete doc.synthetic;
  const n = doc.trace.length;
  doc.trace = doc.trace.slice(Math.floor(n * from), Math.floor(n * to));
  return JSON.stringify(doc);
}

describe('mergeDatasets: one leg seen in two traces that overlap', () => {
  // Current: seen from the climb to the landing; incoming: from the take-off to the cruise.
  const current = imported('late.json', partialTrace(0.2, 1));
  const incoming = imported('early.json', partialTrace(0, 0.6));

  it('the traces alone each miss one end', () => {
    expect(current.flights).toHaveLength(1);
    expect(incoming.flights).toHaveLength(1);
    expect(current.flights[0]).toMatchObject({
      departureObserved: false,
      arrivalObserved: true,
      confidence: 'inferred',
    });
    expect(incoming.flights[0]).toMatchObject({
      departureObserved: true,
      arrivalObserved: false,
      confidence: 'inferred',
    });
    expect(current.flights[0]?.id).not.toBe(incoming.flights[0]?.id);
  });

  it('merged, they are one confirmed flight with both observed ends, the current id and both sources', () => {
    const result = mergeDatasets(current, incoming, names, 'readsb');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [mine, theirs] = [current.flights[0]!, incoming.flights[0]!];
    expect(result.dataset.flights).toHaveLength(1);
    const merged = result.dataset.flights[0]!;
    expect(merged).toMatchObject({
      id: mine.id,
      origin: theirs.origin,
      departureTime: theirs.departureTime,
      departureObserved: true,
      destination: mine.destination,
      arrivalTime: mine.arrivalTime,
      arrivalObserved: true,
      confidence: 'confirmed',
    });
    expect(merged.sources.map((s) => s.title)).toEqual(['late.json', 'early.json']);
    // The "first seen … in the air" note went with the inferred departure.
    expect(merged.notes ?? '').not.toMatch(/first seen/);
    const points = result.dataset.tracks?.[0]?.points ?? [];
    expect(points[0]?.[0]).toBe(incoming.tracks?.[0]?.points[0]?.[0]);
    expect(points.at(-1)?.[0]).toBe(current.tracks?.[0]?.points.at(-1)?.[0]);
    expect(result.dataset.tracks).toHaveLength(1);
  });

  it('the other way round, the ends are the same and the id is the then-current one', () => {
    const result = mergeDatasets(incoming, current, names, 'readsb');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.dataset.flights).toHaveLength(1);
    expect(result.dataset.flights[0]).toMatchObject({
      id: incoming.flights[0]?.id,
      departureObserved: true,
      arrivalObserved: true,
      confidence: 'confirmed',
    });
  });

  it('a trace overlapping two current legs is not guessed into either: it is added as its own flight', () => {
    const t = (from: number, to: number): TrackPoint[] => [
      [from, 40, 50, 10_000, false],
      [to, 41, 49, 10_000, false],
    ];
    const leg = (id: string, from: number, to: number) => ({
      flight: makeFlight({
        id,
        icao24: 'fa1e07',
        confidence: 'inferred',
        departureObserved: false,
        arrivalObserved: false,
      }),
      track: { flightId: id, source: { publisher: 'ADS-B Exchange' }, points: t(from, to) },
    });
    const a = leg('adsb-fa1e07-1000', 1000, 2000);
    const b = leg('adsb-fa1e07-3000', 3000, 4000);
    const bridge = leg('adsb-fa1e07-1500', 1500, 3500);
    const within = leg('adsb-fa1e07-1200', 1200, 1800);
    const current = makeDataset([a.flight, b.flight], { tracks: [a.track, b.track] });
    const spanning = mergeDatasets(current, makeDataset([bridge.flight], { tracks: [bridge.track] }), names);
    if (!spanning.ok) throw new Error(JSON.stringify(spanning.errors));
    expect(spanning.dataset.flights.map((f) => f.id)).toEqual([a.flight.id, b.flight.id, bridge.flight.id]);
    const inside = mergeDatasets(current, makeDataset([within.flight], { tracks: [within.track] }), names);
    if (!inside.ok) throw new Error(JSON.stringify(inside.errors));
    expect(inside.dataset.flights.map((f) => f.id)).toEqual([a.flight.id, b.flight.id]);
    expect(inside.dataset.tracks?.[0]?.points.map((p) => p[0])).toEqual([1000, 1200, 1800, 2000]);
  });
});

describe('mergePoints', () => {
  const point = fc.tuple(
    fc.integer({ min: 0, max: 200 }),
    fc.double({ min: -90, max: 90, noNaN: true }),
    fc.double({ min: -180, max: 180, noNaN: true }),
    fc.option(fc.integer({ min: 0, max: 40_000 })),
    fc.option(fc.boolean()),
  );
  // A track is ascending in t with one point per t (the contract), so build them that way.
  const track = fc.array(point, { maxLength: 60 }).map((ps) => naiveMerge(ps as TrackPoint[], []));

  it('equals the naive union by t, current first', () => {
    fc.assert(
      fc.property(track, track, (a, b) => {
        expect(mergePoints(a, b)).toEqual(naiveMerge(a, b));
      }),
    );
  });
});

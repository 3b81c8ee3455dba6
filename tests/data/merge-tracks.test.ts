import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeDatasets } from '../../src/data/import';
import { mergePoints } from '../../src/data/import/merge-tracks';
import type { Dataset, TrackPoint } from '../../src/data/contract';
import { planSyntheticLegs, readsbTrace, sampleLeg } from '../../src/data/sample';
import { ok, run, utf8 } from './tracks/helpers';

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

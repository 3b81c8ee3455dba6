import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { createStore, del, keys, type UseStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset, Track, TrackPoint } from '../../src/data/contract';
import { loadStoredDataset, saveDataset, trackChunkKey } from '../../src/io/persist';
import { joinTracks, trackChunks } from '../../src/io/persist-tracks';
import { makeDataset, makeFlight } from '../fixtures/flights';

let store: UseStore;
let n = 0;
beforeEach(() => {
  store = createStore(`airlift-tracks-${++n}`, 'datasets');
});

const pts = (count: number, from = 0): TrackPoint[] =>
  Array.from({ length: count }, (_, k) => [
    from + k,
    40 + k / 1000,
    49,
    k % 3 === 0 ? null : 1000 + k,
    k === 0,
  ]);
const track = (flightId: string, count: number): Track => ({
  flightId,
  source: { publisher: 'ADS-B Exchange', title: 'trace.json' },
  points: pts(count),
});

function withTracks(): Dataset {
  const flights = ['adsb-a-1', 'adsb-b-2', 'adsb-c-3'].map((id) => makeFlight({ id }));
  return {
    ...makeDataset(flights),
    tracks: [track('adsb-a-1', 7), track('adsb-b-2', 0), track('adsb-c-3', 12)],
  };
}

describe('tracks in IndexedDB', () => {
  it('round-trip with the dataset, chunked by points (a long track split over chunks)', async () => {
    const dataset = withTracks();
    expect(await saveDataset(dataset, store, { flightsPerChunk: 2, pointsPerChunk: 5 })).toEqual({
      ok: true,
    });
    const ours = (await keys(store)).filter((k) => String(k).includes(':tracks:'));
    expect(ours).toHaveLength(4); // 19 points, 5 per chunk
    const loaded = await loadStoredDataset(store);
    expect(loaded && 'dataset' in loaded && loaded.dataset).toEqual(dataset);
  });

  it('a record without tracks still loads, with no tracks', async () => {
    const dataset = makeDataset([makeFlight({ id: 'x' })]);
    await saveDataset(dataset, store);
    const loaded = await loadStoredDataset(store);
    expect(loaded && 'dataset' in loaded && loaded.dataset.tracks).toBeUndefined();
  });

  it('a missing track chunk is reported as damage and the record removed', async () => {
    await saveDataset(withTracks(), store, { flightsPerChunk: 2, pointsPerChunk: 5 });
    await del(trackChunkKey(1), store);
    const loaded = await loadStoredDataset(store);
    expect(loaded).toEqual({ error: expect.stringMatching(/damaged \(a chunk of its tracks is missing\)/) });
    expect(await loadStoredDataset(store)).toBeNull();
  });

  it('chunks then joins any tracks back unchanged, no chunk over the limit', () => {
    const tracks = fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 8 });
    fc.assert(
      fc.property(tracks, fc.integer({ min: 1, max: 9 }), (sizes, per) => {
        const ts = sizes.map((s, i) => track(`f${i}`, s));
        const chunks = trackChunks(ts, per);
        for (const c of chunks) expect(c.reduce((s, p) => s + p.points.length, 0)).toBeLessThanOrEqual(per);
        const total = sizes.reduce((s, x) => s + x, 0);
        expect(
          joinTracks(chunks, { trackChunks: chunks.length, trackCount: ts.length, trackPointCount: total }),
        ).toEqual(ts);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gzipSync } from 'fflate';
import { looksLikeTrack } from '../../../src/data/tracks';
import {
  fr24Csv,
  kmlTrack,
  openSkyTracksJson,
  planSyntheticLegs,
  readsbTrace,
  sampleLeg,
  stateVectorCsv,
} from '../../../src/data/sample';
import { run, utf8 } from './helpers';

const leg = sampleLeg(planSyntheticLegs({ legs: 1 })[0]!);
const tracks: [string, string][] = [
  ['trace_full_abc123.json', readsbTrace([leg])],
  ['states.csv', stateVectorCsv([leg])],
  ['tracks.json', openSkyTracksJson(leg)],
  ['fr24.csv', fr24Csv(leg)],
  ['track.kml', kmlTrack(leg)],
];
const notTracks: [string, string][] = [
  [
    'airlift.json',
    '{"schemaVersion":2,"title":"x","synthetic":false,"airports":[],"events":[],"flights":[]}',
  ],
  ['airlift.csv', 'id,date,origin,destination,confidence\nf1,2024-01-01,UBBB,LLOV,confirmed\n'],
  ['flights.csv', 'icao24,firstseen,estdepartureairport,lastseen,estarrivalairport,callsign\n'],
  ['notes.txt', 'hello'],
  ['empty.json', ''],
];

describe('looksLikeTrack', () => {
  it.each(tracks)('recognises %s, plain and gzip-compressed', (name, text) => {
    expect(looksLikeTrack(name, utf8(text))).toBe(true);
    expect(looksLikeTrack(name, gzipSync(utf8(text)))).toBe(true);
    expect(looksLikeTrack(name, utf8(`\ufeff${text}`))).toBe(true);
  });

  it.each(notTracks)('sends %s to the text path', (name, text) => {
    expect(looksLikeTrack(name, utf8(text))).toBe(false);
  });

  it('decides on the first 64 KB of a large file', () => {
    const big = utf8(stateVectorCsv([leg]));
    expect(big.length).toBeGreaterThan(64 * 1024);
    expect(looksLikeTrack('x.csv', big.subarray(0, 64 * 1024))).toBe(true);
  });

  it('agrees with the track reader: whatever it calls a track is one the reader reads', () => {
    // Random cuts of real and non-track texts: a "yes" must never meet "not a format this app reads".
    const texts = [...tracks, ...notTracks].map(([, t]) => t);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: texts.length - 1 }), (k) => {
        const text = texts[k] ?? '';
        const bytes = utf8(text);
        if (!looksLikeTrack('f', bytes)) return;
        const result = run([{ name: 'f', bytes }]);
        const messages = result.ok ? [] : result.errors.map((e) => e.message).join(' ');
        expect(String(messages)).not.toContain('not a format this app reads');
      }),
      { numRuns: 30 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/data/contract';
import { parseImport } from '../../src/data/import';
import { makeFlight, makeJsonDoc } from '../fixtures/flights';
import { testGazetteer } from '../fixtures/test-gazetteer';

function importWith(extra: Record<string, unknown>): ImportResult {
  const doc = makeJsonDoc([makeFlight({ id: 'a' }), makeFlight({ id: 'b' })], { schemaVersion: 2, ...extra });
  return parseImport(JSON.stringify(doc), { gazetteer: testGazetteer });
}

function errorsOf(result: ImportResult): string[] {
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors.map((e) => e.message);
}

const source = { publisher: 'ADS-B test feed' };
const good = [1_700_000_000, 40.4, 50.0, 1200, false];

describe('tracks rules', () => {
  it.each([
    [
      { flightId: 'zz', source, points: [] },
      'tracks[1], field flightId: "zz" is not the id of a flight in this file',
    ],
    [{ source, points: [] }, 'tracks[1], field flightId: required'],
    [{ flightId: 'a', points: [] }, 'tracks[1], field source: required'],
    [
      { flightId: 'a', source: { publisher: 'x', url: 'javascript:x' }, points: [] },
      'tracks[1], field source.url: URL scheme',
    ],
    [{ flightId: 'a', source }, 'tracks[1], field points: required'],
    [
      { flightId: 'a', source, points: [good, [1_699_999_999, 40, 50, null, null]] },
      'tracks[1], field points[2]: t 1699999999 is before',
    ],
    [
      { flightId: 'a', source, points: [[1, 91, 50, null, null]] },
      'tracks[1], field points[1]: lat 91 is not a number from -90 to 90',
    ],
    [
      { flightId: 'a', source, points: [[1, 40, 'x', null, null]] },
      'tracks[1], field points[1]: lon "x" is not a number',
    ],
    [
      { flightId: 'a', source, points: [[1, 40, 50, '1200', null]] },
      'tracks[1], field points[1]: altFt "1200" is not a number or null',
    ],
    [
      { flightId: 'a', source, points: [[1, 40, 50, null, 1]] },
      'tracks[1], field points[1]: onGround 1 is not true, false or null',
    ],
    [
      { flightId: 'a', source, points: [[1, 40, 50]] },
      'tracks[1], field points[1]: must be [t, lat, lon, altFt, onGround], not a list of 3',
    ],
  ])('%j is an error naming the track and the point', (track, message) => {
    const errors = errorsOf(importWith({ tracks: [track] }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it('at most one track per flight', () => {
    const track = { flightId: 'a', source, points: [good] };
    expect(errorsOf(importWith({ tracks: [track, track] }))).toEqual([
      'tracks[2], field flightId: flight "a" already has a track (tracks[1]): at most one per flight',
    ]);
  });

  it('keeps valid tracks (equal t allowed)', () => {
    const tracks = [{ flightId: 'b', source, points: [good, good, [1_700_000_060, -10, 179.5, null, true]] }];
    const result = importWith({ tracks });
    expect(result.ok && result.dataset.tracks).toStrictEqual(tracks);
  });
});

describe('log rules', () => {
  it.each([
    [{ action: 'edit' }, 'log[1], field at: required'],
    [
      { at: '2026-11-24T10:00:00', action: 'edit' },
      'log[1], field at: "2026-11-24T10:00:00" has no time zone',
    ],
    [
      { at: '2026-11-24T10:00:00Z', action: 'rename' },
      'log[1], field action: "rename" is not one of import, add, edit, delete, merge',
    ],
    [{ at: '2026-11-24T10:00:00Z', action: 'edit', by: 3 }, 'log[1], field by: must be text, not 3'],
  ])('%j is an error', (entry, message) => {
    const errors = errorsOf(importWith({ log: [entry] }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it('keeps entries for deleted flights and any before/after values; warns when not oldest first', () => {
    const log = [
      { at: '2026-11-24T10:00:00Z', action: 'delete', flightId: 'gone', before: { id: 'gone' } },
      { at: '2026-11-23T10:00:00+03:00', action: 'import' },
    ];
    const result = importWith({ log });
    expect(result.ok && result.dataset.log).toStrictEqual(log);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'field log: 1 entries are older than an entry before them: the log is kept as given (oldest first is expected)',
    ]);
  });
});

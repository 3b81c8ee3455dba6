import { describe, expect, it } from 'vitest';
import { mergeDatasets } from '../../src/data/import';
import type { Airport, Dataset } from '../../src/data/contract';
import { makeDataset, makeFlight } from '../fixtures/flights';

const names = { current: 'a.json', incoming: 'b.csv' };

function current(): Dataset {
  return makeDataset([makeFlight({ id: 'a1' }), makeFlight({ id: 'shared' })], {
    title: 'Current',
    synthetic: false,
    events: [{ date: '2023-03-06', title: 'Report published' }],
  });
}

describe('mergeDatasets (add to current)', () => {
  it('an id already present is an error naming both files and rows; nothing is merged', () => {
    const incoming = makeDataset([
      makeFlight({ id: 'b1' }),
      makeFlight({ id: 'b2' }),
      makeFlight({ id: 'shared' }),
    ]);
    const result = mergeDatasets(current(), incoming, names);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.errors.map((e) => e.message)).toEqual([
      'row 3 (id "shared") of "b.csv", field id: id already present in row 2 of "a.json"',
    ]);
    expect('dataset' in result).toBe(false);
  });

  it('adds the flights, keeps the title and ORs synthetic', () => {
    const incoming = makeDataset([makeFlight({ id: 'b1' })], { title: 'Other', synthetic: true });
    const result = mergeDatasets(current(), incoming, names);
    if (!result.ok) throw new Error(result.errors[0]?.message);
    expect(result.dataset.flights.map((f) => f.id)).toEqual(['a1', 'shared', 'b1']);
    expect(result.dataset).toMatchObject({ title: 'Current', synthetic: true });
  });

  it('unions airports; a different definition of a known code keeps the current one, with a warning', () => {
    const base = current();
    const llov = base.airports.find((a) => a.icao === 'LLOV') as Airport;
    const moved: Airport = { ...llov, lat: 30.5 };
    const extra: Airport = { icao: 'ZZZZ', name: 'Sample Field', lat: 1, lon: 2 };
    const incoming = makeDataset([makeFlight({ id: 'b1', destination: 'ZZZZ' })], {
      airports: [moved, extra],
    });
    const result = mergeDatasets(base, incoming, names);
    if (!result.ok) throw new Error(result.errors[0]?.message);
    expect(result.dataset.airports).toEqual([...base.airports, extra]);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'airport "LLOV" of "b.csv": differs from the one in "a.json" (Ovda (Uvda), 29.9403, 34.9358); kept the one in "a.json"',
    ]);
  });

  it('unions events without duplicates', () => {
    const incoming = makeDataset([], {
      events: [
        { date: '2023-03-06', title: 'Report published' },
        { date: '2023-03-29', title: 'Embassy opens' },
      ],
    });
    const result = mergeDatasets(current(), incoming, names);
    expect(result.ok && result.dataset.events.map((e) => e.date)).toEqual(['2023-03-06', '2023-03-29']);
  });

  it('the 1,000,000-flight limit applies to the sum', () => {
    const one = makeFlight({ id: 'same' });
    const big = makeDataset(new Array(600_000).fill(one));
    const result = mergeDatasets(big, makeDataset(new Array(400_001).fill(one)), names);
    expect(result.ok === false && result.errors.map((e) => e.message)).toEqual([
      'adding "b.csv" to "a.json" makes 1,000,001 flights is more than the limit of 1,000,000 flights in one dataset',
    ]);
  });
});

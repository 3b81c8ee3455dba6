import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AIRCRAFT_DB_FIELDS,
  AircraftTable,
  columnBuffers,
  columnsProblem,
  hexOf,
  type AircraftColumns,
} from '../../../../src/data/identity/aircraft-db';
import { TableBuilder } from '../../../../src/data/identity/aircraft-db/builder';
import type { AircraftRecord } from '../../../../src/data/identity/types';

const INFO = { name: 'db.csv', layout: 'opensky' as const, importedAt: '2026-12-02T10:00:00+00:00' };

type Row = { icao24: string; values: (string | undefined)[] };

/** The table the builder makes from `rows`, and the naive answer: a Map where the later row wins. */
function both(rows: Row[]) {
  const builder = new TableBuilder();
  const naive = new Map<string, AircraftRecord>();
  rows.forEach((row, i) => {
    builder.add(i + 1, row.icao24, row.values);
    if (!/^[0-9a-f]{6}$/i.test(row.icao24)) return;
    const rec: AircraftRecord = { icao24: row.icao24.toLowerCase() };
    AIRCRAFT_DB_FIELDS.forEach((f, k) => {
      const v = row.values[k];
      if (v !== undefined) rec[f] = v;
    });
    naive.set(rec.icao24, rec);
  });
  return { ...builder.build(INFO), naive };
}

// Few addresses (so rows repeat) over the whole 24-bit range's edges, and texts from a small alphabet
// (so values repeat and the interned form is taken) or free (so it is not).
const address = fc.oneof(
  fc.integer({ min: 0, max: 40 }),
  fc.integer({ min: 0xffffd0, max: 0xffffff }),
  fc.integer({ min: 0, max: 0xffffff }),
);
const icao24 = fc.oneof(
  { weight: 8, arbitrary: address.map(hexOf) },
  { weight: 2, arbitrary: address.map((a) => hexOf(a).toUpperCase()) },
  { weight: 1, arbitrary: fc.string({ maxLength: 7 }) },
);
const value = fc.option(fc.oneof(fc.constantFrom('A', 'B', 'Ünï', 'x y'), fc.string({ minLength: 1 })), {
  nil: undefined,
});
const row = fc.record({ icao24, values: fc.array(value, { minLength: 8, maxLength: 8 }) });

describe('AircraftTable', () => {
  it('answers get() as a Map of the same rows does (later row wins), in any case', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), fc.array(address), (rows, probes) => {
        const { table, naive } = both(rows);
        expect(table.size).toBe(naive.size);
        for (const [key, rec] of naive) {
          expect(table.get(key)).toEqual(rec);
          expect(table.get(key.toUpperCase())).toEqual(rec);
        }
        for (const p of probes) expect(table.get(hexOf(p))).toEqual(naive.get(hexOf(p)));
      }),
    );
  });

  it('keeps both column forms right past the sample: unique texts and repeated ones', () => {
    const rows: Row[] = Array.from({ length: 10_000 }, (_, i) => ({
      icao24: hexOf(i * 1601),
      values: [
        `R-${i}`,
        `T${i % 7}`,
        undefined,
        i % 3 ? `Op ${i % 11}` : undefined,
        'AAA',
        `O${i}`,
        '',
        `${i % 50}`,
      ],
    }));
    const { table, naive } = both(rows);
    const c = table.toColumns().columns;
    expect(c.registration.codes).toBeInstanceOf(Uint32Array);
    expect(c.typecode.codes).toBeInstanceOf(Uint8Array);
    expect(c.typecode.starts.length).toBe(8);
    for (const [key, rec] of naive) expect(table.get(key)).toEqual(rec);
  });

  it('refuses malformed icao24s', () => {
    const { table } = both([{ icao24: 'abcdef', values: ['X'] }]);
    for (const bad of ['', 'abcde', 'abcdefa', 'abcdeg', ' abcdef', '-bcdef'])
      expect(table.get(bad)).toBeUndefined();
    expect(table.get('ABCDEF')?.registration).toBe('X');
  });

  it('crosses structured clone with its buffers transferred and comes back the same', () => {
    const rows: Row[] = Array.from({ length: 300 }, (_, i) => ({
      icao24: hexOf(i * 40_000),
      values: [`R${i}`, 'B738', `M ${i % 4}`, undefined, undefined, undefined, undefined, '1999'],
    }));
    const { table } = both(rows);
    const expected = Array.from({ length: table.size }, (_, i) => table.recordAt(i));
    const columns = table.toColumns();
    const cloned = structuredClone(columns, { transfer: columnBuffers(columns) });
    expect(columns.addresses.length).toBe(0); // transferred: the sender's arrays are empty now
    const back = AircraftTable.fromColumns(cloned);
    expect(back.info).toEqual({ ...INFO, rows: 300 });
    expect(Array.from({ length: back.size }, (_, i) => back.recordAt(i))).toEqual(expected);
  });

  it('says what is wrong with damaged columns', () => {
    const good = () => {
      const { table } = both([
        { icao24: '000001', values: ['A'] },
        { icao24: '000002', values: ['B'] },
      ]);
      return structuredClone(table.toColumns());
    };
    expect(columnsProblem(good())).toBeUndefined();
    const cases: [string, (c: AircraftColumns) => void][] = [
      ['its addresses are out of order', (c) => c.addresses.reverse()],
      ['it says 3 rows but holds 2', (c) => (c.info.rows = 3)],
      ['its registration column is damaged', (c) => (c.columns.registration.codes[0] = 9)],
      ['its owner column is missing', (c) => delete (c.columns as Partial<AircraftColumns['columns']>).owner],
      ['its registration texts are damaged', (c) => (c.columns.registration.text = 'ABC')],
    ];
    for (const [problem, damage] of cases) {
      const c = good();
      damage(c);
      expect(columnsProblem(c)).toBe(problem);
      expect(() => AircraftTable.fromColumns(c)).toThrow(
        `The aircraft database is not readable: ${problem}.`,
      );
    }
    expect(columnsProblem(null)).toBe('it is not a record');
  });
});

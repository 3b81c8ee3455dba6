import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IdRows } from '../../src/data/validate';

describe('IdRows (the id → first row table of a JSON import)', () => {
  it('answers get, has and firstOrSet as a Map does, whatever its starting size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }),
        fc.nat({ max: 400 }),
        (ids, expected) => {
          const table = new IdRows(expected);
          const map = new Map<string, number>();
          ids.forEach((id, row) => {
            const first = map.get(id);
            if (first === undefined) map.set(id, row);
            expect(table.firstOrSet(id, row)).toBe(first);
          });
          expect(table.size).toBe(map.size);
          for (const id of [...ids, 'absent', '']) {
            expect(table.get(id)).toBe(map.get(id));
            expect(table.has(id)).toBe(map.has(id));
          }
        },
      ),
    );
  });

  it('keeps every id and row when it is resized ahead (reserve) part-way through', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 300 }),
        fc.nat({ max: 300 }),
        fc.nat({ max: 2000 }),
        (ids, at, expected) => {
          const table = new IdRows();
          ids.forEach((id, row) => {
            if (row === at) table.reserve(expected);
            expect(table.firstOrSet(id, row)).toBeUndefined();
          });
          expect(table.size).toBe(ids.length);
          ids.forEach((id, row) => expect(table.firstOrSet(id, -1)).toBe(row));
        },
      ),
    );
  });

  it('set overwrites the row as Map.set does', () => {
    const table = new IdRows();
    table.set('a', 1).set('a', 7).set('b', 2);
    expect([table.get('a'), table.get('b'), table.size]).toEqual([7, 2, 2]);
  });
});

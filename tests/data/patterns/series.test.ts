import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { periodOf, seriesBy, type SeriesUnit } from '../../../src/data/patterns';
import { makeMinimalFlight } from '../../fixtures/flights';

const dateArb = fc
  .date({ min: new Date('1999-11-01T00:00:00Z'), max: new Date('2031-02-28T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('seriesBy', () => {
  it('counts each flight in the period of its date, as the string rule says', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(dateArb, fc.constantFrom('LLOV', 'LLRM', 'LLBG')), { minLength: 1, maxLength: 40 }),
        fc.constantFrom<SeriesUnit>('month', 'quarter'),
        (rows, unit) => {
          const flights = rows.map(([date, destination], i) =>
            makeMinimalFlight({ id: `f${i}`, date, destination }),
          );
          const s = seriesBy(flights, 'destination', unit);
          // Naive: a map from (destination, period label) to count.
          const naive = new Map<string, number>();
          for (const f of flights) {
            const k = `${f.destination} ${periodOf(f.date, unit)}`;
            naive.set(k, (naive.get(k) ?? 0) + 1);
          }
          const ours = new Map<string, number>();
          for (const row of s.rows)
            row.counts.forEach((n, j) => {
              if (n > 0) ours.set(`${row.key} ${s.periods[j]}`, n);
            });
          expect(ours).toEqual(naive);
        },
      ),
    );
  });
});

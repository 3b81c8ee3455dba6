import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seriesBy, type SeriesKey, type SeriesUnit } from '../../../src/data/patterns';
import { computeView, createIndex, passingPositions, seriesAt } from '../../../src/data/query';
import { makeDataset } from '../../fixtures/flights';
import { filtersArb, flightsArb } from '../../fixtures/query-arbitraries';

describe('seriesAt (the counts over time from the index)', () => {
  it('passingPositions lists the flights computeView passes, in its order', () => {
    fc.assert(
      fc.property(flightsArb, filtersArb, (flights, filters) => {
        const index = createIndex(makeDataset(flights));
        const positions = [...passingPositions(index, filters)];
        const view = computeView(index, filters, 'year');
        expect(positions.map((i) => index.flights[i])).toEqual(view.flights);
        // The view's own positions are the same ones.
        expect([...view.positions]).toEqual(positions);
      }),
    );
  });

  it('equals seriesBy over the same flights, for every key and unit', () => {
    fc.assert(
      fc.property(
        flightsArb,
        filtersArb,
        fc.constantFrom<SeriesKey>('destination', 'operator', 'aircraft'),
        fc.constantFrom<SeriesUnit>('month', 'quarter'),
        (flights, filters, by, unit) => {
          const index = createIndex(makeDataset(flights));
          const shown = computeView(index, filters, 'year').flights;
          expect(seriesAt(index, passingPositions(index, filters), by, unit)).toEqual(
            seriesBy(shown, by, unit),
          );
        },
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { queryToView, viewToQuery } from '../../src/store/url';

describe('URL query ↔ identity filters and the aircraft selection', () => {
  it('writes airframes, "conflicts only" and a selected aircraft, and reads them back', () => {
    const view = {
      filters: { aircraft: ['600001', 'reg:4K-AZ1'], identityConflict: true },
      selection: { kind: 'aircraft' as const, key: 'reg:4K-AZ1' },
    };
    const query = viewToQuery(view);
    expect(query).toBe('airframe=600001&airframe=reg%3A4K-AZ1&conflicts=1&selectedAircraft=reg%3A4K-AZ1');
    const back = queryToView(query);
    expect(back.filters).toEqual(view.filters);
    expect(back.selection).toEqual(view.selection);
    expect(back.notices).toEqual([]);
  });

  it('names a bad conflicts value and ignores it', () => {
    const view = queryToView('conflicts=yes');
    expect(view.filters.identityConflict).toBeUndefined();
    expect(view.notices).toEqual(['Ignored URL parameter conflicts="yes": expected 1.']);
  });

  it('keeps the aircraft filter apart from the aircraft-type filter (aircraft=)', () => {
    const view = queryToView('aircraft=Il-76TD&airframe=600001');
    expect(view.filters).toEqual({ aircraftTypes: ['Il-76TD'], aircraft: ['600001'] });
  });

  it('round-trips any list of airframe keys', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 5 }), (aircraft) => {
        expect(queryToView(viewToQuery({ filters: { aircraft }, selection: null })).filters.aircraft).toEqual(
          aircraft,
        );
      }),
    );
  });
});

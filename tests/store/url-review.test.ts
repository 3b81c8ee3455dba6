import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { REVIEW_STATUSES, type ReviewStatus } from '../../src/data/contract';
import { queryToView, viewToQuery } from '../../src/store/url';

describe('URL query ↔ review filter', () => {
  it('writes the statuses in one comma-separated parameter', () => {
    const query = viewToQuery({ filters: { review: ['verified', 'disputed'] }, selection: null });
    expect(query).toBe('review=verified%2Cdisputed');
    expect(queryToView('review=disputed,verified').filters).toEqual({ review: ['verified', 'disputed'] });
  });

  it.each<[string, ReviewStatus[] | undefined, string[]]>([
    ['review=bogus', undefined, ['bogus']],
    ['review=disputed,Verified', ['disputed'], ['Verified']],
    ['review=disputed,,', ['disputed'], []],
    ['review=x,y', undefined, ['x', 'y']],
  ])('%s keeps the good values and names each bad one', (query, kept, badValues) => {
    const view = queryToView(query);
    expect(view.filters.review).toEqual(kept);
    expect(view.notices).toHaveLength(badValues.length);
    badValues.forEach((v, i) => {
      expect(view.notices[i]).toContain(`review=${JSON.stringify(v)}`);
      expect(view.notices[i]).toContain('unreviewed, verified, disputed');
    });
  });

  it('round-trips any set of statuses, in the contract order', () => {
    fc.assert(
      fc.property(fc.subarray([...REVIEW_STATUSES], { minLength: 1 }), (review) => {
        const back = queryToView(viewToQuery({ filters: { review }, selection: null }));
        expect(back.notices).toEqual([]);
        expect(back.filters).toEqual({ review });
      }),
    );
  });
});

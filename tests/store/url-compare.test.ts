import { describe, expect, it } from 'vitest';
import { selectLinkView } from '../../src/store/selectors';
import { useAirlift } from '../../src/store/store';
import { parseComparison, queryToView, viewToQuery } from '../../src/store/url';

const comparison = {
  a: { from: '2022-08-04', to: '2022-10-02' },
  b: { from: '2022-10-03', to: '2022-12-01' },
};

describe('the comparison in the link', () => {
  it('round-trips as compare=FROM..TO,FROM..TO', () => {
    const query = viewToQuery({ filters: { airport: 'LLOV' }, selection: null, comparison });
    expect(new URLSearchParams(query).get('compare')).toBe('2022-08-04..2022-10-02,2022-10-03..2022-12-01');
    const view = queryToView(query);
    expect(view.comparison).toEqual(comparison);
    expect(view.notices).toEqual([]);
  });

  it.each([
    '2022-08-04..2022-10-02',
    '2022-10-02..2022-08-04,2022-10-03..2022-12-01',
    '2022-02-30..2022-03-01,2022-10-03..2022-12-01',
    'x..y,z..w',
  ])('a malformed value is dropped and named: %s', (value) => {
    const view = queryToView(`?compare=${encodeURIComponent(value)}`);
    expect(view.comparison).toBeUndefined();
    expect(view.notices).toHaveLength(1);
    expect(view.notices[0]).toContain('compare');
    expect(parseComparison(value)).toBeUndefined();
  });
});

describe('the comparison in the store', () => {
  it('is in the link the store makes and comes back from one', () => {
    useAirlift.getState().setComparison(comparison);
    const query = viewToQuery(selectLinkView(useAirlift.getState()));
    useAirlift.getState().setComparison(null);
    useAirlift.getState().applyView(queryToView(query));
    expect(useAirlift.getState().comparison).toEqual(comparison);
    useAirlift.getState().applyView(queryToView(''));
    expect(useAirlift.getState().comparison).toBeNull();
  });

  it('a step that changes nothing is not an undo entry', () => {
    const before = useAirlift.getState().past.length;
    useAirlift.getState().commit({ label: 'No change', action: 'edit', at: '2026-12-02T00:00:00Z', log: [] });
    expect(useAirlift.getState().past.length).toBe(before);
  });
});

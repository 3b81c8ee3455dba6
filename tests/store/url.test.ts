import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { queryToView, viewToQuery, type ViewState } from '../../src/store/url';
import { CONFIDENCES } from '../../src/data/contract';

describe('URL query ↔ filters and selection', () => {
  it('writes the documented parameter names', () => {
    const query = viewToQuery({
      filters: { from: '2022-10-01', to: '2023-03-31', operators: ['Silk Way Airlines'], airport: 'LLOV' },
      selection: { kind: 'route', key: 'UBBB>LLOV' },
    });
    expect(query).toBe(
      'from=2022-10-01&to=2023-03-31&operator=Silk+Way+Airlines&airport=LLOV&route=UBBB%3ELLOV',
    );
  });

  it.each([
    ['from=2023-02-30', 'from'],
    ['to=yesterday', 'to'],
    ['airport=<script>', 'airport'],
    ['confidence=certain', 'confidence'],
    ['route=UBBB-LLOV', 'route'],
    ['from=2023-05-01&to=2023-01-01', 'to'],
    ['minPublishers=two', 'minPublishers'],
    ['bothEnds=yes', 'bothEnds'],
    ['area=1,2,3', 'area'],
    ['area=50,0,10,10', 'area'],
  ])('ignores a malformed parameter (%s) with a notice naming it', (query, name) => {
    const view = queryToView(query);
    expect(view.notices).toHaveLength(1);
    expect(view.notices[0]).toContain(`${name}=`);
    expect(view.filters.to === undefined || name !== 'to').toBe(true);
  });

  it('keeps the good parameters when one is bad', () => {
    const view = queryToView('from=2022-10-01&to=nonsense&airport=llov');
    expect(view.filters).toEqual({ from: '2022-10-01', airport: 'LLOV' });
    expect(view.notices).toHaveLength(1);
  });

  it('round-trips any valid view', () => {
    const date = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const icao = fc.stringMatching(/^[A-Z0-9]{4}$/);
    const text = fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s.length > 0);
    const view = fc.record(
      {
        from: date,
        to: date,
        operators: fc.array(text, { minLength: 1, maxLength: 3 }),
        airport: icao,
        origin: icao,
        destination: icao,
        confidences: fc.subarray([...CONFIDENCES], { minLength: 1 }),
        registration: text,
        text,
        publishers: fc.array(text, { minLength: 1, maxLength: 3 }),
        minPublishers: fc.integer({ min: 1, max: 20 }),
        bothEndsObserved: fc.constant(true),
        area: fc
          .tuple(
            fc.integer({ min: -90, max: 0 }),
            fc.integer({ min: -180, max: 180 }),
            fc.integer({ min: 0, max: 90 }),
            fc.integer({ min: -180, max: 180 }),
          )
          .map(([south, west, north, east]) => ({ south, west, north, east })),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(view, fc.option(fc.tuple(icao, icao)), (filters, route) => {
        if (filters.from && filters.to && filters.from > filters.to)
          [filters.from, filters.to] = [filters.to, filters.from];
        const state: ViewState = {
          filters,
          selection: route ? { kind: 'route', key: `${route[0]}>${route[1]}` } : null,
        };
        const back = queryToView(viewToQuery(state));
        expect(back.notices).toEqual([]);
        expect(back.filters).toEqual(filters);
        expect(back.selection).toEqual(state.selection);
      }),
    );
  });
});

describe('URL query ↔ sort, bin unit, event window and dataset', () => {
  it('writes them with documented names, after the filters', () => {
    const query = viewToQuery({
      filters: { from: '2022-09-26', to: '2022-10-10' },
      selection: null,
      sort: { key: 'origin', dir: 'desc' },
      unit: 'week',
      event: { date: '2022-10-03', days: 7 },
      dataset: 'sample-1a2b3c4d',
    });
    expect(query).toBe(
      'from=2022-09-26&to=2022-10-10&sort=-origin&bins=week&event=2022-10-03&days=7&dataset=sample-1a2b3c4d',
    );
  });

  it('leaves the defaults out (sort by date ascending, Auto bins, no event)', () => {
    expect(
      viewToQuery({ filters: {}, selection: null, sort: { key: 'date', dir: 'asc' }, unit: 'auto' }),
    ).toBe('');
    const back = queryToView('');
    expect([back.sort, back.unit, back.event, back.dataset]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it.each([
    ['sort=-altitude', 'sort'],
    ['sort=', undefined],
    ['bins=hour', 'bins'],
    ['bins=year', 'bins'],
    ['event=2022-13-01&days=7', 'event'],
    ['event=2022-10-03&days=400', 'days'],
    ['event=2022-10-03&days=two', 'days'],
    ['days=7', 'days'],
    ['dataset=' + 'x'.repeat(200), 'dataset'],
  ])('ignores a malformed parameter (%s) with a notice naming it', (query, name) => {
    const view = queryToView(query);
    if (name === undefined) expect(view.notices).toEqual([]);
    else {
      expect(view.notices).toHaveLength(1);
      expect(view.notices[0]).toContain(`${name}=`);
    }
  });

  it('an event without days keeps the default window', () => {
    expect(queryToView('event=2022-10-03').event).toEqual({ date: '2022-10-03', days: undefined });
  });

  it('round-trips any sort, unit, event window and dataset', () => {
    const sortKeys = [
      'date',
      'origin',
      'destination',
      'operator',
      'callsign',
      'aircraftType',
      'registration',
      'confidence',
      'sources',
    ] as const;
    const date = fc
      .date({
        min: new Date('0001-01-01T00:00:00Z'),
        max: new Date('9999-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.record({
          key: fc.constantFrom(...sortKeys),
          dir: fc.constantFrom('asc' as const, 'desc' as const),
        }),
        fc.constantFrom('auto' as const, 'day' as const, 'week' as const, 'month' as const),
        fc.option(fc.record({ date, days: fc.integer({ min: 0, max: 365 }) }), { nil: undefined }),
        fc.option(fc.stringMatching(/^[a-z0-9-]{1,64}$/), { nil: undefined }),
        (sort, unit, event, dataset) => {
          const back = queryToView(viewToQuery({ filters: {}, selection: null, sort, unit, event, dataset }));
          expect(back.notices).toEqual([]);
          expect(back.sort ?? { key: 'date', dir: 'asc' }).toEqual(sort);
          expect(back.unit ?? 'auto').toBe(unit);
          expect(back.event).toEqual(event);
          expect(back.dataset).toBe(dataset);
        },
      ),
    );
  });
});

// updateIndex (src/data/query/index-update.ts) against its oracle: createIndex of the stepped dataset,
// compared over every key of the index object, so a column added later is compared too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publisherKey, type Confidence, type Dataset, type Flight } from '../../src/data/contract';
import { applyStep, revertStep, type FlightChange, type Step } from '../../src/data/edit';
import { createIndex, lazyColumn, textHaystack, type FlightIndex } from '../../src/data/query';
import { updateIndex } from '../../src/data/query/index-update';
import { makeDataset, makeMinimalFlight } from '../fixtures/flights';

const AIRPORTS = ['UBBB', 'LLOV', 'LTBA', 'OMDB', 'UTTT'];
const OPERATORS = ['Silk Way Airlines', 'Op Two', 'Op Three', 'A New Operator'];
const PUBLISHERS = ['Pub A', 'pub a', 'Pub A (via Pub B)', 'Pub B', 'Pub C', 'A new outlet'];
const CONFIDENCES: Confidence[] = ['confirmed', 'reported', 'inferred', 'synthetic'];

const flightFields = {
  origin: fc.constantFrom(...AIRPORTS),
  destination: fc.constantFrom(...AIRPORTS),
  operator: fc.option(fc.constantFrom(...OPERATORS), { nil: undefined }),
  confidence: fc.constantFrom(...CONFIDENCES),
  registration: fc.option(fc.constantFrom('4K-A1', '4K-A2', 'EW-1'), { nil: undefined }),
  aircraftType: fc.option(fc.constantFrom('Il-76TD', 'An-124'), { nil: undefined }),
  notes: fc.option(fc.string({ maxLength: 6 }), { nil: undefined }),
  sources: fc.array(
    fc.record({
      publisher: fc.constantFrom(...PUBLISHERS),
      title: fc.option(fc.string({ maxLength: 4 }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  tags: fc.option(fc.array(fc.constantFrom('x', 'y'), { maxLength: 2 }), { nil: undefined }),
  review: fc.option(
    fc.record({ status: fc.constantFrom('unreviewed' as const, 'verified' as const, 'disputed' as const) }),
    { nil: undefined },
  ),
};
const timeFields = {
  date: fc.constantFrom('2023-01-01', '2023-01-02', '2023-02-10'),
  arrivalTime: fc.option(fc.constantFrom('2023-01-01T10:00:00Z', '2023-01-02T08:00:00Z'), { nil: undefined }),
};

const clean = (f: Flight): Flight =>
  Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as unknown as Flight;

const datasetArb = fc
  .array(fc.record({ ...flightFields, ...timeFields }), { minLength: 1, maxLength: 12 })
  .map((rows) =>
    makeDataset(rows.map((r, i) => clean(makeMinimalFlight({ ...r, id: `f${i}` } as Partial<Flight>)))),
  );

/** A step changing some flights: in place (any non-order field), and sometimes a date, an add or a delete. */
const stepArb = (d: Dataset) =>
  fc
    .record({
      picks: fc.uniqueArray(fc.nat(d.flights.length - 1), { minLength: 1, maxLength: d.flights.length }),
      edits: fc.array(fc.record(flightFields, { requiredKeys: [] }), {
        minLength: d.flights.length,
        maxLength: d.flights.length,
      }),
      other: fc.constantFrom('none', 'none', 'none', 'date', 'add', 'delete'),
    })
    .map(({ picks, edits, other }): Step => {
      const flights: FlightChange[] = picks.map((i, k) => {
        const before = d.flights[i]!;
        const after = clean({ ...before, ...edits[k] } as Flight);
        return { before, after: other === 'date' && k === 0 ? { ...after, date: '2024-05-05' } : after };
      });
      if (other === 'add') flights.push({ before: null, after: makeMinimalFlight({ id: 'new' }) });
      if (other === 'delete') flights[0] = { before: flights[0]!.before, after: null, position: picks[0] };
      return { label: 'test', action: 'edit', at: '2024-01-01T00:00:00Z', log: [], flights };
    });

const resolve = (values: readonly string[], id: number) => (id < 0 ? undefined : values[id]);

/** Every key of `b` (createIndex), compared with `a` (updateIndex) in meaning: ids resolved to values. */
function expectSameIndex(a: FlightIndex, b: FlightIndex) {
  expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
  const n = b.flights.length;
  const pairs = (x: FlightIndex) =>
    Array.from(x.routeOrigin, (o, r) => `${x.airports[o]}>${x.airports[x.routeDestination[r]!]}`);
  const pubs = (x: FlightIndex, i: number) =>
    Array.from(x.publisherIds.subarray(x.publisherStart[i]!, x.publisherStart[i + 1]!), (id) =>
      publisherKey(x.publishers[id]!),
    );
  const consistent = (
    values: readonly string[],
    ids: ReadonlyMap<string, number>,
    key = (v: string) => v,
  ) => {
    for (const [v, id] of ids) expect(key(values[id]!)).toBe(v);
    expect(ids.size).toBe(values.length);
  };
  for (const key of Object.keys(b) as (keyof FlightIndex)[]) {
    const x = a[key];
    const y = b[key];
    switch (key) {
      case 'dataset':
        expect(x).toBe(y);
        break;
      case 'flights':
        expect(a.flights.length).toBe(n);
        a.flights.forEach((f, i) => expect(f).toBe(b.flights[i]));
        break;
      case 'origin':
      case 'destination':
        for (let i = 0; i < n; i++) expect(a.airports[a[key][i]!]).toBe(b.airports[b[key][i]!]);
        break;
      case 'route':
        for (let i = 0; i < n; i++) expect(pairs(a)[a.route[i]!]).toBe(pairs(b)[b.route[i]!]);
        break;
      case 'operator':
        for (let i = 0; i < n; i++)
          expect(resolve(a.operators, a.operator[i]!)).toBe(resolve(b.operators, b.operator[i]!));
        break;
      case 'publisherIds':
        for (let i = 0; i < n; i++) expect(pubs(a, i)).toEqual(pubs(b, i));
        break;
      case 'airports':
      case 'operators':
        // The updated table may keep a value no flight has any more; it has every value in use.
        expect(a[key]).toEqual(expect.arrayContaining([...b[key]]));
        expect(new Set(a[key]).size).toBe(a[key].length);
        break;
      case 'publishers':
        expect(a.publishers.map(publisherKey)).toEqual(
          expect.arrayContaining(b.publishers.map(publisherKey)),
        );
        break;
      case 'airportIds':
        consistent(a.airports, a.airportIds);
        break;
      case 'operatorIds':
        consistent(a.operators, a.operatorIds);
        break;
      case 'publisherIdOf':
        consistent(a.publishers, a.publisherIdOf, publisherKey);
        break;
      case 'routeOrigin':
      case 'routeDestination':
        expect(pairs(a)).toEqual(expect.arrayContaining(pairs(b)));
        expect(new Set(pairs(a)).size).toBe(pairs(a).length);
        break;
      default:
        // day, confidence, multiSource, publisherStart and any column added later: value for value.
        expect(x, key).toEqual(y);
    }
  }
  // Caches keyed by the index answer for the new one.
  expect(textHaystack(a)).toEqual(textHaystack(b));
  for (const field of ['registration', 'aircraftType'] as const) {
    const ca = lazyColumn(a, field);
    const cb = lazyColumn(b, field);
    expect(Array.from(ca.ids, (id) => resolve(ca.values, id))).toEqual(
      Array.from(cb.ids, (id) => resolve(cb.values, id)),
    );
  }
}

describe('updateIndex', () => {
  it('equals createIndex of the stepped dataset, applied and reverted', () => {
    fc.assert(
      fc.property(
        datasetArb.chain((d) => fc.tuple(fc.constant(d), stepArb(d))),
        ([d, step]) => {
          const before = createIndex(d);
          // Caches built on the old index must not leak into the new one.
          textHaystack(before);
          lazyColumn(before, 'registration');
          const after = applyStep(d, step);
          const updated = updateIndex(before, after, step);
          expectSameIndex(updated, createIndex(after));
          const back = revertStep(after, step)!;
          expectSameIndex(updateIndex(updated, back, step, 'revert'), createIndex(back));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reuses the previous index for an in-place edit, and rebuilds for a date change', () => {
    const d = makeDataset([makeMinimalFlight({ id: 'a' }), makeMinimalFlight({ id: 'b' })]);
    const index = createIndex(d);
    const edit = (after: Flight): Step => ({
      label: 'e',
      action: 'edit',
      at: '2024-01-01T00:00:00Z',
      log: [],
      flights: [{ before: d.flights[0]!, after }],
    });
    const inPlace = edit({ ...d.flights[0]!, operator: 'Somebody New' });
    const updated = updateIndex(index, applyStep(d, inPlace), inPlace);
    expect(updated.day).toBe(index.day);
    expect(updated.operators).toContain('Somebody New');
    expect(index.operators).not.toContain('Somebody New');
    const moved = edit({ ...d.flights[0]!, date: '2030-01-01' });
    expect(updateIndex(index, applyStep(d, moved), moved).day).not.toBe(index.day);
  });

  it('falls back to createIndex for an index with a column it does not know', () => {
    const d = makeDataset([makeMinimalFlight({ id: 'a' })]);
    const index = { ...createIndex(d), reviewStatus: new Uint8Array([1]) } as FlightIndex;
    const step: Step = {
      label: 'e',
      action: 'edit',
      at: '2024-01-01T00:00:00Z',
      log: [],
      flights: [{ before: d.flights[0]!, after: { ...d.flights[0]!, notes: 'n' } }],
    };
    expect(Object.keys(updateIndex(index, applyStep(d, step), step))).not.toContain('reviewStatus');
  });
});

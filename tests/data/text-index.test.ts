// The text index (src/data/query/text-index.ts) against its oracle: the joined lower-cased text of each
// flight (textHaystack) searched with includes, as the text filter did before the index.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Flight } from '../../src/data/contract';
import type { Step } from '../../src/data/edit';
import { compileFilters, createIndex, textHaystack, type FlightIndex } from '../../src/data/query';
import { updateIndex } from '../../src/data/query/index-update';
import { textMatches, warmTextIndex } from '../../src/data/query/text-index';
import { makeDataset, makeFlight, makeMinimalFlight } from '../fixtures/flights';

/** The oracle: positions whose joined text holds the needle. */
const scan = (index: FlightIndex, needle: string) =>
  Array.from(textHaystack(index), (s) => (s.includes(needle) ? 1 : 0));
const matches = (index: FlightIndex, needle: string) => Array.from(textMatches(index, needle));

describe('textMatches', () => {
  const index = createIndex(
    makeDataset([
      makeFlight({
        id: 'AB-1',
        callsign: 'RCH123',
        operator: 'Silk Way West',
        cargo: 'Crates',
        notes: 'Ünïcode Ωmega ΣΑΣ',
        sources: [{ publisher: 'ADS-B Exchange', title: 'Night flight', url: 'https://example.org/AB1' }],
      }),
      makeFlight({ id: 'cd-2', callsign: 'X', operator: undefined, registration: 'EW-7', notes: 'é' }),
      makeFlight({ id: 'ef-3', cargo: 'crates of boxes', sources: [{ publisher: 'Pub' }] }),
    ]),
  );
  const positions = (needle: string) =>
    matches(index, needle).flatMap((m, i) => (m === 1 ? [index.flights[i]!.id] : []));

  it.each([
    ['a field in the middle', 'way we', ['AB-1']],
    ['any case', 'crates', ['AB-1', 'ef-3']],
    ['exactly three characters', 'rch', ['AB-1']],
    ['two characters', 'ew', ['cd-2']],
    ['one character', 'w', ['AB-1', 'cd-2']],
    ['a one-character field', 'x', ['AB-1', 'cd-2', 'ef-3']],
    ['a source url', 'example.org/ab1', ['AB-1']],
    ['a source publisher', 'ads-b', ['AB-1']],
    ['non-ASCII text', 'ωmega σας', ['AB-1']],
    ['a short non-ASCII needle', 'é', ['cd-2']],
    ['no field', 'zzz', []],
    ['never across two fields', 'ab-1rch', []],
    ['never across two fields (short)', '1r', []],
  ])('finds %s', (_, needle, want) => {
    expect(positions(needle)).toEqual(want);
    expect(matches(index, needle)).toEqual(scan(index, needle));
  });

  it('searches the joined text when the needle holds its NUL separator', () => {
    expect(positions('ab-1\u0000rch')).toEqual(['AB-1']);
  });

  it('answers the text filter, trimmed and in any case', () => {
    const { test } = compileFilters(index, { text: '  CRATES ' });
    expect(index.flights.filter((_, i) => test?.(i)).map((f) => f.id)).toEqual(['AB-1', 'ef-3']);
  });

  it('can be built ahead of the first query', () => {
    const fresh = createIndex(index.dataset);
    expect(warmTextIndex(fresh)).toBe(true);
    expect(matches(fresh, 'silk')).toEqual(scan(fresh, 'silk'));
  });

  it('builds in idle slices, and a query finishes what is left', () => {
    const fresh = createIndex(index.dataset);
    expect(warmTextIndex(fresh, () => 0)).toBe(false);
    expect(matches(fresh, 'crates')).toEqual(scan(fresh, 'crates'));
    expect(warmTextIndex(fresh, () => 0)).toBe(true);
  });

  it('stays right when two builds are paused and resumed in turn', () => {
    // More values than one step of the build takes (8192), so that a pauses inside a pass.
    const flights = Array.from({ length: 9000 }, (_, i) =>
      makeMinimalFlight({ id: `id-${i}`, notes: i > 8500 ? 'zebra' : `note ${i % 5} abc${i % 3}` }),
    );
    // The same values in the same order: a shared scratch would leave marks a then reads as its own.
    const a = createIndex(makeDataset(flights));
    const b = createIndex(makeDataset(flights));
    // Three steps of a (to the middle of counting its trigrams), all of b, then the rest of a.
    let steps = 0;
    expect(warmTextIndex(a, () => (steps++ < 3 ? 2 : 0))).toBe(false);
    expect(warmTextIndex(b)).toBe(true);
    for (const needle of ['abc1', 'note 3', 'id-4', 'e 2 a', 'zebra', 'ebr'])
      for (const x of [a, b]) expect(matches(x, needle)).toEqual(scan(x, needle));
  });
});

// Few characters, so that random needles hit; ASCII, accented, Greek (final sigma), dotted capital I.
const CHARS = ['a', 'b', 'A', 'B', '-', ' ', '1', 'é', 'É', 'Σ', 'σ', 'İ', 'x'];
const text = fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 8 });
const optionalText = fc.option(text, { nil: undefined });

const flightArb = fc.record({
  id: text,
  callsign: optionalText,
  registration: optionalText,
  operator: optionalText,
  cargo: optionalText,
  notes: optionalText,
  sources: fc.array(fc.record({ publisher: text, title: optionalText, url: optionalText }), { maxLength: 3 }),
});
const datasetArb = fc
  .array(flightArb, { minLength: 1, maxLength: 30 })
  .map((rows) => makeDataset(rows.map((r) => makeMinimalFlight(r as Partial<Flight>))));
const needleArb = fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 12 });

/** A needle cut from a field of a random flight, lower-cased like the filter's. */
const cutArb = (index: FlightIndex) =>
  fc
    .record({ at: fc.nat(), from: fc.nat(), length: fc.integer({ min: 1, max: 12 }) })
    .map(({ at, from, length }) => {
      const s = textHaystack(index)[at % index.flights.length]!.split('\u0000').join('');
      return s.slice(from % Math.max(1, s.length), (from % Math.max(1, s.length)) + length);
    })
    .filter((s) => s.length > 0);

describe('textMatches = the scan', () => {
  it('for random flights and random needles', () => {
    fc.assert(
      fc.property(datasetArb, fc.array(needleArb, { minLength: 1, maxLength: 8 }), (dataset, needles) => {
        const index = createIndex(dataset);
        for (const needle of needles) expect(matches(index, needle)).toEqual(scan(index, needle));
      }),
      { numRuns: 100 },
    );
  });

  it('for needles cut from the flights (and across their fields)', () => {
    fc.assert(
      fc.property(
        datasetArb.chain((d) => {
          const index = createIndex(d);
          return fc.tuple(fc.constant(index), fc.array(cutArb(index), { minLength: 1, maxLength: 8 }));
        }),
        ([index, needles]) => {
          for (const needle of needles) expect(matches(index, needle)).toEqual(scan(index, needle));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('after in-place edits, for the new index and the old one', () => {
    const editArb = fc.record({ pick: fc.nat(), fields: flightArb });
    fc.assert(
      fc.property(
        datasetArb,
        fc.array(fc.array(editArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        fc.array(needleArb, { minLength: 1, maxLength: 4 }),
        (dataset, steps, needles) => {
          let index = createIndex(dataset);
          const seen = [index];
          for (const needle of needles) textMatches(index, needle);
          for (const edits of steps) {
            const flights = index.flights.slice();
            const changes = new Map<number, { before: Flight; after: Flight }>();
            for (const { pick, fields } of edits) {
              const i = pick % flights.length;
              const before = index.flights[i]!;
              // The order keys stay, so updateIndex keeps the positions (an in-place edit).
              const after = { ...before, ...fields, id: before.id } as Flight;
              flights[i] = after;
              changes.set(i, { before, after });
            }
            const step: Step = {
              label: 'test',
              action: 'edit',
              at: '2024-01-01T00:00:00Z',
              log: [],
              flights: [...changes.values()],
            };
            const next = updateIndex(index, { ...index.dataset, flights }, step);
            for (const needle of needles) expect(matches(next, needle)).toEqual(scan(next, needle));
            index = next;
            seen.push(next);
          }
          for (const old of seen)
            for (const needle of needles) expect(matches(old, needle)).toEqual(scan(old, needle));
        },
      ),
      { numRuns: 80 },
    );
  });
});

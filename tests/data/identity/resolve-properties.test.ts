import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Flight } from '../../../src/data/contract';
import {
  CONFLICT_KINDS,
  IDENTITY_FIELDS,
  resolveFlightIdentity,
  resolveIdentities,
  type AircraftRecord,
  type Designator,
  type IdentitySources,
} from '../../../src/data/identity';
import { fakeDb, fakeSources, flight } from './resolve-fakes';

// Small pools, so that flights, records and designators meet often.
const ICAO24 = ['100001', '100002', '100401', '200001', 'f00000', 'ABCDEF'];
const REGS = ['X1-ABC', 'x1abc', 'X12-QQ', 'XC-DEF', 'QQ-1', '', ' '];
const OPERATORS = ['Qualm Air Lines', 'QUALM', 'Brightwing', 'qqb', 'Zephyr', '—', ''];
const CALLSIGNS = ['QQA123', 'qqb9', 'QQZ1', 'QQAB1', 'X1ABC', 'ZZZ', ''];
const TYPES = ['IL76', 'B744', ''];

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const flightArb = fc
  .record({
    icao24: maybe(fc.constantFrom(...ICAO24)),
    registration: maybe(fc.constantFrom(...REGS)),
    operator: maybe(fc.constantFrom(...OPERATORS)),
    callsign: maybe(fc.constantFrom(...CALLSIGNS)),
    aircraftType: maybe(fc.constantFrom(...TYPES)),
    tags: maybe(fc.array(fc.string(), { maxLength: 2 })),
  })
  .map((over) => {
    const f = flight();
    for (const [k, v] of Object.entries(over))
      if (v !== undefined) (f as unknown as Record<string, unknown>)[k] = v;
    return f;
  });

const recordArb: fc.Arbitrary<AircraftRecord> = fc.record(
  {
    icao24: fc.constantFrom(...ICAO24.map((s) => s.toLowerCase())),
    registration: fc.constantFrom(...REGS.filter((r) => r.trim() !== '')),
    typecode: fc.constantFrom('IL76', 'A332'),
    model: fc.constantFrom('Some Model', 'Other Model'),
    operator: fc.constantFrom(...OPERATORS.filter((o) => o !== '')),
    operatorIcao: fc.constantFrom('QQA', 'QQB', 'ZZZ'),
    owner: fc.constant('Leasing Bank'),
  },
  { requiredKeys: ['icao24'] },
);

const designatorArb: fc.Arbitrary<Designator> = fc.record(
  {
    icao: fc.constantFrom('QQA', 'QQB', 'QQZ'),
    name: fc.constantFrom('Qualm Air Lines', 'Brightwing Cargo Ltd', 'Zephyr'),
    telephony: fc.constantFrom('QUALM', 'BRIGHTWING'),
    active: fc.boolean(),
  },
  { requiredKeys: ['icao', 'name', 'active'] },
);

const sourcesArb: fc.Arbitrary<IdentitySources> = fc
  .record({
    records: maybe(fc.array(recordArb, { maxLength: 6 })),
    designators: fc.array(designatorArb, { maxLength: 4 }),
    blockStates: fc.array(fc.constantFrom('XA', 'XB', 'XC'), { minLength: 3, maxLength: 3 }),
  })
  .map(({ records, designators, blockStates }) =>
    fakeSources(records && fakeDb(records), {
      designators,
      blocks: [
        { start: 0x100000, end: 0x1003ff, state: blockStates[0]!, stateName: 'A' },
        { start: 0x100400, end: 0x1007ff, state: blockStates[1]!, stateName: 'B' },
        { start: 0x200000, end: 0x2fffff, state: blockStates[2]!, stateName: 'C' },
      ],
    }),
  );

const has = (f: Flight, field: string) => {
  const v = (f as unknown as Record<string, unknown>)[field];
  return typeof v === 'string' && v.trim() !== '';
};

describe('the resolver never changes a flight', () => {
  it('fills only fields the flight lacks, flags only fields it has, and leaves it as it was', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(flightArb, sourcesArb, (f, sources) => {
        const before = structuredClone(f);
        const identity = resolveFlightIdentity(Object.freeze(f), sources);
        expect(f).toEqual(before);
        for (const x of [...identity.derived.map((d) => d.field), ...identity.conflicts.map((c) => c.kind)])
          seen.add(x);
        for (const d of identity.derived) {
          expect(has(f, d.field)).toBe(false);
          expect(d.value.trim()).not.toBe('');
        }
        // At most one value per field.
        expect(new Set(identity.derived.map((d) => d.field)).size).toBe(identity.derived.length);
        for (const c of identity.conflicts) {
          expect(has(f, c.field)).toBe(true);
          expect(c.own).toBe((f as unknown as Record<string, string>)[c.field]);
        }
      }),
      { numRuns: 500 },
    );
    // The arbitraries reach every rule (else the property would hold vacuously).
    expect([...seen].sort()).toEqual([...IDENTITY_FIELDS, ...CONFLICT_KINDS].sort());
  });
});

describe('resolveIdentities agrees with resolveFlightIdentity, flight by flight', () => {
  it('masks, counts and identities', () => {
    fc.assert(
      fc.property(fc.array(flightArb, { maxLength: 30 }), sourcesArb, (flights, sources) => {
        const overlay = resolveIdentities(flights, sources);
        expect(overlay.flights).toBe(flights);
        let conflicted = 0;
        let derived = 0;
        flights.forEach((f, i) => {
          const one = resolveFlightIdentity(f, sources);
          expect(overlay.identityAt(i)).toEqual(one);
          expect(overlay.identityOf(f)).toEqual(one);
          const dMask = IDENTITY_FIELDS.reduce(
            (m, field, k) => m | (one.derived.some((d) => d.field === field) ? 1 << k : 0),
            0,
          );
          const cMask = CONFLICT_KINDS.reduce(
            (m, kind, k) => m | (one.conflicts.some((c) => c.kind === kind) ? 1 << k : 0),
            0,
          );
          expect(overlay.derived[i]).toBe(dMask);
          expect(overlay.conflicts[i]).toBe(cMask);
          if (dMask) derived++;
          if (cMask) conflicted++;
        });
        expect(overlay.derivedCount).toBe(derived);
        expect(overlay.conflictCount).toBe(conflicted);
      }),
      { numRuns: 200 },
    );
  });

  it('a flight not in the list has no identity there; a position outside it is an error', () => {
    const overlay = resolveIdentities([flight()], fakeSources());
    expect(overlay.identityOf(flight())).toBeUndefined();
    expect(() => overlay.identityAt(1)).toThrow(/no flight at that position \(1 flights\)/);
  });
});

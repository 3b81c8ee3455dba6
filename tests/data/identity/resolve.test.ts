import { describe, expect, it } from 'vitest';
import type { Flight } from '../../../src/data/contract';
import {
  effectiveValue,
  resolveFlightIdentity,
  type AircraftRecord,
  type ConflictKind,
  type IdentitySources,
} from '../../../src/data/identity';
import { fakeDb, fakeSources, flight } from './resolve-fakes';

const DB_SOURCE = 'aircraftDatabase.csv (imported 2026-12-02)';
const db = fakeDb([
  {
    icao24: '100001',
    registration: 'X1-ABC',
    typecode: 'IL76',
    model: 'Ilyushin Il-76TD',
    operator: 'Qualm Air Lines',
  },
  { icao24: '100002', model: 'Some Maker Model 9' },
  { icao24: '100003', registration: 'X1-DEF', operatorIcao: 'QQB', owner: 'Leasing Bank' },
  { icao24: '100004', owner: 'Leasing Bank' },
  { icao24: '100005', registration: 'X12-QQ' },
  { icao24: '200001', registration: 'X1-GHI' },
]);
const sources = fakeSources(db);

describe('fill: a field the flight lacks, from a source', () => {
  it.each<[string, Partial<Flight>, IdentitySources, Record<string, [string, string]>]>([
    [
      'everything from the database by icao24',
      { icao24: '100001' },
      sources,
      {
        registration: ['X1-ABC', DB_SOURCE],
        aircraftType: ['IL76', DB_SOURCE],
        operator: ['Qualm Air Lines', DB_SOURCE],
      },
    ],
    [
      'the type from the model when there is no typecode',
      { icao24: '100002' },
      sources,
      { aircraftType: ['Some Maker Model 9', DB_SOURCE] },
    ],
    [
      "the operator from the database's operator code, via the designators",
      { icao24: '100003' },
      sources,
      {
        registration: ['X1-DEF', DB_SOURCE],
        operator: [
          'Brightwing Cargo Ltd',
          `${DB_SOURCE}: operator code QQB → Brightwing Cargo Ltd (test designators)`,
        ],
      },
    ],
    ['never the owner', { icao24: '100004' }, sources, {}],
    [
      'the operator from the callsign prefix when the database has none',
      { icao24: '100004', callsign: 'QQA123' },
      sources,
      { operator: ['Qualm Air Lines', 'callsign prefix QQA → Qualm Air Lines (test designators)'] },
    ],
    [
      'the database before the callsign prefix',
      { icao24: '100001', callsign: 'QQB12', registration: 'X1-ABC', aircraftType: 'IL76' },
      sources,
      { operator: ['Qualm Air Lines', DB_SOURCE] },
    ],
    [
      'an inactive designator fills, its source says so',
      { callsign: 'QQZ9' },
      sources,
      {
        operator: [
          'Old Zephyr Airways',
          'callsign prefix QQZ → Old Zephyr Airways (test designators; listed there as inactive)',
        ],
      },
    ],
    [
      'no database: only the callsign prefix',
      { icao24: '100001', callsign: 'qqb7' },
      fakeSources(),
      { operator: ['Brightwing Cargo Ltd', 'callsign prefix QQB → Brightwing Cargo Ltd (test designators)'] },
    ],
    ['a callsign that is not a prefix and digits', { callsign: 'QQAB1' }, sources, {}],
    ['an icao24 the database does not have', { icao24: 'abcdef' }, sources, {}],
    [
      'nothing for fields the flight has',
      { icao24: '100001', registration: 'X1-ABC', aircraftType: 'B744', operator: 'Qualm' },
      sources,
      {},
    ],
    [
      'an empty own value counts as missing',
      { icao24: '100001', registration: ' ', aircraftType: '', operator: 'Qualm' },
      sources,
      { registration: ['X1-ABC', DB_SOURCE], aircraftType: ['IL76', DB_SOURCE] },
    ],
  ])('%s', (_, over, src, expected) => {
    const identity = resolveFlightIdentity(flight(over), src);
    const got = Object.fromEntries(identity.derived.map((d) => [d.field, [d.value, d.source]]));
    expect(got).toEqual(expected);
    for (const d of identity.derived)
      expect(d.from).toBe(d.source.startsWith('callsign') ? 'designators' : 'aircraft-db');
  });
});

describe('flag: a conflict where a source disagrees with the flight', () => {
  it.each<[string, Partial<Flight>, ConflictKind[]]>([
    // registration vs the database's
    [
      'registration differs from the database',
      { icao24: '100001', registration: 'X1-XYZ' },
      ['registration-vs-database'],
    ],
    ['same registration without its hyphen', { icao24: '100001', registration: 'X1ABC' }, []],
    ['same registration in lower case with a space', { icao24: '100001', registration: 'x1 abc' }, []],
    ['same registration with a non-breaking hyphen', { icao24: '100001', registration: 'X1\u2011ABC' }, []],
    ['same registration in full-width letters', { icao24: '100001', registration: 'Ｘ１-ＡＢＣ' }, []],
    ['database without a registration', { icao24: '100002', registration: 'X1-ZZZ' }, []],
    ['no database record', { icao24: '100999', registration: 'X1-ZZZ' }, []],
    // icao24 vs the registration's state
    [
      'own registration of another state than the block',
      { icao24: '200002', registration: 'X1-ZZZ' },
      ['address-vs-registration'],
    ],
    [
      'longest mark wins: X12 is XB, the block XA',
      { icao24: '100100', registration: 'X12-AB' },
      ['address-vs-registration'],
    ],
    ['X12 registration in an XB block', { icao24: '100500', registration: 'X12-AB' }, []],
    ['derived registration of another state', { icao24: '200001' }, ['address-vs-registration']],
    ['unallocated address: no check', { icao24: 'f00000', registration: 'X1-ZZZ' }, []],
    ['unknown mark: no check', { icao24: '100100', registration: 'QQ-ZZZ' }, []],
    // operator vs the callsign prefix
    [
      'operator differs from the prefix holder',
      { callsign: 'QQA1', operator: 'Brightwing' },
      ['operator-vs-callsign'],
    ],
    ["operator is the holder's name", { callsign: 'QQA1', operator: 'Qualm Air Lines' }, []],
    ['operator without the common words', { callsign: 'QQA1', operator: 'QUALM' }, []],
    ['operator with other common words', { callsign: 'QQA1', operator: 'Qualm Airlines Ltd.' }, []],
    ["operator is the holder's code", { callsign: 'QQA1', operator: 'qqa' }, []],
    ["operator is the holder's telephony", { callsign: 'QQB1', operator: 'Brightwing' }, []],
    ['operator name contains the holder', { callsign: 'QQA1', operator: 'Qualm Group Holding' }, []],
    ['operator with accents', { callsign: 'QQA1', operator: 'Quälm' }, []],
    ['inactive designator: no conflict', { callsign: 'QQZ1', operator: 'Brightwing' }, []],
    ['unknown prefix: no conflict', { callsign: 'ZZZ1', operator: 'Brightwing' }, []],
    ['no operator: no conflict (it is filled instead)', { callsign: 'QQA1' }, []],
    ['only punctuation: nothing to compare', { callsign: 'QQA1', operator: '—' }, []],
    // several at once
    [
      'registration and address both',
      { icao24: '200001', registration: 'X1-ZZZ', callsign: 'QQB1', operator: 'Qualm' },
      ['registration-vs-database', 'address-vs-registration', 'operator-vs-callsign'],
    ],
  ])('%s', (_, over, kinds) => {
    const f = flight(over);
    const identity = resolveFlightIdentity(f, sources);
    expect(identity.conflicts.map((c) => c.kind)).toEqual(kinds);
    for (const c of identity.conflicts) {
      expect(c.own).toBe(f[c.field]);
      expect(c.message).toContain(c.own);
      expect(c.message).toContain(c.kind === 'address-vs-registration' ? 'Xaland' : c.other);
    }
  });

  it('names both values and the sources', () => {
    const [reg, address] = resolveFlightIdentity(
      flight({ icao24: '200001', registration: 'X1-ZZZ' }),
      sources,
    ).conflicts;
    expect(reg).toMatchObject({ own: 'X1-ZZZ', other: 'X1-GHI', from: 'aircraft-db', source: DB_SOURCE });
    expect(reg!.message).toBe(
      `Registration X1-ZZZ differs from X1-GHI, the registration ${DB_SOURCE} gives for icao24 200001.`,
    );
    expect(address).toMatchObject({
      field: 'icao24',
      own: '200001',
      other: 'Xaland (registration X1-ZZZ)',
      source: 'test blocks; test marks',
    });
    expect(address!.message).toBe(
      'icao24 200001 lies in the address block of Xcland (XC), but registration X1-ZZZ has the nationality mark X1 of Xaland (XA).',
    );
  });

  it("says when the registration checked against the address is the database's", () => {
    const [address] = resolveFlightIdentity(flight({ icao24: '200001' }), sources).conflicts;
    expect(address!.other).toBe('Xaland (registration X1-GHI, from the aircraft database)');
    expect(address!.source).toBe(`test blocks; test marks; ${DB_SOURCE}`);
    expect(address!.message).toContain(`registration X1-GHI (the registration ${DB_SOURCE} gives)`);
  });

  it('an operator conflict says designators are a suggestion', () => {
    const [c] = resolveFlightIdentity(
      flight({ callsign: 'QQA1', operator: 'Brightwing' }),
      sources,
    ).conflicts;
    expect(c).toMatchObject({
      own: 'Brightwing',
      other: 'Qualm Air Lines',
      source: 'callsign prefix QQA (test designators)',
    });
    expect(c!.message).toMatch(/suggestion/);
  });
});

describe('effectiveValue', () => {
  const record: AircraftRecord = { icao24: '100001', registration: 'X1-ABC' };
  const src = fakeSources(fakeDb([record]));
  it.each<[string, Partial<Flight>, string | undefined, boolean]>([
    ['own value', { icao24: '100001', registration: 'X1-OWN' }, 'X1-OWN', false],
    ['derived value', { icao24: '100001' }, 'X1-ABC', true],
    ['neither', { icao24: '100009' }, undefined, false],
  ])('%s', (_, over, value, derived) => {
    const f = flight(over);
    const got = effectiveValue(f, resolveFlightIdentity(f, src), 'registration');
    expect(got?.value).toBe(value);
    expect(got?.derived !== undefined).toBe(derived);
  });
  it('without an identity, only the own value', () => {
    expect(effectiveValue(flight({ icao24: '100001' }), undefined, 'registration')).toBeUndefined();
  });
});

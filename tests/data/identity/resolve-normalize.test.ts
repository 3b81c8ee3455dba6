import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  operatorKey,
  operatorMatchesDesignator,
  present,
  registrationKey,
  sameRegistration,
  type Designator,
} from '../../../src/data/identity';

describe('registrationKey', () => {
  it.each<[string, string, boolean]>([
    ['4K-AZ100', '4KAZ100', true],
    ['4k-az100', '4K AZ100', true],
    ['4K\u2013AZ100', '4K-AZ100', true],
    ['４Ｋ-ＡＺ１００', '4K-AZ100', true],
    ['4K-AZ100', '4K-AZ101', false],
    ['4K-AZ10', '4K-AZ100', false],
  ])('%j vs %j → same %s', (a, b, same) => expect(sameRegistration(a, b)).toBe(same));
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(registrationKey(registrationKey(s))).toBe(registrationKey(s));
      }),
    );
  });
});

describe('operatorKey', () => {
  it.each<[string, string]>([
    ['Silk Way Airlines, Ltd.', 'silkway'],
    ['SILK WAY AIR LINES', 'silkway'],
    ['Azərbaycan Hava Yolları', 'azərbaycanhavayolları'.normalize('NFKD').replace(/\p{M}+/gu, '')],
    ['Air Cargo Ltd', 'aircargoltd'],
    ['Qualm & Sons Cargo', 'qualmsons'],
    ['—', ''],
  ])('%j → %j', (name, key) => expect(operatorKey(name)).toBe(key));
});

describe('operatorMatchesDesignator', () => {
  const d: Designator = { icao: 'QQA', name: 'Qualm Air Lines', telephony: 'QUALMAIR', active: true };
  it.each<[string, boolean]>([
    ['Qualm Air Lines', true],
    ['qualm airlines ltd', true],
    ['QQA', true],
    ['QualmAir', true],
    ['Qualm Holdings', true],
    ['Qua', true],
    ['Qu', false],
    ['Brightwing', false],
    ['Qualn Air Lines', false],
    ['', true],
  ])('%j → %s', (operator, match) => expect(operatorMatchesDesignator(operator, d)).toBe(match));
  it('a name always matches its own designator', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (name) => {
        expect(operatorMatchesDesignator(name, { icao: 'ZZZ', name, active: true })).toBe(true);
      }),
    );
  });
});

describe('present', () => {
  it.each<[string | undefined, boolean]>([
    [undefined, false],
    ['', false],
    ['  ', false],
    ['\u00a0', false],
    [' a', true],
    ['a', true],
  ])('%j → %s', (v, p) => expect(present(v)).toBe(p));
});

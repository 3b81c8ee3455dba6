import { describe, expect, it } from 'vitest';
import { createNationalityMarks, nationalityMarks } from '../../../../src/data/identity/tables';
import { ADDRESS_BLOCKS } from '../../../../src/data/identity/tables/address-blocks.generated';
import { NATIONALITY_MARKS } from '../../../../src/data/identity/tables/nationality-marks.generated';

const mark = (reg: string) => nationalityMarks.markOf(reg);

describe('the bundled nationality marks', () => {
  it.each([
    ['4K-AZ100', '4K', 'AZ'],
    ['4X-ICA', '4X', 'IL'],
    ['RA-76842', 'RA', 'RU'],
    ['UR-CAH', 'UR', 'UA'],
    ['EW-78827', 'EW', 'BY'],
    ['UP-I7601', 'UP', 'KZ'],
    ['EK-76659', 'EK', 'AM'],
    ['4L-GNI', '4L', 'GE'],
    ['TC-JJU', 'TC', 'TR'],
    ['EP-ICA', 'EP', 'IR'],
    ['N123AB', 'N', 'US'],
    ['C-FABC', 'C', 'CA'],
    ['CS-TOA', 'CS', 'PT'],
    ['CN-ROA', 'CN', 'MA'],
    ['A9C-DHL', 'A9C', 'BH'],
    ['RDPL-34001', 'RDPL', 'LA'],
    ['VP-BAB', 'VP', 'GB'],
  ])('%s → %s (%s)', (reg, prefix, state) => {
    expect(mark(reg)).toMatchObject({ prefix, state });
  });

  it('reads a registration in any case, with or without its hyphen or spaces', () => {
    for (const reg of ['4K-AZ100', '4kaz100', '4K AZ100', '4k\u2011az100', '４Ｋ-AZ100'])
      expect(mark(reg)?.prefix, reg).toBe('4K');
  });

  it('without a hyphen takes the longest mark: CS over C, CN over C, A9C over nothing shorter', () => {
    expect(mark('CSTOA')?.state).toBe('PT');
    expect(mark('CNROA')?.state).toBe('MA');
    expect(mark('CFABC')?.state).toBe('CA');
    expect(mark('A9CDHL')?.prefix).toBe('A9C');
    expect(mark('PHBFA')?.state).toBe('NL');
    expect(mark('P632')?.state).toBe('KP');
  });

  it('with a hyphen takes exactly the text before it', () => {
    expect(mark('C-CABC')?.state).toBe('CA'); // not Chile's CC: the hyphen says where the mark ends
    expect(mark('CC-CZA')?.state).toBe('CL');
    expect(mark('QQ-ABC')).toBeUndefined();
    expect(mark('4KX-AZ1')).toBeUndefined();
  });

  it('gives nothing for a mark alone, an empty or an unknown registration', () => {
    expect(mark('')).toBeUndefined();
    expect(mark('4K')).toBeUndefined();
    expect(mark('QQ123')).toBeUndefined();
  });

  it('use the same state codes and names as the address blocks, and every block state has a mark', () => {
    const blockNames = new Map(ADDRESS_BLOCKS.map((b) => [b.state, b.stateName]));
    for (const m of NATIONALITY_MARKS) expect(blockNames.get(m.state), m.prefix).toBe(m.stateName);
    const marked = new Set(NATIONALITY_MARKS.map((m) => m.state));
    for (const state of blockNames.keys()) expect(marked.has(state), state).toBe(true);
  });

  it('refuses a mark listed twice', () => {
    const m = { prefix: 'X1', state: 'XA', stateName: 'Xaland' };
    expect(() => createNationalityMarks([m, m])).toThrow(/X1 is listed twice/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreFormula } from '../../src/data/contract';
import { anyText } from '../fixtures/arbitraries';

describe('formula neutralising', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['\nx', "'\nx"],
    ["'=x", "''=x"],
    ["''-x", "'''-x"],
    ["'x", "'x"],
    ["'", "'"],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j is written as %j', (text, cell) => {
    expect(neutraliseFormula(text)).toBe(cell);
    expect(restoreFormula(cell)).toBe(text);
  });

  it('restore(neutralise(x)) = x for any text, and no written cell starts a formula', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const cell = neutraliseFormula(text);
        expect(restoreFormula(cell)).toBe(text);
        expect(/^[=+\-@\t\r\n]/.test(cell)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

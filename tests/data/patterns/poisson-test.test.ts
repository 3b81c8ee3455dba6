import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binomialPmf, ratePValue } from '../../../src/data/patterns';

/** Exact binomial probabilities with BigInt: the oracle for small n. */
function exactPValue(a: number, b: number, lengthA: number, lengthB: number): number {
  const n = a + b;
  const choose = (k: number) => {
    let c = 1n;
    for (let i = 0; i < k; i++) c = (c * BigInt(n - i)) / BigInt(i + 1);
    return c;
  };
  // p = lengthA / (lengthA + lengthB) with integer lengths: P(k) = C(n,k) lA^k lB^(n-k) / (lA+lB)^n
  const weights = Array.from(
    { length: n + 1 },
    (_, k) => choose(k) * BigInt(lengthA) ** BigInt(k) * BigInt(lengthB) ** BigInt(n - k),
  );
  const total = BigInt(lengthA + lengthB) ** BigInt(n);
  const observed = weights[a]!;
  let sum = 0n;
  for (const w of weights) if (w <= observed) sum += w;
  return Number((sum * 1_000_000_000n) / total) / 1e9;
}

describe('the exact test of two flight counts', () => {
  it.each([
    // binom.test(12, 16, 0.5): 2517/65536 per tail
    [12, 4, 30, 30, 0.0768127],
    [4, 12, 30, 30, 0.0768127],
    [10, 0, 7, 7, 0.0019531],
    [5, 5, 10, 10, 1],
    [0, 0, 10, 10, 1],
  ])('%i vs %i flights over %i and %i days: p = %f', (a, b, la, lb, p) => {
    expect(ratePValue(a, la, b, lb)).toBeCloseTo(p, 6);
  });

  it('equals exact BigInt arithmetic for small counts and unequal periods', () => {
    fc.assert(
      fc.property(
        fc.nat(40),
        fc.nat(40),
        fc.integer({ min: 1, max: 90 }),
        fc.integer({ min: 1, max: 90 }),
        (a, b, la, lb) => {
          expect(ratePValue(a, la, b, lb)).toBeCloseTo(exactPValue(a, b, la, lb), 6);
        },
      ),
    );
  });

  it('sums to 1 and does not underflow for large n', () => {
    const pmf = binomialPmf(20_000, 0.3);
    expect(pmf.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 6);
    expect(ratePValue(6_000, 1, 14_000, 2)).toBeGreaterThan(0);
  });
});

/**
 * Is the difference between two flight counts more than chance would give? For counts this small
 * (a dozen flights against four) a normal approximation misleads, so the test is exact.
 *
 * Model: flights arrive at a steady rate (a Poisson process) over both periods. Given that n = a + b
 * flights happened in total, under "the rate did not change" each of them fell in period A with
 * probability p = lengthA / (lengthA + lengthB), so `a` is Binomial(n, p): the conditional (exact)
 * test for the ratio of two Poisson rates. The two-sided p-value sums the probabilities of every
 * outcome no more likely than the observed one (the usual definition, as R's binom.test does).
 */

/** log(k!) for k up to n, by summing logs (exact enough for n in the millions, and no gamma function). */
function logFactorials(n: number): Float64Array {
  const out = new Float64Array(n + 1);
  for (let k = 2; k <= n; k++) out[k] = out[k - 1]! + Math.log(k);
  return out;
}

/** P(X = k) for X ~ Binomial(n, p), for every k, computed in log space so large n does not underflow. */
export function binomialPmf(n: number, p: number): Float64Array {
  const pmf = new Float64Array(n + 1);
  if (p <= 0 || p >= 1) {
    pmf[p <= 0 ? 0 : n] = 1;
    return pmf;
  }
  const lf = logFactorials(n);
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  for (let k = 0; k <= n; k++) pmf[k] = Math.exp(lf[n]! - lf[k]! - lf[n - k]! + k * lp + (n - k) * lq);
  return pmf;
}

// Outcomes within this relative margin of the observed probability count as "as likely" (floating point).
const RELATIVE_TOLERANCE = 1 + 1e-7;

/**
 * Two-sided exact p-value for `a` flights in a period of `lengthA` days against `b` in `lengthB` days,
 * under equal rates. 1 when there is nothing to compare (no flights, or a period of no length).
 */
export function ratePValue(a: number, lengthA: number, b: number, lengthB: number): number {
  const n = a + b;
  if (n === 0 || lengthA <= 0 || lengthB <= 0) return 1;
  const pmf = binomialPmf(n, lengthA / (lengthA + lengthB));
  const observed = pmf[a]! * RELATIVE_TOLERANCE;
  let p = 0;
  for (let k = 0; k <= n; k++) if (pmf[k]! <= observed) p += pmf[k]!;
  return Math.min(1, p);
}

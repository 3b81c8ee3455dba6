/**
 * Remembers the last result; recomputes only when an argument changes (by identity).
 *
 * Kept rather than reselect: every selector here is exactly an argument-identity memo of size 1 over
 * inputs it has already picked, and reselect's createSelector would add an input-selector layer (and
 * dev-mode stability checks) around the same cache.
 */
export function memoizeLast<Args extends unknown[], R>(fn: (...args: Args) => R): (...args: Args) => R {
  let lastArgs: Args | undefined;
  let lastResult: R;
  return (...args: Args) => {
    const last = lastArgs;
    if (last && args.length === last.length && args.every((a, i) => Object.is(a, last[i]))) {
      return lastResult;
    }
    lastArgs = args;
    lastResult = fn(...args);
    return lastResult;
  };
}

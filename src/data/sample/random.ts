/**
 * A small seeded pseudo-random generator (mulberry32). Same seed, same sequence, on every engine:
 * the generated datasets and the bundled sample must be reproducible byte for byte.
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [min, max], both inclusive. */
  between(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** `length` lower-case hex digits. */
  hex(length: number): string;
}

/** `items[i]`, or a RangeError naming the position when it is out of range. */
export function itemAt<T>(items: readonly T[], i: number): T {
  if (!(i >= 0 && i < items.length)) throw new RangeError(`position ${i} outside 0…${items.length - 1}`);
  return items[i] as T;
}

/** The raw mulberry32 step function: returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded generator with the helpers the data generators need. */
export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty array');
      return itemAt(items, int(items.length));
    },
    hex: (length) => {
      let out = '';
      for (let i = 0; i < length; i++) out += int(16).toString(16);
      return out;
    },
  };
}

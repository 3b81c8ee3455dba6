// Timing helpers for the Node benchmark: ours and the peer alternate in one process, medians reported.

/** One result row; `ratio` = ours / peer (lower is better). */
export interface Row {
  name: string;
  n: number;
  ours_ms: number;
  peer: string;
  peer_ms: number;
  ratio: number;
  /** Timed runs of each side, and p10–p90 of ours and the peer's (from the contest behind the medians). */
  runs?: number;
  ours_spread?: string;
  peer_spread?: string;
}

/** Every contest's samples, latest last: bench.ts finds a row's spread by its two medians. */
export const contestLog: { ours_ms: number; peer_ms: number; ours: number[]; peer: number[] }[] = [];

const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))] ?? NaN;
};
const spreadOf = (xs: readonly number[]) => `${quantile(xs, 0.1).toFixed(1)}–${quantile(xs, 0.9).toFixed(1)}`;

/**
 * The row with the runs and spreads of the contest that gave its medians, when one did (a figure that
 * derives its value from several contests keeps none: its spread is not one contest's).
 */
export function withSpread(row: Row): Row {
  for (let i = contestLog.length - 1; i >= 0; i--) {
    const c = contestLog[i]!;
    if (c.ours_ms === row.ours_ms && c.peer_ms === row.peer_ms)
      return { ...row, runs: c.ours.length, ours_spread: spreadOf(c.ours), peer_spread: spreadOf(c.peer) };
  }
  return row;
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Runs a full garbage collection when node was started with --expose-gc (not timed). */
export function collect(): void {
  gc?.();
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const at = (i: number) => sorted[i] ?? NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

function timeOnce(fn: () => unknown, withGc: boolean): number {
  if (withGc) collect();
  const start = performance.now();
  const result = fn();
  const ms = performance.now() - start;
  // Keep the result observable so the work cannot be optimised away.
  if (result === Symbol.for('never')) console.log(result);
  return ms;
}

export interface Contest {
  ours: (run: number) => unknown;
  peer: (run: number) => unknown;
  runs: number;
  /** Untimed runs of each first (JIT warm-up). */
  warmup?: number;
  /** Collect garbage before each timed call, so one side does not pay for the other's garbage. */
  gcEach?: boolean;
}

/**
 * Medians of `runs` timed calls of each side, alternating which goes first, so that drift in the
 * machine's load affects both alike.
 */
export function contest({ ours, peer, runs, warmup = 0, gcEach = true }: Contest): {
  ours_ms: number;
  peer_ms: number;
} {
  for (let w = 0; w < warmup; w++) {
    ours(-1 - w);
    peer(-1 - w);
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < runs; r++) {
    if (r % 2 === 0) {
      a.push(timeOnce(() => ours(r), gcEach));
      b.push(timeOnce(() => peer(r), gcEach));
    } else {
      b.push(timeOnce(() => peer(r), gcEach));
      a.push(timeOnce(() => ours(r), gcEach));
    }
  }
  const result = { ours_ms: median(a), peer_ms: median(b) };
  contestLog.push({ ...result, ours: a, peer: b });
  return result;
}

/** A small seeded PRNG (mulberry32) for reproducible query windows. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Result rows of the browser benchmark and their printing (a table, or one JSON array with --json).

/** One result; `goal` is the upper bound the value should stay at or under (null: no goal, for reference). */
export interface BenchRow {
  name: string;
  /** Flights in the dataset (for bundle rows: the number of files counted). */
  n: number;
  /** null when it could not be measured (see `note`). */
  value: number | null;
  unit: string;
  goal: number | null;
  note?: string;
  /** Side-by-side rows (browser-side-by-side.ts): what `goal` bounds, when not `value` itself. */
  goal_of?: string;
  /** Repetitions counted (the dataset's size is `n`). */
  count?: number;
  /** p10–p90 of ours, the floor's and the peer's repetitions, in ms. */
  spread_ms?: string;
  floor_ms?: number | null;
  floor_spread_ms?: string;
  peer_ms?: number | null;
  peer_spread_ms?: string;
  /** ours / peer. */
  ratio_peer?: number | null;
  /** ours − floor, in ms and in 16.7 ms frames. */
  work_ms?: number | null;
  frames_of_work?: number | null;
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? NaN;
  return sorted.length % 2 ? upper : ((sorted[mid - 1] ?? NaN) + upper) / 2;
}

export const round = (value: number, digits = 1): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

function verdict(row: BenchRow): string {
  if (row.value === null) return 'n/a';
  if (row.goal === null) return '';
  return row.value <= row.goal ? 'ok' : 'OVER';
}

/** A plain-text table of the rows, aligned, with the goal and whether it is met. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['measure', 'n', 'value', 'unit', 'goal', 'meets'];
  const body = rows.map((r) => [
    r.name,
    r.n.toLocaleString('en-US'),
    r.value === null ? '—' : String(r.value),
    r.unit,
    r.goal === null ? '' : `≤ ${r.goal}`,
    verdict(r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((line) => line[i]?.length ?? 0)));
  const fmt = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ');
  const notes = rows.filter((r) => r.note).map((r) => `  * ${r.name} (n=${r.n}): ${r.note}`);
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(fmt), ...notes].join('\n');
}

/** The JSON form asked for by `--json`: `[{ name, n, value, unit, goal }]` (plus `note` where there is one). */
export function formatJson(rows: readonly BenchRow[]): string {
  return JSON.stringify(rows, null, 2);
}

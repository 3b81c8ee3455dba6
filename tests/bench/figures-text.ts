// The `text-*` figures: the text filter's trigram index (src/data/query/text-index.ts) against the scan
// it replaces (includes over each flight's joined lower-cased text) and, when given, a search library.
import { createIndex, textHaystack } from '../../src/data/query';
import type { FlightIndex } from '../../src/data/query';
import { textIndexBytes, textMatches, warmTextIndex } from '../../src/data/query/text-index';
import type { Dataset, Flight } from '../../src/data/contract';
import { prng, randomSearchTerms } from './browser-data';
import { collect, median } from './measure';
import type { Row } from './measure';

/** A search library to compare with: builds over the flights, then counts a needle's matches. */
export interface TextPeer {
  name: string;
  build: (flights: readonly Flight[]) => unknown;
  count: (built: unknown, needle: string) => number;
}

interface Timing {
  median: number;
  min: number;
  max: number;
}
const timing = (ms: number[]): Timing => ({ median: median(ms), min: Math.min(...ms), max: Math.max(...ms) });
const spread = (t: Timing) => `${t.median.toFixed(2)} ms (${t.min.toFixed(2)}–${t.max.toFixed(2)})`;

function time(fn: () => unknown): number {
  const start = performance.now();
  const out = fn();
  const ms = performance.now() - start;
  if (out === Symbol.for('never')) console.log(out);
  return ms;
}

/** A copy of the index that no cache knows (a new `day` too, so it starts no lineage of edits). */
const fresh = (index: FlightIndex): FlightIndex => ({ ...index, day: index.day.slice() });

/** `count` needles of 2–12 characters cut from the data's own words, lower-cased, each different. */
export function textNeedles(dataset: Dataset, count: number): string[] {
  const random = prng(16);
  const out = new Set<string>();
  for (const term of randomSearchTerms(dataset, count * 4, random)) {
    const needle = term
      .trim()
      .toLowerCase()
      .slice(0, 2 + Math.floor(random() * 11));
    if (needle.length >= 2) out.add(needle);
    if (out.size === count) break;
  }
  return [...out];
}

const scanCount = (texts: readonly string[], needle: string) => {
  let n = 0;
  for (let i = 0; i < texts.length; i++) if (texts[i]!.includes(needle)) n++;
  return n;
};
const maskCount = (mask: Uint8Array) => mask.reduce((a, b) => a + b, 0);

/**
 * Build and per-query figures at the dataset's size: ours against the scan (its haystack build, then
 * one includes per flight) and against `library` when given. Rows: `text-build` (ours vs the scan's
 * haystack), `text-query` (median over the needles of each needle's median of `runs`).
 */
export function textFigures(
  dataset: Dataset,
  runs: number,
  library?: TextPeer,
): { rows: Row[]; notes: string[] } {
  const n = dataset.flights.length;
  const index = createIndex(dataset);
  const notes: string[] = [];
  const rows: Row[] = [];

  const builds = { ours: [] as number[], scan: [] as number[], lib: [] as number[] };
  const buildRuns = n > 100_000 ? 3 : 5;
  let built: unknown;
  for (let r = 0; r < buildRuns; r++) {
    const a = fresh(index);
    const b = fresh(index);
    collect();
    builds.ours.push(time(() => warmTextIndex(a)));
    collect();
    builds.scan.push(time(() => textHaystack(b)));
    if (library) {
      built = undefined;
      collect();
      builds.lib.push(time(() => (built = library.build(index.flights))));
    }
  }
  const bo = timing(builds.ours);
  const bs = timing(builds.scan);
  rows.push({
    name: 'text-build',
    n,
    ours_ms: bo.median,
    peer: 'scan haystack',
    peer_ms: bs.median,
    ratio: bo.median / bs.median,
  });
  notes.push(`text-build n=${n}, ${buildRuns} runs: ours ${spread(bo)}, scan's haystack ${spread(bs)}`);
  if (library) {
    const bl = timing(builds.lib);
    rows.push({
      name: 'text-build',
      n,
      ours_ms: bo.median,
      peer: library.name,
      peer_ms: bl.median,
      ratio: bo.median / bl.median,
    });
    notes.push(`text-build n=${n}: ${library.name} ${spread(bl)}`);
  }

  collect();
  const before = process.memoryUsage();
  warmTextIndex(index);
  collect();
  const after = process.memoryUsage();
  const heap = after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers;
  notes.push(
    `text-index memory n=${n}: ${(textIndexBytes(index) / 1e6).toFixed(1)} MB counted ` +
      `(${(heap / 1e6).toFixed(1)} MB heap + array buffers grown)`,
  );

  const texts = textHaystack(index);
  const needles = textNeedles(dataset, 20);
  const want = needles.map((needle) => scanCount(texts, needle));
  const times = needles.map(() => ({ ours: [] as number[], scan: [] as number[], lib: [] as number[] }));
  let mismatches = 0;
  let libMismatches = 0;
  // Round by round through the needles: ours keeps the last few needles' masks, and 20 in turn never
  // meet one, so each query pays for its lookup.
  for (let r = 0; r < runs; r++) {
    needles.forEach((needle, k) => {
      const t = times[k]!;
      let mask: Uint8Array = new Uint8Array(0);
      t.ours.push(time(() => (mask = textMatches(index, needle))));
      if (maskCount(mask) !== want[k]) mismatches++;
      t.scan.push(time(() => Uint8Array.from(texts, (s) => (s.includes(needle) ? 1 : 0))));
      if (library) {
        let count = 0;
        t.lib.push(time(() => (count = library.count(built, needle))));
        if (count !== want[k]) libMismatches++;
      }
    });
  }
  const per = {
    ours: times.map((t) => median(t.ours)),
    scan: times.map((t) => median(t.scan)),
    lib: library ? times.map((t) => median(t.lib)) : [],
  };
  if (mismatches > 0) throw new Error(`text-query: ours and the scan disagree ${mismatches} times`);
  const qo = timing(per.ours);
  const qs = timing(per.scan);
  rows.push({
    name: 'text-query',
    n,
    ours_ms: qo.median,
    peer: 'scan',
    peer_ms: qs.median,
    ratio: qo.median / qs.median,
  });
  const slowest = needles
    .map((needle, k) => ({ needle, ms: per.ours[k]!, hits: want[k]! }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3)
    .map((x) => `${JSON.stringify(x.needle)} ${x.ms.toFixed(2)} ms (${x.hits} flights)`);
  notes.push(
    `text-query n=${n}, ${needles.length} needles (${needles.map((s) => JSON.stringify(s)).join(' ')}), ` +
      `median of ${runs} runs each; over the needles: ours ${spread(qo)}, scan ${spread(qs)}; ours slowest: ` +
      slowest.join(', '),
  );
  if (library) {
    const ql = timing(per.lib);
    rows.push({
      name: 'text-query',
      n,
      ours_ms: qo.median,
      peer: library.name,
      peer_ms: ql.median,
      ratio: qo.median / ql.median,
    });
    notes.push(
      `text-query n=${n}: ${library.name} ${spread(ql)}; its count differs from the substring scan in ` +
        `${libMismatches} of ${needles.length * runs} runs`,
    );
  }
  return { rows, notes };
}

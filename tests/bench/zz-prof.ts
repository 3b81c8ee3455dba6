import { generateDataset } from '../../src/data/generate';
import { createIndex, computeView } from '../../src/data/query';
import { dayToDate } from '../../src/data/time';
const ds = generateDataset({ flights: 1000000, seed: 42 });
const ts = [];
let idx = createIndex(ds);
for (let r = 0; r < 3; r++) {
  const t = performance.now();
  idx = createIndex(ds);
  ts.push(performance.now() - t);
}
const qs = [];
for (let r = 0; r < 30; r++) {
  const from = idx.day[0] + ((r * 97) % 2500);
  if (r >= 15) (globalThis as any).gc();
  const t = performance.now();
  computeView(idx, { from: dayToDate(from), to: dayToDate(from + 364) }, 'day');
  qs.push(performance.now() - t);
}
console.log(ts.map((x) => x.toFixed(0)).join(' '), '|', qs.map((x) => x.toFixed(0)).join(' '));

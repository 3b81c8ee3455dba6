import { generateDataset } from '../../src/data/generate';
import { createIndex } from '../../src/data/query';
import { instantOf } from '../../src/data/index-order';
import { dayNumber } from '../../src/data/time';
const ds = generateDataset({ flights: 100000, seed: 7 });
for (let r = 0; r < 6; r++) {
  let t = performance.now();
  createIndex(ds);
  const a = performance.now() - t;
  t = performance.now();
  let s = 0;
  for (const f of ds.flights) s += instantOf(f);
  const b = performance.now() - t;
  t = performance.now();
  for (const f of ds.flights) s += dayNumber(f.date);
  const c = performance.now() - t;
  console.log('index', a.toFixed(1), 'instants', b.toFixed(1), 'days', c.toFixed(1));
}

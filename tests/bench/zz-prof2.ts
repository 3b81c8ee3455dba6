import { generateDataset } from '../../src/data/generate';
import { createIndex, computeView } from '../../src/data/query';
import { dayToDate } from '../../src/data/time';
const ds = generateDataset({ flights: 1000000, seed: 42 });
const idx = createIndex(ds);
const g = (globalThis as any).gc;
const a = [], b = [], c = [];
for (let r = 0; r < 20; r++) {
  const from = idx.day[0] + ((r * 97) % 2500);
  g();
  let t = performance.now();
  const s = idx.flights.slice(100000 + r, 225000 + r);
  a.push(performance.now() - t);
  g();
  t = performance.now();
  computeView(idx, { from: dayToDate(from), to: dayToDate(from + 364), confidences: ['synthetic', 'confirmed', 'reported', 'inferred'] }, 'day');
  b.push(performance.now() - t);
  g();
  t = performance.now();
  computeView(idx, { from: dayToDate(from), to: dayToDate(from + 364) }, 'day');
  c.push(performance.now() - t);
  if (s.length < 0) console.log(s);
}
console.log('slice', a.map((x) => x.toFixed(0)).join(' '));
console.log('push ', b.map((x) => x.toFixed(0)).join(' '));
console.log('view ', c.map((x) => x.toFixed(0)).join(' '));

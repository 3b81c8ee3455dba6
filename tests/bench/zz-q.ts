import { generateDataset } from '../../src/data/generate';
import { createIndex, computeView } from '../../src/data/query';
import { dayToDate } from '../../src/data/time';
const ds = generateDataset({ flights: 10000, seed: 42 });
const idx = createIndex(ds);
const qs: number[] = [];
for (let r = 0; r < 3000; r++) {
  const from = idx.day[0] + ((r * 97) % 2500);
  const t = performance.now();
  computeView(idx, { from: dayToDate(from), to: dayToDate(from + 364) }, 'day');
  qs.push(performance.now() - t);
}
qs.sort((a, b) => a - b);
console.log('median', qs[1500].toFixed(3));

import crossfilter from 'crossfilter2';
import { generateDataset } from '../../src/data/generate';
import { toCsv } from '../../src/data/csv';
import { toJson } from '../../src/data/json';
import { createIndex, computeView } from '../../src/data/query';
import { dayNumber, dayToDate } from '../../src/data/time';
const n = Number(process.argv[2] ?? 100000);
let t = performance.now();
const ds = generateDataset({ flights: n, seed: 7 });
console.log('gen', performance.now() - t);
const csv = toCsv(ds.flights.slice(0, 10000), ds);
console.log('csv chars/flight', csv.length / 10000, 'json chars/flight', toJson(ds.flights.slice(0, 10000), ds).length / 10000);
for (let r = 0; r < 3; r++) {
  t = performance.now();
  const idx = createIndex(ds);
  const a = performance.now() - t;
  t = performance.now();
  const cf = crossfilter(ds.flights);
  const dd = cf.dimension((f) => dayNumber(f.date));
  const rd = cf.dimension((f) => `${f.origin}>${f.destination}`);
  const gd = cf.dimension((f) => dayNumber(f.date));
  const rg = rd.group();
  const dg = gd.group();
  const b = performance.now() - t;
  const first = idx.day[0], last = idx.day[idx.day.length - 1];
  const qs = [], ps = [];
  for (let k = 0; k < 7; k++) {
    const from = first + Math.floor(Math.random() * (last - first - 365));
    t = performance.now();
    const v = computeView(idx, { from: dayToDate(from), to: dayToDate(from + 364) }, 'day');
    qs.push(performance.now() - t);
    t = performance.now();
    dd.filterRange([from, from + 365]);
    const x = rg.all(); const y = dg.all(); const z = cf.allFiltered();
    ps.push(performance.now() - t);
    if (z.length !== v.total) console.log('mismatch', z.length, v.total);
  }
  qs.sort((a, b) => a - b); ps.sort((a, b) => a - b);
  console.log('index', a.toFixed(1), 'cf', b.toFixed(1), 'query', qs[3].toFixed(2), 'cfq', ps[3].toFixed(2));
}

import { createReadStream } from 'node:fs';
import { CsvChunks, T } from '/work/main/src/data/import/csv-chunks';
let rows = 0;
const c = new CsvChunks({ records(r) { rows += r.length; }, error() {} });
const t = performance.now();
const dec = new TextDecoder();
for await (const chunk of createReadStream('/tmp/prof/data/flights-1000000.csv', { highWaterMark: 64 * 1024 })) c.push(dec.decode(chunk as Buffer, { stream: true }));
c.finish();
console.log('chunks', (performance.now() - t).toFixed(0), rows, T);

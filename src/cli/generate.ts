/**
 * Writes a generated synthetic dataset to a file, as contract JSON (`.json`) or contract CSV (`.csv`).
 *
 *   npm run generate -- --flights 100000 --out /tmp/flights-100k.csv [--seed N] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
 *
 * Generated files are not committed (.gitignore: *.generated.json / *.generated.csv).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { toCsvParts } from '../data/export';
import { generateDataset } from '../data/sample';
import { isIsoDate } from '../data/contract';
import type { Dataset } from '../data/contract';

/** Above this, one contract JSON string is more than a browser tab can parse: use CSV. */
const MAX_JSON_FLIGHTS = 500_000;
const CHUNK = 50_000;

function fail(message: string): never {
  console.error(`generate: ${message}`);
  process.exit(1);
}

// Written in parts so a million flights never need one giant string.
function writeCsv(fd: number, dataset: Dataset): void {
  for (const part of toCsvParts(dataset.flights, dataset, CHUNK)) writeSync(fd, part);
}

function writeJson(fd: number, dataset: Dataset): void {
  const { flights, ...meta } = dataset;
  writeSync(fd, `${JSON.stringify(meta).slice(0, -1)},"flights":[`);
  for (let start = 0; start < flights.length; start += CHUNK) {
    const part = flights.slice(start, start + CHUNK).map((flight) => JSON.stringify(flight));
    writeSync(fd, (start === 0 ? '\n' : ',\n') + part.join(',\n'));
  }
  writeSync(fd, '\n]}\n');
}

const { values } = parseArgs({
  options: {
    flights: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  },
});

const flights = Number(values.flights);
const seed = values.seed === undefined ? 1 : Number(values.seed);
const out =
  values.out ?? fail('--out FILE is required (ending in .json or .csv), e.g. --out /tmp/flights-100k.csv');
if (!Number.isInteger(flights) || flights < 0)
  fail('--flights N is required, a whole number, e.g. --flights 100000');
if (!Number.isInteger(seed)) fail(`--seed must be a whole number, got ${values.seed}`);
for (const date of [values.from, values.to]) {
  if (date !== undefined && !isIsoDate(date)) fail(`dates must be YYYY-MM-DD, got ${date}`);
}
const format = out.toLowerCase().endsWith('.json')
  ? 'json'
  : out.toLowerCase().endsWith('.csv')
    ? 'csv'
    : undefined;
if (!format) fail(`--out must end in .json or .csv, got ${out}`);
if (format === 'json' && flights > MAX_JSON_FLIGHTS) {
  fail(
    `${flights.toLocaleString('en-US')} flights is too many for one JSON file: a contract JSON that large is ` +
      `longer than a browser can hold as one string (the limit for JSON here is ${MAX_JSON_FLIGHTS.toLocaleString('en-US')}). ` +
      'Write CSV instead (--out FILE.csv): the app imports a million flights from CSV.',
  );
}

const started = performance.now();
const dataset = generateDataset({ flights, seed, from: values.from, to: values.to });
const fd = openSync(out, 'w');
try {
  if (format === 'json') writeJson(fd, dataset);
  else writeCsv(fd, dataset);
} finally {
  closeSync(fd);
}
console.log(
  `${out}: ${flights.toLocaleString('en-US')} generated flights (seed ${seed}) as ${format.toUpperCase()} ` +
    `in ${Math.round(performance.now() - started)} ms`,
);

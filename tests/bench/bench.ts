// The Node benchmark (`npm run bench`; `npm run bench -- --json` prints one JSON array of rows
// `{ name, n, ours_ms, peer, peer_ms, ratio }`, ratio = ours / peer, plus one `memory` row with
// `heap_mb`). Ours and the peer alternate in one process; each figure is a median of 5 or more runs on
// generated data. Goals are targets to report against, not pass/fail tests.
import { generateDataset } from '../../src/data/sample';
import { warmTextIndex } from '../../src/data/query/text-index';
import { textFigures } from './figures-text';
import { sortFigures } from './figures-sort';
import { windowFigure } from './figures-window';
import type { FlightIndex } from '../../src/data/query';
import type { Dataset } from '../../src/data/contract';
import { indexFigure, queryFigure } from './figures-query';
import { identityFigures } from './identity-bench';
import { exportCsvFigure, importCsvFigure, importJsonFigure } from './figures-io';
import { validateFigures } from './figures-validate';
import { trackFigures } from './figures-tracks';
import { aircraftDbFigures } from './aircraft-db-bench';
import { editFigures } from './figures-edit';
import { mergeFigures } from './figures-merge';
import { patternFigures } from './figures-patterns';
import { collect, withSpread } from './measure';
import type { Row } from './measure';

const json = process.argv.includes('--json');
// `-- --up-to 100000` stops at that size (and skips the 2.6 M-row track run): a quick before/after check.
const upToArg = process.argv.indexOf('--up-to');
const upTo = upToArg >= 0 ? Number(process.argv[upToArg + 1]) : Infinity;
const SIZES = [10_000, 100_000, 1_000_000].filter((n) => n <= upTo);
/** Largest ratio (ours / peer) each figure aims for. */
const GOALS: Record<string, { max: number; sizes?: number[] }> = {
  index: { max: 0.5 },
  query: { max: 0.5, sizes: [100_000, 1_000_000] },
  'import-json': { max: 1.5 },
  'export-csv': { max: 0.6 },
  'import-csv': { max: 1.5 },
  validate: { max: 1 },
  'import-readsb': { max: 1.5 },
  'import-states': { max: 1.5 },
  'aircraft-db-opensky': { max: 1.5 },
  'aircraft-db-tar1090-gz': { max: 1.5 },
};
const MEMORY_GOAL_MB = 1536;
/** Goals the issues state as times (ms), whatever the peer: issue 13's edit, bulk edit and merge, issue 15's charts. */
const TIME_GOALS: Record<string, { ms: number; sizes?: number[] }> = {
  'edit-one': { ms: 50 },
  'edit-bulk': { ms: 1000 },
  merge: { ms: 5000, sizes: [100_000] },
  'pattern-compare': { ms: 50 },
  'pattern-destinations': { ms: 50 },
  'pattern-rhythm-local': { ms: 50 },
  'pattern-ground-time': { ms: 50 },
  'identity-fill': { ms: 1000 },
  // Issue 16: the Aircraft list after a filter change, at 100k (its share of one frame of work).
  'aircraft-list-filter-date': { ms: 5 },
  'aircraft-list-filter-evidence': { ms: 5 },
  'aircraft-list-filter-20k-date': { ms: 5 },
  'aircraft-list-filter-20k-evidence': { ms: 5 },
  'aircraft-list-filter-evidence-dated': { ms: 5 },
  'aircraft-list-filter-20k-evidence-dated': { ms: 5 },
  // Issue 16: a table sort by any column at 1M flights, once the column's ranks are built.
  ...Object.fromEntries(
    [
      'sort-operator',
      'sort-registration',
      'sort-origin-desc',
      'sort-confidence',
      'sort-sources',
      'sort-callsign-desc',
      'sort-date-desc',
    ].map((name) => [name, { ms: 100, sizes: [1_000_000] }]),
  ),
};

const rows: Row[] = [];
const notes: string[] = [];
const log = (line: string) => (json ? process.stderr : process.stdout).write(line + '\n');
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
// Typed arrays live outside the JS heap (`arrayBuffers`), so both are counted.
const heapMb = () => {
  const m = process.memoryUsage();
  return mb(m.heapUsed + m.arrayBuffers);
};

function record(measured: Row): void {
  const row = withSpread(measured);
  rows.push(row);
  log(
    `  ${row.name} n=${row.n}: ours ${row.ours_ms.toFixed(1)} ms, ${row.peer} ${row.peer_ms.toFixed(1)} ms`,
  );
}

let memoryMb = 0;
/** Bytes of the index's own columns: its typed arrays plus the flights array's pointers. */
function indexBytes(index: FlightIndex): number {
  let bytes = index.flights.length * 8;
  for (const value of Object.values(index)) if (ArrayBuffer.isView(value)) bytes += value.byteLength;
  return bytes;
}

const started = performance.now();
for (const n of SIZES) {
  log(`\n${n.toLocaleString('en-US')} flights`);
  let dataset: Dataset | undefined = generateDataset({ flights: n, seed: 42 });
  const big = n >= 1_000_000;
  record(indexFigure(dataset, big ? 5 : 7));
  record(queryFigure(dataset, big ? 9 : 21));
  collect();
  if (n >= 100_000) {
    // Issue 16: the text filter through its trigram index, against the scan it replaced.
    const text = textFigures(dataset, big ? 3 : 5);
    text.rows.forEach(record);
    notes.push(...text.notes);
    collect();
    const sorted = await sortFigures(dataset, big ? 11 : 21);
    sorted.rows.forEach(record);
    notes.push(...sorted.notes);
    collect();
    const windowed = windowFigure(n, 21);
    record(windowed.row);
    notes.push(windowed.note);
    collect();
  }
  if (!big) record(importJsonFigure(dataset, 5));
  // The validation step alone against zod 4 and valibot (same records; a 1M JSON is not importable).
  if (!big) for (const row of validateFigures(dataset, 5)) record(row);
  collect();
  const exported = exportCsvFigure(dataset, 5);
  record(exported.row);
  notes.push(
    `export-csv n=${n}: toCsv ${exported.identical ? 'byte-identical to' : 'DIFFERS from'} BOM + Papa.unparse`,
  );
  collect();
  // Read whole, a CSV over 200 MB is refused: here a million flights come as two files added together.
  const imported = importCsvFigure(dataset, big ? 2 : 1, 5);
  record(imported.row);
  if (big) {
    dataset = undefined;
    const { index } = imported.kept;
    imported.kept = undefined as never;
    collect();
    memoryMb = heapMb();
    warmTextIndex(index as FlightIndex);
    collect();
    notes.push(
      `memory: ${memoryMb} MB (JS heap + typed arrays) holding 1M imported flights + their index ` +
        `(the index's own columns ${mb(indexBytes(index as FlightIndex))} MB); ${heapMb()} MB once the first ` +
        'text index is built (what the app builds in idle time after a load)',
    );
    if (index?.flights.length !== n) throw new Error('memory: flights lost');
  }
  if (n === 100_000) {
    for (const row of editFigures(dataset!, 7)) record(row);
    collect();
    for (const row of patternFigures(dataset!, 7)) record(row);
    collect();
    const identity = identityFigures(dataset!, 7);
    identity.rows.forEach(record);
    notes.push(...identity.notes);
    collect();
  }
  if (n <= 100_000) {
    const merged = mergeFigures(n, n <= 10_000 ? 3 : 5);
    merged.rows.forEach(record);
    notes.push(...merged.notes);
    collect();
  }
  collect();
}
notes.push(
  'edit-one: one field of one flight at n flights (step built and checked, applied, index rebuilt); the ' +
    'browser figure adds the journal write and the paint. edit-bulk: a tag added to n of 100,000 flights.',
);
notes.push(
  'pattern-*: at 100,000 flights; the local-time grid is timed with its per-zone offsets already asked ' +
    '(the first grid of a page asks Intl once or twice per zone and UTC day of data).',
);
notes.push(
  'import-json runs at 10k and 100k only: a 1M-flight contract JSON is ~356 M characters with this generator ' +
    "(~730 M with fuller text), beyond the 200 MB import limit and near or past V8's longest string (~537 M " +
    'characters): the contract sends a million flights as CSV.',
);
notes.push(
  'import-csv n=1000000: two files of 500k, read whole (the app streams one 1M file in its worker since issue 16; that import is a browser figure, bench:browser).',
);
notes.push('import figures include building the index (what the app does after every import).');
notes.push(
  'validate: our validator vs zod 4 / valibot schemas of the same value checks on the parsed flights; ours also ' +
    'resolves airports, finds duplicate ids and interns repeated strings.',
);
log('\ntracks (issue 11)');
const tracks = await trackFigures({ big: upTo >= 1_000_000 });
tracks.rows.forEach(record);
notes.push(...tracks.notes);

log('\naircraft database (issue 14)');
const aircraftDb = await aircraftDbFigures();
aircraftDb.rows.forEach(record);
notes.push(...aircraftDb.notes);
notes.push(`total bench time: ${((performance.now() - started) / 1000).toFixed(0)} s`);

function goalOf(row: Row): string {
  const time = TIME_GOALS[row.name];
  if (time && (!time.sizes || time.sizes.includes(row.n)))
    return `≤ ${time.ms} ms ${row.ours_ms <= time.ms ? 'met' : 'MISSED'}`;
  const goal = GOALS[row.name];
  if (!goal || (goal.sizes && !goal.sizes.includes(row.n))) return '';
  return `≤ ${goal.max} ${row.ratio <= goal.max ? 'met' : 'MISSED'}`;
}

if (json) {
  const memory = {
    name: 'memory',
    n: 1_000_000,
    ours_ms: null,
    peer: null,
    peer_ms: null,
    ratio: null,
    heap_mb: memoryMb,
  };
  process.stdout.write(JSON.stringify([...rows, memory]) + '\n');
  for (const note of notes) log(note);
} else {
  const header = [
    'figure',
    'n',
    'runs',
    'ours ms',
    'ours p10–p90',
    'peer',
    'peer ms',
    'peer p10–p90',
    'ratio',
    'goal',
  ];
  const body = rows.map((r) => [
    r.name,
    r.n.toLocaleString('en-US'),
    r.runs === undefined ? '—' : String(r.runs),
    r.ours_ms.toFixed(1),
    r.ours_spread ?? '—',
    r.peer,
    r.peer_ms.toFixed(1),
    r.peer_spread ?? '—',
    r.ratio.toFixed(2),
    goalOf(r),
  ]);
  body.push([
    'memory (heap)',
    '1,000,000',
    '',
    `${memoryMb} MB`,
    '',
    '',
    '',
    '',
    '',
    `≤ ${MEMORY_GOAL_MB} MB ${memoryMb <= MEMORY_GOAL_MB ? 'met' : 'MISSED'}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ') + ' |';
  log('\n' + line(header));
  log(line(widths.map((w) => '-'.repeat(w))));
  for (const b of body) log(line(b));
  log('');
  for (const note of notes) log(`- ${note}`);
}

// The aircraft-database import figures (issue 14, "Scale and speed"): a 600,000-row database read into
// the columnar table (parse + table build) against Papa.parse of the same text (goal ≤ 1.5×), in both
// layouts. The files are generated: deterministic and obviously fake (Example Operator 12 Airlines,
// registrations XA-…); the OpenSky one has OpenSky's 27 quoted columns, the tar1090-db one is gzipped as
// tar1090-db ships it. Ours and the peer alternate; each figure is the median of `runs`, its spread the
// fastest and slowest run. Run alone: `node --expose-gc --import tsx tests/bench/aircraft-db-bench.ts`.
import { gzipSync, Gunzip, gunzipSync, strToU8 } from 'fflate';
import Papa from 'papaparse';
import { pathToFileURL } from 'node:url';
import { AircraftDbReader, readAircraftDb, type AircraftDbResult } from '../../src/data/identity/aircraft-db';
import { collect, median, seeded, type Row } from './measure';

export const DB_ROWS = 600_000;
const OPTIONS = { name: 'aircraftDatabase.csv', importedAt: '2026-12-02T10:00:00+00:00' };

const OPENSKY_HEADER = [
  'icao24',
  'registration',
  'manufacturericao',
  'manufacturername',
  'model',
  'typecode',
  'serialnumber',
  'linenumber',
  'icaoaircrafttype',
  'operator',
  'operatorcallsign',
  'operatoricao',
  'operatoriata',
  'owner',
  'testreg',
  'registered',
  'reguntil',
  'status',
  'built',
  'firstflightdate',
  'seatconfiguration',
  'engines',
  'modes',
  'adsb',
  'acars',
  'notes',
  'categoryDescription',
];

const letters = (n: number, width: number) => {
  let s = '';
  for (let i = 0; i < width; i++, n = Math.floor(n / 26)) s = String.fromCharCode(65 + (n % 26)) + s;
  return s;
};
const hex = (n: number) => n.toString(16).padStart(6, '0');

/** One fake aircraft: the same values in both layouts. */
function aircraft(i: number, random: () => number) {
  const address = Math.floor((i / DB_ROWS) * 0xfffff0);
  const maker = i % 40;
  return {
    icao24: hex(address),
    registration: random() < 0.85 ? `X${letters(i % 26, 1)}-${letters(i, 4)}` : '',
    maker: `Example Aircraft ${maker}`,
    model: `EX-${100 + (i % 90)} series ${i % 7}`,
    typecode: random() < 0.9 ? `E${maker}${i % 9}` : '',
    serial: random() < 0.7 ? String(10_000 + i) : '',
    operator: random() < 0.5 ? `Example Operator ${i % 6000}, Airlines` : '',
    operatorIcao: random() < 0.4 ? letters(i % 6000, 3) : '',
    owner: random() < 0.6 ? `Example Owner ${i % 50_000} Ltd` : '',
    built: random() < 0.5 ? `${1970 + (i % 50)}-01-01` : '',
  };
}

/** OpenSky layout: header, then every cell quoted (as aircraftDatabase.csv is). */
export function openskyText(rows = DB_ROWS): string {
  const random = seeded(1414);
  const lines = [OPENSKY_HEADER.map((h) => `"${h}"`).join(',')];
  for (let i = 0; i < rows; i++) {
    const a = aircraft(i, random);
    const cells = [
      a.icao24,
      a.registration,
      '',
      a.maker,
      a.model,
      a.typecode,
      a.serial,
      '',
      'L2J',
      a.operator,
      '',
      a.operatorIcao,
      '',
      a.owner,
      '',
      '',
      '',
      '',
      a.built,
      '',
      '',
      '',
      'false',
      'false',
      'false',
      '',
      '',
    ];
    lines.push(cells.map((c) => `"${c}"`).join(','));
  }
  return lines.join('\n') + '\n';
}

/** tar1090-db layout: `icao24;registration;typecode;flags;description;year;ownOp;`, upper-case hex. */
export function tar1090Text(rows = DB_ROWS): string {
  const random = seeded(1090);
  const lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const a = aircraft(i, random);
    const year = a.built.slice(0, 4);
    lines.push(
      `${a.icao24.toUpperCase()};${a.registration};${a.typecode};00;${a.maker} ${a.model};${year};${a.owner};`,
    );
  }
  return lines.join('\n') + '\n';
}

/** Ours from text, in 64 K-character chunks as a decoder hands them on. */
function readText(text: string): AircraftDbResult {
  const reader = new AircraftDbReader(OPTIONS);
  for (let at = 0; at < text.length; at += 65536) reader.push(text.slice(at, at + 65536));
  return reader.finish();
}

interface Timing {
  median: number;
  min: number;
  max: number;
}

function timed(fn: () => unknown): number {
  collect();
  const start = performance.now();
  const out = fn();
  const ms = performance.now() - start;
  if (out === Symbol.for('never')) console.log(out);
  return ms;
}

/** Alternating runs of both sides (which goes first alternates too), medians and spreads. */
function race(ours: () => unknown, peer: () => unknown, runs: number): { ours: Timing; peer: Timing } {
  ours();
  peer();
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < runs; r++) {
    if (r % 2 === 0) {
      a.push(timed(ours));
      b.push(timed(peer));
    } else {
      b.push(timed(peer));
      a.push(timed(ours));
    }
  }
  const stat = (v: number[]): Timing => ({ median: median(v), min: Math.min(...v), max: Math.max(...v) });
  return { ours: stat(a), peer: stat(b) };
}

const spread = (t: Timing) => `${t.median.toFixed(0)} ms (${t.min.toFixed(0)}–${t.max.toFixed(0)})`;

function row(name: string, n: number, peerName: string, t: { ours: Timing; peer: Timing }): Row {
  return {
    name,
    n,
    ours_ms: t.ours.median,
    peer: peerName,
    peer_ms: t.peer.median,
    ratio: t.ours.median / t.peer.median,
  };
}

/** fflate's streaming Gunzip against the platform's DecompressionStream, on the same bytes. */
async function gunzipFigures(gz: Uint8Array, runs: number): Promise<{ fflate: number; stream: number }> {
  const viaFflate = () => {
    let total = 0;
    const g = new Gunzip((data) => (total += data.length));
    for (let at = 0; at < gz.length; at += 65536)
      g.push(gz.subarray(at, at + 65536), at + 65536 >= gz.length);
    return total;
  };
  const viaStream = async () => {
    let total = 0;
    const source = new Blob([gz as Uint8Array<ArrayBuffer>]).stream();
    const reader = source.pipeThrough(new DecompressionStream('gzip')).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
    }
    return total;
  };
  const f: number[] = [];
  const s: number[] = [];
  for (let r = 0; r < runs; r++) {
    f.push(timed(viaFflate));
    collect();
    const start = performance.now();
    await viaStream();
    s.push(performance.now() - start);
  }
  return { fflate: median(f), stream: median(s) };
}

/** The figures, as bench.ts rows plus notes (spreads, sizes, the gunzip comparison). */
export async function aircraftDbFigures(runs = 5): Promise<{ rows: Row[]; notes: string[] }> {
  const rows: Row[] = [];
  const notes: string[] = [];
  const mb = (chars: number) => `${(chars / 1e6).toFixed(0)} MB`;

  let opensky: string | undefined = openskyText();
  const os = opensky;
  const check = readText(os);
  if (!check.ok || check.table.size !== DB_ROWS) throw new Error('aircraft-db: the OpenSky import lost rows');
  const t1 = race(
    () => readText(os),
    () => Papa.parse(os),
    runs,
  );
  rows.push(row('aircraft-db-opensky', DB_ROWS, 'Papa.parse', t1));
  notes.push(
    `aircraft-db-opensky: ${mb(os.length)} of OpenSky-layout text (27 quoted columns); ours = streamed ` +
      `parse + table build ${spread(t1.ours)}, Papa.parse of the whole string ${spread(t1.peer)}.`,
  );
  // The same file as bytes, as the worker reads it (UTF-8 decoding included); ours alone.
  const bytes = strToU8(os);
  const fromBytes: number[] = [];
  for (let r = 0; r < 3; r++) fromBytes.push(timed(() => readAircraftDb(bytes, OPTIONS)));
  const b: Timing = { median: median(fromBytes), min: Math.min(...fromBytes), max: Math.max(...fromBytes) };
  notes.push(`aircraft-db-opensky from bytes (UTF-8 decoding included): ours ${spread(b)}.`);
  opensky = undefined;
  collect();

  const tar = tar1090Text();
  const gz = gzipSync(strToU8(tar), { level: 9 });
  const t2 = race(
    () => readAircraftDb(gz, OPTIONS),
    () => Papa.parse(new TextDecoder().decode(gunzipSync(gz)), { delimiter: ';' }),
    runs,
  );
  rows.push(row('aircraft-db-tar1090-gz', DB_ROWS, 'gunzip+Papa', t2));
  notes.push(
    `aircraft-db-tar1090-gz: ${mb(tar.length)} of tar1090-db text, ${mb(gz.length)} gzipped; ours = ` +
      `streamed gunzip + decode + parse + table build ${spread(t2.ours)}, peer = fflate gunzipSync + ` +
      `decode + Papa.parse ${spread(t2.peer)}.`,
  );
  const g = await gunzipFigures(gz, 3);
  notes.push(
    `aircraft-db gunzip of the ${mb(gz.length)} file: fflate streaming Gunzip ${g.fflate.toFixed(0)} ms, ` +
      `DecompressionStream ${g.stream.toFixed(0)} ms (the import uses fflate through tracks/text.ts).`,
  );

  if (check.ok) {
    const table = check.table;
    const random = seeded(7);
    const probes = Array.from({ length: 100_000 }, () => hex(Math.floor(random() * 0xfffff0)));
    const ms = timed(() => probes.reduce((hits, p) => hits + (table.get(p) ? 1 : 0), 0));
    const c = table.toColumns();
    let bytesHeld = c.addresses.byteLength;
    for (const col of Object.values(c.columns))
      bytesHeld += col.codes.byteLength + col.starts.byteLength + col.text.length;
    notes.push(
      `aircraft-db table: ${DB_ROWS.toLocaleString('en-US')} rows in ${(bytesHeld / 1e6).toFixed(0)} MB of ` +
        `columns; 100,000 lookups (hits and misses) ${ms.toFixed(0)} ms.`,
    );
  }
  return { rows, notes };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { rows, notes } = await aircraftDbFigures();
  for (const r of rows)
    console.log(
      `${r.name} n=${r.n}: ours ${r.ours_ms.toFixed(0)} ms, ${r.peer} ${r.peer_ms.toFixed(0)} ms, ratio ${r.ratio.toFixed(2)}`,
    );
  for (const note of notes) console.log(`- ${note}`);
}

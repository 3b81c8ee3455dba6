/**
 * Side by side (issue 16): the same changes timed the same way (change → two rAF after the view changed)
 * on (a) the floor page (one text node), (b) the peer page (crossfilter2 + dc.js + Leaflet canvas + plain
 * table, tests/bench/peer) and (c) Airlift, in one Chromium. Also profiles one change per kind on Airlift
 * and writes the summary to tests/bench/output/profile-<n>.txt.
 *
 *   tsx tests/bench/browser-side-by-side.ts [--json] [--sizes 100000,1000000] [--repeats 20]
 * (needs a `vite build` in dist/; `npm run bench:browser` builds it.)
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';
import playwrightConfig from '../../playwright.config';
import {
  prng,
  randomFromDates,
  randomSearchTerms,
  writeBenchDataset,
  type BenchDataset,
} from './browser-data';
import { changeExpression, clickExpression, countsText, type ChangeTiming } from './browser-inpage';
import { median, round } from './browser-report';
import { freePort, startPreview } from './browser-server';
import { profileChange } from './browser-profile';
import type { PeerData } from './peer/peer';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FRAME_MS = 16.7;

/** One change kind: how to make the i-th change on any of the three pages. */
interface Change {
  name: string;
  expression: (i: number) => string;
}

/** Clicks the sort header labelled `label` and waits for the first table row to change, then a frame. */
function sortExpression(label: string): string {
  return `(async () => {
  const button = Array.from(document.querySelectorAll('.flights-table__sort')).find((b) => b.textContent.includes(${JSON.stringify(label)}));
  if (!button) throw new Error('no sort button ${label}');
  const first = () => (document.querySelector('table[aria-label="Flights"] tbody tr') || {}).textContent;
  const before = first();
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const t0 = performance.now();
  button.click();
  await frame();
  while (first() === before && performance.now() - t0 < 3000) await frame();
  const changed = first() !== before;
  await frame();
  return { changed, twoFrames: performance.now() - t0, before, after: first() };
})()`;
}

function changes(data: BenchDataset, repeats: number): Change[] {
  const random = prng(data.n);
  const dates = randomFromDates(data.span, repeats + 1, random);
  const terms = randomSearchTerms(data.dataset, repeats + 1, random);
  return [
    { name: 'date change (From)', expression: (i) => changeExpression('date', 'From', dates[i] ?? '') },
    {
      name: 'text filter (Enter)',
      expression: (i) => changeExpression('text', 'Search text', terms[i] ?? ''),
    },
    {
      name: 'evidence toggle',
      expression: () => clickExpression('checkbox', 'At least two independent sources'),
    },
    { name: 'playback step', expression: () => clickExpression('button', 'Step forward ›') },
    { name: 'table sort (Callsign)', expression: () => sortExpression('Callsign') },
  ];
}

/** The peer's columns from the generated dataset (what its page would have parsed from the same file). */
function peerData(data: BenchDataset): PeerData {
  const airports = new Map(data.dataset.airports.map((a) => [a.icao, a]));
  const routeIndex = new Map<string, number>();
  const out: PeerData = { day: [], route: [], text: [], label: [], callsign: [], publishers: [], routes: [] };
  for (const f of data.dataset.flights) {
    const key = `${f.origin}>${f.destination}`;
    let r = routeIndex.get(key);
    if (r === undefined) {
      const a = airports.get(f.origin);
      const b = airports.get(f.destination);
      r = out.routes.length;
      routeIndex.set(key, r);
      out.routes.push({ from: [a?.lat ?? 0, a?.lon ?? 0], to: [b?.lat ?? 0, b?.lon ?? 0] });
    }
    out.day.push(Math.floor(Date.parse(f.date) / 86_400_000));
    out.route.push(r);
    const text = [f.id, f.callsign, f.registration, f.operator, f.cargo, f.notes, f.aircraftType]
      .concat(f.sources.map((s) => s.publisher))
      .filter(Boolean)
      .join(' ');
    out.text.push(text.toLowerCase());
    out.label.push(`${f.date} ${f.origin}→${f.destination} ${f.callsign ?? ''}`);
    out.callsign.push(f.callsign ?? '');
    out.publishers.push(new Set(f.sources.map((s) => s.publisher)).size);
  }
  return out;
}

async function timeAll(page: Page, change: Change, repeats: number): Promise<number[]> {
  const times: number[] = [];
  // Change 0 is a warm-up; an input that changed nothing is not counted.
  for (let i = 0; i <= repeats; i++) {
    const t = await page.evaluate<ChangeTiming>(change.expression(i));
    if (i > 0 && t.changed) times.push(t.twoFrames);
    await page.waitForTimeout(100); // a person's pause, so trailing idle work does not queue up
  }
  return times;
}

export interface SideBySideRow {
  name: string;
  n: number;
  unit: 'ms';
  value: number | null;
  count: number;
  p10: number | null;
  p90: number | null;
  floor_ms: number | null;
  peer_ms: number | null;
  ratio_peer: number | null;
  frames_of_work: number | null;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? null) : null;
};
const med = (xs: number[]) => (xs.length ? median(xs) : null);

function peerBundle(dir: string): string {
  const out = join(dir, 'peer.js');
  execFileSync(join(ROOT, 'node_modules/.bin/esbuild'), [
    join(ROOT, 'tests/bench/peer/peer.ts'),
    '--bundle',
    '--format=iife',
    '--minify',
    `--outfile=${out}`,
  ]);
  return readFileSync(out, 'utf8');
}

async function openPeer(browser: Browser, data: BenchDataset, script: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await page.setContent(readFileSync(join(ROOT, 'tests/bench/peer/peer.html'), 'utf8'));
  await page.addStyleTag({ path: join(ROOT, 'node_modules/leaflet/dist/leaflet.css') });
  await page.addScriptTag({ content: script });
  await page.evaluate(
    (d) => (window as unknown as { peerBuild(d: PeerData): void }).peerBuild(d),
    peerData(data),
  );
  return page;
}

async function openAirlift(browser: Browser, url: string, data: BenchDataset): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await page.goto(url);
  await page.locator('input[type="file"][aria-label="Import flights file"]').setInputFiles(data.file);
  await page
    .locator('.counts-line')
    .filter({ hasText: new RegExp(`^\\s*${countsText(data.n)}\\s*$`) })
    .waitFor({ timeout: 300_000 });
  return page;
}

export async function sideBySide(
  browser: Browser,
  url: string,
  data: BenchDataset,
  repeats: number,
  peerScript: string,
  log: (m: string) => void,
): Promise<{ rows: SideBySideRow[]; profile: string }> {
  const list = changes(data, repeats);
  const floor = await (await browser.newContext()).newPage();
  await floor.setContent(readFileSync(join(ROOT, 'tests/bench/floor/floor.html'), 'utf8'));
  log(`${data.n}: peer page`);
  const peer = await openPeer(browser, data, peerScript);
  log(`${data.n}: Airlift (import)`);
  const ours = await openAirlift(browser, url, data);
  const rows: SideBySideRow[] = [];
  for (const change of list) {
    log(`${data.n}: ${change.name}`);
    // Interleaved per kind, so drift in the machine's load touches all three alike.
    const f = await timeAll(floor, change, repeats);
    const p = await timeAll(peer, change, repeats);
    const o = await timeAll(ours, change, repeats);
    const value = med(o);
    const floorMs = med(f);
    const peerMs = med(p);
    rows.push({
      name: `${change.name} → painted (2× rAF)`,
      n: data.n,
      unit: 'ms',
      value: value === null ? null : round(value),
      count: o.length,
      p10: quantile(o, 0.1),
      p90: quantile(o, 0.9),
      floor_ms: floorMs === null ? null : round(floorMs),
      peer_ms: peerMs === null ? null : round(peerMs),
      ratio_peer: value !== null && peerMs ? round(value / peerMs, 2) : null,
      frames_of_work: value !== null && floorMs !== null ? round((value - floorMs) / FRAME_MS, 2) : null,
    });
  }
  log(`${data.n}: profiling one change per kind`);
  const parts = [`# Airlift, ${data.n} flights: one change per kind under the DevTools profiler`];
  for (const change of list) parts.push(await profileChange(ours, change.name, change.expression(1)));
  for (const page of [floor, peer, ours]) await page.context().close();
  return { rows, profile: parts.join('\n\n') };
}

const fmt = (x: number | null) => (x === null ? '—' : x.toFixed(1));

/** The side-by-side rows as an aligned table. */
export function formatSideBySide(rows: SideBySideRow[]): string {
  const head = ['change', 'n', 'count', 'ours', 'p10–p90', 'floor', 'peer', 'ours/peer', '(ours−floor)/16.7'];
  const body = rows.map((r) => [
    r.name,
    r.n.toLocaleString('en-US'),
    String(r.count),
    fmt(r.value),
    `${fmt(r.p10)}–${fmt(r.p90)}`,
    fmt(r.floor_ms),
    fmt(r.peer_ms),
    r.ratio_peer === null ? '—' : r.ratio_peer.toFixed(2),
    r.frames_of_work === null ? '—' : r.frames_of_work.toFixed(2),
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]?.length ?? 0)));
  const line = (c: string[]) => c.map((x, i) => (i ? x.padStart(w[i] ?? 0) : x.padEnd(w[i] ?? 0))).join('  ');
  return [line(head), w.map((x) => '-'.repeat(x)).join('  '), ...body.map(line)].join('\n');
}

async function main() {
  const { values: opts } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      sizes: { type: 'string', default: '100000,1000000' },
      repeats: { type: 'string', default: '20' },
    },
  });
  const log = (m: string) => console.error(`[bench:side-by-side] ${m}`);
  const dir = join(tmpdir(), 'airlift-bench');
  const dist = join(dir, `dist-sbs-${process.pid}`);
  cpSync(join(ROOT, 'dist'), dist, { recursive: true });
  const script = peerBundle(dir);
  const server = await startPreview(ROOT, dist, await freePort(4230));
  const outDir = join(ROOT, 'tests/bench/output');
  mkdirSync(outDir, { recursive: true });
  let browser: Browser | undefined;
  const rows: SideBySideRow[] = [];
  try {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: playwrightConfig.use?.launchOptions?.args ?? [],
    });
    for (const n of opts.sizes.split(',').map(Number)) {
      log(`generating ${n} flights`);
      const data = writeBenchDataset(dir, n);
      const result = await sideBySide(browser, server.url, data, Number(opts.repeats), script, log);
      rows.push(...result.rows);
      writeFileSync(join(outDir, `profile-${n}.txt`), `${result.profile}\n`);
      console.error(result.profile);
    }
  } finally {
    await browser?.close();
    await server.stop();
    rmSync(dist, { recursive: true, force: true });
  }
  console.log(opts.json ? JSON.stringify(rows, null, 2) : formatSideBySide(rows));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}

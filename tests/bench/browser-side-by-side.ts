/**
 * Side by side (issue 16): the same changes, timed the same way (event → the frame that shows the new
 * state, painted), on three pages in one Chromium:
 *   (a) the floor: a bare page whose every change is one text node (tests/bench/side-by-side/floor.*);
 *   (b) the peer: crossfilter2 + dc.js + Leaflet canvas + a plain table (tests/bench/side-by-side/peer.*);
 *   (c) Airlift, the production build.
 * The repetitions go round robin (floor, peer, Airlift, floor, …), so drift in the machine's load touches
 * all three alike. Each row carries ours (median), the floor's and the peer's medians, and the ratios.
 *
 *   npx tsx tests/bench/browser-side-by-side.ts [--json] [--sizes 100000,1000000] [--repeats 20]
 *     [--profile | --profile-only] [--only 'text filter']
 * (after `vite build`; `npm run bench:browser` runs it at 100k and 1M.) `--profile` also builds Airlift
 * unminified and prints, per change kind, where one change's main-thread time goes (DevTools protocol).
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
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
import {
  actExpression,
  changeExpression,
  clickExpression,
  countsText,
  type ChangeTiming,
} from './browser-inpage';
import { formatJson, median, round, type BenchRow } from './browser-report';
import { freePort, startPreview } from './browser-server';
import { profileChange } from './browser-profile';
import { writePeerData } from './side-by-side/peer-data';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FRAME_MS = 16.7;
/** Goals of issue 16: ours ≤ 0.5 × the peer and one frame of work at 100k; ≤ 50 ms of work at 1M. */
const GOALS = { ratioPeer: 0.5, workMs: (n: number) => (n >= 1_000_000 ? 50 : FRAME_MS) };
const FIRST_ROW = 'table[aria-label="Flights"] tbody tr';

type Who = 'floor' | 'peer' | 'ours';

/** One change kind: the timed expression of its i-th repetition, and what to do around the series. */
interface Change {
  name: string;
  expression: (i: number) => string;
  /** Run (untimed) on every page before the series. */
  begin?: string;
  end?: string;
  /** The peer applies the same filter as Airlift: their counts must agree (a check the note reports). */
  compareCounts?: boolean;
}

/** Airlift's timeline brush, driven the way a drag sends pointer events (same surface as the other pages). */
const AIRLIFT_BRUSH = `(() => {
  const svg = () => document.querySelector('.tl-capture').ownerSVGElement;
  const at = (target, type, x, y) => target.dispatchEvent(new PointerEvent(type, {
    pointerId: 1, pointerType: 'mouse', isPrimary: true, button: 0, buttons: type === 'pointerup' ? 0 : 1,
    clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true }));
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  let grip = { x: 0, y: 0 };
  window.__bench = {
    async brushBegin() {
      const capture = document.querySelector('.tl-capture');
      const box = capture.getBoundingClientRect();
      const y = box.top + box.height / 2;
      at(capture, 'pointerdown', box.left + box.width * 0.3, y);
      at(svg(), 'pointermove', box.left + box.width * 0.4, y);
      at(svg(), 'pointerup', box.left + box.width * 0.4, y);
      let brush = null;
      for (let k = 0; k < 120 && !brush; k++) { await frame(); brush = document.querySelector('.tl-brush'); }
      if (!brush) throw new Error('the timeline drew no brush');
      const b = brush.getBoundingClientRect();
      grip = { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      at(brush, 'pointerdown', grip.x, grip.y);
    },
    brushStep(k) { at(svg(), 'pointermove', grip.x + 6 * k, grip.y); },
    brushEnd() { at(svg(), 'pointerup', grip.x, grip.y); },
  };
})()`;

const clickText = (text: string) =>
  `Array.from(document.querySelectorAll('button')).find((b) => b.textContent.trim() === ${JSON.stringify(text)})?.click()`;
const sortClick = `Array.from(document.querySelectorAll('.flights-table__sort')).find((b) => b.textContent.includes('Callsign')).click()`;

/** `--only`: a part of a change's name; the others are left out (to look at one change). */
let onlyChanges: string | undefined;

function changes(data: BenchDataset, repeats: number): Change[] {
  return allChanges(data, repeats).filter((c) => !onlyChanges || c.name.includes(onlyChanges));
}

function allChanges(data: BenchDataset, repeats: number): Change[] {
  const random = prng(data.n);
  const dates = randomFromDates(data.span, repeats + 1, random);
  const terms = randomSearchTerms(data.dataset, repeats + 1, random);
  return [
    {
      name: 'date change (From)',
      expression: (i) => changeExpression('date', 'From', dates[i] ?? ''),
      compareCounts: true,
    },
    {
      name: 'text filter (Enter)',
      expression: (i) => changeExpression('text', 'Search text', terms[i] ?? ''),
      compareCounts: true,
    },
    {
      name: 'evidence toggle (≥ 2 sources)',
      expression: () => clickExpression('checkbox', 'At least two independent sources'),
      compareCounts: true,
    },
    { name: 'playback step', expression: () => clickExpression('button', 'Step forward ›') },
    {
      name: 'brush drag step',
      begin: 'window.__bench.brushBegin()',
      expression: (i) => actExpression(`window.__bench.brushStep(${i + 1})`),
      end: 'window.__bench.brushEnd()',
    },
    { name: 'table sort (Callsign)', expression: () => actExpression(sortClick, FIRST_ROW) },
  ];
}

/** A static server without the app's headers, for the floor and peer pages (the same origin rules apply). */
function serveStatic(dir: string, port: number): Promise<{ url: string; server: Server }> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.ndjson': 'application/x-ndjson; charset=utf-8',
  };
  const server = createServer((req, res) => {
    const path = join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    try {
      if (!path.startsWith(dir) || !statSync(path).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      res.end(readFileSync(path));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) =>
    server.listen(port, '127.0.0.1', () => done({ url: `http://127.0.0.1:${port}`, server })),
  );
}

/** The floor and peer pages with their scripts and styles, in `dir`. */
function writePages(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const src = join(ROOT, 'tests/bench/side-by-side');
  for (const file of ['floor.html', 'floor.js', 'peer.html']) copyFileSync(join(src, file), join(dir, file));
  copyFileSync(join(ROOT, 'node_modules/leaflet/dist/leaflet.css'), join(dir, 'leaflet.css'));
  copyFileSync(join(ROOT, 'node_modules/dc/dist/style/dc.css'), join(dir, 'dc.css'));
  execFileSync(join(ROOT, 'node_modules/.bin/esbuild'), [
    join(src, 'peer.ts'),
    '--bundle',
    '--format=iife',
    '--minify',
    `--outfile=${join(dir, 'peer.js')}`,
  ]);
}

const viewport = { width: 1440, height: 900 };

async function openFloor(browser: Browser, pages: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`${pages}/floor.html`);
  await page.locator('.counts-line').waitFor();
  return page;
}

async function openPeer(browser: Browser, pages: string, data: BenchDataset): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`${pages}/peer.html?data=peer-${data.n}.ndjson`);
  await page.locator(`body[data-ready="${data.n}"]`).waitFor({ timeout: 600_000 });
  return page;
}

const countsLine = (page: Page, n: number) =>
  page.locator('.counts-line').filter({ hasText: new RegExp(`^\\s*${countsText(n)}\\s*$`) });

async function openAirlift(browser: Browser, url: string, data: BenchDataset): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(url);
  await page.locator('.counts-line').waitFor();
  await page
    .locator('input[type="file"][aria-label="Import flights file"]')
    .setInputFiles(data.files ?? data.file);
  await countsLine(page, data.n).waitFor({ timeout: 600_000 });
  await page.evaluate(AIRLIFT_BRUSH);
  return page;
}

/** Back to no filter and the default sort on every page (untimed). */
async function reset(pages: Record<Who, Page>, n: number): Promise<void> {
  await pages.floor.evaluate('undefined');
  await pages.peer.evaluate('window.__bench.reset()');
  await countsLine(pages.peer, n).waitFor();
  await pages.ours.evaluate(clickText('Clear all filters'));
  await countsLine(pages.ours, n).waitFor();
}

interface Series {
  times: number[];
  unchanged: number;
  /** The watched text after each counted repetition (the counts line, or the first table row). */
  after: string[];
}

const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))] ?? NaN;
};
const spread = (xs: readonly number[]) =>
  xs.length ? `${round(quantile(xs, 0.1))}–${round(quantile(xs, 0.9))}` : '—';

async function runSeries(
  pages: Record<Who, Page>,
  change: Change,
  repeats: number,
): Promise<Record<Who, Series>> {
  const out: Record<Who, Series> = {
    floor: { times: [], unchanged: 0, after: [] },
    peer: { times: [], unchanged: 0, after: [] },
    ours: { times: [], unchanged: 0, after: [] },
  };
  const who: Who[] = ['floor', 'peer', 'ours'];
  if (change.begin) for (const w of who) await pages[w].evaluate(change.begin);
  // Repetition 0 is a warm-up (JIT, first layout of a new state) and is not counted.
  for (let i = 0; i <= repeats; i++) {
    for (const w of who) {
      const t = await pages[w].evaluate<ChangeTiming>(change.expression(i));
      if (!t.changed) out[w].unchanged++;
      else if (i > 0) {
        out[w].times.push(t.twoFrames);
        out[w].after.push(t.after);
      }
      // A person's pause between edits, so trailing work (URL update, idle callbacks) is not queued up.
      await pages[w].waitForTimeout(120);
    }
  }
  if (change.end) for (const w of who) await pages[w].evaluate(change.end);
  return out;
}

function sideRow(change: Change, n: number, s: Record<Who, Series>): BenchRow {
  const med = (xs: number[]) => (xs.length ? round(median(xs)) : null);
  const ours = med(s.ours.times);
  const floor = med(s.floor.times);
  const peer = med(s.peer.times);
  const work = ours !== null && floor !== null ? ours - floor : null;
  const unchanged = (['floor', 'peer', 'ours'] as Who[])
    .filter((w) => s[w].unchanged)
    .map((w) => `${w} ${s[w].unchanged}`);
  // A fairness check: the peer filtered the same flights when both counts lines show the same first number.
  const firstNumber = (text: string) => /[\d,]+/.exec(text)?.[0] ?? text;
  let agree = 0;
  const pairs = Math.min(s.peer.after.length, s.ours.after.length);
  for (let k = 0; k < pairs; k++)
    if (firstNumber(s.peer.after[k] ?? '') === firstNumber(s.ours.after[k] ?? '')) agree++;
  const notes = [
    ...(change.compareCounts ? [`peer and Airlift showed the same count in ${agree} of ${pairs}`] : []),
    ...(unchanged.length
      ? [`changes that left the watched text unchanged (not counted): ${unchanged.join(', ')}`]
      : []),
  ];
  return {
    name: `${change.name} → painted`,
    n,
    value: ours,
    unit: 'ms',
    goal: round(GOALS.workMs(n)),
    goal_of: 'ours − floor',
    count: s.ours.times.length,
    spread_ms: spread(s.ours.times),
    floor_ms: floor,
    floor_spread_ms: spread(s.floor.times),
    peer_ms: peer,
    peer_spread_ms: spread(s.peer.times),
    ratio_peer: ours !== null && peer ? round(ours / peer, 2) : null,
    work_ms: work === null ? null : round(work),
    frames_of_work: work === null ? null : round(work / FRAME_MS, 2),
    ...(notes.length ? { note: notes.join('; ') } : {}),
  };
}

/** Runs every change kind on the three pages for one dataset; `profileUrl` adds one profiled change per kind. */
export async function benchSideBySide(
  browser: Browser,
  appUrl: string,
  pagesUrl: string,
  data: BenchDataset,
  repeats: number,
  log: (m: string) => void,
): Promise<BenchRow[]> {
  log(`side by side ${data.n}: opening the floor, the peer and Airlift`);
  const pages: Record<Who, Page> = {
    floor: await openFloor(browser, pagesUrl),
    peer: await openPeer(browser, pagesUrl, data),
    ours: await openAirlift(browser, appUrl, data),
  };
  const rows: BenchRow[] = [];
  try {
    for (const change of changes(data, repeats)) {
      log(`side by side ${data.n}: ${change.name} × ${repeats}`);
      await reset(pages, data.n);
      rows.push(sideRow(change, data.n, await runSeries(pages, change, repeats)));
    }
  } finally {
    for (const page of Object.values(pages)) await page.context().close();
  }
  return rows;
}

/** One profiled change per kind on Airlift (an unminified build, so the functions keep their names). */
export async function profileSideBySide(
  browser: Browser,
  appUrl: string,
  data: BenchDataset,
  log: (m: string) => void,
): Promise<string> {
  const page = await openAirlift(browser, appUrl, data);
  const parts = [
    `# Airlift, ${data.n.toLocaleString('en-US')} flights: one change per kind under the profiler`,
  ];
  try {
    for (const change of changes(data, 3)) {
      log(`profile ${data.n}: ${change.name}`);
      await page.evaluate(clickText('Clear all filters'));
      await countsLine(page, data.n).waitFor();
      if (change.begin) await page.evaluate(change.begin);
      await page.evaluate(change.expression(0)); // warm-up
      await page.waitForTimeout(300);
      parts.push(await profileChange(page, change.name, change.expression(1)));
      if (change.end) await page.evaluate(change.end);
    }
  } finally {
    await page.context().close();
  }
  return parts.join('\n\n');
}

/** Writes the dataset's peer line file next to the pages. */
export function preparePeerData(pagesDir: string, data: BenchDataset): void {
  writePeerData(data.dataset, join(pagesDir, `peer-${data.n}.ndjson`));
}

export async function startPages(dir: string): Promise<{ url: string; stop(): Promise<void> }> {
  writePages(dir);
  const { url, server } = await serveStatic(dir, await freePort(4260));
  return { url, stop: () => new Promise<void>((done) => server.close(() => done())) };
}

/** The rows as an aligned table: ours, its spread, the floor, the peer, both ratios and the goals. */
export function formatSideBySide(rows: readonly BenchRow[]): string {
  const head = [
    'change',
    'n',
    'runs',
    'ours',
    'p10–p90',
    'floor',
    'peer',
    'peer p10–p90',
    'ours/peer',
    'ours−floor',
    'frames',
    'meets',
  ];
  const show = (x: number | null | undefined, d = 1) => (x === null || x === undefined ? '—' : x.toFixed(d));
  const body = rows.map((r) => {
    const meets =
      r.work_ms === null || r.work_ms === undefined
        ? 'n/a'
        : [
            r.work_ms <= (r.goal ?? Infinity) ? 'work ok' : 'work OVER',
            ...(r.n < 1_000_000 && r.ratio_peer !== null && r.ratio_peer !== undefined
              ? [r.ratio_peer <= GOALS.ratioPeer ? 'ratio ok' : 'ratio OVER']
              : []),
          ].join(', ');
    return [
      r.name,
      r.n.toLocaleString('en-US'),
      String(r.count ?? 0),
      show(r.value),
      r.spread_ms ?? '—',
      show(r.floor_ms),
      show(r.peer_ms),
      r.peer_spread_ms ?? '—',
      show(r.ratio_peer, 2),
      show(r.work_ms),
      show(r.frames_of_work, 2),
      meets,
    ];
  });
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]?.length ?? 0)));
  const line = (c: string[]) =>
    c.map((x, i) => (i === 0 || i === 11 ? x.padEnd(w[i] ?? 0) : x.padStart(w[i] ?? 0))).join('  ');
  const notes = rows.filter((r) => r.note).map((r) => `  * ${r.name} (n=${r.n}): ${r.note}`);
  return [
    `Goals: (ours − floor) ≤ 16.7 ms (one frame) and ours/peer ≤ ${GOALS.ratioPeer} at 100k; (ours − floor) ≤ 50 ms at 1M. ms, medians.`,
    line(head),
    w.map((x) => '-'.repeat(x)).join('  '),
    ...body.map(line),
    ...notes,
  ].join('\n');
}

async function main() {
  const { values: opts } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      sizes: { type: 'string', default: '100000' },
      repeats: { type: 'string', default: '20' },
      profile: { type: 'boolean', default: false },
      'profile-only': { type: 'boolean', default: false },
      only: { type: 'string' },
    },
  });
  if (opts.only) onlyChanges = opts.only;
  const log = (m: string) => console.error(`[bench:side-by-side] ${m}`);
  const dir = join(tmpdir(), 'airlift-bench');
  const dist = join(dir, `dist-sbs-${process.pid}`);
  cpSync(join(ROOT, 'dist'), dist, { recursive: true });
  const pages = await startPages(join(dir, `pages-${process.pid}`));
  const server = await startPreview(ROOT, dist, await freePort(4230));
  let browser: Browser | undefined;
  const rows: BenchRow[] = [];
  const profiles: string[] = [];
  try {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: playwrightConfig.use?.launchOptions?.args ?? [],
    });
    for (const n of opts.sizes.split(',').map(Number)) {
      log(`generating ${n} flights`);
      const data = writeBenchDataset(dir, n);
      preparePeerData(join(dir, `pages-${process.pid}`), data);
      if (!opts['profile-only'])
        rows.push(
          ...(await benchSideBySide(browser, server.url, pages.url, data, Number(opts.repeats), log)),
        );
      if (opts.profile || opts['profile-only']) {
        const unminified = join(dir, `dist-unminified-${process.pid}`);
        execFileSync(
          join(ROOT, 'node_modules/.bin/vite'),
          ['build', '--minify', 'false', '--outDir', unminified, '--emptyOutDir'],
          { cwd: ROOT, stdio: 'ignore' },
        );
        const plain = await startPreview(ROOT, unminified, await freePort(4240));
        try {
          profiles.push(await profileSideBySide(browser, plain.url, data, log));
        } finally {
          await plain.stop();
          rmSync(unminified, { recursive: true, force: true });
        }
      }
    }
  } finally {
    await browser?.close();
    await server.stop();
    await pages.stop();
    rmSync(dist, { recursive: true, force: true });
  }
  for (const p of profiles) console.error(`\n${p}\n`);
  console.log(opts.json ? formatJson(rows) : formatSideBySide(rows));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}

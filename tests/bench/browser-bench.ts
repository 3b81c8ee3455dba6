/**
 * Browser benchmark: the built app (`vite preview`) in Debian's Chromium, driven by Playwright.
 *
 *   npm run bench:browser [-- --json] [--sizes 10000,100000] [--side-sizes 100000,1000000]
 *     [--side-repeats 20] [--out FILE]
 *
 * For each generated dataset: import the CSV once through the file input (it is then kept in IndexedDB),
 * reload and time navigation start → first painted frame with map, timeline and table; time date-range,
 * text-filter, evidence-filter and playback-step changes → painted frame; read the JS heap. Then, side by
 * side (browser-side-by-side.ts), the same six changes on a bare floor page, a crossfilter2 + dc.js peer
 * page and Airlift, at 100k and 1M flights (`--side-sizes ''` leaves it out). Also sizes the production bundle. Progress goes
 * to stderr; the table (or with --json one JSON array) to stdout, and to FILE with --out (the npm script's
 * `vite build` also prints to stdout, so use --out for a file holding only the JSON).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import playwrightConfig from '../../playwright.config';
import { bundleReport, totalGzip } from './browser-bundle';
import {
  prng,
  randomFromDates,
  randomSearchTerms,
  writeBenchDataset,
  type BenchDataset,
} from './browser-data';
import {
  awaitLoadExpression,
  fcpExpression,
  changeExpression,
  clickExpression,
  countsText,
  loadProbeScript,
  storedExpression,
  type ChangeTiming,
  type LoadTiming,
} from './browser-inpage';
import { formatJson, formatTable, median, round, type BenchRow } from './browser-report';
import { freePort, startPreview } from './browser-server';
import { benchTrackDrop, writeStateVectorFile } from './browser-tracks';
import { benchTrackPaint, writeTrackPaintDataset } from './browser-track-paint';
import { benchEdit, buildWithHooks } from './browser-edit';
import { benchPatterns } from './browser-patterns';
import { benchAircraftDb } from './browser-aircraft-db';
import { benchBigCsv } from './browser-big-csv';
import { benchSideBySide, formatSideBySide, preparePeerData, startPages } from './browser-side-by-side';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RELOADS = 5;
const CHANGES = 12;
const GOALS = { changeMs: 50, loadMs: 2000, sampleLoadMs: 1000, heapMb: 500, initialJsKb: 300 };
const kb = (bytes: number) => round(bytes / 1000, 1);

const { values: opts } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '10000,100000' },
    out: { type: 'string' },
    'track-rows': { type: 'string', default: '2600000' },
    // Issue 16: the floor page, the peer page and Airlift on the same changes, at each of these sizes.
    'side-sizes': { type: 'string', default: '100000,1000000' },
    'side-repeats': { type: 'string', default: '20' },
  },
});
const sizes = opts.sizes.split(',').map(Number);
const log = (message: string) => console.error(`[bench:browser] ${message}`);

function bundleRows(dist: string): BenchRow[] {
  const report = bundleReport(dist);
  const rows: BenchRow[] = [
    {
      name: 'initial JS (entry + modulepreload), gzip',
      n: report.initialJs.length,
      value: kb(totalGzip(report.initialJs)),
      unit: 'kB',
      goal: GOALS.initialJsKb,
    },
    {
      name: 'initial CSS, gzip',
      n: report.initialCss.length,
      value: kb(totalGzip(report.initialCss)),
      unit: 'kB',
      goal: null,
    },
  ];
  for (const a of report.lazy) {
    rows.push({
      name: `lazy: ${a.file} (raw ${kb(a.bytes)} kB), gzip`,
      n: 1,
      value: kb(a.gzipBytes),
      unit: 'kB',
      goal: null,
    });
  }
  return rows;
}

// A locator wait, not page.waitForFunction: that evaluates a string, which the app's CSP (no 'unsafe-eval') refuses.
const countsLine = (page: Page, n: number) =>
  page.locator('.counts-line').filter({ hasText: new RegExp(`^\\s*${countsText(n)}\\s*$`) });

async function importThroughFileInput(page: Page, data: BenchDataset): Promise<number> {
  const start = Date.now();
  await page.locator('input[type="file"][aria-label="Import flights file"]').setInputFiles(data.file);
  await countsLine(page, data.n).waitFor({ timeout: 180_000 });
  return Date.now() - start;
}

/** Reloads and waits for the probe; null if the page never showed the stored dataset. */
async function reloadAndTime(page: Page): Promise<(LoadTiming & { fcp: number | null }) | null> {
  await page.reload({ waitUntil: 'domcontentloaded' });
  const timing = await page.evaluate<LoadTiming | null>(awaitLoadExpression(30_000));
  return timing && { ...timing, fcp: await page.evaluate<number | null>(fcpExpression) };
}

async function measureChanges(
  page: Page,
  kind: 'date' | 'text',
  label: string,
  inputs: string[],
): Promise<{ timings: ChangeTiming[]; unchanged: number }> {
  const timings: ChangeTiming[] = [];
  let unchanged = 0;
  // The first change is a warm-up (JIT, first layout of the new state) and is not counted.
  for (const [i, value] of inputs.entries()) {
    if (timings.length >= CHANGES) break;
    const timing = await page.evaluate<ChangeTiming>(changeExpression(kind, label, value));
    if (!timing.changed) unchanged++;
    else if (i > 0) timings.push(timing);
    // A pause like a person's between edits, so trailing work (URL update, idle callbacks) is not queued up.
    await page.waitForTimeout(150);
  }
  return { timings, unchanged };
}

/** Clicks a control `times` times (the first is a warm-up), timing each click → painted frame. */
async function measureClicks(
  page: Page,
  control: 'button' | 'checkbox',
  text: string,
  times: number,
): Promise<{ timings: ChangeTiming[]; unchanged: number }> {
  const timings: ChangeTiming[] = [];
  let unchanged = 0;
  for (let i = 0; i < times; i++) {
    const timing = await page.evaluate<ChangeTiming>(clickExpression(control, text));
    if (!timing.changed) unchanged++;
    else if (i > 0) timings.push(timing);
    await page.waitForTimeout(150);
  }
  return { timings, unchanged };
}

/** The bundled sample, in a fresh context (nothing stored): load → first painted frame, median of reloads. */
async function benchBundledSample(browser: Browser, url: string): Promise<BenchRow> {
  const sample = JSON.parse(readFileSync(join(ROOT, 'data/sample-flights.json'), 'utf8')) as {
    flights: unknown[];
  };
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    await context.addInitScript({ content: loadProbeScript(sample.flights.length) });
    const page = await context.newPage();
    await page.goto(url);
    const loads: number[] = [];
    for (let i = 0; i <= RELOADS; i++) {
      const timing = await reloadAndTime(page);
      if (!timing) throw new Error('the bundled sample never showed its flights');
      if (i > 0) loads.push(timing.painted);
    }
    return {
      name: 'load → first painted frame (bundled sample)',
      n: sample.flights.length,
      value: round(median(loads)),
      unit: 'ms',
      goal: GOALS.sampleLoadMs,
      note: `${RELOADS} reloads after 1 warm-up; max ${round(Math.max(...loads))} ms`,
    };
  } finally {
    await context.close();
  }
}

async function benchDataset(browser: Browser, url: string, data: BenchDataset): Promise<BenchRow[]> {
  const { n } = data;
  const rows: BenchRow[] = [];
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    await context.addInitScript({ content: loadProbeScript(n) });
    const page = await context.newPage();
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    await page.goto(url);
    await page.locator('.counts-line').waitFor();

    log(`${n}: importing ${data.file}`);
    const importMs = await importThroughFileInput(page, data);
    rows.push({
      name: 'import CSV via file input → counts shown',
      n,
      value: importMs,
      unit: 'ms',
      goal: null,
    });
    const stored = await page.evaluate<boolean>(storedExpression(60_000));

    const loadRow: BenchRow = {
      name: 'load → first painted frame (restored from IndexedDB)',
      n,
      value: null,
      unit: 'ms',
      goal: GOALS.loadMs,
    };
    rows.push(loadRow);
    let restored = false;
    if (!stored) {
      loadRow.note =
        'the imported dataset was not found in IndexedDB (airlift/datasets, the journal head journal:head)';
    } else {
      const loads: (LoadTiming & { fcp: number | null })[] = [];
      for (let i = 0; i <= RELOADS; i++) {
        log(`${n}: reload ${i}${i === 0 ? ' (warm-up)' : ''}`);
        const timing = await reloadAndTime(page);
        if (!timing) {
          const shown = await page.locator('.counts-line').textContent();
          loadRow.note = `after a reload the app did not show the stored ${countsText(n)} (counts line: "${shown}"): is the restore wired in src/main.tsx?`;
          break;
        }
        if (i > 0) loads.push(timing);
      }
      if (loads.length === RELOADS) {
        restored = true;
        loadRow.value = round(median(loads.map((t) => t.painted)));
        loadRow.note = `${RELOADS} reloads after 1 warm-up; min ${round(Math.min(...loads.map((t) => t.painted)))}, max ${round(Math.max(...loads.map((t) => t.painted)))} ms`;
        const fcps = loads.map((t) => t.fcp).filter((t): t is number => t !== null);
        if (fcps.length) {
          rows.push({
            name: 'first contentful paint (reload)',
            n,
            value: round(median(fcps)),
            unit: 'ms',
            goal: null,
          });
        }
      }
    }
    if (!restored) {
      // Without a restore the page shows the sample data again: import once more to measure the rest.
      await page.goto(url);
      await importThroughFileInput(page, data);
    }

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    rows.push({
      name: `JS heap after ${restored ? 'load' : 'import'}, after GC (main thread)`,
      n,
      value: round(heap.usedSize / 1e6),
      unit: 'MB',
      goal: GOALS.heapMb,
    });
    await cdp.detach();

    const random = prng(n);
    const changeRows = (kind: string, result: { timings: ChangeTiming[]; unchanged: number }): BenchRow[] => {
      const { timings, unchanged } = result;
      const skipped = unchanged
        ? `; ${unchanged} input(s) left the counts unchanged and were not counted`
        : '';
      if (timings.length === 0) {
        return [
          {
            name: `${kind} → next painted frame`,
            n,
            value: null,
            unit: 'ms',
            goal: GOALS.changeMs,
            note: `no change changed the counts line${skipped}`,
          },
        ];
      }
      return [
        {
          name: `${kind} → next painted frame (2× rAF)`,
          n,
          value: round(median(timings.map((t) => t.twoFrames))),
          unit: 'ms',
          goal: GOALS.changeMs,
          note: `median of ${timings.length}; max ${round(Math.max(...timings.map((t) => t.twoFrames)))} ms${skipped}`,
        },
      ];
    };

    log(`${n}: date-range changes`);
    const dates = randomFromDates(data.span, CHANGES * 2, random);
    rows.push(...changeRows('date-range change (From)', await measureChanges(page, 'date', 'From', dates)));
    await page.evaluate(changeExpression('date', 'From', ''));

    log(`${n}: text-filter changes`);
    const terms = randomSearchTerms(data.dataset, CHANGES * 2, random);
    rows.push(...changeRows('text filter (Enter)', await measureChanges(page, 'text', 'Search text', terms)));
    await page.evaluate(changeExpression('text', 'Search text', ''));

    // The analyst's tools (issue 7) go through the same store and must keep the same budget.
    log(`${n}: evidence filter toggles`);
    const evidence = await measureClicks(page, 'checkbox', 'At least two independent sources', CHANGES + 1);
    rows.push(...changeRows('evidence filter (≥ 2 sources) toggle', evidence));
    log(`${n}: playback steps`);
    const steps = await measureClicks(page, 'button', 'Step forward ›', CHANGES + 1);
    rows.push(...changeRows('playback step forward', steps));
  } finally {
    await context.close();
  }
  return rows;
}

async function main() {
  const dir = join(tmpdir(), 'airlift-bench');
  // A private copy of the build: another `vite build` into dist/ during the run must not pull it away.
  const dist = join(dir, `dist-${process.pid}`);
  cpSync(join(ROOT, 'dist'), dist, { recursive: true });
  const rows = bundleRows(dist);
  const sideRows: BenchRow[] = [];
  const datasets = sizes.map((n) => {
    log(`generating ${n} flights`);
    return writeBenchDataset(dir, n);
  });

  log(`generating a state-vector CSV of ${opts['track-rows']} rows`);
  const trackFile = writeStateVectorFile(dir, Number(opts['track-rows']));
  const paintFile = writeTrackPaintDataset(dir, 15_000);
  const port = await freePort(4180);
  const server = await startPreview(ROOT, dist, port);
  log(`vite preview on ${server.url}`);
  const stopOnSignal = () => void server.stop().then(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  let browser: Browser | undefined;
  try {
    const args = playwrightConfig.use?.launchOptions?.args ?? [];
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [...args, '--enable-precise-memory-info'],
    });
    log('bundled sample: reloads');
    rows.push(await benchBundledSample(browser, server.url));
    for (const data of datasets) rows.push(...(await benchDataset(browser, server.url, data)));
    log('one 1,000,000-flight CSV in one file: import, heap, reload');
    rows.push(...(await benchBigCsv(browser, server.url, dir)));
    log(`tracks: dropping ${trackFile.rows} state-vector rows`);
    rows.push(...(await benchTrackDrop(browser, server.url, trackFile)));
    log('tracks: select a flight with a 15,000-point track');
    rows.push(...(await benchTrackPaint(browser, server.url, paintFile, 15_000)));
    // Issue 13's edit figures commit through a test hook, so on a build of their own with the hooks.
    const edited = datasets.find((d) => d.n === 100_000) ?? datasets.at(-1);
    if (edited) {
      log(`edits: one field and 10,000 flights at ${edited.n} flights (VITE_TEST_HOOKS build)`);
      const hooksServer = await startPreview(ROOT, buildWithHooks(dir), await freePort(4200));
      try {
        rows.push(...(await benchEdit(browser, hooksServer.url, edited)));
        log(`patterns: a filter change with each chart open, at ${edited.n} flights`);
        rows.push(...(await benchPatterns(browser, hooksServer.url, edited)));
        log(`aircraft database: 600,000 rows imported with ${edited.n} flights loaded`);
        rows.push(...(await benchAircraftDb(browser, hooksServer.url, edited)));
      } finally {
        await hooksServer.stop();
      }
    }
    const sideSizes = opts['side-sizes'] ? opts['side-sizes'].split(',').map(Number) : [];
    if (sideSizes.length) {
      const pagesDir = join(dir, `pages-${process.pid}`);
      const pages = await startPages(pagesDir);
      try {
        for (const n of sideSizes) {
          const data = datasets.find((d) => d.n === n) ?? writeBenchDataset(dir, n);
          log(`side by side at ${n}: the floor, the peer (crossfilter2 + dc.js + Leaflet) and Airlift`);
          preparePeerData(pagesDir, data);
          sideRows.push(
            ...(await benchSideBySide(
              browser,
              server.url,
              pages.url,
              data,
              Number(opts['side-repeats']),
              log,
            )),
          );
        }
      } finally {
        await pages.stop();
        rmSync(pagesDir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser?.close();
    await server.stop();
    rmSync(dist, { recursive: true, force: true });
  }
  const output = opts.json
    ? formatJson([...rows, ...sideRows])
    : `${formatTable(rows)}\n\nSide by side (issue 16)\n${formatSideBySide(sideRows)}`;
  console.log(output);
  if (opts.out) writeFileSync(opts.out, `${output}\n`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

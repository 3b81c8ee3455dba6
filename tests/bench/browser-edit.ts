/**
 * Browser figures for issue 13 at 100,000 flights: one field edit → saved (the journal's transaction
 * complete) and painted (two rAFs), and a bulk edit of 10,000 flights → saved and painted; each with
 * its floor in the same run: the bare page doing the same waits (two rAFs and one small IndexedDB
 * transaction) with no edit. The edits go through the store as the edit views commit them, by the
 * VITE_TEST_HOOKS-only `window.airliftHistory` (src/io/journal-test-hooks.ts): so this figure needs a
 * build with the hooks. Run alone (`npx tsx tests/bench/browser-edit.ts [--sizes 100000]`), it makes
 * that build in a temporary folder; `benchEdit` is what browser-bench.ts calls.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import playwrightConfig from '../../playwright.config';
import { writeBenchDataset, type BenchDataset } from './browser-data';
import { countsText } from './browser-inpage';
import { formatTable, median, round, type BenchRow } from './browser-report';
import { freePort, startPreview } from './browser-server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ROUNDS = 9;
const GOALS = { editMs: 50, bulkMs: 1000 };

/**
 * In the page (a string: tsx's helpers do not exist there): commits one edit of `count` flights (or
 * none, the floor), then waits for two frames and for the journal to finish; ms from the commit.
 */
const timedEdit = (count: number, notes: string) => `(async () => {
  const api = window.airliftHistory;
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const t0 = performance.now();
  let saved;
  let committed = 0;
  if (${count} > 0) {
    api.editNotes(${count}, ${JSON.stringify(notes)});
    // The store's part (step, applyStep, updateIndex, journal queued); React renders after it.
    committed = performance.now() - t0;
    saved = api.whenSaved();
  } else {
    saved = new Promise((resolve, reject) => {
      const open = indexedDB.open('airlift-bench-floor');
      open.onupgradeneeded = () => open.result.createObjectStore('s');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('s', 'readwrite');
        tx.objectStore('s').put(${JSON.stringify(notes)}, 'k');
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    });
  }
  let painted = 0;
  const paint = frame().then(frame).then(() => (painted = performance.now() - t0));
  await Promise.all([paint, saved]);
  return { total: performance.now() - t0, painted, committed };
})()`;

interface Timings {
  total: number[];
  painted: number[];
  committed: number[];
}

async function measure(page: Page, count: number, label: string): Promise<Timings> {
  const total: number[] = [];
  const painted: number[] = [];
  const committed: number[] = [];
  // The first round is a warm-up (JIT, first layout) and is not counted.
  for (let i = 0; i <= ROUNDS; i++) {
    const t = await page.evaluate<{ total: number; painted: number; committed: number }>(
      timedEdit(count, `${label} ${i}`),
    );
    if (i > 0) {
      total.push(t.total);
      painted.push(t.painted);
      committed.push(t.committed);
    }
    // A pause like a person's between edits, so idle work (compaction, URL) is not queued up.
    await page.waitForTimeout(200);
  }
  return { total, painted, committed };
}

/** The two figures and their floors, in a fresh context (the import lives in this context only). */
export async function benchEdit(browser: Browser, url: string, data: BenchDataset): Promise<BenchRow[]> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('.counts-line').waitFor();
    // The hooks arrive by a dynamic import (src/main.tsx), possibly after the first paint: wait for them.
    const hooked = await page.evaluate<boolean>(`(async () => {
      for (let i = 0; i < 200 && !('airliftHistory' in window); i++) await new Promise((r) => setTimeout(r, 50));
      return 'airliftHistory' in window;
    })()`);
    if (!hooked)
      throw new Error('window.airliftHistory is missing after 10 s: build with VITE_TEST_HOOKS=true');
    await importBenchFlights(page, data);
    await page.evaluate('window.airliftHistory.whenSaved()');
    const floor = await measure(page, 0, 'floor');
    const one = await measure(page, 1, 'one');
    const bulk = await measure(page, 10_000, 'bulk');
    const row = (name: string, m: typeof one, goal: number): BenchRow => ({
      name,
      n: data.n,
      value: round(median(m.total)),
      unit: 'ms',
      goal,
      note: `median of ${ROUNDS}; store commit ${round(median(m.committed))} ms, painted after ${round(median(m.painted))} ms; floor (bare page: 2× rAF and one small IndexedDB transaction, no edit): ${round(median(floor.total))} ms`,
    });
    return [
      row('edit one field → saved and painted', one, GOALS.editMs),
      row('bulk edit of 10,000 flights → saved and painted', bulk, GOALS.bulkMs),
    ];
  } finally {
    await context.close();
  }
}

/** Imports the bench dataset through the flights file input and waits until the counts line shows it all. */
export async function importBenchFlights(page: Page, data: BenchDataset): Promise<void> {
  await page.locator('input[type="file"][aria-label="Import flights file"]').setInputFiles(data.file);
  await page
    .locator('.counts-line')
    .filter({ hasText: new RegExp(`^\\s*${countsText(data.n)}\\s*$`) })
    .waitFor({ timeout: 180_000 });
}

/** A VITE_TEST_HOOKS build of its own in `dir` (the edit figures commit steps through the test hook). */
export function buildWithHooks(dir: string): string {
  const dist = join(dir, 'dist-hooks');
  execFileSync(resolve(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', dist, '--emptyOutDir'], {
    cwd: ROOT,
    env: { ...process.env, VITE_TEST_HOOKS: 'true' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return dist;
}

type HooksBench = (browser: Browser, url: string, data: BenchDataset) => Promise<BenchRow[]>;

/**
 * Runs one hooks-build figure on its own (`npx tsx tests/bench/browser-<name>.ts [--sizes N,M]`): its
 * own build, server and browser, a table of rows on stdout.
 */
export async function runWithHooks(name: string, bench: HooksBench): Promise<void> {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100000' } } });
  const dir = mkdtempSync(join(tmpdir(), `airlift-bench-${name}-`));
  const dist = buildWithHooks(dir);
  let server: Awaited<ReturnType<typeof startPreview>> | undefined;
  let browser: Browser | undefined;
  const rows: BenchRow[] = [];
  try {
    // Not 4190: fetch refuses that port (the Fetch standard's "bad ports": 4190 is sieve).
    server = await startPreview(ROOT, dist, await freePort(4200));
    const args = playwrightConfig.use?.launchOptions?.args ?? [];
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
    for (const n of values.sizes.split(',').map(Number)) {
      console.error(`[bench:${name}] ${n} flights`);
      rows.push(...(await bench(browser, server.url, writeBenchDataset(dir, n))));
    }
  } finally {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(formatTable(rows));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  runWithHooks('edit', benchEdit).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });

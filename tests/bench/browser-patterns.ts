/**
 * Issue 15's speed figure: with the Patterns dialog open on each chart, a filter change → that chart
 * updated and painted (the next frame's paint), at the bench's dataset size; the views behind the
 * dialog follow after it (use-held-panes.ts), their time printed beside. The filter change is made
 * through the hooks build's window.airliftHistory.setFilters (the dialog is modal: the filter pane
 * cannot be clicked behind it), alternating an operator filter on and off, so that every change makes
 * the chart recompute. The floor is the same wait with no change.
 *
 *   npx tsx tests/bench/browser-patterns.ts [--sizes 100000]
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page } from '@playwright/test';
import type { BenchDataset } from './browser-data';
import { importBenchFlights, runWithHooks } from './browser-edit';
import { median, round, type BenchRow } from './browser-report';

const ROUNDS = 21;
const GOAL_MS = 50;
const TABS = [
  'Compare periods',
  'Where they landed',
  'When they fly',
  'Time on the ground',
  'Aircraft and operators',
];

/**
 * In the page: one filter change (or none: the floor), then the end of the next frame that paints
 * (a message posted from a frame callback arrives after that frame's paint); ms from the change. Then,
 * not timed into that figure, the views behind the dialog catching up: until the counts line shows the
 * change, and its paint (`caught`).
 */
const timedFilter = (operator: string | null, floor: boolean) => `(async () => {
  const painted = () => new Promise((r) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = r;
    channel.port2.postMessage(0);
  }));
  const counts = () => document.querySelector('.counts-line')?.textContent;
  const before = counts();
  const t0 = performance.now();
  if (!${floor}) window.airliftHistory.setFilters({ operators: ${JSON.stringify(operator === null ? undefined : [operator])} });
  await painted();
  const chart = performance.now() - t0;
  if (!${floor}) while (counts() === before) await painted();
  await painted();
  return { chart, caught: performance.now() - t0 };
})()`;

interface Round {
  chart: number;
  caught: number;
}

async function rounds(page: Page, operator: string, floor: boolean): Promise<Round[]> {
  const out: Round[] = [];
  for (let i = 0; i <= ROUNDS; i++) {
    const ms = await page.evaluate<Round>(timedFilter(i % 2 === 0 ? operator : null, floor));
    if (i > 0) out.push(ms);
  }
  return out;
}
const charts = (r: Round[]) => r.map((x) => x.chart);
const caught = (r: Round[]) => r.map((x) => x.caught);

const spread = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return `${round(s[0] ?? NaN)}–${round(s[s.length - 1] ?? NaN)}`;
};

/** One row per chart, in a fresh context. */
export async function benchPatterns(browser: Browser, url: string, data: BenchDataset): Promise<BenchRow[]> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('.counts-line').waitFor();
    await importBenchFlights(page, data);
    // The busiest operator of the generated data: a filter that changes every chart.
    const operator = await page.evaluate(() => {
      const options = [...document.querySelectorAll<HTMLOptionElement>('select option, datalist option')]
        .map((o) => o.value)
        .filter((v) => v.startsWith('Example Cargo'));
      return options[0] ?? 'Example Cargo 1';
    });
    const floor = charts(await rounds(page, operator, true));
    // The same change with no chart open: the map, timeline and table's own share.
    const app = charts(await rounds(page, operator, false));
    const rows: BenchRow[] = [
      {
        name: 'Patterns closed (the other views only): filter change → painted',
        n: data.n,
        value: round(median(app)),
        unit: 'ms',
        goal: null,
        note: `n=${ROUNDS}, spread ${spread(app)} ms; what each chart row adds is its value minus this`,
      },
    ];
    await page.getByRole('button', { name: 'Patterns…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Patterns in the filtered flights' });
    for (const tab of TABS) {
      await dialog.getByRole('tab', { name: tab }).click();
      const measured = await rounds(page, operator, false);
      const times = charts(measured);
      const behind = caught(measured);
      rows.push({
        name: `Patterns "${tab}": filter change → chart painted`,
        n: data.n,
        value: round(median(times)),
        unit: 'ms',
        goal: GOAL_MS,
        note: `n=${ROUNDS} changes (operator ${operator} on / off), spread ${spread(times)} ms; floor (next paint, no change) ${round(median(floor))} ms, ours − floor ${round(median(times) - median(floor))} ms; the views behind the dialog caught up and painted ${round(median(behind))} ms (spread ${spread(behind)})`,
      });
    }
    return rows;
  } finally {
    await context.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  runWithHooks('patterns', benchPatterns).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });

import { test, expect, type Page } from '@playwright/test';
import { gzipSync } from 'fflate';
// The sample index also loads the gazetteer JSON, which Playwright's loader cannot import: the two
// generator files are imported directly.
import { planSyntheticLegs, sampleLeg } from '../../src/data/sample/tracks';
import { readsbTrace, stateVectorCsv } from '../../src/data/sample/track-files';
import {
  countsLine,
  expectedCountsLine,
  importFailure,
  importStatus,
  openApp,
  watchPage,
  type PageWatch,
} from './helpers';

// Generated with the project's seeded generator: two legs as a gzip trace under a .json name, two as
// state vectors; each planned leg is one flight (the generator's own tests check that in Node).
const legs = planSyntheticLegs({ legs: 4, seed: 11 }).map(sampleLeg);
const trace = Buffer.from(gzipSync(new TextEncoder().encode(readsbTrace(legs.slice(0, 2)))));
const states = Buffer.from(stateVectorCsv(legs.slice(2)), 'utf8');
const files = [
  { name: 'trace_full_synthetic.json', mimeType: 'application/json', buffer: trace },
  { name: 'states.csv', mimeType: 'text/csv', buffer: states },
];

let watch: PageWatch;
test.beforeEach(async ({ page }) => {
  watch = await watchPage(page);
  await openApp(page);
});
test.afterEach(() => {
  expect(watch.errors, 'console errors, page errors and CSP violations').toEqual([]);
  expect(watch.external, 'requests that tried to leave 127.0.0.1').toEqual([]);
});

/**
 * What the stored dataset says about tracks, read from IndexedDB as the app wrote it: the journal's head
 * names the import's step, the step the base it wrote (src/io/journal.ts), the base its track chunks.
 */
function storedTracks(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ trackCount: number; trackPointCount: number } | null>((resolve, reject) => {
        const open = indexedDB.open('airlift');
        open.onerror = () => reject(new Error('no database'));
        open.onsuccess = () => {
          const store = open.result.transaction('datasets').objectStore('datasets');
          const read = (key: string, then: (value: unknown) => void) => {
            const get = store.get(key);
            get.onsuccess = () => then(get.result);
            get.onerror = () => reject(new Error(`no record ${key}`));
          };
          read('journal:head', (head) => {
            const h = head as { steps: number[]; cursor: number } | undefined;
            const seq = h?.steps[h.cursor - 1];
            if (seq === undefined) return resolve(null);
            read(`journal:step:${seq}`, (step) => {
              const base = (step as { replace?: { after: string } } | undefined)?.replace?.after;
              if (!base) return resolve(null);
              read(base, (record) => resolve((record as { tracks?: never } | undefined)?.tracks ?? null));
            });
          });
        };
      }),
  );
}

test('a gzip trace and a state-vector CSV picked together become flights with tracks that survive a reload', async ({
  page,
}) => {
  const n = legs.length;
  await page.getByLabel('Import flights file').setInputFiles(files);
  const status = importStatus(page);
  await expect(status).toContainText(
    new RegExp(
      `^Imported ${n} flights, ([\\d,]+) track points, from 2 files \\(ADS-B Exchange trace, OpenSky state vectors\\)\\.`,
    ),
    { timeout: 30_000 },
  );
  const shownPoints = /, ([\d,]+) track points/.exec((await status.textContent()) ?? '')?.[1] ?? '';
  const points = Number(shownPoints.replace(/,/g, ''));
  // At most one point per second per leg; the gaps the generator leaves make it fewer.
  expect(points).toBeGreaterThan(1000 * n);
  expect(points).toBeLessThanOrEqual(legs.reduce((s, l) => s + l.n, 0));
  await expect(countsLine(page)).toHaveText(expectedCountsLine(n, n));
  await expect(page.getByRole('note', { name: 'Illustrative data' })).toContainText('synthetic');

  await expect
    .poll(() => storedTracks(page))
    .toEqual({ trackChunks: 1, trackCount: n, trackPointCount: points });
  await page.reload();
  await expect(countsLine(page)).toHaveText(expectedCountsLine(n, n));
  expect(await storedTracks(page)).toMatchObject({ trackCount: n, trackPointCount: points });
});

test('a malformed trace among good files changes nothing and names file, row and field', async ({ page }) => {
  const before = await countsLine(page).textContent();
  const bad = JSON.parse(readsbTrace(legs.slice(0, 1))) as { trace: unknown[][] };
  bad.trace[2] = [60, 'north', 49];
  await page.getByLabel('Import flights file').setInputFiles([
    { name: 'states.csv', mimeType: 'text/csv', buffer: states },
    { name: 'trace_bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) },
  ]);
  const panel = importFailure(page);
  await expect(panel).toBeVisible({ timeout: 30_000 });
  await expect(panel).toContainText(/row 3 of trace_bad\.json, field lat/);
  await expect(countsLine(page)).toHaveText(before ?? '');
});

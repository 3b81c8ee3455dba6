/**
 * Browser figure for issue 11: select a flight with a 15,000-point track → track painted, with its floor
 * in the same run: selecting a flight of the same dataset without a track (the panel alone). Each is
 * timed in the page from the row click until the panel shows the flight and one more animation frame has
 * run (Leaflet's canvas renderer redraws in the frame after the layers change). Synthetic data, flagged.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { countsText } from './browser-inpage';
import { round, type BenchRow } from './browser-report';

const TRACKED = 'bench-track-15000';
const PLAIN = 'bench-no-track';
const ROUNDS = 7;

/** A contract v2 JSON: two synthetic flights UBBB→LLOV, one with a 1 Hz track of `points` points. */
export function writeTrackPaintDataset(dir: string, points: number): string {
  const t0 = Date.parse('2023-03-01T05:00:00Z') / 1000;
  const track: [number, number, number, number | null, boolean | null][] = [];
  for (let i = 0; i < points; i++) {
    const f = i / (points - 1);
    // A 20-minute gap half way, as over a region without receivers.
    const t = t0 + i + (i >= points / 2 ? 1200 : 0);
    const wiggle = Math.sin(i / 40) * 0.02;
    track.push([
      t,
      40.4675 + (29.9403 - 40.4675) * f + wiggle,
      50.0467 + (34.9358 - 50.0467) * f,
      30000,
      false,
    ]);
  }
  const flight = (id: string, date: string) => ({
    id,
    date,
    origin: 'UBBB',
    destination: 'LLOV',
    confidence: 'synthetic',
    departureObserved: id === TRACKED ? false : undefined,
    arrivalObserved: id === TRACKED ? false : undefined,
    sources: [{ publisher: 'Airlift synthetic generator' }],
  });
  const doc = {
    schemaVersion: 2,
    title: 'Bench: one 15,000-point track (synthetic)',
    synthetic: true,
    airports: [
      { icao: 'UBBB', name: 'Baku', lat: 40.4675, lon: 50.0467 },
      { icao: 'LLOV', name: 'Ovda', lat: 29.9403, lon: 34.9358 },
    ],
    events: [],
    flights: [flight(TRACKED, '2023-03-01'), flight(PLAIN, '2023-03-02')],
    tracks: [{ flightId: TRACKED, source: { publisher: 'Airlift synthetic generator' }, points: track }],
  };
  const path = join(dir, `track-paint-${points}.json`);
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

/**
 * ms from the click on the flight's row to the frame after the panel shows it. A string, not a
 * function: tsx's name helpers (`__name`) do not exist in the page.
 */
function selectAndPaint(page: Page, id: string): Promise<number> {
  return page.evaluate(`(async () => {
    const flightId = ${JSON.stringify(id)};
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const row = document.querySelector('[data-flight-id="' + flightId + '"]');
    if (!row) throw new Error('no row ' + flightId);
    const start = performance.now();
    row.click();
    for (;;) {
      await frame();
      const title = document.querySelector('.selection-panel h2')?.textContent;
      if (title === 'Flight ' + flightId) break;
    }
    await frame();
    return performance.now() - start;
  })()`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function benchTrackPaint(
  browser: Browser,
  url: string,
  path: string,
  points: number,
): Promise<BenchRow[]> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('.counts-line').waitFor();
    await page.locator('input[type="file"][aria-label="Import flights file"]').setInputFiles(path);
    await page
      .locator('.counts-line')
      .filter({ hasText: new RegExp(`^\\s*${countsText(2)}\\s*$`) })
      .waitFor();
    const painted: number[] = [];
    const floor: number[] = [];
    // Alternate, so each selection of the track is a change (drawn anew, the other flight's panel gone).
    for (let i = 0; i < ROUNDS; i++) {
      floor.push(await selectAndPaint(page, PLAIN));
      painted.push(await selectAndPaint(page, TRACKED));
    }
    const ms = median(painted);
    const base = median(floor);
    return [
      {
        name: 'select a flight with a track → track painted',
        n: points,
        value: round(ms),
        unit: 'ms',
        goal: 50,
        note: `median of ${ROUNDS}; floor (select a flight without a track, same run): ${round(base)} ms, ratio ${round(ms / base, 1)}×`,
      },
    ];
  } finally {
    await context.close();
  }
}

/**
 * Shared helpers for the browser tests: the bundled dataset (read from disk so expectations are computed,
 * not hard-coded), page watchers (errors, CSP, network), a CSV reader for exported files, and ways to read
 * the virtualized table and the counts line as a user sees them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';

export interface SampleFlight {
  id: string;
  date: string;
  origin: string;
  destination: string;
  confidence: string;
  arrivalTime?: string;
  departureTime?: string;
  sources: { publisher: string; title?: string; url?: string; published?: string }[];
}

export interface SampleDataset {
  schemaVersion: number;
  title: string;
  synthetic: boolean;
  events: { date: string; title: string }[];
  airports: { icao: string }[];
  flights: SampleFlight[];
}

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of a file under the project root. */
export function projectPath(relative: string): string {
  return root + relative;
}

/** The bundled dataset, straight from `data/sample-flights.json`. */
export function loadSample(): SampleDataset {
  return JSON.parse(readFileSync(projectPath('data/sample-flights.json'), 'utf8')) as SampleDataset;
}

/** Flights whose date lies in the inclusive range (either end may be absent). */
export function inRange(flights: readonly SampleFlight[], from?: string, to?: string): SampleFlight[] {
  return flights.filter((f) => (!from || f.date >= from) && (!to || f.date <= to));
}

/** `N flights` / `N of M flights, from – to`, the counts line's own wording (en-US digits). */
export function expectedCountsLine(shown: number, total: number, from?: string, to?: string): string {
  const plural = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'flight' : 'flights'}`;
  const head = shown === total ? plural(total) : `${shown.toLocaleString('en-US')} of ${plural(total)}`;
  return !from && !to ? head : `${head}, ${from ?? 'start'} – ${to ?? 'end'}`;
}

export interface PageWatch {
  /** Console errors, uncaught page errors and CSP violations, as text. */
  errors: string[];
  /** URLs of requests that tried to leave 127.0.0.1 (all of them are blocked). */
  external: string[];
}

/**
 * Blocks every request not addressed to 127.0.0.1 and records it; records console errors, page errors
 * and Content-Security-Policy violations (the last through a `securitypolicyviolation` listener).
 */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { errors: [], external: [] };
  await page.route(
    (url) => url.hostname !== '127.0.0.1' && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => {
      watch.external.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => watch.errors.push(`pageerror: ${err.message}`));
  await page.exposeFunction('__reportCsp', (text: string) => watch.errors.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCsp(t: string): void }).__reportCsp;
      report(`${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  return watch;
}

/** Opens the app (optionally with a query string) and waits until the data is on screen. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Airlift');
  await expect(countsLine(page)).toContainText('flight');
}

/** The counts line ("42 of 109 flights, …") in the filters pane. */
export function countsLine(page: Page): Locator {
  return page.getByRole('region', { name: 'Flight filters' }).getByRole('status');
}

/** The flights table. */
export function flightsTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Flights' });
}

/** Rows the table says it has (its `aria-rowcount` minus the header row). */
export async function tableRowCount(page: Page): Promise<number> {
  const value = await flightsTable(page).getAttribute('aria-rowcount');
  return Number(value) - 1;
}

/** The Routes list's button for a route, e.g. ("UBBB", "LLOV"). */
export function routeButton(page: Page, origin: string, destination: string): Locator {
  return page
    .getByRole('region', { name: 'Routes' })
    .getByRole('button', { name: new RegExp(`^${origin} → ${destination} \\d+$`) });
}

/** The count shown on a route's button, or null when the route is not listed. */
export async function routeCount(page: Page, origin: string, destination: string): Promise<number | null> {
  const button = routeButton(page, origin, destination);
  if ((await button.count()) === 0) return null;
  const text = (await button.textContent()) ?? '';
  return Number(/(\d+)\s*$/.exec(text)?.[1]);
}

/**
 * Every flight id of the virtualized table in display order: scrolls the table from top to bottom,
 * collecting the rows the browser renders (`data-flight-id` by `aria-rowindex`).
 */
export async function readTableIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const table = document.querySelector('table[aria-label="Flights"]');
    const scroller = table?.parentElement;
    if (!table || !scroller) throw new Error('no flights table');
    const total = Number(table.getAttribute('aria-rowcount')) - 1;
    const ids = new Map<number, string>();
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    scroller.scrollTop = 0;
    await frame();
    for (let guard = 0; guard < 1000 && ids.size < total; guard++) {
      for (const row of table.querySelectorAll<HTMLElement>('tr[data-flight-id]')) {
        ids.set(Number(row.getAttribute('aria-rowindex')), row.dataset.flightId ?? '');
      }
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) {
        await frame();
        for (const row of table.querySelectorAll<HTMLElement>('tr[data-flight-id]')) {
          ids.set(Number(row.getAttribute('aria-rowindex')), row.dataset.flightId ?? '');
        }
        break;
      }
      scroller.scrollTop += Math.max(50, scroller.clientHeight - 60);
      await frame();
    }
    scroller.scrollTop = 0;
    return [...ids.entries()].sort((a, b) => a[0] - b[0]).map(([, id]) => id);
  });
}

/**
 * An RFC 4180 reader for the exported CSV: strips a BOM, accepts CRLF or LF, quoted cells with doubled
 * quotes and line breaks inside. Returns the header and the rows as records.
 */
export function parseCsv(text: string): { bom: boolean; header: string[]; rows: Record<string, string>[] } {
  const bom = text.startsWith('\uFEFF');
  const whole = bom ? text.slice(1) : text;
  // A synthetic export's first line says so (`# synthetic: …`, FORMAT.md): not the header.
  const body = whole.startsWith('# synthetic') ? whole.slice(whole.indexOf('\n') + 1) : whole;
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || record.length > 0) {
    record.push(cell);
    records.push(record);
  }
  const [header = [], ...data] = records;
  const rows = data.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
  return { bom, header, rows };
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, opts: { back?: boolean; max?: number } = {}) {
  const key = opts.back ? 'Shift+Tab' : 'Tab';
  await expect(target).toBeVisible();
  for (let i = 0; i < (opts.max ?? 250); i++) {
    if (await target.evaluate((el) => el === document.activeElement, undefined, { timeout: 2000 })) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The map's test API (src/map/MapTestHooks.tsx), present in a VITE_TEST_HOOKS build only. */
export interface MapTestApi {
  routePoint(key: string): [number, number] | null;
  setView(lat: number, lon: number, zoom: number): void;
  view(): { lat: number; lon: number; zoom: number; movesEnded: number };
}
type TestWindow = Window & { airliftMapDebug?: MapTestApi };

/** Page pixel of the middle of a route's arc on the map canvas (the test hook), once drawn. */
export async function routePoint(page: Page, key: string): Promise<[number, number]> {
  const handle = await page.waitForFunction(
    (k) => (window as TestWindow).airliftMapDebug?.routePoint(k) ?? null,
    key,
  );
  return (await handle.jsonValue()) as [number, number];
}

/** The map's view and how many moves have ended, through the test hook (waits for the hook). */
export async function mapView(page: Page): Promise<ReturnType<MapTestApi['view']>> {
  const handle = await page.waitForFunction(() => (window as TestWindow).airliftMapDebug?.view() ?? null);
  return (await handle.jsonValue()) as ReturnType<MapTestApi['view']>;
}

/** Moves the map at once to a known view, as a finished pan or zoom would leave it. */
export async function setMapView(page: Page, lat: number, lon: number, zoom: number): Promise<void> {
  await page.waitForFunction(() => (window as TestWindow).airliftMapDebug !== undefined);
  await page.evaluate((v) => (window as TestWindow).airliftMapDebug?.setView(v.lat, v.lon, v.zoom), {
    lat,
    lon,
    zoom,
  });
}

/** Resolves once the browser is idle: late work (fonts, lazy chunks, redraws) has had its turn. */
export async function browserIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 5000 })),
      ),
  );
}

/**
 * Clicks a route on the map canvas as a user does: points at it until the cursor shows it can be
 * clicked (Leaflet marks the canvas `leaflet-interactive` over a clickable path; it ignores the pointer
 * while the opening fit animates), then clicks.
 */
export async function clickRoute(page: Page, key: string): Promise<void> {
  const interactive = page.locator('.leaflet-overlay-pane canvas.leaflet-interactive');
  let point = await routePoint(page, key);
  await expect
    .poll(
      async () => {
        point = await routePoint(page, key);
        await page.mouse.move(point[0] + 1, point[1]);
        await page.mouse.move(point[0], point[1]);
        return interactive.count();
      },
      { message: `the pointer over route ${key} shows it is clickable`, intervals: [50, 100, 200] },
    )
    .toBe(1);
  await page.mouse.click(point[0], point[1]);
}

/** Chooses a file in the app's "Import flights file" picker (what "Import…" opens). */
export async function importByPicker(page: Page, name: string, contents: string, mimeType = 'text/csv') {
  await page.getByLabel('Import flights file').setInputFiles({
    name,
    mimeType,
    buffer: Buffer.from(contents, 'utf8'),
  });
}

/** Drops a file on the page, as dragging it from the desktop does. */
export async function importByDrop(page: Page, name: string, contents: string, mimeType = 'text/csv') {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, text, type]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], fileName, { type }));
      return dt;
    },
    [name, contents, mimeType] as const,
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

/** Text of a fixture under tests/e2e/fixtures. */
export function fixture(name: string): string {
  return readFileSync(projectPath(`tests/e2e/fixtures/${name}`), 'utf8');
}

/** The panel a failed import opens. */
export function importFailure(page: Page): Locator {
  return page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /^Import failed/ }) });
}

/** The panel a finished import opens (what was loaded, and any warnings). */
export function importStatus(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^(Imported|Added) .* from / });
}

/**
 * Waits until the map's labels have settled after a change: every Leaflet tooltip has its text, and the
 * set is the same on two looks in a row. A filter change adds and removes airport markers, and a new
 * tooltip is empty for a moment before React fills it: a whole-page axe scan in that moment reports an
 * unnamed tooltip (or a node gone mid-scan, as ':root').
 */
export async function mapLabelsSettled(page: Page): Promise<void> {
  let last: string[] | undefined;
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() =>
          [...document.querySelectorAll('.leaflet-tooltip')].map((t) => t.textContent?.trim() ?? ''),
        );
        const settled = last !== undefined && now.join('\n') === last.join('\n') && !now.includes('');
        last = now;
        return settled;
      },
      { message: "the map's labels have their text and stay put", intervals: [50, 100, 100, 200] },
    )
    .toBe(true);
}

/**
 * The map's legend, route styles, arrow heads, Fit to data and keyboard access to airports (issue 12):
 * what is drawn agrees with what the legend and the tooltip say, and nothing of the data hides under
 * the legend.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  countsLine,
  fixture,
  importByPicker,
  loadSample,
  mapView,
  openApp,
  routePoint,
  setMapView,
  tabTo,
} from './helpers';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface DrawnStyle {
  line: { color?: string; dashArray: string | null };
  head: { color?: string; fillColor?: string; weight?: number; dashArray: string | null } | null;
}
type HookWindow = Window & {
  airliftMapDebug?: { routeStyle(key: string): DrawnStyle | null; airportBoxes(): Box[] };
};

const sample = loadSample();
const legend = (page: Page) => page.locator('details.map-legend');

/** The style the map draws a route with (from Leaflet's layers, through the test hook), once drawn. */
async function drawnStyle(page: Page, key: string): Promise<DrawnStyle> {
  const handle = await page.waitForFunction(
    (k) => (window as HookWindow).airliftMapDebug?.routeStyle(k) ?? null,
    key,
  );
  return (await handle.jsonValue()) as DrawnStyle;
}

async function airportBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => (window as HookWindow).airliftMapDebug?.airportBoxes() ?? []);
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Opens the legend and waits until it stays open. Until the analyst toggles it, the legend follows the
 * map's size while the layout settles, so a click can cross an automatic change and close it again;
 * once clicked, it is the analyst's choice and stays, so a second try settles it.
 */
async function openLegend(page: Page) {
  await expect(async () => {
    if ((await legend(page).getAttribute('open')) === null) await legend(page).locator('summary').click();
    await expect(legend(page)).toHaveAttribute('open', '', { timeout: 1000 });
  }).toPass();
}

/** The legend's sample line for a confidence: its dash pattern (null: solid) and its words. */
async function legendItem(page: Page, confidence: string) {
  const item = legend(page)
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^${confidence}:`) });
  return {
    dash: await item.locator('line').getAttribute('stroke-dasharray'),
    text: ((await item.textContent()) ?? '').trim(),
  };
}

/** Points at a route until its tooltip shows, and returns the tooltip's text. */
async function routeTooltip(page: Page, key: string, title: string): Promise<string> {
  const tip = page.locator('.leaflet-tooltip').filter({ hasText: title });
  await expect
    .poll(
      async () => {
        const [x, y] = await routePoint(page, key);
        await page.mouse.move(x + 1, y);
        await page.mouse.move(x, y);
        return tip.count();
      },
      { message: `the tooltip of ${key} shows`, intervals: [50, 100, 200] },
    )
    .toBe(1);
  return (await tip.textContent()) ?? '';
}

async function fitAndWait(page: Page) {
  const before = await mapView(page);
  await page.getByRole('button', { name: 'Fit to data' }).click();
  await expect
    .poll(async () => (await mapView(page)).movesEnded, { message: 'the fit has ended' })
    .toBeGreaterThan(before.movesEnded);
}

async function expectNoAirportUnderLegend(page: Page, airports: number) {
  await expect.poll(async () => (await airportBoxes(page)).length).toBe(airports);
  const box = await legend(page).boundingBox();
  if (!box) throw new Error('no legend');
  const legendBox = { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
  for (const marker of await airportBoxes(page)) {
    expect(overlaps(marker, legendBox), `a marker at ${JSON.stringify(marker)} is under the legend`).toBe(
      false,
    );
  }
}

const sampleAirports = new Set(sample.flights.flatMap((f) => [f.origin, f.destination])).size;

test('a confirmed single-source route (OpenSky) is drawn as the legend shows confirmed, and its tooltip says so', async ({
  page,
}) => {
  await openApp(page);
  await importByPicker(page, 'opensky-llov.csv', fixture('opensky-llov.csv'));
  await expect(countsLine(page)).toHaveText('3 flights');
  await openLegend(page);

  const drawn = await drawnStyle(page, 'LTFM>LLOV');
  const confirmed = await legendItem(page, 'confirmed');
  expect(drawn.line.dashArray).toBe(confirmed.dash); // both solid (null)
  expect(confirmed.dash).toBeNull();
  expect(confirmed.text).toContain('solid');

  const text = await routeTooltip(page, 'LTFM>LLOV', 'LTFM → LLOV');
  expect(text).toContain('1 confirmed');
  expect(text).toContain('Line: solid, as its strongest evidence is confirmed');
  expect(text).toContain('1 publisher (a single source)');
  expect(text).not.toContain('no confirmed');
  await expect(legend(page)).toContainText('A route takes the colour and line of its strongest evidence');
});

test.describe('on a large map', () => {
  // A→B and B→A bend apart by a share of the map: on a small map their middles are a few pixels
  // apart and the pointer can land on the reverse route.
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('on the sample, each route is drawn with the line the legend gives its strongest evidence', async ({
    page,
  }) => {
    await openApp(page);
    await openLegend(page);
    // LLOV → UBBB holds the reported RFE/RL flight; UBBB → UBBG only illustrative ones (if drawn).
    const reported = await legendItem(page, 'reported');
    expect((await drawnStyle(page, 'LLOV>UBBB')).line.dashArray).toBe(reported.dash);
    expect(reported.dash).not.toBeNull();
    // Closed again, so the open legend does not cover the arc's middle where the pointer goes.
    await legend(page).locator('summary').click();
    await expect(legend(page)).not.toHaveAttribute('open');
    const text = await routeTooltip(page, 'LLOV>UBBB', 'LLOV → UBBB');
    expect(text).toContain('as its strongest evidence is reported');
  });
});

test('arrow heads stand out from their arcs: filled in the arc’s colour, outlined in a contrasting one', async ({
  page,
}) => {
  await openApp(page);
  for (const key of ['UBBB>LLOV', 'LLOV>UBBB']) {
    const { line, head } = await drawnStyle(page, key);
    expect(head).not.toBeNull();
    expect(head!.fillColor).toBe(line.color);
    expect(head!.color).not.toBe(line.color);
    expect(head!.dashArray).toBeNull();
  }
});

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the legend starts collapsed and no airport is under it after Fit to data, open or closed', async ({
    page,
  }) => {
    await openApp(page);
    await expect(legend(page)).not.toHaveAttribute('open');
    await expectNoAirportUnderLegend(page, sampleAirports);
    await fitAndWait(page);
    await expectNoAirportUnderLegend(page, sampleAirports);

    await legend(page).locator('summary').click();
    await expect(legend(page)).toHaveAttribute('open');
    await fitAndWait(page);
    await expectNoAirportUnderLegend(page, sampleAirports);
  });

  test('Fit to data brings the data back when the map-area filter has emptied the view', async ({ page }) => {
    await openApp(page);
    const total = sample.flights.length;
    await page.getByLabel('Only flights with an airport on the map').check();
    await setMapView(page, -40, -20, 5);
    await expect(countsLine(page)).toHaveText(`0 of ${total} flights`);
    await fitAndWait(page);
    // The area follows the fitted map, which holds every airport again.
    await expect(countsLine(page)).toHaveText(`${total} flights`);
    await expect.poll(async () => (await airportBoxes(page)).length).toBe(sampleAirports);
    const map = await page.locator('.leaflet-container').boundingBox();
    for (const m of await airportBoxes(page)) {
      expect(m.left >= map!.x && m.right <= map!.x + map!.width).toBe(true);
      expect(m.top >= map!.y && m.bottom <= map!.y + map!.height).toBe(true);
    }
  });
});

test.describe('at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the legend starts open on the large map and no airport is under it', async ({ page }) => {
    await openApp(page);
    await expect(legend(page)).toHaveAttribute('open');
    await expectNoAirportUnderLegend(page, sampleAirports);
    await fitAndWait(page);
    await expectNoAirportUnderLegend(page, sampleAirports);
  });
});

test('an airport on the map is reached and selected with the keyboard alone', async ({ page }) => {
  await openApp(page);
  const airports = page.getByRole('region', { name: 'Airports', exact: true });
  const ganja = airports.getByRole('button', { name: /^UBBG \/ KVD Ganja \d+$/ });
  await tabTo(page, ganja, { max: 300 });
  await page.keyboard.press('Enter');
  await expect(ganja).toHaveAttribute('aria-pressed', 'true');
  const panel = page.getByRole('region', { name: 'Selected airport' });
  await expect(panel).toContainText('UBBG');
  // Every airport the map draws is in the list.
  await expect(airports.getByRole('button')).toHaveCount(sampleAirports);
});

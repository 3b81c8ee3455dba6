import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { DOMParser } from '@xmldom/xmldom';
import { expect, test, type Page } from '@playwright/test';
import { importByPicker, importStatus, openApp, routeButton, watchPage } from './helpers';

// A synthetic contract v2 dataset: one Il-76 leg UBBB→LLOV with a 40-minute gap and an inferred arrival,
// and one compiled flight without a track. Written here from the contract, flagged synthetic.
const T0 = Date.parse('2023-03-01T05:00:00Z') / 1000;
const points: [number, number, number, number | null, boolean | null][] = [];
for (let i = 0; i < 120; i++) {
  const t = T0 + i * 60 + (i >= 60 ? 40 * 60 : 0);
  points.push([
    t,
    40.4675 - i * 0.08,
    50.0467 - i * 0.12,
    i === 0 ? null : 30000 - (i > 100 ? (i - 100) * 1000 : 0),
    i === 0,
  ]);
}
const dataset = {
  schemaVersion: 2,
  title: 'Synthetic track test',
  synthetic: true,
  airports: [
    { icao: 'UBBB', name: 'Baku', lat: 40.4675, lon: 50.0467 },
    { icao: 'LLOV', name: 'Ovda', lat: 29.9403, lon: 34.9358 },
  ],
  events: [],
  flights: [
    {
      id: 'adsb-4ca7b5-1677646800',
      date: '2023-03-01',
      origin: 'UBBB',
      destination: 'LLOV',
      confidence: 'synthetic',
      icao24: '4ca7b5',
      departureObserved: true,
      arrivalObserved: false,
      sources: [{ publisher: 'Airlift synthetic generator' }],
    },
    {
      id: 'compiled-1',
      date: '2023-03-02',
      origin: 'LLOV',
      destination: 'UBBB',
      confidence: 'synthetic',
      sources: [{ publisher: 'Airlift synthetic generator' }],
    },
  ],
  tracks: [
    { flightId: 'adsb-4ca7b5-1677646800', source: { publisher: 'Airlift synthetic generator' }, points },
  ],
};

interface TrackCounts {
  seen: number;
  gap: number;
  end: number;
}
const trackLines = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { airliftMapDebug: { trackLines(): TrackCounts } }).airliftMapDebug.trackLines(),
  );

async function download(page: Page, name: RegExp): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return readFileSync(await file.path(), 'utf8');
}

test('a flight with a track: panel coverage and profile, map lines, filter, exports, OpenSky SQL', async ({
  page,
}) => {
  const watch = await watchPage(page);
  await openApp(page);
  await importByPicker(page, 'tracks.json', JSON.stringify(dataset), 'application/json');
  await expect(importStatus(page)).toBeVisible();

  await page.locator('[data-flight-id="adsb-4ca7b5-1677646800"]').click();
  const panel = page.getByRole('region', { name: 'Selected flight' });
  await expect(panel.locator('.track-coverage')).toHaveText(
    /^seen \d+% of the flight; longest gap 41 min, from 05:59Z$/,
  );
  await expect(panel.getByText(/Arrival LLOV: inferred/)).toBeVisible();
  await expect(panel.getByRole('img', { name: /^Altitude profile from/ })).toBeVisible();
  await expect.poll(() => trackLines(page)).toEqual({ seen: 2, gap: 1, end: 1 });

  const axe = await new AxeBuilder({ page }).include('.selection-panel').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  const both = page.getByLabel('Both ends observed');
  await both.check();
  await expect(page.locator('[data-flight-id]')).toHaveCount(0);
  await both.uncheck();
  await expect(page.locator('[data-flight-id]')).toHaveCount(2);

  const geo = JSON.parse(await download(page, /^Tracks GeoJSON/)) as {
    features: { properties: { flightId: string; times: number[][] } }[];
  };
  expect(geo.features.map((f) => f.properties.flightId)).toEqual(['adsb-4ca7b5-1677646800']);
  expect(geo.features[0]?.properties.times.map((run) => run.length)).toEqual([60, 60]);

  const kml = new DOMParser().parseFromString(await download(page, /^Tracks KML/), 'text/xml');
  const whens = kml.getElementsByTagName('when');
  expect(whens.length).toBe(120);
  expect(kml.getElementsByTagName('gx:Track').length).toBe(2);
  expect(kml.getElementsByTagName('Placemark')[0]?.getElementsByTagName('name')[0]?.textContent).toContain(
    'adsb-4ca7b5-1677646800',
  );

  await page.getByRole('button', { name: 'Query for OpenSky' }).click();
  const dialog = page.getByRole('dialog', { name: 'Query for OpenSky' });
  await expect(dialog.locator('pre.sql').first()).toContainText('state_vectors_data4');
  await expect(dialog.locator('pre.sql').nth(1)).toContainText('LLOV');
  await expect(dialog.locator('pre.sql').nth(1)).toContainText('UBBB');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(watch.errors).toEqual([]);
});

/** The test dataset with `n` tracked UBBB→LLOV legs, a day apart. */
function routeOf(n: number) {
  const day = 86_400;
  const flights = Array.from({ length: n }, (_, k) => ({
    ...dataset.flights[0]!,
    id: `adsb-4ca7b5-${T0 + k * day}`,
    date: new Date((T0 + k * day) * 1000).toISOString().slice(0, 10),
  }));
  const tracks = flights.map((f, k) => ({
    ...dataset.tracks[0]!,
    flightId: f.id,
    points: points.map(([t, ...rest]) => [t + k * day, ...rest]),
  }));
  return { ...dataset, flights, tracks };
}

test('a route: the panel sums its tracks, and says when there are too many to draw', async ({ page }) => {
  const watch = await watchPage(page);
  await openApp(page);
  await importByPicker(page, 'route.json', JSON.stringify(routeOf(3)), 'application/json');
  await expect(importStatus(page)).toBeVisible();
  await routeButton(page, 'UBBB', 'LLOV').click();
  const tracks = page.getByRole('region', { name: 'Observed tracks' });
  await expect(tracks).toHaveText(
    /3 of 3 flights have tracks, drawn on the map; both ends observed on 0; seen \d+% of the flight on average/,
  );
  await expect.poll(() => trackLines(page)).toEqual({ seen: 6, gap: 3, end: 3 });

  await importByPicker(page, 'route-31.json', JSON.stringify(routeOf(31)), 'application/json');
  await expect(page.locator('[data-flight-id]').first()).toBeVisible();
  await routeButton(page, 'UBBB', 'LLOV').click();
  await expect(tracks).toHaveText(
    /31 of 31 flights have tracks, too many to draw at once \(the map draws up to 30\)/,
  );
  await expect.poll(() => trackLines(page)).toEqual({ seen: 0, gap: 0, end: 0 });
  expect(watch.errors).toEqual([]);
});

import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { openApp } from './helpers';

test('Snapshot PNG downloads the map and timeline as an image, with no network and no CSP violation', async ({
  page,
}) => {
  const offsite: string[] = [];
  await page.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      offsite.push(route.request().url());
      return route.abort();
    },
  );
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|snapshot/i.test(m.text())) refused.push(m.text());
  });
  await openApp(page, '?from=2020-01-01&to=2023-12-31');
  const mapBox = (await page.locator('.leaflet-container').boundingBox())!;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Snapshot PNG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('airlift_2020-01-01_2023-12-31.png');
  const path = await download.path();
  const png = readFileSync(path);
  const file = 'tests/output/snapshot.png';
  await download.saveAs(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  // Drawn at 2× the map's width (plus margins), and taller than the map (caption and timeline).
  expect(width).toBe(Math.round((mapBox.width + 24) * 2));
  expect(height).toBeGreaterThan(mapBox.height * 2 + 200);
  // A real picture, not an empty canvas: a blank PNG of this size compresses to a few kilobytes.
  expect(png.length).toBeGreaterThan(60_000);
  expect(offsite).toEqual([]);
  expect(refused).toEqual([]);
  await expect(page.locator('.notices')).toHaveCount(0);
});

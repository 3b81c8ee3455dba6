// A render error shows a message with "Reload" and "Export my data", never a blank page; the export is
// the loaded dataset as contract JSON. The error is forced through a test-build-only hook.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { loadSample, openApp } from './helpers';

const sample = loadSample();

test('a render error shows a message that keeps the data: "Export my data" downloads it as JSON', async ({
  page,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await openApp(page);
  await page.waitForFunction(() => 'airliftForceRenderError' in window);
  await page.evaluate(() =>
    (window as unknown as { airliftForceRenderError(): void }).airliftForceRenderError(),
  );

  const message = page.getByRole('alert');
  await expect(message.getByRole('heading', { name: /hit an error/ })).toBeVisible();
  await expect(message).toContainText(`${sample.flights.length} flights`);
  await expect(message.getByRole('button', { name: 'Reload' })).toBeVisible();
  // The dashboard is gone, the message is what shows.
  await expect(page.getByRole('region', { name: 'Map of airports and routes' })).toHaveCount(0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    message.getByRole('button', { name: 'Export my data' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('airlift-dataset.json');
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    schemaVersion: number;
    flights: { id: string }[];
  };
  expect(saved.schemaVersion).toBeGreaterThanOrEqual(1);
  expect(saved.flights.map((f) => f.id).sort()).toEqual(sample.flights.map((f) => f.id).sort());

  await message.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('region', { name: 'Map of airports and routes' })).toBeVisible();
  expect(pageErrors).toEqual([]);
});

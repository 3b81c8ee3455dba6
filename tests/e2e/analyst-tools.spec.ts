import { test, expect, type Page } from '@playwright/test';
import { countsLine, inRange, loadSample, openApp, setMapView, tabTo } from './helpers';

const sample = loadSample();
const total = sample.flights.length;

function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

function urlParam(page: Page, name: string) {
  return new URL(page.url()).searchParams.get(name);
}

test('picking an event shows the flights within N days of it, and N can be changed', async ({ page }) => {
  await openApp(page);
  const event = sample.events.find((e) => e.date === '2020-09-27')!;
  await page.getByRole('button', { name: `Flights within 7 days of ${event.title} (${event.date})` }).click();
  const shown = inRange(sample.flights, addDays(event.date, -7), addDays(event.date, 7)).length;
  await expect(countsLine(page)).toHaveText(
    `${shown} ${shown === 1 ? 'flight' : 'flights'} within 7 days of ${event.title} (${event.date})`,
  );
  // The URL is written after the change's paint: wait for it.
  await expect.poll(() => urlParam(page, 'from')).toBe('2020-09-20');
  expect(urlParam(page, 'to')).toBe('2020-10-04');

  await page.getByLabel('Days around an event').fill('30');
  await page
    .getByRole('button', { name: `Flights within 30 days of ${event.title} (${event.date})` })
    .click();
  const wider = inRange(sample.flights, addDays(event.date, -30), addDays(event.date, 30)).length;
  await expect(countsLine(page)).toHaveText(
    `${wider} flights within 30 days of ${event.title} (${event.date})`,
  );
  // Events outside the range are greyed, not hidden.
  await expect(page.locator('.events-list .event.outside')).toHaveCount(sample.events.length - 1);
});

test('playback starts, steps and pauses by keyboard; every window shown holds flights', async ({ page }) => {
  // A controllable clock (it runs on its own until told otherwise): "paused" is then checked by
  // running the page's timers ahead, not by waiting.
  await page.clock.install();
  await openApp(page);
  const play = page.getByRole('button', { name: 'Play' });
  await tabTo(page, play);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  // The first window starts on the first flight's day.
  const first = [...sample.flights].map((f) => f.date).sort()[0];
  await expect.poll(() => urlParam(page, 'from')).toBe(first);
  await expect.poll(() => urlParam(page, 'from'), { timeout: 5000 }).not.toBe(first);
  await page.keyboard.press('Enter'); // pause
  await expect(page.getByRole('button', { name: 'Play' })).toBeFocused();
  // The URL follows the window shown once its frame is painted.
  const paused = await page.getByLabel('From', { exact: true }).inputValue();
  await expect.poll(() => urlParam(page, 'from')).toBe(paused);
  // Ten seconds of the page's timers: a playback still running would have moved several windows.
  await page.clock.runFor(10_000);
  expect(urlParam(page, 'from')).toBe(paused);

  // Alt+→ steps forward; the counts line always shows a non-empty window.
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(() => urlParam(page, 'from')).not.toBe(paused);
  const from = urlParam(page, 'from')!;
  const to = urlParam(page, 'to')!;
  const shown = inRange(sample.flights, from, to).length;
  expect(shown).toBeGreaterThan(0);
  await expect(countsLine(page)).toHaveText(`${shown} of ${total} flights, ${from} – ${to}`);
});

test('"only flights with an airport on the map" follows the visible map', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Only flights with an airport on the map').check();
  await expect.poll(() => urlParam(page, 'area')).not.toBeNull();
  await expect(countsLine(page)).toHaveText(`${total} flights`); // fitted: every airport is visible
  // Move the map to the empty South Atlantic (a known state, not a drag of some distance): no airport
  // of the sample is in view there, so after the move every flight is filtered out.
  await setMapView(page, -40, -20, 5);
  await expect(countsLine(page)).toHaveText(`0 of ${total} flights`);
  await page.getByLabel('Only flights with an airport on the map').uncheck();
  await expect(countsLine(page)).toHaveText(`${total} flights`);
});

test('About this data lists the description, confidence mix and every publisher', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'About this data' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('illustrative synthetic records');
  await expect(dialog).toContainText('104 synthetic');
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Airlift sample generator' })).toContainText(
    '104 flights',
  );
  // The airport table's licence (CC BY 4.0) asks for attribution wherever its names or positions show.
  await expect(dialog).toContainText('Airport data: OurAirports via airport-data-js');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

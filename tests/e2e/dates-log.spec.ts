/**
 * Imprecise dates, own events and the change log in the browser: a flight and an event known only to a
 * range are formatted, spread on the timeline and kept by an overlapping range; an event added from
 * the events list gets its marker; the log view lists it under the analyst's name and exports CSV.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  countsLine,
  importByPicker,
  importStatus,
  openApp,
  parseCsv,
  watchPage,
  type PageWatch,
} from './helpers';

// Illustrative records written for this test (not observations).
const DATASET = {
  schemaVersion: 2,
  title: 'E2E imprecise dates',
  synthetic: true,
  events: [{ date: '2023-10-02', dateEnd: '2023-10-08', title: 'Week-long visit (test)' }],
  flights: [
    {
      id: 'e2e-known-1',
      date: '2023-09-01',
      origin: 'UBBB',
      destination: 'LLOV',
      confidence: 'synthetic',
      sources: [{ publisher: 'Airlift e2e test' }],
    },
    {
      id: 'e2e-october',
      date: '2023-10-01',
      dateEnd: '2023-10-31',
      origin: 'UBBG',
      destination: 'LLOV',
      confidence: 'synthetic',
      sources: [{ publisher: 'Airlift e2e test' }],
    },
    {
      id: 'e2e-known-2',
      date: '2023-11-20',
      origin: 'LLOV',
      destination: 'UBBB',
      confidence: 'synthetic',
      sources: [{ publisher: 'Airlift e2e test' }],
    },
  ],
};

let watch: PageWatch;

test.beforeEach(async ({ page }) => {
  watch = await watchPage(page);
  await openApp(page);
  await importByPicker(page, 'imprecise.json', JSON.stringify(DATASET), 'application/json');
  await expect(importStatus(page)).toContainText('imprecise.json');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(DATASET.title);
});

test.afterEach(() => {
  expect(watch.errors, 'console errors, page errors and CSP violations').toEqual([]);
  expect(watch.external, 'requests that tried to leave 127.0.0.1').toEqual([]);
});

/**
 * Serious and critical axe violations (as the a11y spec counts them) inside one part of the page, by rule
 * and node. Scoped: the whole page is the a11y spec's; here the map, still drawing its tooltips after the
 * import, once showed a Leaflet tooltip an instant before its text (aria-tooltip-name).
 */
async function seriousViolations(page: Page, part: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(part).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' }).first();

test('an imprecise flight and event are formatted, spread on the timeline and kept by an overlapping range', async ({
  page,
}) => {
  await expect(countsLine(page)).toHaveText('3 flights · 1 flight with an uncertain date');
  // The event, in the list and on the chart, by its week.
  const events = page.getByRole('region', { name: 'Events' });
  await expect(
    events.getByRole('button', { name: /Week-long visit \(test\) \(week of 2023-10-02\)/ }),
  ).toHaveText('week of 2023-10-02 Week-long visit (test)');
  await expect(
    timeline(page).getByRole('button', { name: 'Event: week of 2023-10-02 Week-long visit (test)' }),
  ).toBeVisible();
  await expect(timeline(page).getByTestId('event-spread')).toHaveCount(1);
  // 81 days of data: day bins; the October flight is a striped bar on each of its 31 days.
  const uncertain = timeline(page).locator('path[data-layer="uncertain"]');
  await expect(uncertain).toHaveAttribute('data-bars', '31');
  await expect(timeline(page).getByText('Date uncertain (spread over its days)')).toBeVisible();
  expect(
    await seriousViolations(page, '.timeline-panel'),
    'the timeline with an uncertain layer and a band',
  ).toEqual([]);

  // A range inside October, after the flight's first day, keeps it (and only it).
  await page.getByLabel('From', { exact: true }).fill('2023-10-20');
  await page.getByLabel('To', { exact: true }).fill('2023-10-25');
  await expect(countsLine(page)).toHaveText(
    '1 of 3 flights, 2023-10-20 – 2023-10-25 · 1 flight with an uncertain date',
  );
  // Only the October flight is left in the table, its date shown as its month.
  const table = page.getByRole('table', { name: 'Flights' });
  await expect(table).toContainText('October 2023');
  await expect(table).toContainText('UBBG');
  await expect(table).not.toContainText('LLOVUBBB');
  // The week-long event lies outside that range: greyed.
  await expect(page.locator('.events-list .event.outside')).toHaveCount(1);
  await page.getByLabel('From', { exact: true }).fill('2023-11-01');
  await page.getByLabel('To', { exact: true }).fill('2023-11-30');
  await expect(countsLine(page)).toHaveText('1 of 3 flights, 2023-11-01 – 2023-11-30');
});

test('an own event added from the list gets a marker, and the log lists it under the analyst’s name and exports CSV', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Set your name' }).click();
  await page.getByLabel('Your name for the change log').fill('Dana Test');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Logged as Dana Test')).toBeVisible();

  await page.getByRole('button', { name: 'Add event' }).click();
  const form = page.getByRole('dialog', { name: 'Add an event' });
  await form.getByLabel('Date').fill('October 2023');
  await expect(form.getByText(/Reads as October 2023/)).toBeVisible();
  expect(await seriousViolations(page, 'dialog.event-form'), 'the event form').toEqual([]);
  await form.getByLabel('Date').fill('2023-11-01');
  await form.getByLabel('Event title').fill('Own event (test)');
  await form.getByRole('button', { name: 'Save event' }).click();
  await expect(form).toBeHidden();
  await expect(
    timeline(page).getByRole('button', { name: 'Event: 2023-11-01 Own event (test)' }),
  ).toBeVisible();

  await page.getByRole('button', { name: /^Change log/ }).click();
  const log = page.getByRole('dialog', { name: 'Change log' });
  const row = log.getByRole('row').filter({ hasText: 'event added: 2023-11-01 "Own event (test)"' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Dana Test');
  expect(await seriousViolations(page, 'dialog.log-view'), 'the log view').toEqual([]);
  await log.getByLabel('Who').selectOption('Dana Test');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    log.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('change-log.csv');
  const csv = parseCsv(readFileSync(await download.path(), 'utf8'));
  expect(csv.header).toEqual(['at', 'by', 'action', 'flightId', 'field', 'before', 'after']);
  expect(csv.rows).toHaveLength(1);
  expect(csv.rows[0]).toMatchObject({ by: 'Dana Test', action: 'add', field: 'event' });
  expect(JSON.parse(csv.rows[0]!.after!)).toEqual({ date: '2023-11-01', title: 'Own event (test)' });
});

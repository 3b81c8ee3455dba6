import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { loadSample, openApp } from './helpers';

const sample = loadSample();
const A = { from: '2016-01-01', to: '2019-12-31' };
const B = { from: '2020-01-01', to: '2024-12-31' };
const atOvda = sample.flights.filter((f) => f.origin === 'LLOV' || f.destination === 'LLOV');
const inside = (p: { from: string; to: string }) =>
  atOvda.filter((f) => f.date >= p.from && f.date <= p.to).length;
const query = `?airport=LLOV&compare=${A.from}..${A.to},${B.from}..${B.to}`;

test('a link with two periods compares them in the Patterns dialog, shades them on the timeline and puts them in the brief', async ({
  page,
}) => {
  await openApp(page, query);
  await expect(
    page.getByText(`Shaded: period A, ${A.from} – ${A.to}; period B, ${B.from} – ${B.to}`),
  ).toBeVisible();
  await expect(page.locator('[data-shade="A"] rect')).toHaveCount(1);
  await expect(page.locator('[data-shade="B"] rect')).toHaveCount(1);

  await page.getByRole('button', { name: 'Patterns…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Patterns in the filtered flights' });
  const summary = `${inside(A)} vs ${inside(B)} flights`;
  await expect(dialog.locator('.compare-summary')).toContainText(summary);
  await expect(dialog.getByRole('checkbox', { name: /Shade A and B/ })).toBeChecked();
  // Unchecking takes the comparison out of the link and off the timeline.
  await dialog.getByRole('checkbox', { name: /Shade A and B/ }).uncheck();
  await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toBeNull();
  await dialog.getByRole('checkbox', { name: /Shade A and B/ }).check();
  await expect
    .poll(() => new URL(page.url()).searchParams.get('compare'))
    .toBe(`${A.from}..${A.to},${B.from}..${B.to}`);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Create brief' }).click();
  const brief = page.getByRole('dialog', { name: 'Brief of the current view' });
  await expect(brief.getByRole('button', { name: 'Print or save as PDF' })).toBeEnabled();
  const dir = mkdtempSync(join(tmpdir(), 'airlift-patterns-'));
  const file = join(dir, 'brief.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Period A against period B');
  expect(text).toContain(`A: ${A.from} – ${A.to}`);
  expect(text).toContain(summary);
});

test('the hour × weekday grid counts the departures with a time, in UTC and in local time', async ({
  page,
}) => {
  await openApp(page, '?airport=LLOV');
  await page.getByRole('button', { name: 'Patterns…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Patterns in the filtered flights' });
  await dialog.getByRole('tab', { name: 'When they fly' }).click();
  const timed = atOvda.filter((f) => f.departureTime).length;
  await expect(dialog.getByRole('status')).toContainText(`${timed} departures with a time`);
  await dialog.getByRole('combobox', { name: 'Clock' }).selectOption('local');
  // Local time needs the airports' zones (the airport table, loaded on demand): every one is known here.
  await expect(dialog.getByRole('status')).toHaveText(new RegExp(`^${timed} departures with a time`));
  await expect(dialog.getByRole('table', { name: /local time/ })).toBeVisible();
});

/**
 * Serious and critical axe violations inside one part of the page, by rule and node (as the a11y spec
 * counts them); the whole page is the a11y spec's (the map's tooltips come and go behind the dialog).
 */
async function seriousViolations(page: Page, part: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(part).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('every Patterns tab and the brief have no serious or critical axe violations', async ({ page }) => {
  await openApp(page, query);
  await page.getByRole('button', { name: 'Patterns…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Patterns in the filtered flights' });
  for (const tab of [
    'Compare periods',
    'Where they landed',
    'When they fly',
    'Time on the ground',
    'Aircraft and operators',
  ]) {
    await dialog.getByRole('tab', { name: tab }).click();
    await expect(dialog.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    expect(await seriousViolations(page, 'dialog.patterns-dialog'), tab).toEqual([]);
  }
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Create brief' }).click();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeEnabled();
  expect(await seriousViolations(page, '.brief-layer'), 'brief').toEqual([]);
});

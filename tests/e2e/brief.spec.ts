import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { loadSample, openApp } from './helpers';

const sample = loadSample();
const atOvda = sample.flights.filter((f) => f.origin === 'LLOV' || f.destination === 'LLOV');
const synthetic = atOvda.filter((f) => f.confidence === 'synthetic').length;

/** The PDF's text page by page, as Debian's pdftotext (poppler-utils) reads it. */
function pdfPages(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'airlift-brief-'));
  const file = join(dir, 'brief.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((page) => page.trim() !== '');
}

test('the brief prints to a PDF whose figures, sources and synthetic warning check out on every page', async ({
  page,
}) => {
  await openApp(page, '?airport=LLOV');
  await page.getByRole('button', { name: 'Create brief' }).click();
  const brief = page.getByRole('dialog', { name: 'Brief of the current view' });
  await brief.getByRole('textbox', { name: 'Title' }).fill('Cargo flights at Ovda');
  await brief.getByRole('textbox', { name: 'Summary' }).fill('What the sample shows at Ovda, for the test.');
  // The map and timeline picture is drawn before printing is offered.
  await expect(brief.getByRole('button', { name: 'Print or save as PDF' })).toBeEnabled();
  await expect(brief.getByRole('img', { name: 'The map and the timeline of the view' })).toBeVisible();

  const pages = pdfPages(await page.pdf({ format: 'A4' }));
  expect(pages.length).toBeGreaterThan(1);
  const all = pages.join('\n');
  expect(all).toContain('Cargo flights at Ovda');
  expect(all).toContain('What the sample shows at Ovda, for the test.');
  expect(all).toContain('Filters: airport LLOV.');
  expect(all).toMatch(new RegExp(`Flights\\s+${atOvda.length}\\b`));
  // Every page states the synthetic data and carries the view's link.
  const warning = `${synthetic} of the ${atOvda.length} flights in this brief are synthetic sample records, not`;
  for (const [i, text] of pages.entries()) {
    expect(text.replace(/\s+/g, ' '), `page ${i + 1}`).toContain(warning);
    expect(text, `page ${i + 1}`).toContain('airport=LLOV');
  }
  // Each real publisher is in the numbered list of sources, and the table points to sources by number.
  const sources = all.slice(all.lastIndexOf('Sources'));
  for (const publisher of new Set(atOvda.flatMap((f) => f.sources.map((s) => s.publisher))))
    expect(sources).toContain(publisher);
  expect(all).toMatch(/\[1\]/);
  // Nothing of the app beside the brief is printed.
  expect(all).not.toContain('Export CSV');
});

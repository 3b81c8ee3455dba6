/**
 * "At least two independent sources" and the publisher list compare publishers by one rule (issue 12):
 * case, spaces and Unicode forms do not make two publishers, and a republication counts as its original.
 */
import { expect, test } from '@playwright/test';
import { countsLine, importByPicker, openApp } from './helpers';

const flight = (id: string, publishers: string[]) => ({
  id,
  date: '2023-09-01',
  origin: 'UBBB',
  destination: 'LLOV',
  confidence: 'reported',
  sources: publishers.map((publisher) => ({ publisher })),
});

// Illustrative records written for this test, not observations.
const dataset = {
  schemaVersion: 1,
  title: 'E2E publishers',
  synthetic: true,
  compiledAt: '2026-12-02',
  flights: [
    flight('same-case', ['Haaretz', 'haaretz ']),
    flight('republished', [
      'Haaretz (via armenianclub.com)',
      'Haaretz (republished by defenddemocracy.press)',
    ]),
    flight('full-width', ['Ｈａａｒｅｔｚ', 'HAARETZ']),
    flight('independent', ['Haaretz (via armenianclub.com)', 'AP']),
  ],
};

test('spellings and republications of one publisher are one source, and one entry in the publisher list', async ({
  page,
}) => {
  await openApp(page);
  await importByPicker(page, 'publishers.json', JSON.stringify(dataset), 'application/json');
  await expect(countsLine(page)).toHaveText('4 flights');

  await page.getByLabel('At least two independent sources').check();
  await expect(countsLine(page)).toHaveText('1 of 4 flights');
  await page.getByLabel('At least two independent sources').uncheck();
  await expect(countsLine(page)).toHaveText('4 flights');

  await page.getByText('Source publisher').click();
  const list = page.getByRole('group', { name: 'Source publisher' });
  await expect(list.getByRole('checkbox')).toHaveCount(2);
  await expect(list).toContainText('Haaretz (4)');
  await expect(list).toContainText('AP (1)');
  await list.getByLabel(/^AP/).check();
  await expect(countsLine(page)).toHaveText('1 of 4 flights');
  // Every spelling of Haaretz is chosen with its one entry.
  await list.getByLabel(/^AP/).uncheck();
  await list.getByLabel(/^Haaretz/).check();
  await expect(list.getByLabel(/^Haaretz/)).toBeChecked();
  await expect(countsLine(page)).toHaveText('4 flights');
});

import { test, expect } from '@playwright/test';
import { countsLine, expectedCountsLine, loadSample, openApp, tableRowCount, watchPage } from './helpers';

const sample = loadSample();
const total = sample.flights.length;

test('filters that leave 0 flights say which one does it, and one click brings the flights back', async ({
  page,
}) => {
  const watch = await watchPage(page);
  await openApp(page, '?airport=LTFM&confidence=reported');
  await expect(countsLine(page)).toHaveText(expectedCountsLine(0, total));
  const empty = page.getByRole('status', { name: 'No flights' });
  const reported = sample.flights.filter((f) => f.confidence === 'reported').length;
  await expect(empty).toContainText('No flights pass the filters.');
  await expect(empty).toContainText(
    `Without airport LTFM: ${reported} ${reported === 1 ? 'flight' : 'flights'}.`,
  );
  await empty.getByRole('button', { name: 'Clear airport LTFM' }).click();
  await expect(countsLine(page)).toHaveText(expectedCountsLine(reported, total));
  expect(await tableRowCount(page)).toBe(reported);
  await expect(empty).toHaveCount(0);
  await expect(page).not.toHaveURL(/airport=LTFM/);
  expect(watch.errors).toEqual([]);
});

test('a link made on another dataset that leaves 0 flights says so where the flights would be', async ({
  page,
}) => {
  const watch = await watchPage(page);
  await openApp(page, '?airport=LTFM&dataset=my-import-3-0badf00d');
  const empty = page.getByRole('status', { name: 'No flights' });
  await expect(empty).toContainText('This link was made on another dataset (my-import-3-0badf00d)');
  await expect(empty).toContainText(sample.title);
  await empty.getByRole('button', { name: 'Clear airport LTFM' }).click();
  await expect(countsLine(page)).toHaveText(expectedCountsLine(total, total));
  expect(watch.errors).toEqual([]);
});

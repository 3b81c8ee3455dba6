import { test, expect, type Page } from '@playwright/test';
import {
  countsLine,
  expectedCountsLine,
  flightsTable,
  importByPicker,
  importFailure,
  importStatus,
  loadSample,
  openApp,
  routeButton,
  watchPage,
  type PageWatch,
} from './helpers';

const sample = loadSample();

/** Markup that would run script (setting `window.__pwned`) if any of it were ever parsed as HTML. */
function payload(field: string): string {
  return (
    `<img src=x onerror="window.__pwned='${field}'">` +
    `<script>window.__pwned='${field}'</script>` +
    `"><svg onload="window.__pwned='${field}'"></svg> ${field}`
  );
}

/** A contract JSON with markup in every text field; `url` is the one source URL it carries. */
function hostileDataset(url: string) {
  const source = (field: string) => ({
    publisher: payload(`${field}.publisher`),
    title: payload(`${field}.title`),
    url,
    published: '2023-03-06',
  });
  return {
    schemaVersion: 1,
    title: payload('title'),
    description: payload('description'),
    synthetic: true,
    compiledAt: '2024-01-15',
    license: payload('license'),
    airports: [
      { icao: 'UBBB', iata: 'GYD', name: payload('airport.name'), lat: 40.4675, lon: 50.0467, country: 'AZ' },
    ],
    events: [
      {
        date: '2023-09-02',
        title: payload('event.title'),
        description: payload('event.description'),
        sources: [source('event.sources')],
      },
    ],
    flights: [1, 2].map((n) => ({
      id: payload(`id${n}`),
      date: `2023-09-0${n}`,
      origin: 'UBBB',
      destination: 'LLOV',
      operator: payload('operator'),
      callsign: payload('callsign'),
      aircraftType: payload('aircraftType'),
      registration: payload('registration'),
      cargo: payload('cargo'),
      notes: payload('notes'),
      confidence: 'synthetic',
      sources: [source('flight.sources')],
    })),
  };
}

interface Watched extends PageWatch {
  dialogs: string[];
}

async function setUp(page: Page): Promise<Watched> {
  const watch = await watchPage(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await openApp(page);
  return { ...watch, dialogs };
}

/** Nothing from the file ran or became markup. */
async function expectNothingInjected(page: Page, watch: Watched) {
  expect(watch.dialogs, 'dialogs opened').toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  const injected = await page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) {
        if (/^on/i.test(attr)) found.push(`${el.tagName} ${attr}`);
      }
      if (el.tagName === 'SCRIPT' && (el.textContent ?? '').includes('__pwned')) found.push('inline script');
      if (el.tagName === 'IMG' && el.getAttribute('src') === 'x') found.push('img src=x');
    }
    return found;
  });
  expect(injected, 'elements or handlers injected from the file').toEqual([]);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  // An injected <img src=x> would also have tried to fetch /x.
  expect(watch.errors.filter((e) => /csp:|pageerror/.test(e))).toEqual([]);
}

test('a dataset with a javascript: source URL is refused, naming the url field', async ({ page }) => {
  const watch = await setUp(page);
  const text = JSON.stringify(hostileDataset("javascript:window.__pwned='url'"));
  await importByPicker(page, 'hostile.json', text, 'application/json');

  const panel = importFailure(page);
  await expect(panel).toBeVisible();
  const urlErrors = panel.getByRole('listitem').filter({ hasText: /field sources\[1\]\.url: / });
  expect(await urlErrors.count()).toBeGreaterThanOrEqual(1);
  await expect(urlErrors.first()).toContainText('url');
  // The flight ids are themselves markup, quoted as plain text in the message.
  await expect(panel.getByRole('listitem').filter({ hasText: '<script>' }).first()).toBeVisible();

  await expect(page.getByRole('heading', { level: 1 })).toContainText(sample.title);
  await expect(countsLine(page)).toHaveText(expectedCountsLine(sample.flights.length, sample.flights.length));
  await expectNothingInjected(page, watch);
});

test('HTML in every text field imports as literal text and never runs', async ({ page }) => {
  const watch = await setUp(page);
  const dataset = hostileDataset('https://example.org/report?a=<b>&c="d"');
  await importByPicker(page, 'html-text.json', JSON.stringify(dataset), 'application/json');
  await expect(importStatus(page)).toBeVisible();
  await expect(countsLine(page)).toHaveText(expectedCountsLine(2, 2));

  // Shown as the characters it is made of.
  await expect(page.getByRole('heading', { level: 1 })).toContainText(payload('title'));
  const rows = flightsTable(page).getByRole('row');
  await expect(rows.filter({ hasText: payload('operator') })).toHaveCount(2);
  await expect(page.getByRole('combobox', { name: 'Operator' }).getByRole('option')).toContainText([
    payload('operator'),
  ]);
  await expect(
    page.getByRole('button', { name: `Event: 2023-09-02 ${payload('event.title')}` }),
  ).toBeAttached();

  // The event's tooltip shows its description and source as text.
  await page.getByRole('button', { name: `Event: 2023-09-02 ${payload('event.title')}` }).hover();
  const tip = page.getByRole('tooltip').filter({ hasText: payload('event.title') });
  await expect(tip).toContainText(payload('event.description'));
  await expect(tip).toContainText(payload('event.sources.title'));

  // The route's panel names the airport; a flight's details show every text field.
  await routeButton(page, 'UBBB', 'LLOV').click();
  const routePanel = page.getByRole('region', { name: 'Selected route' });
  await expect(routePanel.getByRole('heading', { level: 2 })).toContainText(payload('airport.name'));
  await routePanel.getByRole('button', { name: new RegExp('2023-09-01') }).click();
  const details = page.getByRole('region', { name: 'Selected flight' });
  for (const field of ['id1', 'operator', 'callsign', 'aircraftType', 'registration', 'cargo', 'notes']) {
    await expect(details).toContainText(payload(field));
  }
  await expect(details.getByRole('link', { name: /flight\.sources\.publisher/ })).toHaveAttribute(
    'href',
    /^https:\/\/example\.org\//,
  );

  await expectNothingInjected(page, watch);
});

test('a Windows-1252 CSV (Excel\'s plain "CSV (Comma delimited)") keeps its letters and names the encoding', async ({
  page,
}) => {
  await openApp(page);
  const csv =
    'id,date,origin,destination,confidence,sources,operator\n' +
    'cp1252-1,2023-03-02,UBBB,LLOV,reported,Diario,Compañía Aérea\n';
  // Windows-1252: ñ = F1, í = ED, é = E9 (each one byte, none of them valid UTF-8 alone).
  const bytes = Buffer.from([...csv].map((c) => ({ ñ: 0xf1, í: 0xed, é: 0xe9 })[c] ?? c.charCodeAt(0)));
  await page
    .getByLabel('Import flights file')
    .setInputFiles({ name: 'excel.csv', mimeType: 'text/csv', buffer: bytes });

  const status = page.getByRole('status').filter({ hasText: /^Imported .* from / });
  await expect(status).toBeVisible();
  await expect(status).toContainText('read as Windows-1252');
  // The summary line itself names it, not only the warnings under it.
  await expect(status).toContainText(/^Imported 1 flight from excel\.csv \([^)]*, read as Windows-1252\)\./);
  await expect(flightsTable(page).getByRole('row').filter({ hasText: 'Compañía Aérea' })).toHaveCount(1);
  await expect(flightsTable(page)).not.toContainText('\ufffd');
});

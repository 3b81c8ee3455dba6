// The preview server's security headers, and the app running under its CSP without a single violation.
import { expect, test, type APIResponse } from '@playwright/test';
import { browserIdle, routePoint } from './helpers';

/** Directive name → its sources, from a Content-Security-Policy header value. */
function parseCsp(header: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const SAFE_REFERRER_POLICIES = [
  'no-referrer',
  'same-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
];

function expectSecurityHeaders(response: APIResponse, what: string) {
  expect(response.ok(), `${what}: status ${response.status()}`).toBe(true);
  const headers = response.headers();
  const csp = headers['content-security-policy'];
  expect(csp, `${what}: Content-Security-Policy header`).toBeTruthy();
  const directives = parseCsp(csp ?? '');

  expect(directives.get('default-src'), `${what}: default-src`).toEqual(["'self'"]);
  const scriptSrc = directives.get('script-src') ?? [];
  expect(scriptSrc, `${what}: script-src`).toContain("'self'");
  for (const unsafe of [
    "'unsafe-inline'",
    "'unsafe-eval'",
    "'unsafe-hashes'",
    '*',
    'data:',
    'http:',
    'https:',
  ]) {
    expect(scriptSrc, `${what}: script-src must not allow ${unsafe}`).not.toContain(unsafe);
  }
  // Images: the app itself, data:/blob: URLs, and at most one named https tile host (no wildcards).
  const imgSrc = directives.get('img-src') ?? [];
  expect(imgSrc, `${what}: img-src`).toContain("'self'");
  const hosts = imgSrc.filter((s) => !["'self'", 'data:', 'blob:'].includes(s));
  expect(hosts.length, `${what}: img-src hosts ${hosts.join(' ')}`).toBeLessThanOrEqual(1);
  for (const host of hosts)
    expect(host, `${what}: img-src host`).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}$/);
  expect(directives.get('object-src'), `${what}: object-src`).toEqual(["'none'"]);
  expect(directives.get('frame-ancestors'), `${what}: frame-ancestors`).toEqual(["'none'"]);

  expect(headers['x-content-type-options'], `${what}: X-Content-Type-Options`).toBe('nosniff');
  expect(SAFE_REFERRER_POLICIES, `${what}: Referrer-Policy`).toContain(headers['referrer-policy']);
}

test('the page and a script asset are served with the security headers', async ({ request }) => {
  const page = await request.get('/');
  expectSecurityHeaders(page, '/');
  const html = await page.text();
  const script = /<script\b[^>]*\bsrc="([^"]+\.js)"/.exec(html)?.[1];
  expect(script, 'an entry script in index.html').toBeTruthy();
  const asset = await request.get(script!);
  expectSecurityHeaders(asset, script!);
  expect(asset.headers()['content-type']).toMatch(/javascript/);
  // No inline script in the HTML: script-src 'self' would block it.
  expect(html).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>/);
});

/** A contract CSV of `n` synthetic flights whose airports come from the gazetteer (no names or coordinates). */
function smallCsv(n: number): string {
  const header =
    'id,date,departureTime,arrivalTime,origin,origin_name,origin_lat,origin_lon,destination,destination_name,' +
    'destination_lat,destination_lon,operator,callsign,aircraftType,registration,icao24,cargo,confidence,sources,notes';
  const rows = Array.from({ length: n }, (_, i) => {
    const date = `2023-09-${String(1 + (i % 28)).padStart(2, '0')}`;
    const [origin, destination] = i % 2 ? ['LLOV', 'UBBB'] : ['UBBB', 'LLOV'];
    return `csp-${i},${date},,,${origin},,,,${destination},,,,Example Cargo,,Il-76TD,,,,synthetic,CSP test,`;
  });
  return [header, ...rows].join('\r\n') + '\r\n';
}

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

test('the app renders, reacts and imports a file under the CSP with no violation', async ({ page }) => {
  await page.addInitScript(() => {
    const list: unknown[] = [];
    (window as unknown as { __cspViolations: unknown[] }).__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) => {
      list.push({
        directive: e.effectiveDirective || e.violatedDirective,
        blocked: e.blockedURI,
        source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        sample: e.sample,
      });
    });
  });
  // Violations inside the import worker do not reach the document: the console reports them.
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto('/');
  await expect(page.locator('.leaflet-overlay-pane canvas')).toBeAttached();
  await expect(page.locator('svg .tl-bars').first()).toBeAttached();
  await expect(page.getByRole('table', { name: 'Flights' }).locator('tbody tr').first()).toBeAttached();

  // Interactions that create styled elements at run time: map tooltips, the selection panel, a dialog,
  // the dark theme, the publisher list.
  await page.getByRole('button', { name: /^UBBB → LLOV/ }).click();
  await expect(page.getByRole('region', { name: 'Selected route' })).toBeVisible();
  const [x, y] = await routePoint(page, 'UBBB>LLOV');
  await page.mouse.move(x, y);
  await expect(page.locator('.leaflet-tooltip').filter({ hasText: 'UBBB → LLOV' })).toBeVisible();
  await page.getByRole('button', { name: 'About this data' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await page.getByLabel('Theme').selectOption('dark');
  await page.getByText('Source publisher').click();

  // The import runs in a Web Worker (worker-src) and may fetch the gazetteer (connect-src).
  await page.getByLabel('Import flights file').setInputFiles({
    name: 'flights.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(smallCsv(25)),
  });
  await expect(page.locator('.counts-line')).toHaveText(/^\s*25 flights\s*$/, { timeout: 20_000 });
  // Let late work (fonts, tiles, idle callbacks) report too.
  await browserIdle(page);

  const violations = await page.evaluate(
    () => (window as unknown as { __cspViolations: Violation[] }).__cspViolations,
  );
  const described = violations.map((v) => `${v.directive} blocked ${v.blocked} at ${v.source} ${v.sample}`);
  expect(described, 'securitypolicyviolation events').toEqual([]);
  expect(refused, 'CSP messages on the console').toEqual([]);
  expect(errors, 'page errors').toEqual([]);
});

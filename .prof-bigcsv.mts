import { chromium } from '@playwright/test';
import playwrightConfig from '/work/main/playwright.config';
import { startPreview, freePort } from '/work/main/tests/bench/browser-server';
import { countsText, loadProbeScript } from '/work/main/tests/bench/browser-inpage';
const file = '/tmp/prof/data/flights-1000000.csv';
const server = await startPreview('/work/main', process.env.DIST ?? '/work/main/dist', await freePort());
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: playwrightConfig.use?.launchOptions?.args ?? [] });
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript({ content: `(() => {
    const W = window.Worker; window.__marks = [];
    window.Worker = class extends W { constructor(...a) { super(...a); this.addEventListener('message', (e) => {
      const d = e.data; const t = performance.now();
      if (d && d.type === 'progress') { if (!window.__firstP) window.__firstP = t; window.__lastP = t; window.__lastFrac = d.fraction; }
      else if (d && d.type) window.__marks.push([d.type, t]);
    }); } };
    const po = window.HTMLInputElement.prototype;
  })();` });
  await context.addInitScript({ content: loadProbeScript(1_000_000) });
  const page = await context.newPage();
  page.on('console', (m) => console.log('console:', m.text()));
  await page.goto(server.url);
  await page.locator('.counts-line').waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 500 }); await cdp.send('Profiler.start');
  const t0 = await page.evaluate(() => performance.now());
  await page.locator('input[type="file"][aria-label="Import flights file"]').setInputFiles(file);
  const re = new RegExp(`^\\s*${countsText(1_000_000)}\\s*$`);
  await page.locator('.counts-line').filter({ hasText: re }).waitFor({ timeout: 300_000 });
  const t1 = await page.evaluate(() => performance.now());
  const painted = await page.evaluate(`window.__airliftLoad.then((t) => t.painted)`) as number;
  const { profile } = await cdp.send('Profiler.stop');
  (await import('node:fs')).writeFileSync('/tmp/prof/cpu3/main.cpuprofile', JSON.stringify(profile));
  const m = await page.evaluate(() => ({ firstP: (window as any).__firstP, lastP: (window as any).__lastP, marks: (window as any).__marks }));
  console.log(JSON.stringify({ t0, firstP: m.firstP - t0, lastP: m.lastP - t0, marks: m.marks.slice(-2).map((x: any) => [x[0], x[1] - t0]), shown: t1 - t0, painted: painted - t0 }));
} finally { await browser.close(); await server.stop(); }

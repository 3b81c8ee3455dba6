import { chromium } from '@playwright/test';
import playwrightConfig from '/work/main/playwright.config';
import { startPreview, freePort } from '/work/main/tests/bench/browser-server';
import { benchBigCsv } from '/work/main/tests/bench/browser-big-csv';
const server = await startPreview('/work/main', process.env.DIST ?? '/work/main/dist', await freePort());
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...(playwrightConfig.use?.launchOptions?.args ?? []), '--enable-precise-memory-info'] });
try { console.log(JSON.stringify(await benchBigCsv(browser, server.url, '/tmp/prof/data'), null, 1)); } finally { await browser.close(); await server.stop(); }

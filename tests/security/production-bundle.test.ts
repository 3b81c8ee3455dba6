// `npm start`'s bundle carries no test hook: the hooks that browser tests drive (window.airliftMapDebug,
// window.airliftForceRenderError) exist only in a build with VITE_TEST_HOOKS=true. One production build
// into a temporary folder, then every emitted script is searched.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const HOOKS = ['airliftMapDebug', 'airliftForceRenderError', 'airliftHistory'];

function scripts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

describe('the production bundle', () => {
  let outDir = '';
  let bundle: string[] = [];
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'airlift-prod-'));
    const saved = process.env.VITE_TEST_HOOKS;
    delete process.env.VITE_TEST_HOOKS; // as `npm start` builds, whatever the shell running the tests has set
    try {
      await build({
        root: ROOT,
        configFile: join(ROOT, 'vite.config.ts'),
        mode: 'production',
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true },
      });
    } finally {
      if (saved !== undefined) process.env.VITE_TEST_HOOKS = saved;
    }
    bundle = scripts(outDir);
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('holds the app (the search looks at real output)', () => {
    expect(bundle.length).toBeGreaterThan(0);
    expect(bundle.some((js) => js.includes('Only flights with an airport on the map'))).toBe(true);
  });

  it.each(HOOKS)('does not contain the test hook %s', (hook) => {
    // The name is what the sources install: searching for it means something.
    const sources = [
      readFileSync(join(ROOT, 'src/map/MapTestHooks.tsx'), 'utf8'),
      readFileSync(join(ROOT, 'src/app/ErrorBoundary.tsx'), 'utf8'),
      readFileSync(join(ROOT, 'src/io/journal-test-hooks.ts'), 'utf8'),
    ].join('\n');
    expect(sources).toContain(hook);
    expect(bundle.filter((js) => js.includes(hook))).toEqual([]);
  });
});

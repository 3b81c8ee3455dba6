// The track import as the app ships it: built by vite (the same bundler and target as `npm run build`)
// into a temporary module and imported from there. Under tsx every cross-module constant (AIR, GROUND,
// the scanner's row bits…) is read through a getter, ~12% of the readsb import's time in a profile;
// the shipped bundle inlines them. The readsb figure times this build, so it measures what runs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Rollup } from 'vite';
import type * as ShippedEntry from './shipped-entry';

export type Shipped = typeof ShippedEntry;

export async function shippedTracks(): Promise<Shipped> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: {
        entry: new URL('./shipped-entry.ts', import.meta.url).pathname,
        formats: ['es'],
        fileName: 'shipped',
      },
    },
  });
  const output = (Array.isArray(out) ? out[0] : out) as Rollup.RollupOutput;
  const dir = mkdtempSync(join(tmpdir(), 'airlift-bench-'));
  try {
    for (const chunk of output.output)
      if (chunk.type === 'chunk') writeFileSync(join(dir, chunk.fileName), chunk.code);
    const entry = output.output.find((c) => c.type === 'chunk' && c.isEntry);
    if (!entry) throw new Error('vite built no entry chunk');
    return (await import(pathToFileURL(join(dir, entry.fileName)).href)) as Shipped;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

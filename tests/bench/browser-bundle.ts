// Sizes of the production bundle in dist/: what the first page load must fetch, and what loads later.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AssetSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleReport {
  /** The entry script and its modulepreload links. */
  initialJs: AssetSize[];
  /** Stylesheets linked from index.html. */
  initialCss: AssetSize[];
  /** Every other file under dist/assets (workers, lazy chunks, data). */
  lazy: AssetSize[];
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];

/** The local asset paths (as written in the HTML) of the entry scripts, modulepreloads and stylesheets. */
export function initialAssets(html: string): { js: string[]; css: string[] } {
  const js: string[] = [];
  const css: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src && attr(tag, 'type') === 'module') js.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(tag, 'rel');
    const href = attr(tag, 'href');
    if (!href || href.startsWith('data:')) continue;
    if (rel === 'modulepreload') js.push(href);
    if (rel === 'stylesheet') css.push(href);
  }
  return { js, css };
}

function sizeOf(dist: string, webPath: string): AssetSize {
  const file = webPath.replace(/^\//, '');
  const content = readFileSync(join(dist, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content).length };
}

/** Reads dist/index.html and dist/assets, gzipping each file (zlib default level, as most servers do). */
export function bundleReport(dist: string): BundleReport {
  const { js, css } = initialAssets(readFileSync(join(dist, 'index.html'), 'utf8'));
  const initialJs = js.map((p) => sizeOf(dist, p));
  const initialCss = css.map((p) => sizeOf(dist, p));
  const initial = new Set([...initialJs, ...initialCss].map((a) => a.file));
  const lazy = readdirSync(join(dist, 'assets'))
    .map((name) => `assets/${name}`)
    .filter((file) => !initial.has(file))
    .map((file) => sizeOf(dist, file))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { initialJs, initialCss, lazy };
}

export const totalGzip = (assets: AssetSize[]): number => assets.reduce((sum, a) => sum + a.gzipBytes, 0);

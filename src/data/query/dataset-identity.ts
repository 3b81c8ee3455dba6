/**
 * A dataset's identity for links: a short slug of its title, its flight count and a 32-bit FNV-1a hash
 * of its title and every flight id in order ("airlift-sample-109-1a2b3c4d"). The same file gives the
 * same identity in any browser; an added or changed flight, or another title, gives another. It names,
 * it does not protect: two datasets may share an identity by chance (one in four billion).
 */
import type { Dataset } from '../contract';

/** FNV-1a over the UTF-16 code units of `parts`, each followed by a separator (U+001F). */
function fnv1a(parts: Iterable<string>): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      h ^= part.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f; // unit separator: "ab"+"c" and "a"+"bc" hash apart
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function* identityParts(dataset: Pick<Dataset, 'title' | 'flights'>): Generator<string> {
  yield dataset.title;
  for (const flight of dataset.flights) yield flight.id;
}

/** The identity a link carries as `dataset=…` (only `a-z 0-9 -`, at most 44 characters). */
export function datasetIdentity(dataset: Pick<Dataset, 'title' | 'flights'>): string {
  const slug = dataset.title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 24)
    .replace(/-+$/, '');
  const hash = fnv1a(identityParts(dataset)).toString(16).padStart(8, '0');
  return `${slug ? `${slug}-` : ''}${dataset.flights.length}-${hash}`;
}

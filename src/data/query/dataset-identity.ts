/**
 * A dataset's identity for links: a short slug of its title, its flight count and a 32-bit FNV-1a hash
 * of its title and every flight id in order ("airlift-sample-109-1a2b3c4d"). The same file gives the
 * same identity in any browser; an added or changed flight, or another title, gives another. It names,
 * it does not protect: two datasets may share an identity by chance (one in four billion).
 */
import type { Dataset } from '../contract';

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a of `h` extended by the UTF-16 code units of `part`, then a separator (U+001F). */
function fnv1aPart(h: number, part: string): number {
  for (let i = 0; i < part.length; i++) {
    h ^= part.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= 0x1f; // unit separator: "ab"+"c" and "a"+"bc" hash apart
  return Math.imul(h, 0x01000193);
}

// The title, then every flight id in order (a plain loop: a generator per id cost more than the hash).
function identityHash(dataset: Pick<Dataset, 'title' | 'flights'>): number {
  let h = fnv1aPart(FNV_OFFSET, dataset.title);
  const flights = dataset.flights;
  for (let i = 0; i < flights.length; i++) h = fnv1aPart(h, flights[i]!.id);
  return h >>> 0;
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
  const hash = identityHash(dataset).toString(16).padStart(8, '0');
  return `${slug ? `${slug}-` : ''}${dataset.flights.length}-${hash}`;
}

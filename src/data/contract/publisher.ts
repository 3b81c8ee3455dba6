/**
 * When two source publishers are the same publisher. Every place that counts or lists publishers
 * ("at least two independent sources", a route's publisher count, the publisher filter and its list,
 * the selection's and the About panel's counts) compares them by `publisherKey`, so that "Haaretz",
 * "haaretz " and "Haaretz (via armenianclub.com)" are one publisher. data/FORMAT.md, "Source publishers".
 */

// A republication names its original: `Original (via Republisher)`; `(republished by …)` and
// `(republished via …)` are read the same way. Only a trailing parenthesis counts, so a name that merely
// contains "via" ("Via Rail") is its own publisher.
const REPUBLICATION = /\s*\(\s*(?:via|republished\s+by|republished\s+via)\s+([^()]*?)\s*\)\s*$/iu;
// Format characters (zero-width space and joiners, bidirectional marks, BOM) show as nothing.
const INVISIBLE = /\p{Cf}/gu;
const SPACES = /\s+/gu;

function clean(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** The original publisher's name as written (Unicode NFKC, spaces collapsed), without the republication. */
export function originalPublisher(publisher: string): string {
  const name = clean(publisher);
  const original = name.replace(REPUBLICATION, '').trim();
  // "(via X)" alone names no original: keep it as written rather than make an empty publisher.
  return original === '' ? name : original;
}

/** Who republished the source, when its publisher is written `Original (via Republisher)`. */
export function republisherOf(publisher: string): string | undefined {
  const name = clean(publisher);
  const m = REPUBLICATION.exec(name);
  return m && name.slice(0, m.index).trim() !== '' && m[1] ? m[1] : undefined;
}

/**
 * The value publishers are compared by: the original publisher, after Unicode NFKC, without invisible
 * format characters, with runs of white space as one space, trimmed, in lower case.
 */
export function publisherKey(publisher: string): string {
  return originalPublisher(publisher).toLowerCase();
}

/** How many independent publishers a list of sources has (distinct `publisherKey`s). */
export function independentPublishers(sources: readonly { publisher: string }[]): number {
  if (sources.length < 2) return sources.length;
  return new Set(sources.map((s) => publisherKey(s.publisher))).size;
}

/**
 * The rule of honesty (contract v2, "Review and curation"): a flight whose only source is the sample
 * generator stays `synthetic`, whatever else is said about it, until a real source is added. Checked by
 * the validator (every import) and so by every edit, which runs the same validator.
 */
import type { Source } from '../contract';
import { publisherKey } from '../contract';

/**
 * The publisher the sample generator cites (src/data/sample GENERATOR_PUBLISHER, tracks'
 * SYNTHETIC_PUBLISHER; a test keeps them equal). Defined here so the validator does not pull in the
 * generator and its gazetteer.
 */
export const SAMPLE_GENERATOR_PUBLISHER = 'Airlift sample generator';
const GENERATOR_KEY = publisherKey(SAMPLE_GENERATOR_PUBLISHER);
const GENERATOR_WORD = /generator/i;

function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** True when the source is the sample generator (publishers compared by publisherKey). */
export function isGeneratorSource(source: Pick<Source, 'publisher'>): boolean {
  const p = source.publisher;
  if (p === SAMPLE_GENERATOR_PUBLISHER) return true;
  // Plain ASCII is unchanged by NFKC and holds no invisible characters: without the word it cannot
  // match, and the full key (normalize, regexes) is skipped for nearly every real publisher.
  if (isPlainAscii(p) && !GENERATOR_WORD.test(p)) return false;
  return publisherKey(p) === GENERATOR_KEY;
}

/** True when there are sources and every one is the sample generator. */
export function onlyGeneratorSources(sources: readonly Pick<Source, 'publisher'>[]): boolean {
  if (sources.length === 0) return false;
  for (const source of sources) if (!isGeneratorSource(source)) return false;
  return true;
}

/** The error for a non-synthetic confidence on a generator-only flight (field `confidence`). */
export function generatorOnlyProblem(confidence: string): string {
  return (
    `"${confidence}" is not possible: the only source is the sample generator, so the flight stays ` +
    'synthetic until a real source is added'
  );
}

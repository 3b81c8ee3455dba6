/**
 * The naive reference for the CSV `sources` cell encoding (contract/source-codec.ts): parts as plain
 * lists, every part escaped, joined with the contract's separators.
 */
import { escapePart } from '../../src/data/contract';

/** Encodes lists of parts (one list per source) as one cell. */
export function encodeSourceParts(sources: readonly (readonly string[])[]): string {
  return sources.map((parts) => parts.map(escapePart).join('; ')).join(' | ');
}

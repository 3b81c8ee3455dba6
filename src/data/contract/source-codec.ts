/**
 * The CSV `sources` cell: sources joined by ` | `, each `publisher; title; url; published` (an absent part
 * is empty). Inside a part a backslash, `;` or `|` is written `\\`, `\;` or `\|`, so any text survives.
 * Decoding strips the one space the separators add (and tolerates hand-written cells without it).
 */
import type { Source } from './types';

const SPECIAL = /[\\;|]/;
const SPECIAL_ALL = /[\\;|]/g;

function escapePart(part: string): string {
  return SPECIAL.test(part) ? part.replace(SPECIAL_ALL, '\\$&') : part;
}

/** Encodes lists of parts (one list per source) as one cell. */
export function encodeSourceParts(sources: readonly (readonly string[])[]): string {
  let out = '';
  for (let s = 0; s < sources.length; s++) {
    if (s > 0) out += ' | ';
    const parts = sources[s];
    for (let p = 0; p < parts.length; p++) {
      if (p > 0) out += '; ';
      out += escapePart(parts[p]);
    }
  }
  return out;
}

/** Encodes sources as the contract's `sources` cell. */
export function encodeSources(sources: readonly Source[]): string {
  // Written directly (no part arrays): this runs once per exported flight.
  let out = '';
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    if (i > 0) out += ' | ';
    out += escapePart(s.publisher) + '; ';
    if (s.title !== undefined) out += escapePart(s.title);
    out += '; ';
    if (s.url !== undefined) out += escapePart(s.url);
    out += '; ';
    if (s.published !== undefined) out += escapePart(s.published);
  }
  return out;
}

/** Splits a `sources` cell into the parts of each source. An empty cell has no sources. */
export function decodeSourceParts(cell: string): string[][] {
  if (cell === '') return [];
  if (cell.indexOf('\\') === -1) return decodeUnescaped(cell);
  const sources: string[][] = [];
  let parts: string[] = [];
  let cur = '';
  const n = cell.length;
  for (let i = 0; i < n; i++) {
    const c = cell[i];
    if (c === '\\' && i + 1 < n) {
      const next = cell[i + 1];
      if (next === '\\' || next === ';' || next === '|') {
        cur += next;
        i++;
        continue;
      }
      cur += c;
    } else if (c === ';') {
      parts.push(cur);
      cur = '';
      if (cell[i + 1] === ' ') i++;
    } else if (c === '|') {
      parts.push(cur.endsWith(' ') ? cur.slice(0, -1) : cur);
      sources.push(parts);
      parts = [];
      cur = '';
      if (cell[i + 1] === ' ') i++;
    } else {
      cur += c;
    }
  }
  parts.push(cur);
  sources.push(parts);
  return sources;
}

// Fast path for the common cell without escapes: plain splits.
function decodeUnescaped(cell: string): string[][] {
  const chunks = cell.split('|');
  const last = chunks.length - 1;
  const sources: string[][] = new Array(chunks.length);
  for (let s = 0; s <= last; s++) {
    let chunk = chunks[s];
    if (s > 0 && chunk.charCodeAt(0) === 32) chunk = chunk.slice(1);
    if (s < last && chunk.endsWith(' ')) chunk = chunk.slice(0, -1);
    const parts = chunk.split(';');
    for (let p = 1; p < parts.length; p++) {
      if (parts[p].charCodeAt(0) === 32) parts[p] = parts[p].slice(1);
    }
    sources[s] = parts;
  }
  return sources;
}

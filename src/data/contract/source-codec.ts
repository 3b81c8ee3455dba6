/**
 * The CSV `sources` cell: sources joined by ` | `, each `publisher; title; url; published` (an absent part
 * is empty). Inside a part a backslash, `;` or `|` is written `\\`, `\;` or `\|`, so any text survives.
 * Decoding strips the one space the separators add (and tolerates hand-written cells without it).
 */
import type { Source } from './types';

const SPECIAL = /[\\;|]/;
const SPECIAL_ALL = /[\\;|]/g;

/** One part (or tag) with `\\`, `;` and `|` escaped. */
export function escapePart(part: string): string {
  return SPECIAL.test(part) ? part.replace(SPECIAL_ALL, '\\$&') : part;
}

/** Encodes sources as the contract's `sources` cell. */
export function encodeSources(sources: readonly Source[]): string {
  // Written directly (no part arrays): this runs once per exported flight.
  let out = '';
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i]!; // i < length
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
      const next = cell[i + 1] ?? '';
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
    let chunk = chunks[s] ?? '';
    if (s > 0 && chunk.charCodeAt(0) === 32) chunk = chunk.slice(1);
    if (s < last && chunk.endsWith(' ')) chunk = chunk.slice(0, -1);
    const parts = chunk.split(';');
    for (let p = 1; p < parts.length; p++) {
      const part = parts[p] ?? '';
      if (part.charCodeAt(0) === 32) parts[p] = part.slice(1);
    }
    sources[s] = parts;
  }
  return sources;
}

/** Encodes tags as the v2 `tags` cell: joined by ` | `, each escaped as a source part. */
export function encodeTags(tags: readonly string[]): string {
  let out = '';
  for (let i = 0; i < tags.length; i++) out += (i > 0 ? ' | ' : '') + escapePart(tags[i] ?? '');
  return out;
}

/**
 * Splits a `tags` cell. A `;` has no meaning between tags, so it is kept as text whether escaped or not;
 * `\\` and `\|` are unescaped. An empty cell has no tags.
 */
export function decodeTags(cell: string): string[] {
  if (cell === '') return [];
  const tags: string[] = [];
  let cur = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i] as string;
    const next = cell[i + 1];
    if (c === '\\' && (next === '\\' || next === ';' || next === '|')) {
      cur += next;
      i++;
    } else if (c === '|') {
      tags.push(cur.endsWith(' ') ? cur.slice(0, -1) : cur);
      cur = '';
      if (cell[i + 1] === ' ') i++;
    } else cur += c;
  }
  tags.push(cur);
  return tags;
}

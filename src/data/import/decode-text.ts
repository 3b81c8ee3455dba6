/**
 * Bytes → text, with the encoding said out loud. A file is UTF-8 unless it starts with a UTF-16 byte
 * order mark, or is not valid UTF-8: then it is read as Windows-1252, which is what Excel's plain
 * "CSV (Comma delimited)" writes on Windows (`Blob.text()` would turn its `ñ` and `é` into U+FFFD and
 * the import would succeed with "Compa��a"). Every decoder here is fatal: no U+FFFD is ever made up,
 * only kept where the file itself holds one. `TextDecoder` knows all four encodings in browsers, in
 * workers and in Node (with its default full ICU).
 */

import type { Issue } from '../contract';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** How the summary names each encoding. */
export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252',
};

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; encoding: TextEncodingName; error: string };

/** The encoding a byte order mark names (UTF-8, UTF-16 LE/BE), or undefined when there is none. */
export function bomEncoding(head: Uint8Array): TextEncodingName | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Thrown by {@link ChunkDecoder.push} when a file taken for UTF-8 is not: read it again as Windows-1252. */
export class NotUtf8Error extends Error {
  constructor() {
    super('not valid UTF-8');
    this.name = 'NotUtf8Error';
  }
}

/** Thrown when a file with a UTF-16 byte order mark holds bytes that are not UTF-16. */
export class BadUtf16Error extends Error {
  constructor(readonly encoding: TextEncodingName) {
    super(`the file starts with a ${ENCODING_LABELS[encoding]} byte order mark but is not valid UTF-16`);
    this.name = 'BadUtf16Error';
  }
}

// A BOM is at most 3 bytes: wait for them before choosing.
const BOM_BYTES = 3;

/**
 * Decodes a file chunk by chunk (a 200 MB file is never one byte array). The encoding is chosen on the
 * first bytes: a BOM, else UTF-8, or `forced` (Windows-1252 on the second reading). The BOM is dropped.
 */
export class ChunkDecoder {
  private decoder: TextDecoder | undefined;
  private head: Uint8Array = new Uint8Array(0);
  encoding: TextEncodingName;

  constructor(private readonly forced?: TextEncodingName) {
    this.encoding = forced ?? 'utf-8';
  }

  /** The text of one more chunk (may be '' while the first bytes are gathered). */
  push(chunk: Uint8Array): string {
    if (this.decoder === undefined) {
      const head = new Uint8Array(this.head.length + chunk.length);
      head.set(this.head);
      head.set(chunk, this.head.length);
      if (head.length < BOM_BYTES) {
        this.head = head;
        return '';
      }
      this.head = new Uint8Array(0);
      return this.decode(head.subarray(this.start(head)), true);
    }
    return this.decode(chunk, true);
  }

  /** The last of the text (bytes held back at a chunk's end). */
  end(): string {
    if (this.decoder === undefined) {
      const head = this.head;
      this.head = new Uint8Array(0);
      return this.decode(head.subarray(this.start(head)), false);
    }
    return this.decode(new Uint8Array(0), false);
  }

  /** Chooses the encoding; returns how many leading bytes to skip (a UTF-8 BOM on a forced reading). */
  private start(head: Uint8Array): number {
    const bom = bomEncoding(head);
    this.encoding = this.forced ?? bom ?? 'utf-8';
    // ignoreBOM false: the decoder drops the BOM of its own encoding.
    this.decoder = new TextDecoder(this.encoding, { fatal: true, ignoreBOM: false });
    return this.forced !== undefined && bom === 'utf-8' ? 3 : 0;
  }

  private decode(bytes: Uint8Array, stream: boolean): string {
    try {
      return (this.decoder as TextDecoder).decode(bytes, { stream });
    } catch {
      if (this.encoding === 'utf-8') throw new NotUtf8Error();
      if (this.encoding === 'windows-1252') throw new Error('windows-1252 never fails to decode');
      throw new BadUtf16Error(this.encoding);
    }
  }
}

/** Decodes a whole file's bytes (see {@link ChunkDecoder}): UTF-8, UTF-16 by its BOM, else Windows-1252. */
export function decodeText(bytes: Uint8Array): DecodedText {
  for (const forced of [undefined, 'windows-1252'] as const) {
    const decoder = new ChunkDecoder(forced);
    try {
      const text = decoder.push(bytes) + decoder.end();
      return { ok: true, text, encoding: decoder.encoding };
    } catch (e) {
      if (e instanceof BadUtf16Error) return { ok: false, encoding: e.encoding, error: e.message };
      if (!(e instanceof NotUtf8Error)) throw e;
    }
  }
  throw new Error('windows-1252 never fails to decode');
}

/** The warning an import carries when its file was not read as UTF-8, or undefined for UTF-8. */
export function encodingNote(fileName: string, encoding: TextEncodingName): string | undefined {
  if (encoding === 'utf-8') return undefined;
  const why =
    encoding === 'windows-1252'
      ? 'it is not valid UTF-8 (Excel\'s plain "CSV (Comma delimited)" writes Windows-1252)'
      : 'it starts with a UTF-16 byte order mark';
  return `${fileName}: read as ${ENCODING_LABELS[encoding]}, because ${why}. Check that accented letters look right.`;
}

/** The field an encoding note names: the file's encoding, not a column (the panels pick it out by it). */
export const ENCODING_FIELD = 'encoding';

/** The warning issue an import carries when its file was not read as UTF-8 (see {@link encodingNote}). */
export function encodingIssue(fileName: string, encoding: TextEncodingName): Issue | undefined {
  const message = encodingNote(fileName, encoding);
  return message === undefined ? undefined : { message, field: ENCODING_FIELD };
}

/**
 * Bytes → text, in chunks: gunzips when the bytes start with gzip's magic number (1f 8b), whatever the
 * file is called (ADS-B Exchange serves gzip under `.json`), then decodes UTF-8 or, after a BOM,
 * UTF-16. Decoding is strict: a byte sequence that is not text is an error, never a U+FFFD the file
 * did not contain.
 */
import { Gunzip } from 'fflate';

/** Raised for bytes that are not valid text or not valid gzip; the message is for the analyst. */
export class TextDecodeError extends Error {}

export class ByteText {
  private head: Uint8Array | undefined = new Uint8Array(0) as Uint8Array;
  private gunzip: Gunzip | undefined;
  private decoder: TextDecoder | undefined;
  private pending: Uint8Array = new Uint8Array(0);
  /** True once the bytes were found to be gzip. */
  gzip = false;

  /**
   * `onRaw`, when given, sees each run of UTF-8 bytes (after gunzip) before it is decoded, and may take
   * it instead (returns true): a reader that works on the bytes saves decoding them.
   */
  constructor(
    private readonly onText: (text: string) => void,
    private readonly onRaw?: (bytes: Uint8Array) => boolean,
  ) {}

  /** Feeds the next bytes; `final` on the last call (or call {@link finish}). */
  push(bytes: Uint8Array, final = false): void {
    if (this.head) {
      // Two bytes tell gzip apart; keep the first bytes until there are two.
      const joined = concat(this.head, bytes);
      if (joined.length < 2 && !final) {
        this.head = joined;
        return;
      }
      this.head = undefined;
      this.gzip = joined[0] === 0x1f && joined[1] === 0x8b;
      if (this.gzip) this.gunzip = new Gunzip((data, last) => this.decode(data, last));
      bytes = joined;
    }
    if (this.gunzip) {
      try {
        this.gunzip.push(bytes, final);
      } catch (e) {
        if (e instanceof TextDecodeError) throw e;
        throw new TextDecodeError(
          `the file starts like gzip but does not decompress (${(e as Error).message})`,
        );
      }
    } else this.decode(bytes, final);
  }

  finish(): void {
    this.push(new Uint8Array(0), true);
  }

  private decode(bytes: Uint8Array, final: boolean): void {
    if (!this.decoder) {
      const joined = concat(this.pending, bytes);
      if (joined.length < 3 && !final) {
        this.pending = joined;
        return;
      }
      this.pending = new Uint8Array(0);
      const encoding =
        joined[0] === 0xff && joined[1] === 0xfe
          ? 'utf-16le'
          : joined[0] === 0xfe && joined[1] === 0xff
            ? 'utf-16be'
            : 'utf-8';
      // The decoder drops the BOM itself (ignoreBOM false).
      this.decoder = new TextDecoder(encoding, { fatal: true });
      bytes = joined;
    }
    const decoder = this.decoder;
    if (decoder.encoding === 'utf-8' && this.onRaw?.(bytes)) return;
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: !final });
    } catch {
      throw new TextDecodeError(`the file is not valid ${decoder.encoding.toUpperCase()} text`);
    }
    if (text !== '') this.onText(text);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

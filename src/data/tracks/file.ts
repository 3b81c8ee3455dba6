/**
 * One file of a track import, fed in chunks: bytes (gzip and BOM handled) or text. The first line
 * decides the format; CSV formats stream row by row, JSON and KML are kept until the end and parsed
 * whole (a day's trace is a few MB).
 */
import { CsvStream } from './csv-stream';
import type { FileContext } from './context';
import { PUBLISHERS, type TrackFormat } from './context';
import { ByteText, TextDecodeError } from './text';
import { isStateVectorHeader, stateVectorSink } from './read-states';
import { isFr24Header, fr24Sink } from './read-fr24';
import { jsonTrackFormat, readOpenSkyTracks, readReadsb, readScannedReadsb } from './read-json';
import { scanReadsb } from './readsb-scan';
import { isKml, kmlIsSynthetic, readKml } from './read-kml';
import { MAX_TEXT_LENGTH } from '../validate';

/** The first line of a generated CSV: `# synthetic …`. Real exports never start with `#`. */
export const SYNTHETIC_CSV_MARKER = '# synthetic';

export const NOT_A_TRACK_FORMAT =
  'not a format this app reads as a track: expected a readsb / ADS-B Exchange trace JSON, an OpenSky ' +
  'state-vector CSV or /tracks/all JSON, a Flightradar24 CSV, or a KML track';

export class TrackFile {
  private bytes: ByteText | undefined;
  private head = '';
  private mode: 'sniff' | 'csv' | 'whole' | 'json-bytes' | 'failed' = 'sniff';
  private csv: CsvStream | undefined;
  private parts: string[] = [];
  /**
   * UTF-8 bytes seen while sniffing, then all of them when the file is JSON (see {@link scanReadsb});
   * undefined for text pushed as text, UTF-16, and other formats.
   */
  private rawParts: Uint8Array[] | undefined;
  private length = 0;
  private ended = false;
  /** Bytes pushed so far (for progress). */
  bytesRead = 0;

  constructor(readonly ctx: FileContext) {}

  /** Feeds raw bytes (possibly gzip, possibly with a BOM); `last` on the final chunk saves a flush. */
  pushBytes(chunk: Uint8Array, last = false): void {
    if (this.mode === 'failed') return;
    this.bytesRead += chunk.length;
    this.bytes ??= new ByteText(
      (text) => this.pushText(text),
      (raw) => this.takeRaw(raw),
    );
    this.ended ||= last;
    this.guard(() => this.bytes?.push(chunk, last));
  }

  /** While sniffing, keeps a copy of the bytes; once the file is JSON, keeps only the bytes. */
  private takeRaw(raw: Uint8Array): boolean {
    if (this.mode === 'json-bytes') {
      this.length += raw.length;
      if (this.length > MAX_TEXT_LENGTH) this.tooLong();
      else this.rawParts?.push(raw);
      return true;
    }
    if (this.mode === 'sniff' && this.rawParts === undefined && this.head === '' && startsJsonObject(raw)) {
      // JSON from the first byte: nothing to sniff, and the bytes need no decoding (see parseJsonBytes).
      this.mode = 'json-bytes';
      this.rawParts = [];
      return this.takeRaw(raw);
    }
    if (this.mode === 'sniff') (this.rawParts ??= []).push(raw);
    else this.rawParts = undefined;
    return false;
  }

  private tooLong(): void {
    this.fail(`more than ${MAX_TEXT_LENGTH / 1024 / 1024} MB of JSON or KML in one file`);
  }

  /** Feeds decoded text. */
  pushText(text: string): void {
    if (this.mode === 'failed') return;
    if (this.mode === 'sniff') {
      this.head += text;
      const nl = this.head.indexOf('\n');
      if (nl < 0 && this.head.length < 65536) return;
      this.sniff(false);
      return;
    }
    this.feed(text);
  }

  /** Ends the file: parses what was kept, reports skipped rows. */
  finish(): void {
    if (this.bytes && !this.ended) this.guard(() => this.bytes?.finish());
    if (this.mode === 'sniff') this.sniff(true);
    if (this.mode === 'csv') this.csv?.finish();
    if (this.mode === 'whole') this.parseWhole(this.parts.join(''));
    if (this.mode === 'json-bytes') this.parseJsonBytes();
    this.parts = [];
    this.rawParts = undefined;
    if (this.mode !== 'failed') this.ctx.reportSkipped();
  }

  private guard(run: () => void): void {
    try {
      run();
    } catch (e) {
      if (!(e instanceof TextDecodeError)) throw e;
      this.fail(e.message);
    }
  }

  private fail(what: string): void {
    this.ctx.fileError(what);
    this.mode = 'failed';
    this.parts = [];
  }

  private sniff(end: boolean): void {
    let text = this.head.charCodeAt(0) === 0xfeff ? this.head.slice(1) : this.head;
    this.head = '';
    if (text.startsWith(SYNTHETIC_CSV_MARKER)) {
      const nl = text.indexOf('\n');
      if (nl < 0 && !end) {
        this.head = text;
        return;
      }
      this.ctx.synthetic = true;
      text = nl < 0 ? '' : text.slice(nl + 1);
      if (!end && text.indexOf('\n') < 0) {
        this.head = text;
        return;
      }
    }
    const first = text.trimStart()[0];
    if (first === undefined) {
      if (end) this.fail('the file is empty');
      else this.head = text;
      return;
    }
    if (first === '{' && this.rawParts) {
      // Every byte so far is in rawParts (the sniffed head included): from here on only bytes are kept.
      this.mode = 'json-bytes';
      this.length = this.rawParts.reduce((sum, part) => sum + part.length, 0);
      return;
    }
    this.rawParts = undefined;
    if (first === '{' || first === '<') {
      this.mode = 'whole';
      this.feed(text);
      return;
    }
    const names = (text.split(/\r?\n/, 1)[0] ?? '').split(',').map((n) => n.trim().replace(/^"|"$/g, ''));
    let format: TrackFormat;
    if (isStateVectorHeader(names)) format = 'opensky-states';
    else if (isFr24Header(names)) format = 'fr24';
    else
      return this.fail(`${NOT_A_TRACK_FORMAT} (first line: "${names.slice(0, 8).join(',').slice(0, 120)}")`);
    this.setFormat(format);
    this.mode = 'csv';
    this.csv = new CsvStream(format === 'fr24' ? fr24Sink(this.ctx) : stateVectorSink(this.ctx));
    this.feed(text);
  }

  private setFormat(format: TrackFormat): void {
    this.ctx.format = format;
    this.ctx.publisher ||= PUBLISHERS[format];
  }

  private feed(text: string): void {
    if (this.mode === 'csv') this.csv?.push(text);
    else if (this.mode === 'whole') {
      this.length += text.length;
      if (this.length > MAX_TEXT_LENGTH) return this.tooLong();
      this.parts.push(text);
    }
  }

  /** JSON from its bytes: a readsb trace is scanned directly; anything else is decoded and parsed. */
  private parseJsonBytes(): void {
    const parts = this.rawParts ?? [];
    let bytes = parts.length === 1 ? parts[0]! : concatBytes(parts);
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    const scan = scanReadsb(bytes);
    if (scan) {
      if (scan.top.synthetic === true) this.ctx.synthetic = true;
      this.setFormat('readsb');
      readScannedReadsb(scan, this.ctx);
      return;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return this.fail('the file is not valid UTF-8 text');
    }
    this.parseWhole(text);
  }

  private parseWhole(text: string): void {
    if (text.trimStart().startsWith('<')) {
      if (!isKml(text)) return this.fail(NOT_A_TRACK_FORMAT);
      if (kmlIsSynthetic(text)) this.ctx.synthetic = true;
      this.setFormat('kml');
      try {
        readKml(text, this.ctx);
      } catch (e) {
        // The XML parser or togeojson can throw on documents they cannot handle: an error, not a crash.
        this.fail(
          `not a KML this app can read (${(e as Error).message.split('\n')[0]?.slice(0, 120) ?? ''})`,
        );
      }
      return;
    }
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      return this.fail(`not valid JSON (${(e as Error).message})`);
    }
    const format = jsonTrackFormat(doc);
    if (!format) return this.fail(NOT_A_TRACK_FORMAT);
    const json = doc as Record<string, unknown>;
    if (json.synthetic === true) this.ctx.synthetic = true;
    this.setFormat(format);
    if (format === 'readsb') readReadsb(json, this.ctx);
    else readOpenSkyTracks(json, this.ctx);
  }
}

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The first character, past a UTF-8 BOM and spaces, is `{`. */
function startsJsonObject(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (bytes[i] === 32 || bytes[i] === 10 || bytes[i] === 13 || bytes[i] === 9) i++;
  return bytes[i] === 123;
}

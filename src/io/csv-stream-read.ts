/**
 * Reads a contract CSV `File` chunk by chunk into a ContractCsvStream (src/data/import): bytes are
 * decoded as they arrive and rows are checked as they are parsed, so no whole-file string is ever made
 * and a CSV over 200 MB can be read. A file that is not a contract CSV is noticed in its first rows and
 * left to the whole-text path (`undefined`).
 */
import type { Gazetteer, ImportResult } from '../data/contract';
import type { FlightValuesSink } from '../data/import/csv-read';
import type { TextEncodingName } from '../data/import/decode-text';
import { BadUtf16Error, ChunkDecoder, NotUtf8Error } from '../data/import/decode-text';

/** What the stream reader needs of the data core's ContractCsvStream (injected: see ImportDeps). */
export interface CsvStreamLike {
  state: 'start' | 'contract' | 'other';
  push(text: string): void;
  finish(): ImportResult | undefined;
}

export type MakeCsvStream = (options: {
  fileName?: string;
  gazetteer?: Gazetteer;
  /** Takes each clean flight (csv-read.ts FlightValuesSink); the result then holds none. */
  sink?: FlightValuesSink;
  /** The file's size in bytes: the stream sizes its tables from it. */
  sizeHint?: number;
}) => CsvStreamLike;

export type StreamedCsv =
  | { ok: true; result: ImportResult; encoding: TextEncodingName }
  | { ok: false; encoding: TextEncodingName; error: string };

/** Report at most this often (as a share of the file's bytes). */
const STEP = 0.01;

/**
 * The file read as a contract CSV, or `undefined` when it is not one (JSON, OpenSky, unknown header).
 * As readDecodedText: UTF-8 (or UTF-16 by its BOM), else a second reading as Windows-1252; `onRead`
 * gets the share of bytes read, never going back.
 */
export async function streamContractCsv(
  file: Blob,
  make: MakeCsvStream,
  options: { fileName?: string; gazetteer?: Gazetteer },
  onRead: (share: number) => void,
): Promise<StreamedCsv | undefined> {
  if (typeof file.stream !== 'function') return undefined;
  let reported = 0;
  const rising = (share: number) => {
    if (share - reported >= STEP || (share === 1 && reported < 1)) {
      reported = share;
      onRead(share);
    }
  };
  try {
    return await readAs(file, make({ ...options, sizeHint: file.size }), undefined, rising);
  } catch (e) {
    if (e instanceof BadUtf16Error) return { ok: false, encoding: e.encoding, error: e.message };
    if (!(e instanceof NotUtf8Error)) throw e;
  }
  const start = reported;
  return readAs(file, make({ ...options, sizeHint: file.size }), 'windows-1252', (s) =>
    rising(start + (1 - start) * s),
  );
}

async function readAs(
  file: Blob,
  stream: CsvStreamLike,
  forced: TextEncodingName | undefined,
  onRead: (share: number) => void,
): Promise<StreamedCsv | undefined> {
  const decoder = new ChunkDecoder(forced);
  const reader = file.stream().getReader();
  let read = 0;
  try {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      read += chunk.value.byteLength;
      stream.push(decoder.push(chunk.value));
      if (stream.state === 'other') {
        void reader.cancel().catch(() => {});
        return undefined;
      }
      onRead(file.size > 0 ? Math.min(1, read / file.size) : 1);
    }
    stream.push(decoder.end());
  } catch (e) {
    void reader.cancel().catch(() => {});
    throw e;
  }
  const result = stream.finish();
  return result === undefined ? undefined : { ok: true, result, encoding: decoder.encoding };
}

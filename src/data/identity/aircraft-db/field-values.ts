/**
 * One field's values as rows arrive, in the cheaper of two forms, chosen from the first values seen:
 *
 * - **interned** (type codes, years, operators, owners: few distinct texts): each text gets a code the
 *   first time it is seen and a row keeps only its code, so the row's own string dies young;
 * - **as written** (registrations, serial numbers: nearly every text differs): the texts are kept in row
 *   order. Interning them would hash every one into a Map for nothing: in the 600,000-row bench that Map
 *   was the largest single cost of the import.
 *
 * Either way `column(kept)` gives the table's column for the kept rows in address order.
 */
import type { AircraftColumn } from './table';

/** Values looked at before choosing the form. */
export const SAMPLE = 4096;

export class FieldValues {
  /** Values per row while sampling, and for good in the "as written" form (undefined: none). */
  private texts: (string | undefined)[] | undefined = [];
  /** Codes per row in the interned form (0: none, k: entries[k - 1]). */
  private codes: number[] | undefined;
  private readonly seen = new Map<string, number>();
  private readonly entries: string[] = [];
  private present = 0;

  push(value: string | undefined): void {
    const codes = this.codes;
    if (codes) {
      codes.push(value === undefined ? 0 : this.code(value));
      return;
    }
    const texts = this.texts!;
    texts.push(value);
    if (value !== undefined && ++this.present === SAMPLE) this.choose();
  }

  /** The column over `kept` (raw row indices, in address order). */
  column(kept: readonly number[]): AircraftColumn {
    if (this.texts && this.present < SAMPLE) this.choose();
    const m = kept.length;
    const codes = this.codes;
    if (codes) {
      const out = codeArray(this.entries.length + 1, m);
      for (let r = 0; r < m; r++) out[r] = codes[kept[r]!]!;
      return { codes: out, ...dictionary(this.entries) };
    }
    const texts = this.texts!;
    const entries: string[] = [];
    const out = new Uint32Array(m);
    for (let r = 0; r < m; r++) {
      const v = texts[kept[r]!];
      if (v !== undefined) out[r] = entries.push(v);
    }
    return { codes: out, ...dictionary(entries) };
  }

  private code(text: string): number {
    let code = this.seen.get(text);
    if (code === undefined) this.seen.set(text, (code = this.entries.push(text)));
    return code;
  }

  /**
   * Interned unless nearly every value sampled differs (over 90%: registrations, serial numbers); the
   * sampled rows are interned too. A field of a few thousand texts spread over the file (models) can
   * look two-thirds distinct in its first 4,096 values, and is still far smaller interned.
   */
  private choose(): void {
    const texts = this.texts!;
    const distinct = new Set<string>();
    for (const v of texts) if (v !== undefined) distinct.add(v);
    if (distinct.size > this.present * 0.9) return;
    this.codes = texts.map((v) => (v === undefined ? 0 : this.code(v)));
    this.texts = undefined;
  }
}

/** The smallest unsigned array that holds codes below `limit`. */
function codeArray(limit: number, length: number): AircraftColumn['codes'] {
  if (limit <= 0x100) return new Uint8Array(length);
  if (limit <= 0x10000) return new Uint16Array(length);
  return new Uint32Array(length);
}

function dictionary(entries: readonly string[]): { text: string; starts: Uint32Array } {
  const starts = new Uint32Array(entries.length + 1);
  let at = 0;
  for (let j = 0; j < entries.length; j++) {
    at += entries[j]!.length;
    starts[j + 1] = at;
  }
  return { text: entries.join(''), starts };
}

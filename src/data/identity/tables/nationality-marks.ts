/**
 * Nationality marks of registrations (ICAO Annex 7; data/sources/nationality-marks.tsv, generated into
 * nationality-marks.generated.ts by `npm run identity-tables`).
 *
 * The rule, for a registration compared as registrationKey does (NFKC, upper case, spaces dropped):
 * - with a hyphen (any dash), the mark is exactly the text before the first one (`C-FABC` → `C`,
 *   `CS-TOA` → `CS`); an unknown text there is no mark: the writer said where the mark ends;
 * - without one, the longest mark the registration starts with (`CSTOA` → `CS`, `CFABC` → `C`,
 *   `4KAZ100` → `4K`, `N123AB` → `N`). This misreads only a registration whose one-letter mark
 *   (B, C, D, F, G, I, M, N, P, Z) is followed by the letters of a longer mark, e.g. a Canadian
 *   `C-CABC` written `CCABC` reads as Chile's CC; Canada issues C-F, C-G and C-I only.
 */
import type { NationalityMark, NationalityMarks } from '../types';
import { NATIONALITY_MARKS } from './nationality-marks.generated';

export const NATIONALITY_MARKS_SOURCE = 'ICAO Annex 7 nationality and common marks';

const DASHES = /[\p{Pd}\u2212]/u;

/** A NationalityMarks over `marks` (each prefix once: a repeated prefix throws). */
export function createNationalityMarks(
  marks: readonly NationalityMark[],
  source = NATIONALITY_MARKS_SOURCE,
): NationalityMarks {
  const byPrefix = new Map<string, NationalityMark>();
  for (const m of marks) {
    if (byPrefix.has(m.prefix)) throw new Error(`nationality mark ${m.prefix} is listed twice`);
    byPrefix.set(m.prefix, m);
  }
  const longest = Math.max(0, ...marks.map((m) => m.prefix.length));
  return {
    source,
    markOf(registration: string) {
      const text = registration.normalize('NFKC').toUpperCase().replace(/\s+/g, '');
      const dash = text.search(DASHES);
      if (dash >= 0) return byPrefix.get(text.slice(0, dash));
      for (let n = Math.min(longest, text.length - 1); n >= 1; n--) {
        const mark = byPrefix.get(text.slice(0, n));
        if (mark) return mark;
      }
      return undefined;
    },
  };
}

/** The bundled marks. */
export const nationalityMarks: NationalityMarks = createNationalityMarks(NATIONALITY_MARKS);

/**
 * The naive reference for validate/values.ts `isDateTimeWithOffset` (the validator's fast char-code
 * check): a regex plus time.ts's `isIsoDate`, written for clarity, not speed.
 */
import { isIsoDate } from '../../src/data/contract';

// Date-time with a mandatory offset or Z. Seconds and fractions optional.
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for an ISO 8601 date-time that carries `Z` or an offset; a bare local time is rejected. */
export function isIsoDateTimeWithOffset(text: string): boolean {
  const m = ISO_DATE_TIME.exec(text);
  if (!m) return false;
  if (!isIsoDate(`${m[1]}-${m[2]}-${m[3]}`)) return false;
  const [h, mi, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return false;
  const offset = m[7] ?? '';
  if (offset !== 'Z') {
    const oh = Number(offset.slice(1, 3));
    const om = Number(offset.slice(4, 6));
    if (oh > 18 || om > 59) return false;
  }
  return true;
}

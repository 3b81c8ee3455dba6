/**
 * How identity values are compared. Only for comparing: nothing here rewrites a value that is shown or
 * exported. Registrations compare without case, hyphens or spaces; operator names compare without case,
 * accents, punctuation and the words every airline name shares ("airlines", "cargo", "ltd" …), and one
 * name containing the other counts as the same: a false conflict is noise an analyst has to dismiss.
 */
import type { Designator } from './types';

const isPrintableAscii = (code: number) => code > 32 && code < 127;

/** True for a value that is there: not undefined, not empty or only spaces. */
export const present = (value: string | undefined): value is string =>
  // A printable ASCII first character decides for nearly every value, without trim's copy.
  value !== undefined && value !== '' && (isPrintableAscii(value.charCodeAt(0)) || value.trim() !== '');

/**
 * A registration as compared: NFKC (full-width letters and digits become plain ones), upper case,
 * without spaces and dashes of any kind (hyphen, non-breaking hyphen, en dash, minus sign …).
 * `4K-AZ100`, `4kaz100` and `4K AZ100` are one registration.
 */
export function registrationKey(registration: string): string {
  return registration
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\p{Pd}\u2212]+/gu, '');
}

/** Two registrations are the same one (registrationKey equal). */
export const sameRegistration = (a: string, b: string) => registrationKey(a) === registrationKey(b);

/**
 * Words an operator's name may carry or drop without naming another operator. Removing one can only
 * make two names equal, never different, so the list errs on the side of no conflict.
 */
const COMMON_WORDS = new Set([
  ...['air', 'airline', 'airlines', 'airway', 'airways', 'lines', 'aviation', 'avia', 'cargo'],
  ...['ltd', 'limited', 'llc', 'inc', 'co', 'company', 'corp', 'corporation', 'plc', 'sa'],
  ...['jsc', 'ojsc', 'cjsc', 'pjsc', 'gmbh', 'ag', 'the', 'and', 'of'],
]);

function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/**
 * An operator's name as compared: NFKD without accents, lower case, punctuation dropped, the common
 * words dropped, what is left run together (`Silk Way Airlines, Ltd.` → `silkway`). A name made only
 * of common words keeps them (`Air Cargo Ltd` → `aircargoltd`), so it still compares as something.
 */
export function operatorKey(name: string): string {
  const all = words(name);
  const kept = all.filter((w) => !COMMON_WORDS.has(w));
  return (kept.length > 0 ? kept : all).join('');
}

/** Containment counts only for keys this long: `a` inside every name would match anything. */
const MIN_CONTAINED = 3;

function sameKey(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < MIN_CONTAINED) return false;
  return a.includes(b) || b.includes(a);
}

/**
 * Whether a flight's operator names the designator's holder: it is the holder's 3-letter code, or its
 * operatorKey equals or contains (or is contained in) the key of the holder's name or telephony
 * callsign. An operator with nothing comparable left (only punctuation) matches: no evidence, no conflict.
 */
export function operatorMatchesDesignator(operator: string, designator: Designator): boolean {
  if (operator.trim().toUpperCase() === designator.icao) return true;
  const own = operatorKey(operator);
  if (own === '') return true;
  for (const name of [designator.name, designator.telephony]) {
    if (name === undefined) continue;
    const other = operatorKey(name);
    if (other !== '' && sameKey(own, other)) return true;
  }
  return false;
}

/** Two operator names are the same operator for history (operatorKey equal; no containment). */
export const sameOperatorName = (a: string, b: string) => operatorKey(a) === operatorKey(b);

/**
 * A callsign's airline prefix: its first three letters when a digit or the end follows (`AHY123` →
 * `AHY`), the rule Designators.byCallsign applies; undefined for a callsign like a registration (`4KAZ1`).
 */
export function callsignPrefix(callsign: string): string | undefined {
  const match = /^([A-Z]{3})(?=\d|$)/.exec(callsign.trim().toUpperCase());
  return match?.[1];
}

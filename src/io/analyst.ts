/**
 * The analyst's name for the change log, kept in localStorage: set once, read on every start. Storage can
 * be unavailable (private mode, a blocked origin): then the name lasts for the session only.
 */
const STORAGE_KEY = 'airlift.analyst';
/** Longest name kept: the log repeats it in every entry. */
export const MAX_ANALYST_NAME = 80;

/** The remembered name, '' when none (or storage is unavailable). */
export function loadAnalyst(): string {
  try {
    return (window.localStorage.getItem(STORAGE_KEY) ?? '').trim().slice(0, MAX_ANALYST_NAME);
  } catch {
    return '';
  }
}

/** Remembers the name ('' forgets it). False when storage refused it. */
export function saveAnalyst(name: string): boolean {
  try {
    const clean = name.trim().slice(0, MAX_ANALYST_NAME);
    if (clean === '') window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, clean);
    return true;
  } catch {
    return false;
  }
}

import { useSyncExternalStore } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'airlift.theme';
const darkQuery = () => window.matchMedia?.('(prefers-color-scheme: dark)');

/** The analyst's remembered choice ('system' when none, or when storage is unavailable). */
export function storedThemeChoice(): ThemeChoice {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function effectiveTheme(choice: ThemeChoice): Theme {
  if (choice !== 'system') return choice;
  return darkQuery()?.matches ? 'dark' : 'light';
}

const listeners = new Set<() => void>();
let choice: ThemeChoice = 'system';

/** Sets `data-theme` on <html> so every stylesheet (app, table, timeline) switches together. */
function apply(): void {
  document.documentElement.dataset.theme = effectiveTheme(choice);
  listeners.forEach((l) => l());
}

/** Applies the remembered theme before first paint and follows the system while the choice is 'system'. */
export function initTheme(): void {
  choice = storedThemeChoice();
  apply();
  darkQuery()?.addEventListener?.('change', () => {
    if (choice === 'system') apply();
  });
}

export function setThemeChoice(next: ThemeChoice): void {
  choice = next;
  try {
    if (next === 'system') window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Private mode: the choice still applies, it just is not remembered.
  }
  apply();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The theme in force and the analyst's choice, for views that draw colours themselves (the map). */
export function useTheme(): { theme: Theme; choice: ThemeChoice } {
  const theme = useSyncExternalStore(subscribe, () => effectiveTheme(choice));
  const current = useSyncExternalStore(subscribe, () => choice);
  return { theme, choice: current };
}

import type { MouseEvent } from 'react';

export interface SkipTargets {
  map?: HTMLElement | null;
  timeline?: HTMLElement | null;
  table?: HTMLElement | null;
}

const LINKS: { key: keyof SkipTargets; label: string }[] = [
  { key: 'map', label: 'Skip to the map' },
  { key: 'timeline', label: 'Skip to the timeline' },
  { key: 'table', label: 'Skip to the flights table' },
];

/** The first Tab stops: jump straight to the map, the timeline's chart or the table (hidden until focused). */
export function SkipLinks({ targets }: { targets(): SkipTargets }) {
  const go = (key: keyof SkipTargets) => (e: MouseEvent<HTMLAnchorElement>) => {
    const target = targets()[key];
    if (!target) return;
    e.preventDefault();
    target.focus();
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      {LINKS.map(({ key, label }) => (
        <a key={key} href={`#${key}`} onClick={go(key)}>
          {label}
        </a>
      ))}
    </nav>
  );
}

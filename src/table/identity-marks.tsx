import type { DerivedValue, IdentityConflict } from '../data/identity/types';

/**
 * A value a source filled in for a field the flight lacks: in italics, with the word "derived" (not a
 * colour alone) and the source in its title. The flight's own value is never shown this way.
 */
export function DerivedText({ derived }: { derived: Pick<DerivedValue, 'value' | 'source'> }) {
  return (
    <span className="derived-value" title={`${derived.value}: derived from ${derived.source}`}>
      <i className="derived-value__text">{derived.value}</i> <span className="derived-tag">derived</span>
      <span className="ui-visually-hidden"> from {derived.source}</span>
    </span>
  );
}

/** Each conflict's sentence (both values and the source), one per line: the badge's title. */
export const conflictSummary = (conflicts: readonly IdentityConflict[]) =>
  conflicts.map((c) => c.message).join('\n');

/**
 * "Identity conflict" on a row: in words ("conflict" on screen, the whole phrase for a screen reader,
 * short enough to stay in view in the narrow table), every conflict's sentence in its title.
 */
export function ConflictBadge({ conflicts }: { conflicts: readonly IdentityConflict[] }) {
  if (conflicts.length === 0) return null;
  return (
    <span className="identity-conflict-badge" title={conflictSummary(conflicts)}>
      <span className="ui-visually-hidden">Identity </span>conflict
      {conflicts.length > 1 ? ` (${conflicts.length})` : ''}
    </span>
  );
}

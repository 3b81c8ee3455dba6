import type { DerivedValue, IdentityConflict } from '../../data/identity/types';

const FIELD_LABELS: Record<IdentityConflict['field'], string> = {
  registration: 'Registration',
  icao24: 'Transponder (icao24)',
  operator: 'Operator',
};

/**
 * A derived value in a panel: in italics, the word "derived", and its source written out (a panel has
 * the room the table's title stands in for).
 */
export function DerivedMark({ derived }: { derived: Pick<DerivedValue, 'value' | 'source'> }) {
  return (
    <span className="derived-value">
      <i>{derived.value}</i> <span className="derived-tag">derived</span>{' '}
      <span className="derived-source">from {derived.source}</span>
    </span>
  );
}

/**
 * The flight's identity conflicts: a badge, then each conflict with both values and where each comes
 * from. The flight's own value is kept; the source's is shown beside it, never put in its place.
 */
export function IdentityConflicts({ conflicts }: { conflicts: readonly IdentityConflict[] }) {
  if (conflicts.length === 0) return null;
  return (
    <section className="identity-conflicts" aria-label="Identity conflict">
      <p>
        <span className="identity-conflict-badge">Identity conflict</span>{' '}
        {conflicts.length === 1 ? 'A source disagrees' : `${conflicts.length} sources disagree`} with this
        flight; its own values are kept.
      </p>
      <ul>
        {conflicts.map((c, i) => (
          <li key={`${c.kind}-${i}`}>
            {FIELD_LABELS[c.field]}: <strong>{c.own}</strong> (this flight&apos;s record) vs{' '}
            <strong>{c.other}</strong> ({c.source}).
            <div className="hint">{c.message}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}

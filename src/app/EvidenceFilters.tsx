import { useDeferredValue, useState } from 'react';
import { publisherKey } from '../data/contract';
import { selectPublisherCounts } from '../store/selectors';
import { conflictCountFor, selectShownFlights, selectShownPositions } from '../store/aircraft-selectors';
import { selectIdentitySources } from '../store/identity-selectors';
import { useAirlift } from '../store/store';

/** Filters on how well each flight is evidenced: confirmed only, independent sources, publishers. */
export function EvidenceFilters() {
  const filters = useAirlift((s) => s.filters);
  const setFilters = useAirlift((s) => s.setFilters);
  const [open, setOpen] = useState(false);
  const confirmedOnly = filters.confidences?.length === 1 && filters.confidences[0] === 'confirmed';
  const chosen = filters.publishers?.length ?? 0;
  return (
    <fieldset className="evidence-filter">
      <legend>Evidence</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={confirmedOnly}
          onChange={(e) => setFilters({ confidences: e.target.checked ? ['confirmed'] : undefined })}
        />
        Confirmed only
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={(filters.minPublishers ?? 0) >= 2}
          onChange={(e) => setFilters({ minPublishers: e.target.checked ? 2 : undefined })}
        />
        At least two independent sources
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={filters.bothEndsObserved === true}
          onChange={(e) => setFilters({ bothEndsObserved: e.target.checked || undefined })}
        />
        Both ends observed
      </label>
      <IdentityConflictFilter />
      <details
        className="publisher-filter"
        open={open || chosen > 0}
        onToggle={(e) => setOpen(e.currentTarget.open)}
      >
        <summary>Source publisher{chosen ? ` (${chosen} chosen)` : ''}</summary>
        {open || chosen > 0 ? <PublisherList /> : null}
      </details>
    </fieldset>
  );
}

/**
 * "Identity conflicts only (N)": flights whose own registration, address or operator a source disagrees
 * with. N counts the filtered flights with a conflict; before the bundled tables load nothing is checked
 * yet, and the box waits for them.
 */
function IdentityConflictFilter() {
  const on = useAirlift((s) => s.filters.identityConflict === true);
  // Counted a render late, as the Aircraft list: resolving a million flights' identities (about half a
  // second, once per dataset) must not hold back the map and table of a load or a filter change.
  const index = useDeferredValue(useAirlift((s) => s.index));
  const shown = useDeferredValue(useAirlift(selectShownFlights));
  const positions = useDeferredValue(useAirlift(selectShownPositions));
  const sources = useDeferredValue(useAirlift(selectIdentitySources));
  const count = conflictCountFor(index, shown, sources, positions);
  const setFilters = useAirlift((s) => s.setFilters);
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={on}
        disabled={count === undefined && !on}
        onChange={(e) => setFilters({ identityConflict: e.target.checked || undefined })}
      />
      Identity conflicts only{' '}
      <span className="count">
        ({count === undefined ? 'not checked yet' : count.toLocaleString('en-US')})
      </span>
    </label>
  );
}

/**
 * Publishers with how many shown flights cite each. Counted only while the list is open: it walks every
 * shown flight's sources, which a date change at 100k flights should not pay for when nobody looks.
 */
function PublisherList() {
  const publishers = useAirlift(selectPublisherCounts);
  const selected = useAirlift((s) => s.filters.publishers);
  const setFilters = useAirlift((s) => s.setFilters);
  // Chosen publishers by publisherKey: a link's "haaretz" ticks the list's "Haaretz".
  const chosen = new Map((selected ?? []).map((name) => [publisherKey(name), name]));
  const toggle = (name: string, on: boolean) => {
    if (on) chosen.set(publisherKey(name), name);
    else chosen.delete(publisherKey(name));
    setFilters({ publishers: [...chosen.values()] });
  };
  return (
    <div className="publisher-list" role="group" aria-label="Source publisher">
      <div className="hint">Flights shown that cite each publisher</div>
      {publishers.map(([name, count]) => (
        <label key={name} className="check">
          <input
            type="checkbox"
            checked={chosen.has(publisherKey(name))}
            onChange={(e) => toggle(name, e.target.checked)}
          />
          {name} <span className="count">({count})</span>
        </label>
      ))}
    </div>
  );
}

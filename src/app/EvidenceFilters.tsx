import { selectPublisherCounts } from '../store/selectors';
import { useAirlift } from '../store/store';

/** Filters on how well each flight is evidenced: confirmed only, independent sources, publishers. */
export function EvidenceFilters() {
  const filters = useAirlift((s) => s.filters);
  const setFilters = useAirlift((s) => s.setFilters);
  const publishers = useAirlift(selectPublisherCounts);
  const confirmedOnly = filters.confidences?.length === 1 && filters.confidences[0] === 'confirmed';
  const chosen = new Set(filters.publishers ?? []);
  const togglePublisher = (name: string, on: boolean) => {
    if (on) chosen.add(name);
    else chosen.delete(name);
    setFilters({ publishers: [...chosen] });
  };
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
      <div className="publisher-list" role="group" aria-label="Source publisher">
        <div className="hint">Source publisher (flights shown)</div>
        {publishers.map(([name, count]) => (
          <label key={name} className="check">
            <input
              type="checkbox"
              checked={chosen.has(name)}
              onChange={(e) => togglePublisher(name, e.target.checked)}
            />
            {name} <span className="count">({count})</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

import './empty-state.css';
import { pluralFlights } from '../data/query';
import { selectEmptyExplanation } from '../store/selectors';
import { useAirlift } from '../store/store';

/**
 * Shown where the flights would be when none passes: which filter does it, with a button that clears
 * it (or all of them when no single one is to blame), and whether the link was made on other data.
 */
export function EmptyState() {
  const empty = useAirlift(selectEmptyExplanation);
  const setFilters = useAirlift((s) => s.setFilters);
  const clearFilters = useAirlift((s) => s.clearFilters);
  const title = useAirlift((s) => s.dataset?.title);
  if (!empty) return null;
  return (
    <div className="empty-state" role="status" aria-label="No flights">
      {empty.datasetEmpty ? (
        <p>This dataset has no flights.</p>
      ) : (
        <>
          <p>
            <strong>No flights pass the filters.</strong>
          </p>
          {empty.foreignLink && (
            <p>
              This link was made on another dataset ({empty.foreignLink}) than the one loaded (“{title}”): its
              filters may not fit this data.
            </p>
          )}
          {empty.causes.length > 0 ? (
            <ul>
              {empty.causes.map((cause) => (
                <li key={cause.group}>
                  Without {cause.label}: {pluralFlights(cause.flights)}.{' '}
                  <button type="button" onClick={() => setFilters(cause.clear)}>
                    Clear {cause.label}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p>
              No single filter explains it: two or more leave nothing together.{' '}
              <button type="button" onClick={clearFilters}>
                Clear all filters
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}

import { describeWhen } from '../../data/patterns';
import { useAirlift } from '../../store/store';

/** The hour × weekday cell filter in force (set from the Patterns grid), in words, with Clear. */
export function WhenFilterChip() {
  const when = useAirlift((s) => s.filters.when);
  const setFilters = useAirlift((s) => s.setFilters);
  if (!when) return null;
  const words = describeWhen(when);
  return (
    <p className="when-chip">
      Only {words}{' '}
      <button
        type="button"
        onClick={() => setFilters({ when: undefined })}
        aria-label={`Clear the filter: ${words}`}
      >
        Clear
      </button>
    </p>
  );
}

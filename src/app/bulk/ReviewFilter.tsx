import { REVIEW_STATUSES, type ReviewStatus } from '../../data/contract';
import { reviewLabel } from '../../data/query/review';
import { selectReviewCounts } from '../../store/review-selectors';
import { useAirlift } from '../../store/store';
import '../bulk.css';

/**
 * The review filter: a checkbox per status with how many flights of it the other filters leave
 * ("Unreviewed (412)", "Verified (30)", "Disputed (3)"), as the confidence checkboxes count. None
 * ticked: every status.
 */
export function ReviewFilter() {
  const chosen = useAirlift((s) => s.filters.review);
  const setFilters = useAirlift((s) => s.setFilters);
  const counts = useAirlift(selectReviewCounts);
  const toggle = (status: ReviewStatus, on: boolean) => {
    const set = new Set(chosen ?? []);
    if (on) set.add(status);
    else set.delete(status);
    // The contract's order, so that the same choice makes the same link.
    setFilters({ review: REVIEW_STATUSES.filter((s) => set.has(s)) });
  };
  return (
    <fieldset className="review-filter">
      <legend>Review</legend>
      {REVIEW_STATUSES.map((s) => (
        <label key={s} className="check">
          <input
            type="checkbox"
            checked={chosen?.includes(s) ?? false}
            onChange={(e) => toggle(s, e.target.checked)}
          />
          {reviewLabel(s)} <span className="count">({counts[s].toLocaleString('en-US')})</span>
        </label>
      ))}
      <p className="hint">None ticked: every status.</p>
    </fieldset>
  );
}

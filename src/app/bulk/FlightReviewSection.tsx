import { useId, useState } from 'react';
import { REVIEW_STATUSES, type Flight, type ReviewStatus } from '../../data/contract';
import { bulkEditStep, nowWho, type FieldError } from '../../data/edit';
import { reviewStatusOf } from '../../data/query';
import { reviewLabel } from '../../data/query/review';
import { useAirlift } from '../../store/store';
import { Refusal } from './ConfirmBox';
import '../bulk.css';

const AT = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/** "by Ana, 2026-12-02 04:20 UTC" from a review's `by` and `at` (either may be absent). */
export function reviewedBy(by: string | undefined, at: string | undefined): string {
  const m = at ? AT.exec(at) : null;
  const when = m ? `${m[1]} ${m[2]} ${m[3] === 'Z' ? 'UTC' : m[3]}` : (at ?? '');
  return [by ? `by ${by}` : '', when].filter(Boolean).join(', ');
}

/**
 * The flight panel's review: its status (unreviewed, verified or disputed) with who set it, when and
 * their note, and a form to set it with a note (one undoable step, on the change log).
 */
export function FlightReviewSection({ flight }: { flight: Flight }) {
  // A new flight, or its review changed (an undo, say): the form starts again from what it holds now.
  return <ReviewForm key={`${flight.id}\u0000${JSON.stringify(flight.review ?? null)}`} flight={flight} />;
}

function ReviewForm({ flight }: { flight: Flight }) {
  const id = useId();
  const current = reviewStatusOf(flight);
  const [status, setStatus] = useState<ReviewStatus>(current);
  const [note, setNote] = useState(flight.review?.note ?? '');
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const review = flight.review;
  const changed = status !== current || note.trim() !== (review?.note ?? '');

  const save = () => {
    const state = useAirlift.getState();
    if (!state.dataset) return;
    const trimmed = note.trim();
    const op = trimmed
      ? { kind: 'review' as const, status, note: trimmed }
      : { kind: 'review' as const, status };
    const result = bulkEditStep(state.dataset, [flight.id], op, nowWho(state.analyst));
    if (!result.ok) return setErrors(result.errors);
    setErrors([]);
    state.commit(result.step);
  };

  const who = review ? reviewedBy(review.by, review.at) : '';
  return (
    <section className="review-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Review</h3>
      <p className="review-current">
        <span className={`review-status review-status--${current}`}>{reviewLabel(current)}</span>
        {who ? <span className="hint"> {who}</span> : null}
      </p>
      {review?.note ? <p className="review-note">Note: {review.note}</p> : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <fieldset>
          <legend className="ui-visually-hidden">Set review status</legend>
          {REVIEW_STATUSES.map((s) => (
            <label key={s} className="check">
              <input
                type="radio"
                name={`${id}-status`}
                value={s}
                checked={status === s}
                onChange={() => setStatus(s)}
              />
              {reviewLabel(s)}
            </label>
          ))}
        </fieldset>
        <label htmlFor={`${id}-note`}>Reviewer’s note</label>
        <textarea id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
        <button type="submit" disabled={!changed}>
          Save review
        </button>
      </form>
      {errors.length > 0 ? <Refusal errors={errors} onDismiss={() => setErrors([])} /> : null}
    </section>
  );
}

import type { Airport, FlightField } from '../../data/contract';
import { CONFIDENCES, REVIEW_STATUSES } from '../../data/contract';
import type { AirportLookup, FieldError } from '../../data/edit';
import { AirportPicker } from './AirportPicker';
import { errorText, fieldLabel, type FlightDraft, type ReviewDraft } from './form-model';

/** What a kind of field accepts, shown under it. */
const HINTS: Partial<Record<FlightField['kind'], string>> = {
  date: 'YYYY-MM-DD; or a month ("October 2022"), a week ("week of 2022-10-03") or a range (2022-10-01..2022-10-12)',
  dateEnd: 'YYYY-MM-DD: when the date is only known to a range, its last possible day',
  dateTime: 'ISO 8601 with an offset, e.g. 2023-03-02T06:10:00Z',
  airport: 'ICAO code; type a code or a name to search',
  icao24: '6 hex digits',
  tags: 'separated by commas',
};

export interface FieldControlProps {
  idBase: string;
  field: FlightField;
  draft: FlightDraft;
  setText(name: string, value: string): void;
  setTags(value: string): void;
  setReview(review: ReviewDraft): void;
  onTouch(key: string): void;
  /** Errors and warnings to show (already limited to what was touched). */
  errors: readonly FieldError[];
  warnings: readonly FieldError[];
  readOnly?: boolean;
  airports: { lookup: AirportLookup; lists: readonly (readonly Airport[])[]; loading: boolean };
  /** Called on leaving the date field: "October 2022" becomes date and dateEnd. */
  onDateBlur?(): void;
}

/** One field of the flight form: its label, control, hint, error (aria-describedby) and warning. */
export function FieldControl(props: FieldControlProps) {
  const { idBase, field, errors, warnings } = props;
  const id = `${idBase}-${field.name}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const warningId = `${id}-warning`;
  const hint = HINTS[field.kind];
  const describedBy =
    [hint ? hintId : '', errors.length ? errorId : '', warnings.length ? warningId : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const label = `${fieldLabel(field.name)}${field.required ? ' (required)' : ''}`;
  const common = {
    id,
    name: field.name,
    'aria-invalid': errors.length > 0 || undefined,
    'aria-describedby': describedBy,
  };

  return (
    <div className={`flight-form__field flight-form__field--${field.kind}`}>
      {field.kind === 'review' ? (
        <ReviewControl {...props} id={id} describedBy={describedBy} />
      ) : (
        <>
          <label htmlFor={id}>{label}</label>
          <Control {...props} common={common} />
        </>
      )}
      {hint ? (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      ) : null}
      {errors.length ? (
        <span id={errorId} className="field-error">
          {errors.map(errorText).join('; ')}
        </span>
      ) : null}
      {warnings.length ? (
        <span id={warningId} className="field-warning">
          Note: {warnings.map(errorText).join('; ')}
        </span>
      ) : null}
    </div>
  );
}

type Common = {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

function Control({
  field,
  draft,
  setText,
  setTags,
  onTouch,
  readOnly,
  airports,
  onDateBlur,
  common,
}: FieldControlProps & { common: Common }) {
  const value = field.kind === 'tags' ? draft.tags : (draft.text[field.name] ?? '');
  const touch = () => onTouch(field.name);
  switch (field.kind) {
    case 'airport':
      return (
        <AirportPicker
          id={common.id}
          name={common.name}
          value={value}
          onChange={(v) => setText(field.name, v)}
          onBlur={touch}
          lists={airports.lists}
          lookup={airports.lookup}
          loading={airports.loading}
          invalid={common['aria-invalid']}
          describedBy={common['aria-describedby']}
        />
      );
    case 'confidence':
      return (
        <select
          {...common}
          value={value}
          onChange={(e) => setText(field.name, e.target.value)}
          onBlur={touch}
        >
          <option value="">Choose…</option>
          {CONFIDENCES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      );
    case 'boolean':
      return (
        <select
          {...common}
          value={value}
          onChange={(e) => setText(field.name, e.target.value)}
          onBlur={touch}
        >
          <option value="">Not stated</option>
          <option value="true">Yes, observed</option>
          <option value="false">No, inferred</option>
        </select>
      );
    case 'tags':
      return (
        <input
          {...common}
          type="text"
          value={value}
          onChange={(e) => setTags(e.target.value)}
          onBlur={touch}
        />
      );
    default: {
      const onBlur = () => {
        touch();
        if (field.kind === 'date') onDateBlur?.();
      };
      if (field.name === 'notes' || field.name === 'cargo')
        return (
          <textarea
            {...common}
            rows={2}
            value={value}
            onChange={(e) => setText(field.name, e.target.value)}
            onBlur={onBlur}
          />
        );
      return (
        <input
          {...common}
          type="text"
          spellCheck={field.kind === 'text' || field.kind === 'sharedText'}
          readOnly={readOnly}
          value={value}
          onChange={(e) => setText(field.name, e.target.value)}
          onBlur={onBlur}
        />
      );
    }
  }
}

function ReviewControl({
  draft,
  setReview,
  onTouch,
  errors,
  id,
  describedBy,
}: FieldControlProps & { id: string; describedBy: string | undefined }) {
  const review = draft.review;
  const invalid = errors.length > 0 || undefined;
  return (
    <fieldset className="review-control" aria-describedby={describedBy}>
      <legend>Review</legend>
      <label htmlFor={id}>Review status</label>
      <select
        id={id}
        name="review.status"
        value={review.status}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(e) => setReview({ ...review, status: e.target.value as ReviewDraft['status'] })}
        onBlur={() => onTouch('review')}
      >
        <option value="">Not reviewed (no review)</option>
        {REVIEW_STATUSES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-note`}>Reviewer's note</label>
      <textarea
        id={`${id}-note`}
        name="review.note"
        rows={2}
        value={review.note}
        onChange={(e) => setReview({ ...review, note: e.target.value })}
        onBlur={() => onTouch('review')}
      />
    </fieldset>
  );
}

import { useEffect, useId, useRef } from 'react';
import { CONFIDENCES, REVIEW_STATUSES, type Confidence, type ReviewStatus } from '../../data/contract';
import { reviewLabel } from '../../data/query/review';
import { BULK_KINDS, type BulkForm, type BulkKind } from './bulk-form';

/**
 * The fields of one bulk operation, as a plain controlled form: the parent holds the values and does
 * the apply (which asks for confirmation). `tags` are the filtered flights' tags (to remove one),
 * `suggestions` every tag of the dataset (to add one).
 */
export function BulkEditForm({
  form,
  onChange,
  onApply,
  onClose,
  target,
  tags,
  suggestions,
}: {
  form: BulkForm;
  onChange(form: BulkForm): void;
  onApply(): void;
  onClose(): void;
  /** "37 filtered flights" / "all 412 flights". */
  target: string;
  tags: readonly string[];
  suggestions: readonly string[];
}) {
  const id = useId();
  const first = useRef<HTMLSelectElement>(null);
  // Opened from the toolbar: the keyboard starts in the form.
  useEffect(() => first.current?.focus(), []);
  const set = (change: Partial<BulkForm>) => onChange({ ...form, ...change });
  const text = (
    key: 'note' | 'publisher' | 'title' | 'url' | 'published' | 'tag',
    label: string,
    extra = {},
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        value={form[key]}
        onChange={(e) => set({ [key]: e.target.value })}
        {...extra}
      />
    </div>
  );
  return (
    <form
      className="bulk-form"
      aria-label="Bulk edit"
      onSubmit={(e) => {
        e.preventDefault();
        onApply();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <p className="bulk-target">Acts on {target}.</p>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Change</label>
        <select
          ref={first}
          id={`${id}-kind`}
          value={form.kind}
          onChange={(e) => set({ kind: e.target.value as BulkKind, tag: '' })}
        >
          {BULK_KINDS.map(({ kind, label }) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {form.kind === 'confidence' ? (
        <div className="field">
          <label htmlFor={`${id}-confidence`}>Confidence</label>
          <select
            id={`${id}-confidence`}
            value={form.confidence}
            onChange={(e) => set({ confidence: e.target.value as Confidence })}
          >
            {CONFIDENCES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {form.kind === 'review' ? (
        <>
          <div className="field">
            <label htmlFor={`${id}-status`}>Review status</label>
            <select
              id={`${id}-status`}
              value={form.status}
              onChange={(e) => set({ status: e.target.value as ReviewStatus })}
            >
              {REVIEW_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {reviewLabel(s)}
                </option>
              ))}
            </select>
          </div>
          {text('note', 'Review note (optional)')}
        </>
      ) : null}
      {form.kind === 'addSource' ? (
        <>
          {text('publisher', 'Publisher')}
          {text('title', 'Title (optional)')}
          {text('url', 'URL (optional, http or https)', { inputMode: 'url' })}
          {text('published', 'Published (optional, YYYY-MM-DD)', { placeholder: 'YYYY-MM-DD' })}
        </>
      ) : null}
      {form.kind === 'addTag' ? (
        <>
          {text('tag', 'Tag', { list: `${id}-tags` })}
          <datalist id={`${id}-tags`}>
            {suggestions.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
        </>
      ) : null}
      {form.kind === 'removeTag' ? (
        <div className="field">
          <label htmlFor={`${id}-remove`}>Tag to remove</label>
          <select id={`${id}-remove`} value={form.tag} onChange={(e) => set({ tag: e.target.value })}>
            <option value="">Choose a tag…</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
          {tags.length === 0 ? <p className="hint">No filtered flight has a tag.</p> : null}
        </div>
      ) : null}
      <div className="bulk-buttons">
        <button type="submit">Apply…</button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </form>
  );
}

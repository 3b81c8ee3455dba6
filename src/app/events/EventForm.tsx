import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { formatFlightDate, parseImpreciseDate } from '../../data/contract';
import type { TimelineEvent } from '../../data/contract';
import { addEventStep, editEventStep, nowWho } from '../../data/edit';
import type { FieldError } from '../../data/edit';
import { useAirlift } from '../../store/store';
import { errorText } from '../edit/form-model';
import { SourcesEditor } from '../edit/SourcesEditor';
import { draftFromEvent, eventErrorsByTarget, eventRaw, toRowErrors, type EventDraft } from './event-form';
import './events.css';

const NONE: readonly FieldError[] = [];

export interface EventFormProps {
  /** The event to edit; absent to add one. */
  event?: TimelineEvent;
  onClose(): void;
}

/**
 * Add or edit one timeline event: its date (a day, a month, a week or a range), title, description and
 * sources, checked by the edit builders as typed; saving commits one undoable, logged step.
 */
export function EventForm({ event, onClose }: EventFormProps) {
  const dataset = useAirlift((s) => s.dataset);
  const analyst = useAirlift((s) => s.analyst);
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<EventDraft>(() => draftFromEvent(event));
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [showAll, setShowAll] = useState(false);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (!d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', ''); // jsdom has no showModal
    }
    d.querySelector<HTMLElement>('input')?.focus();
  }, []);

  // Checked as typed, by the same builder that saves (so what is shown is what Save would refuse).
  const build = (who = nowWho(analyst)) => {
    if (!dataset) return null;
    const raw = eventRaw(draft);
    if (!raw.ok) return raw;
    const result = event ? editEventStep(dataset, event, raw.raw, who) : addEventStep(dataset, raw.raw, who);
    return result.ok ? result : { ok: false as const, errors: toRowErrors(draft, result.errors) };
  };
  const result = build();
  const errors = result && !result.ok ? result.errors : NONE;
  const byTarget = eventErrorsByTarget(errors);
  const shown = (key: string) => (showAll || touched.has(key) ? (byTarget.get(key) ?? NONE) : NONE);
  const touch = (key: string) => setTouched((t) => (t.has(key) ? t : new Set(t).add(key)));
  const set = (change: Partial<EventDraft>) => setDraft((d) => ({ ...d, ...change }));

  const when = parseImpreciseDate(draft.when);
  const reading =
    when.ok && when.dateEnd
      ? `Reads as ${formatFlightDate(when.date, when.dateEnd)}: some day from ${when.date} to ${when.dateEnd}.`
      : '';

  const save = (e: FormEvent) => {
    e.preventDefault();
    const outcome = build(nowWho(useAirlift.getState().analyst));
    if (!outcome || !outcome.ok) {
      setShowAll(true);
      return;
    }
    if (outcome.step.log.length > 0) useAirlift.getState().commit(outcome.step);
    onClose();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    onClose();
  };

  const fieldErrors = (key: string) => {
    const list = shown(key);
    return list.length ? (
      <span id={`${id}-${key}-error`} className="field-error">
        {list.map((x) => x.message).join('; ')}
      </span>
    ) : null;
  };
  const describedBy = (key: string, extra?: string) =>
    [shown(key).length ? `${id}-${key}-error` : '', extra ?? ''].filter(Boolean).join(' ') || undefined;
  const formErrors = shown('form');

  return (
    <dialog
      ref={dialog}
      className="event-form"
      aria-labelledby={`${id}-title`}
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={save} noValidate>
        <h2 id={`${id}-title`}>{event ? `Edit event "${event.title}"` : 'Add an event'}</h2>
        <div className="event-form__field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input
            id={`${id}-date`}
            name="date"
            value={draft.when}
            placeholder="2022-10-03, October 2022, week of 2022-10-03, 2022-10-01..2022-10-12"
            aria-invalid={shown('date').length > 0 || undefined}
            aria-describedby={describedBy('date', reading ? `${id}-reading` : undefined)}
            onChange={(e) => set({ when: e.target.value })}
            onBlur={() => touch('date')}
          />
          {reading ? (
            <span id={`${id}-reading`} className="event-form__hint">
              {reading}
            </span>
          ) : null}
          {fieldErrors('date')}
        </div>
        <div className="event-form__field">
          <label htmlFor={`${id}-title-input`}>Event title</label>
          <input
            id={`${id}-title-input`}
            name="title"
            value={draft.title}
            aria-invalid={shown('title').length > 0 || undefined}
            aria-describedby={describedBy('title')}
            onChange={(e) => set({ title: e.target.value })}
            onBlur={() => touch('title')}
          />
          {fieldErrors('title')}
        </div>
        <div className="event-form__field">
          <label htmlFor={`${id}-description`}>Description</label>
          <textarea
            id={`${id}-description`}
            name="description"
            rows={3}
            value={draft.description}
            aria-describedby={describedBy('description')}
            onChange={(e) => set({ description: e.target.value })}
            onBlur={() => touch('description')}
          />
          {fieldErrors('description')}
        </div>
        <SourcesEditor
          idBase={`${id}-sources`}
          rows={draft.sources}
          onChange={(sources) => set({ sources })}
          rowErrors={(n) => shown(`sources[${n}]`)}
          listErrors={shown('sources')}
          onTouch={touch}
        />
        {formErrors.length ? <p className="field-error">{formErrors.map(errorText).join('; ')}</p> : null}
        <p className="event-form__who">
          {analyst ? `Logged as ${analyst}.` : 'Logged without a name: set yours in the case toolbar.'}
        </p>
        <div className="event-form__actions">
          <button type="submit">Save event</button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <span role="status">
            {showAll && errors.length
              ? `${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} to fix before saving`
              : ''}
          </span>
        </div>
      </form>
    </dialog>
  );
}

import '../edit.css';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import type { Flight } from '../../data/contract';
import { parseImpreciseDate, isIsoDate } from '../../data/contract';
import { addFlightStep, editFlightStep, nowWho, validateFlightDraft, type FieldError } from '../../data/edit';
import { useAirlift } from '../../store/store';
import { FieldControl } from './FieldControl';
import {
  FORM_FIELDS,
  draftChanges,
  draftFromFlight,
  draftRaw,
  errorsByTarget,
  errorText,
  suggestFlightId,
  type FlightDraft,
} from './form-model';
import { useAirports } from './gazetteer';
import { SourcesEditor } from './SourcesEditor';

export interface FlightFormProps {
  /** The flight to edit; absent to add one. */
  flight?: Flight;
  /** Closes the form: `savedId` is the flight saved, absent on cancel. */
  onClose(savedId?: string): void;
}

const NONE: readonly FieldError[] = [];

/**
 * Add or edit one flight: every field of the contract, checked by the edit builders' validator as it is
 * typed; Save is refused while anything is invalid, and saving commits one undoable step.
 */
export function FlightForm({ flight, onClose: close }: FlightFormProps) {
  const dataset = useAirlift((s) => s.dataset);
  const analyst = useAirlift((s) => s.analyst);
  const airports = useAirports();
  const idBase = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  // Closed before it goes: while a modal dialog is open the page is inert, and the opener cannot take focus.
  const onClose = (savedId?: string) => {
    const d = dialog.current;
    if (d?.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
    close(savedId);
  };
  const [opened] = useState<FlightDraft>(() =>
    draftFromFlight(flight ?? null, suggestFlightId(dataset?.flights ?? [])),
  );
  const [draft, setDraft] = useState(opened);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  // After a refused Save, or in an edit (a valid flight to start from), every error is shown.
  const [showAll, setShowAll] = useState(flight !== undefined);
  const [refused, setRefused] = useState<readonly FieldError[]>(NONE);

  // An edited flight is checked against the others: its own id is not a duplicate of itself.
  const others = useMemo(
    () =>
      dataset && flight
        ? { ...dataset, flights: dataset.flights.filter((f) => f.id !== flight.id) }
        : dataset,
    [dataset, flight],
  );
  const ctx = { original: flight, who: nowWho(analyst) };
  const result = others ? validateFlightDraft(others, draftRaw(draft, ctx), airports.lookup) : null;
  const errors = result === null ? NONE : result.ok ? refused : result.errors;
  const warnings = result?.ok ? result.warnings : NONE;
  const errorMap = errorsByTarget(errors);
  const warningMap = errorsByTarget(warnings);
  const shown = (key: string) => (showAll || touched.has(key) ? (errorMap.get(key) ?? NONE) : NONE);
  const formErrors = errorMap.get('form') ?? NONE;
  const valid = result?.ok === true && refused.length === 0;

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (!d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', ''); // jsdom has no showModal
    }
    d.querySelector<HTMLElement>('input:not([readonly]), select, textarea')?.focus();
  }, []);

  const change = (next: FlightDraft) => {
    setDraft(next);
    setRefused(NONE);
  };
  const touch = (key: string) => setTouched((t) => (t.has(key) ? t : new Set(t).add(key)));
  const setText = (name: string, value: string) => {
    change({ ...draft, text: { ...draft.text, [name]: value } });
    touch(name);
  };

  // "October 2022" or "week of 2022-10-03" typed as the date: split into date and dateEnd.
  const onDateBlur = () => {
    const typed = (draft.text.date ?? '').trim();
    if (typed === '' || isIsoDate(typed)) return;
    const parsed = parseImpreciseDate(typed);
    if (parsed.ok)
      change({ ...draft, text: { ...draft.text, date: parsed.date, dateEnd: parsed.dateEnd ?? '' } });
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const state = useAirlift.getState();
    if (!state.dataset || !valid) {
      setShowAll(true);
      return;
    }
    const who = nowWho(state.analyst);
    const saveCtx = { original: flight, who };
    let outcome;
    if (flight) {
      const changes = draftChanges(draft, opened, saveCtx);
      if (Object.keys(changes).length === 0) return onClose(flight.id);
      outcome = editFlightStep(state.dataset, flight.id, changes, who, airports.lookup);
    } else outcome = addFlightStep(state.dataset, draftRaw(draft, saveCtx), who, airports.lookup);
    if (!outcome.ok) {
      setRefused(outcome.errors);
      setShowAll(true);
      return;
    }
    state.commit(outcome.step);
    const id = flight?.id ?? outcome.step.flights?.[0]?.after?.id ?? draft.text.id ?? '';
    if (!flight) state.select({ kind: 'flight', id });
    onClose(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onClose();
  };

  const title = flight ? `Edit flight ${flight.id}` : 'Add a flight';
  const problems = errors.length;
  return (
    <dialog
      ref={dialog}
      className="flight-form"
      aria-labelledby={`${idBase}-title`}
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={save} noValidate>
        <h2 id={`${idBase}-title`}>{title}</h2>
        <p className="flight-form__who">
          {analyst
            ? `Changes are logged as ${analyst}.`
            : 'Changes are logged without a name: set yours in the case toolbar.'}
        </p>
        <div className="flight-form__fields">
          {FORM_FIELDS.map((field) =>
            field.kind === 'sources' ? (
              <SourcesEditor
                key={field.name}
                idBase={`${idBase}-sources`}
                rows={draft.sources}
                onChange={(sources) => change({ ...draft, sources })}
                rowErrors={(n) => shown(`sources[${n}]`)}
                listErrors={shown('sources')}
                onTouch={touch}
              />
            ) : (
              <FieldControl
                key={field.name}
                idBase={idBase}
                field={field}
                draft={draft}
                setText={setText}
                setTags={(tags) => {
                  change({ ...draft, tags });
                  touch('tags');
                }}
                setReview={(review) => {
                  change({ ...draft, review });
                  touch('review');
                }}
                onTouch={touch}
                errors={shown(field.name)}
                warnings={warningMap.get(field.name) ?? NONE}
                readOnly={flight !== undefined && field.kind === 'id'}
                airports={{ ...airports, loading: airports.state.status === 'loading' }}
                onDateBlur={onDateBlur}
              />
            ),
          )}
        </div>
        {formErrors.length && (showAll || refused.length) ? (
          <p className="field-error">{formErrors.map(errorText).join('; ')}</p>
        ) : null}
        <div className="flight-form__actions">
          <button type="submit" disabled={!valid}>
            Save
          </button>
          <button type="button" onClick={() => onClose()}>
            Cancel
          </button>
          <span role="status" className="flight-form__status">
            {valid || problems === 0
              ? ''
              : problems === 1
                ? '1 problem to fix before saving'
                : `${problems} problems to fix before saving`}
          </span>
          {!valid && !showAll && problems > 0 ? (
            <button type="button" onClick={() => setShowAll(true)}>
              Show what to fix
            </button>
          ) : null}
        </div>
      </form>
    </dialog>
  );
}

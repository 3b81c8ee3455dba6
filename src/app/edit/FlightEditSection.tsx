import '../edit.css';
import { useRef, useState } from 'react';
import type { Flight } from '../../data/contract';
import { deleteFlightsStep, nowWho, type FieldError } from '../../data/edit';
import { useAirlift } from '../../store/store';
import { errorText } from './form-model';
import { FlightForm } from './FlightForm';

/** In the flight panel: "Edit flight" (the form, filled) and "Delete flight" (after a confirm; undoable). */
export function FlightEditSection({ flight }: { flight: Flight }) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [refused, setRefused] = useState<readonly FieldError[]>([]);
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);

  const cancelDelete = () => {
    setConfirming(false);
    deleteButton.current?.focus();
  };
  const remove = () => {
    const state = useAirlift.getState();
    if (!state.dataset) return;
    const outcome = deleteFlightsStep(state.dataset, [flight.id], nowWho(state.analyst));
    if (!outcome.ok) {
      setRefused(outcome.errors);
      return;
    }
    setConfirming(false);
    state.commit(outcome.step); // the panel closes: the flight is gone (undo brings it back)
  };

  return (
    <section className="flight-edit" aria-label="Edit this flight">
      <div className="flight-edit__actions">
        <button type="button" ref={editButton} onClick={() => setEditing(true)}>
          Edit flight
        </button>
        <button
          type="button"
          ref={deleteButton}
          aria-expanded={confirming}
          onClick={() => setConfirming(true)}
        >
          Delete flight
        </button>
      </div>
      {confirming ? (
        <div
          role="alertdialog"
          aria-label="Confirm delete"
          aria-describedby="flight-delete-question"
          className="flight-edit__confirm"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              cancelDelete();
            }
          }}
        >
          <p id="flight-delete-question">Delete flight {flight.id}? Undo brings it back.</p>
          <button type="button" autoFocus onClick={remove}>
            Delete
          </button>
          <button type="button" onClick={cancelDelete}>
            Keep it
          </button>
        </div>
      ) : null}
      {refused.length ? <p className="field-error">{refused.map(errorText).join('; ')}</p> : null}
      {editing ? (
        <FlightForm
          flight={flight}
          onClose={() => {
            setEditing(false);
            editButton.current?.focus();
          }}
        />
      ) : null}
    </section>
  );
}

import { useEffect, useId, useRef } from 'react';
import type { FieldError } from '../../data/edit';

/**
 * The question before a change to many flights ("Add source to 37 flights?"), answered by a button that
 * names the action or by Cancel (Escape). The action button takes the focus, so Enter confirms and the
 * keyboard never has to hunt for it.
 */
export function ConfirmBox({
  question,
  action,
  hint,
  onConfirm,
  onCancel,
}: {
  question: string;
  action: string;
  hint?: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  const id = useId();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <div
      className="bulk-confirm"
      role="alertdialog"
      aria-labelledby={`${id}-q`}
      aria-describedby={hint ? `${id}-h` : undefined}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <p id={`${id}-q`} className="bulk-question">
        {question}
      </p>
      {hint ? (
        <p id={`${id}-h`} className="hint">
          {hint}
        </p>
      ) : null}
      <div className="bulk-buttons">
        <button type="button" ref={confirm} className="bulk-go" onClick={onConfirm}>
          {action}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** Why a change was refused: every reason, and that nothing was applied. */
export function Refusal({ errors, onDismiss }: { errors: readonly FieldError[]; onDismiss(): void }) {
  return (
    <div className="bulk-refusal" role="alert">
      <p>Nothing was changed:</p>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>
            {e.field ? <span className="bulk-field">{e.field}: </span> : null}
            {e.message}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

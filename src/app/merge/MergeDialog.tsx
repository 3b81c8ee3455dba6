import { useEffect, useRef, useState } from 'react';
import {
  chooseAll,
  conflictSideText,
  conflictTitle,
  isEmptyPlan,
  mergeSummary,
  whoText,
  type Conflict,
  type MergeChoice,
  type MergePlan,
} from '../../data/merge';

export interface MergeDialogProps {
  fileName: string;
  plan: MergePlan;
  /** Said when the data changed under the open dialog and the merge was planned again. */
  notice?: string;
  onApply(choices: Record<string, MergeChoice>): void;
  onCancel(): void;
}

function ConflictRow({
  conflict,
  index,
  choice,
  onChoose,
}: {
  conflict: Conflict;
  index: number;
  choice: MergeChoice | undefined;
  onChoose(choice: MergeChoice): void;
}) {
  const title = conflictTitle(conflict);
  const side = (which: MergeChoice) => {
    const by = which === 'mine' ? conflict.mineBy : conflict.theirsBy;
    const at = which === 'mine' ? conflict.mineAt : conflict.theirsAt;
    return (
      <label className={`merge-side merge-${which}`}>
        <input
          type="radio"
          name={`merge-conflict-${index}`}
          value={which}
          checked={choice === which}
          onChange={() => onChoose(which)}
        />
        {/* The spaces keep the radio's name readable ("Theirs 4K-BEN Ben, …"); the grid ignores them. */}
        <span className="merge-side-label">{which === 'mine' ? 'Mine' : 'Theirs'}</span>{' '}
        <span className="merge-value">{conflictSideText(conflict, which)}</span>{' '}
        <span className="merge-who">{whoText(by, at)}</span>
      </label>
    );
  };
  return (
    <li>
      <fieldset className="merge-conflict">
        <legend>{title}</legend>
        {side('mine')}
        {side('theirs')}
      </fieldset>
    </li>
  );
}

/**
 * The merge, before anything is applied: what comes in without question (a summary), each conflict
 * side by side with who and when, a choice per conflict or for all, and Apply / Cancel. A modal
 * <dialog>: focus moves in, Escape cancels, focus returns to the opener (the browser's own handling).
 */
export function MergeDialog({ fileName, plan, notice, onApply, onCancel }: MergeDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const empty = isEmptyPlan(plan);
  const open = plan.conflicts.filter((c) => choices[c.key] === undefined).length;
  const total = plan.conflicts.length;
  return (
    <dialog
      ref={ref}
      className="merge-dialog"
      aria-labelledby="merge-title"
      aria-describedby="merge-summary"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="merge-title">Merge case file {fileName}</h2>
      {notice ? <p role="alert">{notice}</p> : null}
      <p id="merge-summary" className="merge-summary">
        {empty ? `Nothing to merge: ${fileName} has nothing this case file lacks.` : mergeSummary(plan)}
      </p>
      {plan.kept > 0 ? (
        <p className="merge-note">
          {plan.kept.toLocaleString('en-US')} of your changes are newer than their values and are kept.
        </p>
      ) : null}
      {total > 0 ? (
        <>
          <h3>Conflicts: the same thing changed differently on both sides</h3>
          <div className="merge-all" role="group" aria-label="Choose for all conflicts">
            <button type="button" onClick={() => setChoices(chooseAll(plan, 'mine'))}>
              All mine
            </button>
            <button type="button" onClick={() => setChoices(chooseAll(plan, 'theirs'))}>
              All theirs
            </button>
          </div>
          <ol className="merge-conflicts">
            {plan.conflicts.map((c, i) => (
              <ConflictRow
                key={c.key}
                conflict={c}
                index={i}
                choice={choices[c.key]}
                onChoose={(choice) => setChoices((old) => ({ ...old, [c.key]: choice }))}
              />
            ))}
          </ol>
        </>
      ) : null}
      <div className="merge-actions">
        <span className="merge-left" aria-live="polite">
          {open > 0
            ? `Choose mine or theirs for ${open.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} conflicts.`
            : ''}
        </span>
        {empty ? null : (
          <button type="button" onClick={() => onApply(choices)} disabled={open > 0}>
            Apply merge
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {empty ? 'Close' : 'Cancel'}
        </button>
      </div>
    </dialog>
  );
}

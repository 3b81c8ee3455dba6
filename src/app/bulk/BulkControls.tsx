import { useEffect, useRef, useState } from 'react';
import type { Dataset } from '../../data/contract';
import {
  bulkEditStep,
  deleteFlightsStep,
  nowWho,
  stepSize,
  type EditResult,
  type FieldError,
} from '../../data/edit';
import {
  selectBulkIds,
  selectBulkTarget,
  selectDatasetTags,
  selectTargetTags,
  type BulkTarget,
} from '../../store/review-selectors';
import { useAirlift } from '../../store/store';
import { BulkEditForm } from './BulkEditForm';
import { bulkOpOf, confirmAction, confirmQuestion, EMPTY_FORM, type BulkForm } from './bulk-form';
import { ConfirmBox, Refusal } from './ConfirmBox';
import '../bulk.css';

/** A change built and waiting for the analyst's yes: the step is committed as built. */
interface Pending {
  question: string;
  action: string;
  hint?: string;
  /** Builds the step again if the dataset changed while the question was open. */
  build(dataset: Dataset): EditResult;
  dataset: Dataset;
  result: Extract<EditResult, { ok: true }>;
  /** What the status line says once done: "Added source to 37 flights." */
  done: string;
}

type Mode =
  | { kind: 'closed' }
  | { kind: 'form' }
  | { kind: 'confirm'; pending: Pending; back: 'form' | 'closed' }
  | { kind: 'refused'; errors: readonly FieldError[]; back: 'form' | 'closed' };

const doneText = (question: string) =>
  question
    .replace(/^Mark /, 'Marked ')
    .replace(/^Add /, 'Added ')
    .replace(/^Remove /, 'Removed ')
    .replace(/^Delete /, 'Deleted ')
    .replace(/\?$/, '.');

/**
 * The case toolbar's bulk actions on the filtered flights (what the table lists): edit them (set
 * confidence or review status, add a source, add or remove a tag) or delete them. Each asks first with
 * the count, then commits one step (one undo); a refusal is shown with its reasons and changes nothing.
 */
export function BulkControls() {
  const dataset = useAirlift((s) => s.dataset);
  const target = useAirlift(selectBulkTarget);
  const [mode, setMode] = useState<Mode>({ kind: 'closed' });
  const [form, setForm] = useState<BulkForm>(EMPTY_FORM);
  const [status, setStatus] = useState('');
  // Where the focus goes back to when the form or the question closes (it held a removed button).
  const opener = useRef<HTMLButtonElement | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    const open = mode.kind !== 'closed';
    if (wasOpen.current && !open && !opener.current?.disabled) opener.current?.focus();
    wasOpen.current = open;
  }, [mode.kind]);
  if (!dataset) return null;
  const none = target.n === 0;

  const ask = (
    build: (d: Dataset) => EditResult,
    texts: Pick<Pending, 'question' | 'action' | 'hint'>,
    back: 'form' | 'closed',
    total: number,
  ) => {
    setStatus('');
    const result = build(dataset);
    if (!result.ok) return setMode({ kind: 'refused', errors: result.errors, back });
    const changes = stepSize(result.step);
    // An empty step would be an undo that undoes nothing.
    if (changes === 0) {
      setStatus('Nothing to change: every one of these flights has it already.');
      return setMode({ kind: back });
    }
    const partly =
      changes < total
        ? `${changes.toLocaleString('en-US')} of them change; the others have it already.`
        : undefined;
    const hint = [partly, texts.hint].filter(Boolean).join(' ') || undefined;
    setMode({
      kind: 'confirm',
      back,
      pending: { ...texts, hint, build, dataset, result, done: doneText(texts.question) },
    });
  };

  const confirm = (pending: Pending) => {
    const state = useAirlift.getState();
    // Built on the dataset the question was asked about; if it changed meanwhile, build again.
    const result =
      state.dataset === pending.dataset
        ? pending.result
        : state.dataset
          ? pending.build(state.dataset)
          : null;
    if (!result) return setMode({ kind: 'closed' });
    if (!result.ok) return setMode({ kind: 'refused', errors: result.errors, back: 'closed' });
    state.commit(result.step);
    setStatus(pending.done);
    setMode({ kind: 'closed' });
    setForm(EMPTY_FORM);
  };

  const applyForm = (t: BulkTarget) => {
    const op = bulkOpOf(form);
    const who = nowWho(useAirlift.getState().analyst);
    const ids = selectBulkIds(useAirlift.getState());
    ask(
      (d) => bulkEditStep(d, ids, op, who),
      { question: confirmQuestion(op, t.count), action: confirmAction(op) },
      'form',
      ids.length,
    );
  };

  const askDelete = (t: BulkTarget) => {
    const who = nowWho(useAirlift.getState().analyst);
    const ids = selectBulkIds(useAirlift.getState());
    ask(
      (d) => deleteFlightsStep(d, ids, who),
      {
        question: `Delete ${t.count}?`,
        action: ids.length === 1 ? 'Delete flight' : 'Delete flights',
        hint: 'Undo brings them back.',
      },
      'closed',
      ids.length,
    );
  };

  const editOpen = mode.kind !== 'closed' && (mode.kind === 'form' || mode.back === 'form');
  return (
    <div className="bulk-controls">
      <button
        type="button"
        ref={editButton}
        aria-expanded={editOpen}
        disabled={none}
        onClick={() => {
          opener.current = editButton.current;
          setMode(editOpen ? { kind: 'closed' } : { kind: 'form' });
        }}
      >
        Bulk edit {target.label}…
      </button>
      <button
        type="button"
        ref={deleteButton}
        disabled={none}
        onClick={() => {
          opener.current = deleteButton.current;
          askDelete(target);
        }}
      >
        Delete {target.label}
      </button>
      {status ? (
        <span className="bulk-status" role="status">
          {status}
        </span>
      ) : null}
      {mode.kind === 'form' ? (
        <div className="bulk-popover">
          <OpenForm
            form={form}
            onChange={setForm}
            onApply={() => applyForm(target)}
            onClose={() => setMode({ kind: 'closed' })}
            target={target.label}
          />
        </div>
      ) : null}
      {mode.kind === 'confirm' ? (
        <div className="bulk-popover">
          <ConfirmBox
            question={mode.pending.question}
            action={mode.pending.action}
            hint={mode.pending.hint}
            onConfirm={() => confirm(mode.pending)}
            onCancel={() => setMode({ kind: mode.back })}
          />
        </div>
      ) : null}
      {mode.kind === 'refused' ? (
        <div className="bulk-popover">
          <Refusal errors={mode.errors} onDismiss={() => setMode({ kind: mode.back })} />
        </div>
      ) : null}
    </div>
  );
}

/** The form while it is open: only then are the tags of the filtered flights and the dataset listed. */
function OpenForm(props: Omit<Parameters<typeof BulkEditForm>[0], 'tags' | 'suggestions'>) {
  const tags = useAirlift(selectTargetTags);
  const suggestions = useAirlift(selectDatasetTags);
  return <BulkEditForm {...props} tags={tags} suggestions={suggestions} />;
}

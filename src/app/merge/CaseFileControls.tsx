import '../merge.css';
import { useEffect, useRef, useState } from 'react';
import type { Dataset } from '../../data/contract';
import { nowWho } from '../../data/edit';
import {
  caseFileJson,
  caseFileName,
  mergeSummary,
  planMerge,
  resolveMerge,
  type MergePlan,
} from '../../data/merge';
import type { MergeChoice } from '../../data/merge';
import { downloadText } from '../../io/download';
import { importFile } from '../../io/import-client';
import { useAirlift } from '../../store/store';
import { ImportFailurePanel, type FailureReport } from '../ImportErrors';
import { MergeDialog } from './MergeDialog';

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string; cancel(): void }
  | { kind: 'failed'; failure: FailureReport }
  | {
      kind: 'planned';
      fileName: string;
      mine: Dataset;
      theirs: Dataset;
      plan: MergePlan;
      notice?: string;
      round: number;
    };

/** A failed read of the colleague's file, shown as a failed import is, in a modal of its own. */
function FailureDialog({ failure, onClose }: { failure: FailureReport; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="merge-dialog"
      aria-label="Merge failed"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <ImportFailurePanel report={failure} onClose={onClose} />
    </dialog>
  );
}

/**
 * Case files: export the whole case (every flight, review, tags, events, tracks and the change log) and
 * merge a colleague's. The file is read by the import worker (as an import is, without loading it);
 * nothing changes until the analyst applies the merge, which is one undoable step.
 */
export function CaseFileControls() {
  const hasDataset = useAirlift((s) => s.dataset !== null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [status, setStatus] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  const exportCase = () => {
    const { dataset } = useAirlift.getState();
    if (!dataset) return;
    downloadText(caseFileJson(dataset), caseFileName(dataset.title, new Date()), 'application/json');
  };

  const readFile = async (file: File) => {
    setStatus('');
    const handle = importFile(file, { mode: 'replace' });
    setState({ kind: 'reading', fileName: file.name, cancel: handle.cancel });
    const outcome = await handle.promise;
    const mine = useAirlift.getState().dataset;
    if (outcome.kind === 'cancelled' || !mine) {
      setState({ kind: 'idle' });
      setStatus(`Merge of ${file.name} cancelled: nothing was changed.`);
    } else if (outcome.kind === 'failure') {
      const failure = {
        fileName: file.name,
        errors: [{ message: outcome.message }],
        totalErrors: 1,
        warnings: [],
      };
      setState({ kind: 'failed', failure });
    } else if (!outcome.result.ok) {
      const { errors, totalErrors, warnings } = outcome.result;
      setState({ kind: 'failed', failure: { fileName: file.name, errors, totalErrors, warnings } });
    } else {
      const theirs = outcome.result.dataset;
      setState({
        kind: 'planned',
        fileName: file.name,
        mine,
        theirs,
        plan: planMerge(mine, theirs),
        round: 0,
      });
    }
  };

  const apply = (choices: Record<string, MergeChoice>) => {
    if (state.kind !== 'planned') return;
    const { dataset, analyst, commit } = useAirlift.getState();
    if (!dataset) return;
    // An undo or another change while the dialog was open: plan again on what is there now.
    if (dataset !== state.mine) {
      const plan = planMerge(dataset, state.theirs);
      const notice = 'The data changed while this was open: the merge was planned again. Check it and apply.';
      setState({ ...state, mine: dataset, plan, notice, round: state.round + 1 });
      return;
    }
    commit(resolveMerge(dataset, state.plan, choices, nowWho(analyst)));
    setState({ kind: 'idle' });
    setStatus(`Merged ${state.fileName}: ${mergeSummary(state.plan)}.`);
  };

  const busy = state.kind === 'reading';
  return (
    <div className="case-file-controls">
      <button type="button" onClick={exportCase} disabled={!hasDataset}>
        Export case file
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,.gz"
        hidden
        aria-label="Case file to merge"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Cleared so that choosing the same file again (to merge it twice) fires a change.
          e.currentTarget.value = '';
          if (file) void readFile(file);
        }}
      />
      <button type="button" onClick={() => inputRef.current?.click()} disabled={!hasDataset || busy}>
        Merge case file…
      </button>
      {state.kind === 'reading' ? (
        <span className="merge-reading">
          Reading {state.fileName}…{' '}
          <button type="button" onClick={state.cancel}>
            Cancel
          </button>
        </span>
      ) : null}
      <span className="merge-status" role="status">
        {status}
      </span>
      {state.kind === 'failed' ? (
        <FailureDialog failure={state.failure} onClose={() => setState({ kind: 'idle' })} />
      ) : null}
      {state.kind === 'planned' ? (
        <MergeDialog
          // A new plan is a new dialog: the choices made for the old one are not carried over.
          key={state.round}
          fileName={state.fileName}
          plan={state.plan}
          notice={state.notice}
          onApply={apply}
          onCancel={() => {
            setState({ kind: 'idle' });
            setStatus(`Merge of ${state.fileName} cancelled: nothing was changed.`);
          }}
        />
      ) : null}
    </div>
  );
}

import './import.css';
import { useCallback, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Dataset, ImportFormat } from '../data/contract';
import { ENCODING_LABELS, type TextEncodingName } from '../data/import';
import { importFile, importFiles, type ImportOutcome, type ImportProgress } from '../io/import-client';
import type { ImportMode } from '../io/worker-protocol';
import { markBundled, useAirlift } from '../store/store';
import { DropZone } from './DropZone';
import {
  ImportFailurePanel,
  ImportStatusPanel,
  type FailureReport,
  type SuccessReport,
} from './ImportErrors';
import { loadBundledDataset } from './load-bundled';

const FORMAT_LABELS: Record<ImportFormat, string> = {
  json: 'Airlift JSON',
  csv: 'Airlift CSV',
  opensky: 'OpenSky flights export',
  readsb: 'ADS-B Exchange trace',
  'opensky-states': 'OpenSky state vectors',
  'opensky-tracks': 'OpenSky tracks',
  fr24: 'Flightradar24 export',
  kml: 'KML',
  tracks: 'Airlift tracks',
};

const PHASE_LABELS: Record<ImportProgress['phase'], string> = {
  reading: 'Reading',
  parsing: 'Checking',
  merging: 'Adding',
};

const count = (n: number, what: string) => `${n.toLocaleString('en-US')} ${what}${n === 1 ? '' : 's'}`;
const flights = (n: number) => count(n, 'flight');
const trackPoints = (d: Dataset) => (d.tracks ?? []).reduce((s, t) => s + t.points.length, 0);

/** ", read as Windows-1252" for a file that was not UTF-8, else ''. */
const readAs = (file: { encoding?: TextEncodingName } | undefined) =>
  file?.encoding && file.encoding !== 'utf-8' ? `, read as ${ENCODING_LABELS[file.encoding]}` : '';

/**
 * "from a.json (Airlift JSON)", "from excel.csv (Airlift CSV, read as Windows-1252)" or "from 2 files
 * (ADS-B Exchange trace, OpenSky state vectors)".
 */
function fromWhat(outcome: Extract<ImportOutcome, { kind: 'result' }>, format: ImportFormat): string {
  const files = outcome.files ?? [];
  if (files.length <= 1)
    return `${files[0]?.name ?? outcome.fileName} (${FORMAT_LABELS[files[0]?.format ?? format]}${readAs(files[0])})`;
  const labels = [...new Set(files.map((f) => (f.format ? FORMAT_LABELS[f.format] : 'unknown')))];
  const other = files.filter((f) => readAs(f) !== '').length;
  const encodings = other > 0 ? `; ${count(other, 'file')} not UTF-8, see below` : '';
  return `${count(files.length, 'file')} (${labels.join(', ')}${encodings})`;
}

/** The names of the files an import read: "a.json" or "a.json, b.csv". */
function fileNames(outcome: Extract<ImportOutcome, { kind: 'result' }>): string {
  const files = outcome.files ?? [];
  return files.length > 0 ? files.map((f) => f.name).join(', ') : outcome.fileName;
}

/**
 * Makes the loaded dataset `after` one undoable step (a replace: its undo brings back `before`). The
 * import's log entry is already in `after`; the step's own `log` stays empty, as a replace applies no list.
 */
function commitReplace(label: string, after: Dataset) {
  const { dataset: before, analyst } = useAirlift.getState();
  useAirlift.getState().commit({
    label,
    action: 'import',
    at: new Date().toISOString(),
    ...(analyst ? { by: analyst } : {}),
    log: [],
    replace: { before, after },
  });
}

type Report = { kind: 'failure'; failure: FailureReport } | { kind: 'status'; status: SuccessReport };

interface Busy {
  fileName: string;
  progress: ImportProgress;
  cancel(): void;
}

/**
 * "Bring your own data": import by picker or drop (parsed in a worker), replace or add, with the errors
 * or warnings shown as text, and a way back to the sample data. Each import is an undoable step.
 */
export function ImportControls({ reportSlot }: { reportSlot?: HTMLElement | null } = {}) {
  const [mode, setMode] = useState<ImportMode>('replace');
  const [busy, setBusy] = useState<Busy | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const hasDataset = useAirlift((s) => s.dataset !== null);
  const origin = useAirlift((s) => s.datasetOrigin);

  const runImport = useCallback(
    async (list: File[]) => {
      const [file] = list;
      if (!file) return;
      const { dataset: current } = useAirlift.getState();
      const effectiveMode: ImportMode = mode === 'add' && current ? 'add' : 'replace';
      setReport(null);
      const handle = (list.length > 1 ? importFiles.bind(null, list) : importFile.bind(null, file))({
        mode: effectiveMode,
        current: effectiveMode === 'add' ? (current ?? undefined) : undefined,
        onProgress: (progress) => setBusy((b) => (b ? { ...b, progress } : b)),
      });
      const busyName = list.length > 1 ? count(list.length, 'file') : file.name;
      setBusy({ fileName: busyName, progress: { phase: 'reading', fraction: 0 }, cancel: handle.cancel });
      const outcome = await handle.promise;
      setBusy(null);

      if (outcome.kind === 'cancelled') {
        setReport({
          kind: 'status',
          status: { message: `Import of ${outcome.fileName} cancelled: nothing was changed.`, warnings: [] },
        });
        return;
      }
      if (outcome.kind === 'failure') {
        const failure = { fileName: outcome.fileName, totalErrors: 1, warnings: [] };
        setReport({ kind: 'failure', failure: { ...failure, errors: [{ message: outcome.message }] } });
        return;
      }
      const { result } = outcome;
      if (!result.ok) {
        const { errors, totalErrors, warnings } = result;
        setReport({
          kind: 'failure',
          failure: { fileName: outcome.fileName, errors, totalErrors, warnings },
        });
        return;
      }
      const before = effectiveMode === 'add' && current ? current.flights.length : 0;
      const total = result.dataset.flights.length;
      const from = fromWhat(outcome, result.format);
      const points =
        trackPoints(result.dataset) - (effectiveMode === 'add' && current ? trackPoints(current) : 0);
      const withPoints = points > 0 ? `, ${count(points, 'track point')},` : '';
      const message =
        effectiveMode === 'add'
          ? `Added ${flights(total - before)}${withPoints} from ${from}: ${flights(total)} in all.`
          : `Imported ${flights(total)}${withPoints} from ${from}.`;
      // The import goes on the record: "<file names> (<n> flights)". The dataset is the worker's own copy
      // (a structured clone), so its log can take the entry in place.
      const names = fileNames(outcome);
      const { analyst } = useAirlift.getState();
      const entry = {
        at: new Date().toISOString(),
        ...(analyst ? { by: analyst } : {}),
        action: 'import' as const,
        after: `${names} (${flights(total - before)})`,
      };
      result.dataset.log = [...(result.dataset.log ?? []), entry];
      commitReplace(
        effectiveMode === 'add' ? `Add flights from ${names}` : `Import ${names}`,
        result.dataset,
      );
      // A new dataset starts unfiltered (the old filters may exclude all of it); adding keeps them.
      // The journal saves the step (src/io/journal-sync.ts) and says so if it cannot.
      if (effectiveMode === 'replace') useAirlift.getState().clearFilters();
      setReport({ kind: 'status', status: { message, warnings: result.warnings } });
    },
    [mode],
  );

  // Several files are one import: track files merge into one track import, others are added in turn.
  const onFiles = useCallback((files: File[]) => void runImport(files), [runImport]);

  // A step like an import: Undo brings the data back. The sample is loaded as it ships (its own log, no
  // entry added), so that it is still the sample ('bundled') after a reload.
  const resetToSample = () => {
    const ok = window.confirm('Replace the data with the sample data? Undo brings your data back.');
    if (!ok) return;
    commitReplace('Reset to sample data', markBundled(loadBundledDataset()));
    setReport(null);
  };

  // Progress and results: in-flow where the app puts them (below the header), else right here.
  const feedback = (
    <>
      {busy && (
        <div className="import-progress" role="group" aria-label="Import in progress">
          <span>
            {PHASE_LABELS[busy.progress.phase]} {busy.fileName}…
          </span>
          {/* The worker reports bytes read, then the start of checking and of merging. */}
          <progress max={1} value={busy.progress.fraction} aria-label={`Importing ${busy.fileName}`} />
          <button type="button" onClick={busy.cancel}>
            Cancel
          </button>
        </div>
      )}
      {report?.kind === 'failure' && (
        <ImportFailurePanel report={report.failure} onClose={() => setReport(null)} />
      )}
      {report?.kind === 'status' && (
        <ImportStatusPanel report={report.status} onClose={() => setReport(null)} />
      )}
    </>
  );

  return (
    <div className="import-controls">
      <input
        ref={inputRef}
        type="file"
        accept=".json,.csv,.gz,.kml"
        multiple
        hidden
        aria-label="Import flights file"
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          // Cleared so that choosing the same file again (after fixing it) fires a change.
          e.currentTarget.value = '';
          if (files.length > 0) void runImport(files);
        }}
      />
      <button type="button" onClick={() => inputRef.current?.click()} disabled={busy !== null}>
        Import…
      </button>
      <div className="import-mode" role="radiogroup" aria-label="Import mode">
        <label>
          <input
            type="radio"
            name="import-mode"
            value="replace"
            checked={mode === 'replace'}
            onChange={() => setMode('replace')}
            disabled={busy !== null}
          />
          Replace
        </label>
        <label>
          <input
            type="radio"
            name="import-mode"
            value="add"
            checked={mode === 'add'}
            onChange={() => setMode('add')}
            disabled={busy !== null || !hasDataset}
          />
          Add to current
        </label>
      </div>
      <button type="button" onClick={resetToSample} disabled={busy !== null || origin !== 'imported'}>
        Reset to sample data
      </button>
      {reportSlot ? createPortal(feedback, reportSlot) : feedback}
      <DropZone disabled={busy !== null} onFiles={onFiles} />
    </div>
  );
}

import './import.css';
import { useCallback, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Dataset, ImportFormat } from '../data/contract';
import { ENCODING_LABELS, type TextEncodingName } from '../data/import';
import { importFile, importFiles, type ImportOutcome, type ImportProgress } from '../io/import-client';
import { clearStoredDataset, saveDataset, STORAGE_UNAVAILABLE_NOTICE } from '../io/persist';
import type { ImportMode } from '../io/worker-protocol';
import { useAirlift } from '../store/store';
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

type Report = { kind: 'failure'; failure: FailureReport } | { kind: 'status'; status: SuccessReport };

interface Busy {
  fileName: string;
  progress: ImportProgress;
  cancel(): void;
}

/**
 * "Bring your own data": import by picker or drop (parsed in a worker), replace or add, with the errors
 * or warnings shown as text, and a way back to the sample data. Saves each import to IndexedDB.
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
      useAirlift.getState().loadDataset(result.dataset, 'imported');
      // A new dataset starts unfiltered (the old filters may exclude all of it); adding keeps them.
      if (effectiveMode === 'replace') useAirlift.getState().clearFilters();
      setReport({ kind: 'status', status: { message, warnings: result.warnings } });
      const saved = await saveDataset(result.dataset);
      if (!saved.ok) useAirlift.getState().addNotices([`${STORAGE_UNAVAILABLE_NOTICE} (${saved.reason}).`]);
    },
    [mode],
  );

  // Several files are one import: track files merge into one track import, others are added in turn.
  const onFiles = useCallback((files: File[]) => void runImport(files), [runImport]);

  const resetToSample = async () => {
    const ok = window.confirm(
      'Replace the imported data with the sample data? The imported data is also removed from this browser.',
    );
    if (!ok) return;
    await clearStoredDataset();
    useAirlift.getState().loadDataset(loadBundledDataset(), 'bundled');
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

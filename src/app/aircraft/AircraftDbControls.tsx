import './aircraft.css';
import { useRef, useState } from 'react';
import type { AircraftDbInfo, AircraftDbLayout } from '../../data/identity/types';
import { importAircraftDb } from '../../io/aircraft-db-client';
import { clearAircraftDb, saveAircraftDb } from '../../io/aircraft-db-store';
import { useAirlift } from '../../store/store';

const LAYOUT_LABELS: Record<AircraftDbLayout, string> = {
  opensky: 'OpenSky aircraft database',
  tar1090: 'tar1090-db',
};

type Report =
  | { kind: 'failure'; fileName: string; error: string }
  | { kind: 'done'; message: string; warnings: string[] };

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));
const rows = (n: number) => `${n.toLocaleString('en-US')} aircraft`;

/** "aircraftDatabase.csv (OpenSky aircraft database, 612,003 aircraft), imported 2026-12-02 14:05". */
export function describeDb(info: AircraftDbInfo): string {
  return `${info.name} (${LAYOUT_LABELS[info.layout]}, ${rows(info.rows)}), imported ${importedWhen(info)}`;
}
/** The import's date and time as written (ISO with its offset), without seconds. */
const importedWhen = (info: AircraftDbInfo) => info.importedAt.slice(0, 16).replace('T', ' ');

/**
 * The aircraft database: which one is in use (name, layout, size, date), import or replace it (read in
 * a worker, with progress: the page stays usable), remove it. A failed import changes nothing: the
 * database in use stays, and so does the one kept for the next visit.
 */
export function AircraftDbControls() {
  const info = useAirlift((s) => s.aircraftDb?.info);
  const [busy, setBusy] = useState<{ fileName: string; fraction: number } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const run = async (file: File) => {
    setReport(null);
    setBusy({ fileName: file.name, fraction: 0 });
    let outcome: Awaited<ReturnType<typeof importAircraftDb>>;
    try {
      outcome = await importAircraftDb(file, (fraction) => setBusy((b) => (b ? { ...b, fraction } : b)));
    } catch (e) {
      outcome = { ok: false, error: reason(e) };
    }
    setBusy(null);
    if (!outcome.ok) {
      setReport({ kind: 'failure', fileName: file.name, error: outcome.error });
      return;
    }
    const { table, warnings } = outcome;
    useAirlift.getState().setAircraftDb(table);
    const kept: string[] = [];
    try {
      await saveAircraftDb(table);
    } catch (e) {
      kept.push(`It is in use now but could not be kept for your next visit: ${reason(e)}`);
    }
    setReport({
      kind: 'done',
      message: `Aircraft database ${table.info.name} imported: ${rows(table.info.rows)}.`,
      warnings: [...warnings, ...kept],
    });
  };

  const remove = async () => {
    if (!info) return;
    const ok = window.confirm(
      `Remove the aircraft database ${info.name}? What it filled in disappears; import the file again to bring it back.`,
    );
    if (!ok) return;
    setReport(null);
    useAirlift.getState().setAircraftDb(null);
    try {
      await clearAircraftDb();
      setReport({ kind: 'done', message: `Aircraft database ${info.name} removed.`, warnings: [] });
    } catch (e) {
      setReport({
        kind: 'done',
        message: `Aircraft database ${info.name} removed for now.`,
        warnings: [
          `It could not be removed from this browser's storage and may be back next visit: ${reason(e)}`,
        ],
      });
    }
  };

  return (
    <div className="aircraft-db" role="group" aria-label="Aircraft database">
      <span className="aircraft-db__status">
        {info ? (
          <>
            Aircraft database: <span title={describeDb(info)}>{info.name}</span>{' '}
            <span className="aircraft-db__date">(imported {info.importedAt.slice(0, 10)})</span>
          </>
        ) : (
          'No aircraft database'
        )}
      </span>
      <input
        ref={input}
        type="file"
        accept=".csv,.gz,.txt,text/csv,application/gzip"
        hidden
        aria-label="Import aircraft database file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) fires a change.
          e.currentTarget.value = '';
          if (file) void run(file);
        }}
      />
      <button
        type="button"
        disabled={busy !== null}
        onClick={() => input.current?.click()}
        title="OpenSky aircraftDatabase.csv or tar1090-db aircraft.csv (gzip too)"
      >
        {info ? 'Replace aircraft database…' : 'Import aircraft database…'}
      </button>
      {info ? (
        <button type="button" disabled={busy !== null} onClick={() => void remove()}>
          Remove aircraft database
        </button>
      ) : null}
      {busy ? (
        <span className="aircraft-db__progress">
          <span>Reading {busy.fileName}…</span>
          <progress
            max={1}
            value={busy.fraction}
            aria-label={`Importing aircraft database ${busy.fileName}`}
          />
        </span>
      ) : null}
      {report?.kind === 'failure' ? (
        <div className="aircraft-db__report aircraft-db__report--failure" role="alert">
          <p>
            Aircraft database {report.fileName} not imported: {report.error} Nothing was changed
            {info ? `; ${info.name} is still in use` : ''}.
          </p>
          <button type="button" onClick={() => setReport(null)}>
            Close
          </button>
        </div>
      ) : report?.kind === 'done' ? (
        <div className="aircraft-db__report" role="status">
          <p>{report.message}</p>
          {report.warnings.length > 0 ? (
            <ul>
              {report.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          ) : null}
          <button type="button" onClick={() => setReport(null)}>
            Close
          </button>
        </div>
      ) : null}
    </div>
  );
}

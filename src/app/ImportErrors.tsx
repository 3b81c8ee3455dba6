import { useEffect, useRef, useState } from 'react';
import type { Issue } from '../data/contract';
import { ENCODING_FIELD } from '../data/import/decode-text';
import { downloadText } from '../io/download';

/** How many errors or warnings a panel lists; the rest are counted (and all listed ones copied). */
export const SHOWN_ISSUES = 100;

const n = (count: number) => count.toLocaleString('en-US');

/** Plain text of a failed import's errors, for the clipboard and the downloaded file. */
export function errorsText(fileName: string, errors: readonly Issue[], totalErrors: number): string {
  const lines = [
    `Import of "${fileName}" failed with ${n(totalErrors)} error${totalErrors === 1 ? '' : 's'}:`,
  ];
  for (const e of errors) lines.push(e.message);
  if (totalErrors > errors.length) {
    lines.push(
      `… and ${n(totalErrors - errors.length)} more errors (only the first ${n(errors.length)} are listed)`,
    );
  }
  return lines.join('\n') + '\n';
}

function errorsFileName(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '_') || 'import';
  return `${base}-import-errors.txt`;
}

function IssueList({ issues, total, noun }: { issues: readonly Issue[]; total: number; noun: string }) {
  const shown = issues.slice(0, SHOWN_ISSUES);
  return (
    <>
      <ul className="import-issues">
        {shown.map((issue, i) => (
          <li key={i}>{issue.message}</li>
        ))}
      </ul>
      {total > shown.length && (
        <p className="import-more">
          and {n(total - shown.length)} more {noun}
          {total - shown.length === 1 ? '' : 's'}
        </p>
      )}
    </>
  );
}

export interface FailureReport {
  fileName: string;
  errors: Issue[];
  totalErrors: number;
  warnings: Issue[];
}

/** A failed import: every error as text, copy and download, and the reassurance that nothing changed. */
export function ImportFailurePanel({ report, onClose }: { report: FailureReport; onClose(): void }) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [report]);

  const text = () => errorsText(report.fileName, report.errors, report.totalErrors);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };
  const { totalErrors } = report;
  return (
    <section className="import-panel import-failure" role="alert" aria-labelledby="import-failure-heading">
      <h2 id="import-failure-heading" ref={headingRef} tabIndex={-1}>
        Import failed: nothing was changed
      </h2>
      <p>
        {report.fileName}: {n(totalErrors)} error{totalErrors === 1 ? '' : 's'}. The loaded data, filters and
        selection are as they were.
      </p>
      <IssueList issues={report.errors} total={totalErrors} noun="error" />
      {report.warnings.length > 0 && (
        <p className="import-more">
          The file also had {n(report.warnings.length)} warning{report.warnings.length === 1 ? '' : 's'}.
        </p>
      )}
      {report.warnings
        .filter((w) => w.field === ENCODING_FIELD)
        .map((w, i) => (
          <p key={i} className="import-more">
            {w.message}
          </p>
        ))}
      <div className="import-panel-actions">
        <button type="button" onClick={copy}>
          Copy errors
        </button>
        <button
          type="button"
          onClick={() => downloadText(text(), errorsFileName(report.fileName), 'text/plain;charset=utf-8')}
        >
          Download errors as text
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
        <span aria-live="polite">
          {copyState === 'copied' && 'Copied.'}
          {copyState === 'failed' && 'Could not copy: use Download errors as text.'}
        </span>
      </div>
    </section>
  );
}

export interface SuccessReport {
  message: string;
  warnings: Issue[];
}

/** A finished (or cancelled) import: what was loaded, and any warnings. */
export function ImportStatusPanel({ report, onClose }: { report: SuccessReport; onClose(): void }) {
  return (
    <section className="import-panel import-success" role="status">
      <p className="import-summary">{report.message}</p>
      {report.warnings.length > 0 && (
        <>
          <h2>
            {n(report.warnings.length)} warning{report.warnings.length === 1 ? '' : 's'} (nothing was blocked)
          </h2>
          <IssueList issues={report.warnings} total={report.warnings.length} noun="warning" />
        </>
      )}
      <div className="import-panel-actions">
        <button type="button" onClick={onClose}>
          Dismiss
        </button>
      </div>
    </section>
  );
}

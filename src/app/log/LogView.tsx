import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { LOG_ACTIONS } from '../../data/contract';
import type { LogAction } from '../../data/contract';
import { describeLogEntry, formatLogTime, logToCsv, type LogQuery } from '../../data/query/log';
import { downloadText } from '../../io/download';
import { selectFilteredLog, selectLogFacets } from '../../store/selectors';
import { useAirlift } from '../../store/store';
import './log.css';

/** Rows per page: a bulk edit of 10,000 flights writes 10,000 entries. */
export const LOG_PAGE = 100;

/** "(no name)" in the Who filter: entries written before the analyst set a name. */
const NO_NAME = '\u0000';
const ANY = '';

/**
 * The whole dataset's change log in a dialog: filterable by who, action, field and text, newest first,
 * in pages, exportable as CSV (the rows that pass the filters).
 */
export function LogView({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [query, setQuery] = useState<LogQuery>({});
  const [page, setPage] = useState(0);
  const rows = useAirlift(selectFilteredLog(query));
  const total = useAirlift((s) => s.dataset?.log?.length ?? 0);
  const facets = useAirlift(selectLogFacets);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', ''); // jsdom has no showModal
    }
  }, []);

  const pages = Math.max(1, Math.ceil(rows.length / LOG_PAGE));
  const current = Math.min(page, pages - 1);
  const shown = rows.slice(current * LOG_PAGE, (current + 1) * LOG_PAGE);
  const change = (next: Partial<LogQuery>) => {
    setQuery((q) => {
      const out: LogQuery = { ...q, ...next };
      for (const k of Object.keys(out) as (keyof LogQuery)[]) if (out[k] === undefined) delete out[k];
      return out;
    });
    setPage(0);
  };
  const exportCsv = () => downloadText(logToCsv(rows), 'change-log.csv', 'text/csv;charset=utf-8');
  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      className="log-view"
      aria-labelledby={`${id}-title`}
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`}>Change log</h2>
      <div className="log-view__filters" role="group" aria-label="Filter the change log">
        <label>
          Who{' '}
          <select
            value={query.by === undefined ? ANY : query.by === '' ? NO_NAME : query.by}
            onChange={(e) =>
              change({
                by: e.target.value === ANY ? undefined : e.target.value === NO_NAME ? '' : e.target.value,
              })
            }
          >
            <option value={ANY}>Anyone</option>
            {facets.by.map((name) => (
              <option key={name || NO_NAME} value={name || NO_NAME}>
                {name || '(no name)'}
              </option>
            ))}
          </select>
        </label>
        <label>
          Action{' '}
          <select
            value={query.action ?? ANY}
            onChange={(e) => change({ action: (e.target.value || undefined) as LogAction | undefined })}
          >
            <option value={ANY}>Any</option>
            {LOG_ACTIONS.filter((a) => facets.actions.includes(a)).map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label>
          Field{' '}
          <select value={query.field ?? ANY} onChange={(e) => change({ field: e.target.value || undefined })}>
            <option value={ANY}>Any</option>
            {facets.fields.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </label>
        <label>
          Text{' '}
          <input
            type="search"
            value={query.text ?? ''}
            onChange={(e) => change({ text: e.target.value === '' ? undefined : e.target.value })}
          />
        </label>
      </div>
      <p className="log-view__count" role="status">
        {rows.length === total
          ? `${total} ${total === 1 ? 'entry' : 'entries'}`
          : `${rows.length} of ${total} entries`}
        {pages > 1
          ? ` · showing ${current * LOG_PAGE + 1}–${current * LOG_PAGE + shown.length}, newest first`
          : ''}
      </p>
      {shown.length > 0 ? (
        <table className="log-view__table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Flight</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ entry, position }) => (
              <tr key={position}>
                <td>
                  <time dateTime={entry.at} title={entry.at}>
                    {formatLogTime(entry.at)}
                  </time>
                </td>
                <td>{entry.by ?? '(no name)'}</td>
                <td>{entry.action}</td>
                <td>{entry.flightId ?? ''}</td>
                <td className="log-view__change">{describeLogEntry(entry)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{total === 0 ? 'No change is on record yet.' : 'No entry matches these filters.'}</p>
      )}
      <div className="log-view__actions">
        {pages > 1 ? (
          <>
            <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
              Newer
            </button>
            <span>
              Page {current + 1} of {pages}
            </span>
            <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
              Older
            </button>
          </>
        ) : null}
        <button type="button" disabled={rows.length === 0} onClick={exportCsv}>
          Export CSV
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}

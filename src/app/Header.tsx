import { useState } from 'react';
import { toCsv } from '../data/csv';
import { exportFileName } from '../data/describe';
import { toJson } from '../data/json';
import { downloadText } from '../io/download';
import { ImportControls } from './ImportControls';
import { selectSortedFlights } from '../store/selectors';
import { useAirlift } from '../store/store';

/** App name, the dataset's title, and the actions on the current view. */
export function Header() {
  const title = useAirlift((s) => s.dataset?.title ?? 'No dataset loaded');
  return (
    <header className="header">
      <h1>
        Airlift <span className="dataset-title">{title}</span>
      </h1>
      <div className="header-actions">
        <ImportControls />
        <ExportActions />
      </div>
    </header>
  );
}

function ExportActions() {
  const [copied, setCopied] = useState(false);
  const count = useAirlift((s) => selectSortedFlights(s).length);

  // Exports read the store at click time: exactly the rows shown, in the table's order.
  const exportAs = (format: 'csv' | 'json') => {
    const state = useAirlift.getState();
    if (!state.dataset) return;
    const flights = selectSortedFlights(state);
    const name = exportFileName(format, state.filters.from, state.filters.to);
    if (format === 'csv') downloadText(toCsv(flights, state.dataset), name, 'text/csv;charset=utf-8');
    else downloadText(toJson(flights, state.dataset), name, 'application/json');
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      useAirlift
        .getState()
        .addNotices([`Could not copy the link; copy it from the address bar: ${window.location.href}`]);
    }
  };

  return (
    <div className="header-actions" role="group" aria-label="Export">
      <button type="button" onClick={() => exportAs('csv')} disabled={count === 0}>
        Export CSV ({count.toLocaleString('en-US')})
      </button>
      <button type="button" onClick={() => exportAs('json')} disabled={count === 0}>
        Export JSON
      </button>
      <button type="button" onClick={copyLink}>
        {copied ? 'Link copied' : 'Copy link'}
      </button>
    </div>
  );
}

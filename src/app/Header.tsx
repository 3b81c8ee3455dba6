import { useState } from 'react';
import { toCsvParts } from '../data/export';
import { exportFileName } from '../data/query';
import { toGeoJson } from '../data/export';
import { toJson } from '../data/export';
import { downloadBlob, downloadText } from '../io/download';
import { snapshotPng } from '../io/snapshot';
import { AboutDialog } from './AboutDialog';
import { ImportControls } from './ImportControls';
import { ThemeSelect } from './ThemeSelect';
import { selectAirportsByIcao, selectCountsLine, selectSortedFlights, selectView } from '../store/selectors';
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
        <AboutDialog />
        <ThemeSelect />
      </div>
    </header>
  );
}

function ExportActions() {
  const [copied, setCopied] = useState(false);
  const count = useAirlift((s) => selectSortedFlights(s).length);

  // Exports read the store at click time: exactly the rows shown, in the table's order.
  const exportAs = (format: 'csv' | 'json' | 'geojson') => {
    const state = useAirlift.getState();
    const view = selectView(state);
    if (!state.dataset || !view) return;
    const flights = selectSortedFlights(state);
    const { from, to } = state.filters;
    if (format === 'csv') {
      const parts = toCsvParts(flights, state.dataset);
      downloadBlob(new Blob(parts, { type: 'text/csv;charset=utf-8' }), exportFileName('csv', from, to));
    } else if (format === 'json') {
      downloadText(toJson(flights, state.dataset), exportFileName('json', from, to), 'application/json');
    } else {
      const text = toGeoJson(view.routes, view.airports, selectAirportsByIcao(state));
      downloadText(text, exportFileName('geojson', from, to, 'routes'), 'application/geo+json');
    }
  };

  const snapshot = async () => {
    const state = useAirlift.getState();
    const map = document.querySelector<HTMLElement>('.leaflet-container');
    if (!map || !state.dataset) return;
    const view = selectView(state);
    const caption = [
      state.dataset.title,
      selectCountsLine(state),
      `View: ${window.location.href}`,
      'Routes: colour = strongest evidence (green confirmed, blue reported, orange inferred, pink synthetic); dashed = no confirmed multi-source flight.',
    ];
    if ((view?.confidenceCounts.synthetic ?? 0) > 0) {
      caption.push(
        `${view!.confidenceCounts.synthetic} of these flights are synthetic sample records, not observations.`,
      );
    }
    try {
      const rootStyle = getComputedStyle(document.documentElement);
      const png = await snapshotPng({
        map,
        timeline: document.querySelector<SVGSVGElement>('.tl-svg'),
        timelineDefs: document.querySelector('.tl-defs defs'),
        caption,
        background: rootStyle.getPropertyValue('--panel-bg').trim() || '#ffffff',
        foreground: rootStyle.getPropertyValue('--fg').trim() || '#111827',
      });
      downloadBlob(png, exportFileName('png', state.filters.from, state.filters.to, 'airlift'));
    } catch (error) {
      state.addNotices([error instanceof Error ? error.message : 'The snapshot failed.']);
    }
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
      <button type="button" onClick={() => exportAs('geojson')} disabled={count === 0}>
        Export GeoJSON
      </button>
      <button type="button" onClick={snapshot}>
        Snapshot PNG
      </button>
      <button type="button" onClick={copyLink}>
        {copied ? 'Link copied' : 'Copy link'}
      </button>
    </div>
  );
}

import { useState } from 'react';
import { exportSnapshot, exportViewResolved, type SnapshotTargets } from '../io/exports';
import { routeLegendText } from '../map/route-style';
import { AboutDialog } from './AboutDialog';
import { BriefButton } from './brief/BriefButton';
import { ImportControls } from './ImportControls';
import { ThemeSelect } from './ThemeSelect';
import { TrackExports } from './TrackExports';
import { selectSortedFlights } from '../store/selectors';
import { useAirlift } from '../store/store';
import { currentViewLink } from './use-url-sync';

/**
 * App name, the dataset's title (cut with an ellipsis when long, whole in its tooltip), import, About and
 * the theme: one row at any width from 1280 px (the title gives way). Import progress and results show in
 * `importSlot`, below the header, so an import never changes the header's height.
 */
export function Header({ importSlot }: { importSlot?: HTMLElement | null }) {
  const title = useAirlift((s) => s.dataset?.title ?? 'No dataset loaded');
  return (
    <header className="header">
      <h1>
        Airlift{' '}
        <span className="dataset-title" title={title}>
          {title}
        </span>
      </h1>
      <div className="header-actions">
        <ImportControls reportSlot={importSlot} />
        <AboutDialog />
        <ThemeSelect />
      </div>
    </header>
  );
}

/** The actions on the current view (exports, snapshot, link): a toolbar above the table. */
export function ExportActions({ snapshotTargets }: { snapshotTargets: () => SnapshotTargets }) {
  const [copied, setCopied] = useState(false);
  const count = useAirlift((s) => selectSortedFlights(s).length);
  const exportAs = (format: 'csv' | 'json' | 'geojson') => void exportViewResolved(format);

  const snapshot = async () => {
    const rootStyle = getComputedStyle(document.documentElement);
    const error = await exportSnapshot(useAirlift.getState(), snapshotTargets(), {
      legend: routeLegendText(),
      href: currentViewLink(),
      background: rootStyle.getPropertyValue('--panel-bg').trim() || '#ffffff',
      foreground: rootStyle.getPropertyValue('--fg').trim() || '#111827',
    });
    if (error) useAirlift.getState().addNotices([error]);
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(currentViewLink());
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      useAirlift
        .getState()
        .addNotices([`Could not copy the link; copy it from the address bar: ${currentViewLink()}`]);
    }
  };

  return (
    <div className="view-actions" role="group" aria-label="Export">
      <button type="button" onClick={() => exportAs('csv')} disabled={count === 0}>
        Export CSV ({count.toLocaleString('en-US')})
      </button>
      <button type="button" onClick={() => exportAs('json')} disabled={count === 0}>
        Export JSON
      </button>
      <button type="button" onClick={() => exportAs('geojson')} disabled={count === 0}>
        Export GeoJSON
      </button>
      <TrackExports />
      <button type="button" onClick={snapshot}>
        Snapshot PNG
      </button>
      <BriefButton snapshotTargets={snapshotTargets} />
      <button type="button" onClick={copyLink}>
        {copied ? 'Link copied' : 'Copy link'}
      </button>
    </div>
  );
}

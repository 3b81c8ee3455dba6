import './patterns.css';
import { useRef, useState } from 'react';
import { useAirlift } from '../../store/store';
import { CompareView } from './CompareView';
import { DestinationShare } from './DestinationShare';
import { GroundTimeView } from './GroundTimeView';
import { RhythmHeatmap } from './RhythmHeatmap';
import { SeriesTable } from './SeriesTable';
import { useHeldPanes } from './use-held-panes';

const TABS = [
  { id: 'compare', label: 'Compare periods' },
  { id: 'destinations', label: 'Where they landed' },
  { id: 'rhythm', label: 'When they fly' },
  { id: 'ground', label: 'Time on the ground' },
  { id: 'counts', label: 'Aircraft and operators' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/**
 * "Patterns": before vs after, where they landed, when they fly, how long they stay, and who flew, all
 * from the current filter. A dialog, so the map and timeline keep their size; only the tab on show
 * computes.
 */
export function PatternsDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [tab, setTab] = useState<TabId>('compare');
  const [open, setOpen] = useState(false);
  const hasData = useAirlift((s) => s.dataset !== null);
  useHeldPanes(open);
  if (!hasData) return null;
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = TABS.findIndex((t) => t.id === tab);
    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    setTab(next.id);
    document.getElementById(`patterns-tab-${next.id}`)?.focus();
  };
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        Patterns…
      </button>
      <dialog
        ref={dialog}
        className="patterns-dialog"
        aria-labelledby="patterns-title"
        onClose={() => setOpen(false)}
      >
        <h2 id="patterns-title">Patterns in the filtered flights</h2>
        <div role="tablist" aria-label="Pattern" onKeyDown={onKeyDown}>
          {TABS.map((t) => (
            <button
              key={t.id}
              id={`patterns-tab-${t.id}`}
              type="button"
              role="tab"
              aria-selected={tab === t.id}
              aria-controls="patterns-tabpanel"
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <div
          id="patterns-tabpanel"
          role="tabpanel"
          aria-labelledby={`patterns-tab-${tab}`}
          className="patterns-body"
        >
          {!open ? null : tab === 'compare' ? (
            <CompareView />
          ) : tab === 'destinations' ? (
            <DestinationShare />
          ) : tab === 'rhythm' ? (
            <RhythmHeatmap />
          ) : tab === 'ground' ? (
            <GroundTimeView />
          ) : (
            <SeriesTable />
          )}
        </div>
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </>
  );
}

import './brief.css';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { snapshotUrl } from '../../io/brief-snapshot';
import type { SnapshotTargets } from '../../io/exports';
import { routeLegendText } from '../../map/route-style';
import { useAirlift } from '../../store/store';
import { BriefDocument } from './BriefDocument';
import { currentViewLink } from '../use-url-sync';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * "Create brief": a printable report of the current view. The analyst writes a title and a summary;
 * the rest comes from the view. Printing goes through the browser (its "Save as PDF" is the export):
 * the print stylesheet shows only the brief, with its header and footer on every page. The brief is a
 * layer on the page's body (a portal), so printing can leave out the whole app beside it.
 */
export function BriefButton({ snapshotTargets }: { snapshotTargets: () => SnapshotTargets }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [picture, setPicture] = useState<{ url?: string; error?: string; pending: boolean }>({
    pending: false,
  });
  const opener = useRef<HTMLButtonElement>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  const hasData = useAirlift((s) => s.dataset !== null);

  const show = async () => {
    setOpen(true);
    setPicture({ pending: true });
    const rootStyle = getComputedStyle(document.documentElement);
    try {
      const url = await snapshotUrl(useAirlift.getState(), snapshotTargets(), {
        legend: routeLegendText(),
        href: currentViewLink(),
        background: '#ffffff',
        foreground: rootStyle.getPropertyValue('--fg').trim() || '#111827',
      });
      setPicture({ url, pending: false });
    } catch (error) {
      setPicture({ pending: false, error: error instanceof Error ? error.message : 'The picture failed.' });
    }
  };
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  useEffect(() => {
    if (open) titleInput.current?.focus();
  }, [open]);
  useEffect(() => () => void (picture.url && URL.revokeObjectURL(picture.url)), [picture.url]);

  if (!hasData) return null;
  return (
    <>
      <button type="button" ref={opener} onClick={() => void show()}>
        Create brief
      </button>
      {open
        ? createPortal(
            <div
              className="brief-layer"
              role="dialog"
              aria-modal="true"
              aria-labelledby="brief-heading"
              onKeyDown={(e) => e.key === 'Escape' && close()}
            >
              <div className="brief-controls">
                <h2 id="brief-heading">Brief of the current view</h2>
                <label>
                  Title{' '}
                  <input
                    ref={titleInput}
                    value={title}
                    onChange={(e) => setTitle(e.target.value)}
                    placeholder="The dataset's title"
                  />
                </label>
                <label>
                  Summary
                  <textarea value={summary} rows={4} onChange={(e) => setSummary(e.target.value)} />
                </label>
                <div className="brief-actions">
                  <button type="button" onClick={() => window.print()} disabled={picture.pending}>
                    {picture.pending ? 'Drawing the map…' : 'Print or save as PDF'}
                  </button>
                  <button type="button" onClick={close}>
                    Close
                  </button>
                </div>
                {picture.error ? (
                  <p role="alert">The map and timeline could not be drawn: {picture.error}</p>
                ) : null}
              </div>
              <BriefDocument
                title={title}
                summary={summary}
                link={currentViewLink()}
                madeOn={today()}
                pictureUrl={picture.url}
              />
            </div>,
            document.body,
          )
        : null}
    </>
  );
}

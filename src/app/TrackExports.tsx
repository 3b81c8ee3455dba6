import { useRef, useState } from 'react';
import { exportTracks } from '../io/exports';
import { selectOpenSkyQuery, selectShownTracks } from '../store/track-selectors';
import { useAirlift } from '../store/store';

/** Exports of the shown flights' tracks, and the SQL to fetch more of them from OpenSky. */
export function TrackExports() {
  const tracks = useAirlift((s) => selectShownTracks(s).length);
  return (
    <>
      <button type="button" onClick={() => exportTracks(useAirlift.getState(), 'geojson')} disabled={!tracks}>
        Tracks GeoJSON ({tracks.toLocaleString('en-US')})
      </button>
      <button type="button" onClick={() => exportTracks(useAirlift.getState(), 'kml')} disabled={!tracks}>
        Tracks KML
      </button>
      <OpenSkyDialog />
    </>
  );
}

/** A modal <dialog>: Escape closes it, focus returns to the button. */
function OpenSkyDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        Query for OpenSky
      </button>
      <dialog
        ref={dialog}
        className="opensky-dialog"
        aria-labelledby="opensky-title"
        onClose={() => setOpen(false)}
      >
        <h2 id="opensky-title">Query for OpenSky</h2>
        <p>
          Trino SQL for OpenSky&apos;s historical database, for the current view (dates, airports, shown
          aircraft). Run it, download the CSV, and drop it back on Airlift.
        </p>
        {open ? <OpenSkySql /> : null}
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </dialog>
    </>
  );
}

function OpenSkySql() {
  const query = useAirlift(selectOpenSkyQuery);
  if (!query.ok) {
    return (
      <div role="alert">
        <p>The query cannot be written for this view:</p>
        <ul>
          {query.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <>
      <SqlBlock id="opensky-states" title="State vectors (state_vectors_data4)" sql={query.stateVectorsSql} />
      <SqlBlock id="opensky-flights" title="Flights (flights_data4)" sql={query.flightsSql} />
    </>
  );
}

function SqlBlock({ id, title, sql }: { id: string; title: string; sql: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(sql);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <pre className="sql" tabIndex={0} aria-labelledby={`${id}-title`}>
        {sql}
      </pre>
      <button type="button" onClick={copy}>
        Copy {title.split(' ')[0]?.toLowerCase()} SQL
      </button>
      <span role="status">
        {copied === 'yes' ? ' Copied' : copied === 'failed' ? ' Could not copy: select the text' : ''}
      </span>
    </section>
  );
}

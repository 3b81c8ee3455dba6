import { useRef, useState } from 'react';
import { GAZETTEER_ATTRIBUTION } from '../data/geo';
import { describeMix, pluralFlights } from '../data/query';
import { selectAbout } from '../store/selectors';
import { useAirlift } from '../store/store';

/** "About this data": title, description, compilation date, licence, confidence mix and publishers. */
export function AboutDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const hasData = useAirlift((s) => s.dataset !== null);
  if (!hasData) return null;
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        About this data
      </button>
      <dialog
        ref={dialog}
        className="about-dialog"
        aria-labelledby="about-title"
        onClose={() => setOpen(false)}
      >
        {/* Its figures count every flight's publishers: computed only while it is open, not on every edit. */}
        {open ? <AboutBody /> : null}
      </dialog>
    </>
  );
}

function AboutBody() {
  const dataset = useAirlift((s) => s.dataset);
  const about = useAirlift(selectAbout);
  if (!dataset) return null;
  return (
    <>
      <h2 id="about-title">{dataset.title}</h2>
      {dataset.synthetic ? (
        <p className="about-warning">
          This dataset contains illustrative synthetic records: they are not observations.
        </p>
      ) : null}
      {dataset.description ? <p>{dataset.description}</p> : null}
      <dl className="details">
        <div>
          <dt>Flights</dt>
          <dd>
            {pluralFlights(dataset.flights.length)}: {describeMix(about.confidence)}
          </dd>
        </div>
        <div>
          <dt>Compiled</dt>
          <dd>{dataset.compiledAt ?? 'not stated'}</dd>
        </div>
        <div>
          <dt>Licence</dt>
          <dd>{dataset.license ?? 'not stated'}</dd>
        </div>
        <div>
          <dt>Events</dt>
          <dd>{dataset.events.length}</dd>
        </div>
        <div>
          <dt>Airport table</dt>
          <dd>{GAZETTEER_ATTRIBUTION}</dd>
        </div>
      </dl>
      <h3>Publishers cited</h3>
      <ul className="about-publishers">
        {about.publishers.map((p) => (
          <li key={p.name}>
            {p.name}{' '}
            <span className="count">({p.flights === 0 ? 'events only' : pluralFlights(p.flights)})</span>
          </li>
        ))}
      </ul>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </>
  );
}

import { useId, useState } from 'react';
import type { Flight } from '../../data/contract';
import { describeLogEntry, formatLogTime } from '../../data/query/log';
import { selectFlightLog } from '../../store/selectors';
import { useAirlift } from '../../store/store';
import './log.css';

/** Entries shown before "Show all": a flight edited a hundred times keeps the panel short. */
const FIRST_ENTRIES = 20;

/** The flight's change log in its panel: who, when and what (field, before → after), newest first. */
export function FlightLogSection({ flight }: { flight: Flight }) {
  const rows = useAirlift(selectFlightLog(flight.id));
  const [all, setAll] = useState(false);
  const headingId = useId();
  const shown = all ? rows : rows.slice(0, FIRST_ENTRIES);
  return (
    <section className="flight-log" aria-labelledby={headingId}>
      <h3 id={headingId}>Change log</h3>
      {rows.length === 0 ? (
        <p className="flight-log__none">No change to this flight is on record.</p>
      ) : (
        <ol className="log-entries">
          {shown.map(({ entry, position }) => (
            <li key={position}>
              <time dateTime={entry.at} title={entry.at}>
                {formatLogTime(entry.at)}
              </time>{' '}
              · <span className="log-who">{entry.by ?? 'no name'}</span> · {describeLogEntry(entry)}
            </li>
          ))}
        </ol>
      )}
      {rows.length > shown.length ? (
        <button type="button" onClick={() => setAll(true)}>
          Show all {rows.length} entries
        </button>
      ) : null}
    </section>
  );
}

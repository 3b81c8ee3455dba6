import type { AircraftHistory, HistoryField, IdentityChange } from '../../data/identity';
import { pluralFlights } from '../../data/query';

const FIELD_LABELS: Record<HistoryField, string> = {
  registration: 'Registration',
  operator: 'Operator',
  callsignPrefix: 'Callsign prefix',
};

/** Bar heights in px: the busiest month is full height. */
const BAR_MAX = 28;

/**
 * Flights per month as bars (a picture of the rhythm, hidden from screen readers) and the same numbers
 * as a table of the months that have flights, which is what a screen reader reads.
 */
function PerMonth({ perMonth }: { perMonth: AircraftHistory['perMonth'] }) {
  const max = perMonth.reduce((m, p) => Math.max(m, p.count), 0);
  const withFlights = perMonth.filter((p) => p.count > 0);
  const first = perMonth[0]?.month;
  const last = perMonth.at(-1)?.month;
  return (
    <>
      <div className="aircraft-months" aria-hidden="true">
        {perMonth.map((p) => (
          <span
            key={p.month}
            className="aircraft-months__bar"
            style={{ height: max > 0 ? Math.max(p.count > 0 ? 2 : 0, (p.count / max) * BAR_MAX) : 0 }}
            title={`${p.month}: ${pluralFlights(p.count)}`}
          />
        ))}
      </div>
      {first && last ? (
        <p className="hint" aria-hidden="true">
          {first === last ? first : `${first} to ${last}`}
        </p>
      ) : null}
      <details className="aircraft-months__table">
        <summary>Flights per month ({withFlights.length} with flights)</summary>
        <table>
          <caption className="ui-visually-hidden">Flights per month</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Flights</th>
            </tr>
          </thead>
          <tbody>
            {withFlights.map((p) => (
              <tr key={p.month}>
                <td>{p.month}</td>
                <td>{p.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {withFlights.length < perMonth.length ? (
          <p className="hint">Months without flights are left out.</p>
        ) : null}
      </details>
    </>
  );
}

function Change({ change }: { change: IdentityChange }) {
  const to = change.derived ? (
    <>
      <i>{change.to}</i> <span className="derived-tag">derived</span>
    </>
  ) : (
    <strong>{change.to}</strong>
  );
  return (
    <li>
      <span className="aircraft-change__date">{change.date}</span> {FIELD_LABELS[change.field]}{' '}
      {change.from !== undefined ? (
        <>
          changed from {change.from} to {to}
        </>
      ) : (
        <>first seen as {to}</>
      )}
    </li>
  );
}

/**
 * One airframe's history over the whole dataset: how many flights each month, and each registration,
 * operator and callsign prefix with the day it was first seen (a change of hands stays one aircraft).
 */
export function AircraftHistoryView({ history }: { history: AircraftHistory }) {
  const changes = history.changes;
  const changed = changes.filter((c) => c.from !== undefined).length;
  return (
    <section className="aircraft-history" aria-labelledby="aircraft-history-heading">
      <h3 id="aircraft-history-heading">History</h3>
      <p className="hint">All {pluralFlights(history.flights.length)} of this aircraft in the dataset.</p>
      <PerMonth perMonth={history.perMonth} />
      <h4>
        Registration, operator and callsign prefix
        {changed > 0 ? ` (${changed} ${changed === 1 ? 'change' : 'changes'})` : ''}
      </h4>
      {changes.length === 0 ? (
        <p className="hint">No registration, operator or callsign known.</p>
      ) : (
        <ul className="aircraft-changes">
          {changes.map((c) => (
            <Change key={`${c.field}-${c.flightId}`} change={c} />
          ))}
        </ul>
      )}
    </section>
  );
}

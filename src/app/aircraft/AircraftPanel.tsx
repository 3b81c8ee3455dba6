import './aircraft.css';
import type { Flight } from '../../data/contract';
import { airframeLabel } from '../../data/patterns';
import { formatSpan, pluralFlights } from '../../data/query';
import { selectAircraftHistory, selectSelectedAircraft } from '../../store/aircraft-selectors';
import { useAirlift } from '../../store/store';
import { FlightList } from '../../ui/FlightList';
import { AircraftHistoryView } from './AircraftHistory';
import { AircraftValues } from './AircraftValues';

/**
 * The selected aircraft: what it was called, its type and operators (each derived value marked, with
 * its source), its routes, "Filter to this aircraft", its history, and its flights in the filter.
 */
export function AircraftPanel({ airframe, flights }: { airframe: string; flights: readonly Flight[] }) {
  const inFilter = useAirlift(selectSelectedAircraft);
  const record = useAirlift(selectAircraftHistory);
  const filtered = useAirlift((s) => s.filters.aircraft);
  const setFilters = useAirlift((s) => s.setFilters);
  const select = useAirlift((s) => s.select);
  // The filter's view of it when it has flights there, else the whole dataset's.
  const shown = inFilter ?? record?.whole;
  const onlyThis = filtered?.length === 1 && filtered[0] === airframe;
  const title = shown?.label ?? airframeLabel(airframe);

  return (
    <>
      <h2>Aircraft {title}</h2>
      <p>
        {pluralFlights(flights.length)} in the current filter
        {inFilter ? `, ${formatSpan(inFilter.first, inFilter.last)}` : ''}
        {inFilter && inFilter.conflicts > 0 ? (
          <>
            {' '}
            · <span className="identity-conflict-badge">Identity conflict</span> on{' '}
            {pluralFlights(inFilter.conflicts)}
          </>
        ) : null}
      </p>
      {shown ? (
        <dl className="details">
          <div>
            <dt>Transponder (icao24)</dt>
            <dd>{shown.icao24 ?? 'not known'}</dd>
          </div>
          <div>
            <dt>Registration</dt>
            <dd>
              <AircraftValues values={shown.registrations} empty="not known" />
            </dd>
          </div>
          <div>
            <dt>Type</dt>
            <dd>
              <AircraftValues values={shown.aircraftTypes} empty="not known" />
            </dd>
          </div>
          <div>
            <dt>Operator</dt>
            <dd>
              <AircraftValues values={shown.operators} empty="not known" />
            </dd>
          </div>
          <div>
            <dt>Routes</dt>
            <dd>
              {shown.routes.map((r, i) => (
                <span key={r.key}>
                  {i > 0 ? ', ' : ''}
                  {r.origin} → {r.destination} ({r.count})
                </span>
              ))}
            </dd>
          </div>
        </dl>
      ) : (
        <p>No flight of this aircraft in the dataset.</p>
      )}
      {!inFilter && shown ? (
        <p className="hint">
          None of its flights is in the current filter: the values above are the dataset&apos;s.
        </p>
      ) : null}
      {onlyThis ? (
        <button type="button" onClick={() => setFilters({ aircraft: undefined })}>
          Clear the aircraft filter
        </button>
      ) : (
        <button type="button" onClick={() => setFilters({ aircraft: [airframe] })}>
          Filter to this aircraft
        </button>
      )}
      {record ? <AircraftHistoryView history={record.history} /> : null}
      <h3>Flights in the current filter</h3>
      <FlightList flights={flights} onSelectFlight={(f) => select({ kind: 'flight', id: f.id })} />
    </>
  );
}

import { FlightReviewSection } from './bulk/FlightReviewSection';
import { FlightEditSection } from './edit/FlightEditSection';
import { FlightLogSection } from './log/FlightLogSection';
import { describeMix, formatSpan, pluralFlights } from '../data/query';
import type { Flight } from '../data/contract';
import { formatFlightDate } from '../data/contract';
import { ConfidenceBadge } from '../ui/ConfidenceBadge';
import { TrackDetails } from './TrackDetails';
import { FlightList } from '../ui/FlightList';
import { SourceLinks } from '../ui/SourceLinks';
import {
  selectAirportsByIcao,
  selectSelectedFlight,
  selectSelectionFlights,
  selectSelectionSummary,
} from '../store/selectors';
import { useAirlift } from '../store/store';
import { selectSelectedFlightIdentity } from '../store/identity-selectors';
import type { FlightIdentity, IdentityField } from '../data/identity/types';
import { AircraftPanel } from './aircraft/AircraftPanel';
import { DerivedMark, IdentityConflicts } from './aircraft/IdentityBadge';
import type { ReactNode } from 'react';
import { airframeKey, airframeLabel } from '../data/patterns';

/** The selected route, airport, aircraft or flight: what it is, its evidence, its flights, and "filter to it". */
export function SelectionPanel() {
  const selection = useAirlift((s) => s.selection);
  const flights = useAirlift(selectSelectionFlights);
  const summary = useAirlift(selectSelectionSummary);
  const selectedFlight = useAirlift(selectSelectedFlight);
  const airports = useAirlift(selectAirportsByIcao);
  const select = useAirlift((s) => s.select);
  const setFilters = useAirlift((s) => s.setFilters);
  if (!selection) return null;

  const name = (icao: string) => {
    const a = airports.get(icao);
    return a ? `${icao}${a.iata ? ` (${a.iata})` : ''} ${a.name}` : icao;
  };
  const close = (
    <button type="button" className="close" onClick={() => select(null)} aria-label="Close selection">
      ×
    </button>
  );

  if (selection.kind === 'flight') {
    return (
      <section className="selection-panel" aria-label="Selected flight">
        {close}
        {selectedFlight ? <FlightDetails flight={selectedFlight} name={name} /> : <p>Flight not found.</p>}
      </section>
    );
  }

  if (selection.kind === 'aircraft') {
    return (
      <section className="selection-panel" aria-label="Selected aircraft">
        {close}
        <AircraftPanel airframe={selection.key} flights={flights} />
      </section>
    );
  }

  const isRoute = selection.kind === 'route';
  const [origin = '', destination = ''] = isRoute
    ? selection.key.split('>')
    : [selection.icao, selection.icao];
  const { first, last, mix, publishers } = summary;
  const title = isRoute ? `${name(origin)} → ${name(destination)}` : name(selection.icao);
  return (
    <section className="selection-panel" aria-label={isRoute ? 'Selected route' : 'Selected airport'}>
      {close}
      <h2>{title}</h2>
      <p>
        {pluralFlights(flights.length)} in the current filter
        {flights.length ? `, ${formatSpan(first, last)}` : ''}
      </p>
      <p>
        Evidence: {describeMix(mix)}; {publishers} {publishers === 1 ? 'publisher' : 'publishers'}
      </p>
      <button
        type="button"
        onClick={() =>
          isRoute
            ? setFilters({ origin, destination, airport: undefined })
            : setFilters({ airport: selection.icao })
        }
      >
        {isRoute ? 'Filter to this route' : 'Filter to this airport'}
      </button>
      {isRoute && <TrackDetails />}
      <FlightList flights={flights} onSelectFlight={(f) => select({ kind: 'flight', id: f.id })} />
    </section>
  );
}

/** The flight's own value, else the one a source derived (marked as derived, with its source). */
function identityValue(flight: Flight, identity: FlightIdentity | null, field: IdentityField): ReactNode {
  const own = flight[field];
  if (own) return own;
  const derived = identity?.derived.find((d) => d.field === field);
  return derived ? <DerivedMark derived={derived} /> : undefined;
}

/** From a flight to its aircraft: its panel, history and other flights. */
function AircraftLink({ flight, identity }: { flight: Flight; identity: FlightIdentity | null }) {
  const select = useAirlift((s) => s.select);
  const key = airframeKey(flight);
  if (key === undefined) return null;
  const registration =
    flight.registration || identity?.derived.find((d) => d.field === 'registration')?.value;
  return (
    <button type="button" onClick={() => select({ kind: 'aircraft', key })}>
      Show aircraft {registration ?? airframeLabel(key)}
    </button>
  );
}

function FlightDetails({ flight, name }: { flight: Flight; name(icao: string): string }) {
  const identity = useAirlift(selectSelectedFlightIdentity);
  const rows: [string, ReactNode][] = [
    ['Date', formatFlightDate(flight.date, flight.dateEnd)],
    ['From', name(flight.origin)],
    ['To', name(flight.destination)],
    ['Departure', flight.departureTime],
    ['Arrival', flight.arrivalTime],
    ['Operator', identityValue(flight, identity, 'operator')],
    ['Callsign', flight.callsign],
    ['Aircraft', identityValue(flight, identity, 'aircraftType')],
    ['Registration', identityValue(flight, identity, 'registration')],
    ['Transponder (icao24)', flight.icao24],
    ['Cargo', flight.cargo],
    ['Notes', flight.notes],
  ];
  return (
    <>
      <h2>Flight {flight.id}</h2>
      <p>
        <ConfidenceBadge confidence={flight.confidence} />
      </p>
      <IdentityConflicts conflicts={identity?.conflicts ?? []} />
      <dl className="details">
        {rows
          .filter(([, v]) => v !== undefined && v !== '')
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      <AircraftLink flight={flight} identity={identity} />
      <FlightReviewSection flight={flight} />
      <TrackDetails />
      <h3>Sources</h3>
      <SourceLinks sources={flight.sources} />
      <FlightEditSection flight={flight} />
      <FlightLogSection flight={flight} />
    </>
  );
}

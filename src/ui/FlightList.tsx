import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Flight } from '../data/contract';
import { formatFlightDate } from '../data/contract';
import { ConfidenceBadge } from './ConfidenceBadge';
import { SourceLinks } from './SourceLinks';

export interface FlightListProps {
  flights: readonly Flight[];
  onSelectFlight?(flight: Flight): void;
  selectedFlightId?: string;
  /** e.g. "UBBB (GYD)"; the bare ICAO code when absent. */
  airportLabel?(icao: string): string;
}

/** Above this many items the list is virtualized. */
export const FLIGHT_LIST_VIRTUAL_THRESHOLD = 200;
const ESTIMATED_ITEM_HEIGHT = 76;

interface ItemProps {
  flight: Flight;
  selected: boolean;
  onSelectFlight?(flight: Flight): void;
  airportLabel?(icao: string): string;
}

function FlightItemContent({ flight, selected, onSelectFlight, airportLabel }: ItemProps) {
  const label = (icao: string) => (airportLabel ? airportLabel(icao) : icao);
  const summary = (
    <>
      <span className="flight-list__date">{formatFlightDate(flight.date, flight.dateEnd)}</span>
      <span>
        {label(flight.origin)} → {label(flight.destination)}
      </span>
      {flight.operator ? <span>{flight.operator}</span> : null}
      {flight.aircraftType ? <span>{flight.aircraftType}</span> : null}
      {flight.registration ? <span>{flight.registration}</span> : null}
    </>
  );
  return (
    <>
      {onSelectFlight ? (
        <button
          type="button"
          className="flight-list__head"
          aria-current={selected ? 'true' : undefined}
          onClick={() => onSelectFlight(flight)}
        >
          {summary}
        </button>
      ) : (
        <div className="flight-list__head">{summary}</div>
      )}
      <div className="flight-list__meta">
        <ConfidenceBadge confidence={flight.confidence} /> · <SourceLinks sources={flight.sources} compact />
      </div>
      {flight.notes ? <p className="flight-list__notes">{flight.notes}</p> : null}
    </>
  );
}

function itemClass(selected: boolean): string {
  return selected ? 'flight-list__item is-selected' : 'flight-list__item';
}

function VirtualFlightList({ flights, onSelectFlight, selectedFlightId, airportLabel }: FlightListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read in render on purpose
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLLIElement>({
    count: flights.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ITEM_HEIGHT,
    overscan: 6,
    getItemKey: (index) => flights[index]?.id ?? index,
    // React 19 warns when flushSync runs inside the commit (measureElement refs); a scheduled render suffices.
    useFlushSync: false,
  });
  return (
    <div className="flight-list__scroller" ref={scrollRef}>
      <ul
        role="list"
        className="flight-list flight-list--virtual"
        style={{ height: virtualizer.getTotalSize() }}
        aria-label={`${flights.length} flights`}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const flight = flights[item.index];
          if (!flight) return null; // the virtualizer's count can trail a shrinking list by one render
          const selected = flight.id === selectedFlightId;
          return (
            <li
              key={item.key}
              role="listitem"
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={itemClass(selected)}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <FlightItemContent
                flight={flight}
                selected={selected}
                onSelectFlight={onSelectFlight}
                airportLabel={airportLabel}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A compact list of flights for the side panel; virtualized above 200 items. */
export function FlightList(props: FlightListProps) {
  const { flights, onSelectFlight, selectedFlightId, airportLabel } = props;
  if (flights.length > FLIGHT_LIST_VIRTUAL_THRESHOLD) return <VirtualFlightList {...props} />;
  return (
    <ul role="list" className="flight-list" aria-label={`${flights.length} flights`}>
      {flights.map((flight) => {
        const selected = flight.id === selectedFlightId;
        return (
          <li key={flight.id} role="listitem" className={itemClass(selected)}>
            <FlightItemContent
              flight={flight}
              selected={selected}
              onSelectFlight={onSelectFlight}
              airportLabel={airportLabel}
            />
          </li>
        );
      })}
    </ul>
  );
}

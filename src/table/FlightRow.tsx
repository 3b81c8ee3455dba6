import { memo } from 'react';
import type { Flight } from '../data/contract';
import { ConfidenceBadge } from '../ui/ConfidenceBadge';
import { SourceLinks } from '../ui/SourceLinks';

export interface FlightRowProps {
  flight: Flight;
  index: number;
  /** Offset of the row's top in the body, px. */
  start: number;
  selected: boolean;
  highlighted: boolean;
  /** Holds the roving tab stop. */
  active: boolean;
  airportLabel?(icao: string): string;
  hasTrack?: boolean;
}

/** Badges for the schema v2 evidence: an observed track, and each end observed in it. */
function TrackBadges({ flight, hasTrack }: { flight: Flight; hasTrack: boolean }) {
  const badges: [string, string][] = [];
  if (hasTrack) badges.push(['track', 'Has an observed track']);
  if (flight.departureObserved === true) badges.push(['dep', 'Departure observed']);
  if (flight.arrivalObserved === true) badges.push(['arr', 'Arrival observed']);
  return (
    <>
      {badges.map(([text, label]) => (
        <abbr key={text} className="track-badge" title={label}>
          {text}
        </abbr>
      ))}
    </>
  );
}

function Cell({ text, className }: { text: string | undefined; className?: string }) {
  const value = text ?? '';
  return (
    <td role="cell" className={className} title={value || undefined}>
      {value}
    </td>
  );
}

// Memoized: while scrolling, rows that stay in view keep their props and are not re-rendered.
export const FlightRow = memo(function FlightRow({
  flight,
  index,
  start,
  selected,
  highlighted,
  active,
  airportLabel,
  hasTrack = false,
}: FlightRowProps) {
  // Stripes by index, not :nth-child: rows mount and unmount as the table scrolls.
  const classes = ['flights-table__row', index % 2 === 1 ? 'is-odd' : 'is-even'];
  if (selected) classes.push('is-selected');
  if (highlighted) classes.push('is-highlighted');
  if (flight.confidence === 'synthetic') classes.push('is-synthetic');
  return (
    <tr
      role="row"
      className={classes.join(' ')}
      data-index={index}
      data-flight-id={flight.id}
      aria-rowindex={index + 2}
      aria-current={selected ? 'true' : undefined}
      tabIndex={active ? 0 : -1}
      style={{ transform: `translateY(${start}px)` }}
    >
      <Cell text={flight.date} className="flights-table__date ft-col-date" />
      <Cell text={airportLabel ? airportLabel(flight.origin) : flight.origin} className="ft-col-origin" />
      <Cell
        text={airportLabel ? airportLabel(flight.destination) : flight.destination}
        className="ft-col-destination"
      />
      <Cell text={flight.operator} className="ft-col-operator" />
      <Cell text={flight.callsign} className="ft-col-callsign" />
      <Cell text={flight.aircraftType} className="ft-col-aircraftType" />
      <Cell text={flight.registration} className="ft-col-registration" />
      <td role="cell" className="ft-col-confidence">
        <ConfidenceBadge confidence={flight.confidence} />
        <TrackBadges flight={flight} hasTrack={hasTrack} />
      </td>
      <td role="cell" className="ft-col-sources">
        <SourceLinks sources={flight.sources} compact linkTabIndex={active ? 0 : -1} />
      </td>
    </tr>
  );
});

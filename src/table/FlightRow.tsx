import { memo } from 'react';
import type { ReactNode } from 'react';
import type { Flight } from '../data/contract';
import { formatFlightDate } from '../data/contract';
import { ConfidenceBadge } from '../ui/ConfidenceBadge';
import { SourceLinks } from '../ui/SourceLinks';
import { CellEditor } from './CellEditor';
import type { FlightIdentity, IdentityField } from '../data/identity/types';
import { ConflictBadge, DerivedText } from './identity-marks';
import type { SortKey } from '../data/contract';
import { COLUMNS, type Column } from './columns';

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
  /** On the active row: the column F2 edits (outlined while the row has focus). */
  activeColumn?: SortKey;
  /** The column being edited in place in this row, if any. */
  editing?: SortKey;
  /** The id of the table's line that shows why an edit was refused; set while it shows one. */
  editErrorId?: string;
  onSaveCell?(flight: Flight, column: Column, text: string): Promise<boolean>;
  onCancelCell?(flight: Flight): void;
  /** What the identity sources add to the flight (derived values, conflicts); the same object per flight. */
  identity?: FlightIdentity;
}

const IDENTITY_COLUMNS: ReadonlySet<SortKey> = new Set<IdentityField>([
  'registration',
  'aircraftType',
  'operator',
]);

/** The derived value a cell shows when the flight lacks the field and a source gives it. */
function derivedFor(flight: Flight, key: SortKey, identity: FlightIdentity | undefined) {
  if (!identity || !IDENTITY_COLUMNS.has(key) || (flight[key] ?? '') !== '') return undefined;
  return identity.derived.find((d) => d.field === key);
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

/** The review status as a word (not colour alone); an unreviewed flight shows nothing. */
function ReviewBadge({ flight }: { flight: Flight }) {
  const review = flight.review;
  if (!review || review.status === 'unreviewed') return null;
  const word = review.status === 'disputed' ? 'Disputed' : 'Verified';
  const title = [word, review.by ? `by ${review.by}` : '', review.note ? `: ${review.note}` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <span className={`review-badge review-badge--${review.status}`} title={title}>
      {word}
    </span>
  );
}

/** What a cell shows as text, and the text its editor starts with. */
function cellText(flight: Flight, key: SortKey, airportLabel?: (icao: string) => string): string {
  switch (key) {
    case 'date':
      return formatFlightDate(flight.date, flight.dateEnd);
    case 'origin':
    case 'destination':
      return airportLabel ? airportLabel(flight[key]) : flight[key];
    case 'sources':
      return '';
    default:
      return flight[key] ?? '';
  }
}

function editorText(flight: Flight, key: SortKey): string {
  if (key === 'origin' || key === 'destination') return flight[key];
  return cellText(flight, key);
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
  activeColumn,
  editing,
  editErrorId,
  onSaveCell,
  onCancelCell,
  identity,
}: FlightRowProps) {
  // Stripes by index, not :nth-child: rows mount and unmount as the table scrolls.
  const classes = ['flights-table__row', index % 2 === 1 ? 'is-odd' : 'is-even'];
  if (selected) classes.push('is-selected');
  if (highlighted) classes.push('is-highlighted');
  if (flight.confidence === 'synthetic') classes.push('is-synthetic');
  if (flight.review?.status === 'disputed') classes.push('is-disputed');
  const conflicts = identity?.conflicts ?? [];
  if (conflicts.length > 0) classes.push('has-identity-conflict');

  const content = (column: Column): ReactNode => {
    if (editing === column.key && column.edit && onSaveCell && onCancelCell)
      return (
        <CellEditor
          kind={column.edit}
          initial={editorText(flight, column.key)}
          label={`${column.label} of flight ${flight.id}`}
          errorId={editErrorId ?? ''}
          invalid={editErrorId !== undefined}
          onSave={(text) => onSaveCell(flight, column, text)}
          onCancel={() => onCancelCell(flight)}
        />
      );
    switch (column.key) {
      case 'confidence':
        return (
          <>
            {/* First: a conflict is the exception the analyst must not miss where the cell is cut off. */}
            <ConflictBadge conflicts={conflicts} />
            <ConfidenceBadge confidence={flight.confidence} />
            <ReviewBadge flight={flight} />
            <TrackBadges flight={flight} hasTrack={hasTrack} />
          </>
        );
      case 'sources':
        return <SourceLinks sources={flight.sources} compact linkTabIndex={active ? 0 : -1} />;
      default: {
        const derived = derivedFor(flight, column.key, identity);
        return derived ? <DerivedText derived={derived} /> : cellText(flight, column.key, airportLabel);
      }
    }
  };

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
      {COLUMNS.map((column) => {
        const node = content(column);
        const text = typeof node === 'string' ? node : '';
        const cls = [`ft-col-${column.key}`];
        if (column.key === 'date') cls.push('flights-table__date');
        if (active && activeColumn === column.key) cls.push('is-cell-active');
        return (
          <td
            key={column.key}
            role="cell"
            className={cls.join(' ')}
            data-column={column.key}
            title={text || undefined}
          >
            {node}
          </td>
        );
      })}
    </tr>
  );
});

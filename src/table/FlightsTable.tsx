import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import type { Flight, SortKey, SortSpec } from '../data/contract';
import type { FieldError } from '../data/edit';
import { editFlightCell } from './cell-edit';
import {
  COLUMNS,
  EDITABLE_COLUMNS,
  HEADER_HEIGHT,
  ROW_HEIGHT,
  ariaSort,
  nextSort,
  type Column,
  type EditKind,
} from './columns';
import { FlightRow } from './FlightRow';
import { useFixedRows } from './use-fixed-rows';
import { airframeKey } from '../data/patterns';
import { selectIdentityOf } from '../store/identity-selectors';
import { useAirlift } from '../store/store';

/** Saves one cell's text: null when saved (or unchanged), else why it was refused. */
export type EditCell = (
  flight: Flight,
  field: string,
  kind: EditKind,
  text: string,
) => Promise<FieldError[] | null>;

export interface FlightsTableProps {
  /** Already filtered and sorted. */
  flights: readonly Flight[];
  sort: SortSpec;
  /** Clicking a header: the same key toggles the direction, a new key starts ascending. */
  onSortChange(sort: SortSpec): void;
  selectedFlightId?: string;
  /** `${origin}>${destination}`: rows of that route are highlighted. */
  highlightedRouteKey?: string;
  /** A row click, or Enter / Space on a focused row. */
  onSelectFlight(flight: Flight): void;
  /** e.g. "UBBB (GYD)"; the bare ICAO code when absent. */
  airportLabel?(icao: string): string;
  /** Flight ids that have an observed track (schema v2): their rows show a "track" badge. */
  trackIds?: ReadonlyMap<string, unknown>;
  /**
   * Saves an edited cell (double-click, or F2 on a row; Left and Right choose the column). Defaults to
   * the store's editFlightStep; `false` makes the table read-only.
   */
  onEditCell?: EditCell | false;
}

interface Editing {
  id: string;
  key: SortKey;
}

const ROW_GEOMETRY = { rowHeight: ROW_HEIGHT, header: HEADER_HEIGHT, overscan: 8 } as const;

/** The flights as a virtualized, sortable, keyboard-navigable table: only the rows in view are in the DOM. */
export function FlightsTable({
  flights,
  sort,
  onSortChange,
  selectedFlightId,
  highlightedRouteKey,
  onSelectFlight,
  airportLabel,
  trackIds,
  onEditCell = editFlightCell,
}: FlightsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  // Row to focus once the virtualizer has rendered it (after scrolling there).
  const focusPending = useRef<number | null>(null);
  const count = flights.length;
  const [activeColumn, setActiveColumn] = useState(0);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [editError, setEditError] = useState<string | null>(null);
  // The flight to focus once the edit has landed: an edit can move its row (the sort).
  const focusFlight = useRef<string | null>(null);
  const ids = useId();
  // Who flew (issue 14): each row in view asks for its flight's identity (cached per flight object, so
  // scrolling resolves only rows never seen); an aircraft selection highlights its rows as a route's do.
  const identityOf = useAirlift(selectIdentityOf);
  const highlightedAircraft = useAirlift((s) =>
    s.selection?.kind === 'aircraft' ? s.selection.key : undefined,
  );
  const editErrorId = `${ids}-edit-error`;

  // Every row has one height: the rows in view are arithmetic (fixed-rows.ts), under the sticky header.
  const rows = useFixedRows(scrollRef, count, ROW_GEOMETRY);
  const { items, scrollToIndex } = rows;

  // Keep the selected flight in view when it is chosen elsewhere (map, list).
  const lastSelected = useRef(selectedFlightId);
  useEffect(() => {
    if (selectedFlightId === lastSelected.current) return;
    lastSelected.current = selectedFlightId;
    if (selectedFlightId === undefined) return;
    const index = flights.findIndex((f) => f.id === selectedFlightId);
    if (index >= 0) scrollToIndex(index);
  }, [selectedFlightId, flights, scrollToIndex]);

  useLayoutEffect(() => {
    const pending = focusPending.current;
    if (pending === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${pending}"]`);
    if (row) {
      focusPending.current = null;
      row.focus({ preventScroll: true });
    }
  });

  const moveFocus = useCallback(
    (index: number) => {
      focusPending.current = index;
      setActiveIndex(index);
      scrollToIndex(index);
    },
    [scrollToIndex],
  );

  useEffect(() => {
    const id = focusFlight.current;
    if (id === null) return;
    focusFlight.current = null;
    const index = flights.findIndex((f) => f.id === id);
    if (index >= 0) moveFocus(index);
  }, [flights, moveFocus]);

  // Read through refs so the callbacks stay the same and memoized rows do not re-render.
  const latest = useRef({ flights, onEditCell });
  useLayoutEffect(() => {
    latest.current = { flights, onEditCell };
  });
  const endEdit = useCallback(
    (flight: Flight) => {
      setEditing(null);
      setEditError(null);
      focusFlight.current = flight.id;
      const index = latest.current.flights.findIndex((f) => f.id === flight.id);
      if (index >= 0) moveFocus(index);
    },
    [moveFocus],
  );
  const saveCell = useCallback(
    async (flight: Flight, column: Column, text: string) => {
      const edit = latest.current.onEditCell;
      if (!edit || !column.edit) return true;
      const errors = await edit(flight, column.key, column.edit, text);
      if (errors && errors.length > 0) {
        setEditError(errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; '));
        return false;
      }
      endEdit(flight);
      return true;
    },
    [endEdit],
  );
  const startEdit = (flight: Flight, column: Column | undefined) => {
    if (!onEditCell || !column?.edit) return;
    setEditError(null);
    setEditing({ id: flight.id, key: column.key });
  };

  const onBodyClick = (event: MouseEvent<HTMLTableSectionElement>) => {
    const target = event.target as Element;
    if (target.closest('a, input, select')) return; // a source link opens, an editor edits
    const row = target.closest<HTMLElement>('tr[data-index]');
    if (!row) return;
    const index = Number(row.dataset.index);
    const flight = flights[index];
    if (!flight) return;
    setActiveIndex(index);
    onSelectFlight(flight);
  };

  const onBodyDoubleClick = (event: MouseEvent<HTMLTableSectionElement>) => {
    const target = event.target as Element;
    const cell = target.closest<HTMLElement>('td[data-column]');
    const row = target.closest<HTMLElement>('tr[data-index]');
    const flight = row ? flights[Number(row.dataset.index)] : undefined;
    const column = COLUMNS.find((c) => c.key === cell?.dataset.column);
    if (!flight || !column?.edit || target.closest('a, input, select')) return;
    const editable = EDITABLE_COLUMNS.indexOf(column);
    setActiveColumn(editable);
    startEdit(flight, column);
  };

  const onBodyKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const row = event.target as HTMLElement;
    // Keys inside a row (a focused link) keep their own meaning.
    if (row.tagName !== 'TR' || row.dataset.index === undefined) return;
    const index = Number(row.dataset.index);
    const page = Math.max(
      1,
      Math.floor(((scrollRef.current?.clientHeight ?? 0) - HEADER_HEIGHT) / ROW_HEIGHT),
    );
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = index + 1;
        break;
      case 'ArrowUp':
        next = index - 1;
        break;
      case 'PageDown':
        next = index + page;
        break;
      case 'PageUp':
        next = index - page;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'ArrowLeft':
      case 'ArrowRight':
        if (!onEditCell) return;
        event.preventDefault();
        setActiveColumn((c) =>
          Math.max(0, Math.min(EDITABLE_COLUMNS.length - 1, c + (event.key === 'ArrowLeft' ? -1 : 1))),
        );
        return;
      case 'F2': {
        event.preventDefault();
        const flight = flights[index];
        if (flight) startEdit(flight, EDITABLE_COLUMNS[activeColumn]);
        return;
      }
      case 'Enter':
      case ' ': {
        event.preventDefault();
        const flight = flights[index];
        if (flight) {
          setActiveIndex(index);
          onSelectFlight(flight);
        }
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    moveFocus(Math.max(0, Math.min(count - 1, next)));
  };

  // One row holds the tab stop; when it has scrolled out of the DOM, the first row in view takes it.
  const active = Math.min(activeIndex, count - 1);
  const firstInView = items.find((item) => item.top >= rows.scrollTop) ?? items[0];
  const tabStop = items.some((item) => item.index === active) ? active : firstInView?.index;

  return (
    <div className="flights-table" ref={scrollRef}>
      <table
        role="table"
        aria-label="Flights"
        aria-rowcount={count + 1}
        aria-describedby={onEditCell ? `${ids}-help` : undefined}
        className="flights-table__table"
      >
        <thead role="rowgroup" className="flights-table__head">
          <tr role="row" aria-rowindex={1} className="flights-table__header-row">
            {COLUMNS.map((column) => {
              const state = ariaSort(sort, column.key);
              return (
                <th
                  key={column.key}
                  role="columnheader"
                  scope="col"
                  aria-sort={state}
                  className={`ft-col-${column.key}`}
                >
                  <button
                    type="button"
                    className="flights-table__sort"
                    onClick={() => onSortChange(nextSort(sort, column.key))}
                  >
                    <span className="flights-table__sort-label">{column.label}</span>
                    <span className="flights-table__sort-icon" aria-hidden="true">
                      {state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody
          role="rowgroup"
          className="flights-table__body"
          style={{ height: rows.totalHeight }}
          onClick={onBodyClick}
          onDoubleClick={onBodyDoubleClick}
          onKeyDown={onBodyKeyDown}
        >
          {items.map((item) => {
            const flight = flights[item.index];
            if (!flight) return null; // never expected: the window is clamped to the count
            // Keyed by position: after a filter or sort change the rows in view take their new
            // flights in place (text updates) instead of 30 rows being removed and built again.
            return (
              <FlightRow
                key={item.index}
                flight={flight}
                index={item.index}
                start={item.top}
                selected={flight.id === selectedFlightId}
                highlighted={
                  (highlightedRouteKey !== undefined &&
                    `${flight.origin}>${flight.destination}` === highlightedRouteKey) ||
                  (highlightedAircraft !== undefined && airframeKey(flight) === highlightedAircraft)
                }
                identity={identityOf(flight)}
                active={item.index === tabStop}
                airportLabel={airportLabel}
                hasTrack={trackIds?.has(flight.id) ?? false}
                activeColumn={
                  item.index === tabStop && onEditCell ? EDITABLE_COLUMNS[activeColumn]?.key : undefined
                }
                editing={editing?.id === flight.id ? editing.key : undefined}
                editErrorId={editing?.id === flight.id && editError ? editErrorId : undefined}
                onSaveCell={saveCell}
                onCancelCell={endEdit}
              />
            );
          })}
        </tbody>
      </table>
      {onEditCell ? (
        <p id={`${ids}-help`} className="ui-visually-hidden">
          Double-click a cell, or press F2 on a row (Left and Right choose the column), to edit it in place:
          Enter saves, Escape cancels.
        </p>
      ) : null}
      {editing && editError ? (
        <p id={editErrorId} role="alert" className="flights-table__edit-error">
          {editError}
        </p>
      ) : null}
      {count === 0 ? (
        <p className="flights-table__empty" role="status">
          No flights match the filters.
        </p>
      ) : null}
    </div>
  );
}

import { useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Airport } from '../../data/contract';
import type { AirportLookup } from '../../data/edit';
import { airportOptionLabel, searchAirports } from './airport-search';

export interface AirportPickerProps {
  id: string;
  name: string;
  /** The text as typed: an ICAO code once an option is picked. */
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  /** Airports to search, best first: the dataset's, then the gazetteer's. */
  lists: readonly (readonly Airport[])[];
  lookup: AirportLookup;
  /** While the gazetteer loads, only the dataset's airports are found. */
  loading?: boolean;
  invalid?: boolean;
  describedBy?: string;
}

/**
 * A combobox (WAI-ARIA pattern, list autocomplete): type a code or part of a name, pick with the arrow
 * keys and Enter or with the mouse; the field keeps the picked airport's ICAO code, its name shows below.
 */
export function AirportPicker({
  id,
  name,
  value,
  onChange,
  onBlur,
  lists,
  lookup,
  loading = false,
  invalid = false,
  describedBy,
}: AirportPickerProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const matches = useMemo(() => (open ? searchAirports(lists, value) : []), [open, lists, value]);
  const listId = `${id}-options`;
  const nameId = `${id}-airport`;
  const code = value.trim().toUpperCase();
  const chosen = code.length === 4 ? lookup.get(code) : undefined;
  const shown = open && matches.length > 0;

  const pick = (airport: Airport) => {
    onChange(airport.icao);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((a) => Math.min(a + 1, matches.length - 1));
        return;
      case 'ArrowUp':
        event.preventDefault();
        setActive((a) => Math.max(a - 1, 0));
        return;
      case 'Enter': {
        const airport = shown ? matches[active] : undefined;
        if (airport) {
          event.preventDefault(); // picks the option; does not submit the form
          pick(airport);
        }
        return;
      }
      case 'Escape':
        if (shown) {
          // Closes the list only; a second Escape cancels the form.
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          setActive(-1);
        }
        return;
    }
  };

  return (
    <div className="airport-picker">
      <input
        id={id}
        name={name}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={[nameId, describedBy].filter(Boolean).join(' ')}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          onBlur?.();
        }}
      />
      <ul
        id={listId}
        role="listbox"
        className="airport-picker__options"
        hidden={!shown}
        aria-label="Airports"
      >
        {shown
          ? matches.map((airport, i) => (
              <li
                key={airport.icao}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'is-active' : undefined}
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(airport);
                }}
              >
                {airportOptionLabel(airport)}
              </li>
            ))
          : null}
      </ul>
      <span id={nameId} className="airport-picker__name">
        {chosen ? chosen.name : loading ? 'Loading the airport table…' : ''}
      </span>
    </div>
  );
}

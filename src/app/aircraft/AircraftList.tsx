import './aircraft.css';
import { useDeferredValue, useMemo, useState } from 'react';
import {
  aircraftMatcher,
  sortAircraft,
  type AircraftList,
  type AircraftSortKey,
  type AircraftSummary,
  type SortDirection,
} from '../../data/identity';
import { airframeLabel } from '../../data/patterns';
import { formatSpan, pluralFlights } from '../../data/query';
import {
  aircraftListFor,
  selectSelectedAircraftKey,
  selectShownFlights,
  selectShownPositions,
} from '../../store/aircraft-selectors';
import { selectIdentityOf } from '../../store/identity-selectors';
import { useAirlift } from '../../store/store';
import { AircraftValues } from './AircraftValues';

const PAGE = 30;

const SORTS: { value: string; key: AircraftSortKey; dir: SortDirection; label: string }[] = [
  { value: 'count-desc', key: 'count', dir: 'desc', label: 'Most flights first' },
  { value: 'count-asc', key: 'count', dir: 'asc', label: 'Fewest flights first' },
  { value: 'last-desc', key: 'last', dir: 'desc', label: 'Last seen, newest first' },
  { value: 'last-asc', key: 'last', dir: 'asc', label: 'Last seen, oldest first' },
  { value: 'registration-asc', key: 'registration', dir: 'asc', label: 'Registration, A to Z' },
  { value: 'registration-desc', key: 'registration', dir: 'desc', label: 'Registration, Z to A' },
  { value: 'aircraftType-asc', key: 'aircraftType', dir: 'asc', label: 'Type, A to Z' },
  { value: 'aircraftType-desc', key: 'aircraftType', dir: 'desc', label: 'Type, Z to A' },
  { value: 'operator-asc', key: 'operator', dir: 'asc', label: 'Operator, A to Z' },
  { value: 'operator-desc', key: 'operator', dir: 'desc', label: 'Operator, Z to A' },
];

/**
 * Every airframe of the filtered flights (by icao24, else registration): registration, type, operators,
 * flights, first and last seen, routes. Searchable and sortable; a click selects it (its flights are
 * highlighted on the map, timeline and table) and its panel offers "Filter to this aircraft".
 */
export function AircraftList() {
  // Grouped a render after the other views: a filter change paints the map and table first. (Were the
  // deferred flights ever not the deferred index's, the list groups them directly: never a wrong list.)
  const index = useDeferredValue(useAirlift((s) => s.index));
  const flights = useDeferredValue(useAirlift(selectShownFlights));
  const positions = useDeferredValue(useAirlift(selectShownPositions));
  const identityOf = useDeferredValue(useAirlift(selectIdentityOf));
  const list = aircraftListFor(index, flights, identityOf, positions);
  const selectedKey = useAirlift(selectSelectedAircraftKey);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState('count-desc');
  const [limit, setLimit] = useState(PAGE);
  // Typing stays quick with thousands of aircraft: the list follows a moment later.
  const deferredQuery = useDeferredValue(query);
  const order = SORTS.find((s) => s.value === sort) ?? SORTS[0]!;
  const shown = useMemo(() => {
    const matches = list.aircraft.filter(aircraftMatcher(deferredQuery));
    return order.key === 'count' && order.dir === 'desc'
      ? matches
      : sortAircraft(matches, order.key, order.dir);
  }, [list, deferredQuery, order.key, order.dir]);
  const top = shown.slice(0, limit);

  return (
    <section className="routes-list aircraft-list" aria-labelledby="aircraft-heading">
      <h2 id="aircraft-heading">Aircraft</h2>
      <AircraftFilterNote list={list} />
      <div className="field">
        <label htmlFor="aircraft-search">Search aircraft</label>
        <input
          id="aircraft-search"
          type="search"
          value={query}
          placeholder="registration, icao24, type, operator"
          onChange={(e) => {
            setQuery(e.target.value);
            setLimit(PAGE);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="aircraft-sort">Sort aircraft by</label>
        <select id="aircraft-sort" value={sort} onChange={(e) => setSort(e.target.value)}>
          {SORTS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      {top.length === 0 ? (
        <p className="hint">
          {list.aircraft.length === 0
            ? 'No aircraft in the current filter.'
            : 'No aircraft match the search.'}
        </p>
      ) : null}
      <ul>
        {top.map((a) => (
          <li key={a.key}>
            <AircraftButton aircraft={a} selected={a.key === selectedKey} />
          </li>
        ))}
      </ul>
      {shown.length > top.length ? (
        <p className="hint">
          {top.length} of {shown.length} aircraft shown.{' '}
          <button type="button" onClick={() => setLimit((n) => n + PAGE)}>
            Show {Math.min(PAGE, shown.length - top.length)} more
          </button>
        </p>
      ) : null}
      {list.unidentified > 0 ? (
        <p className="hint">
          {pluralFlights(list.unidentified)} with neither icao24 nor registration{' '}
          {list.unidentified === 1 ? 'is' : 'are'} not listed.
        </p>
      ) : null}
    </section>
  );
}

function AircraftButton({ aircraft: a, selected }: { aircraft: AircraftSummary; selected: boolean }) {
  const select = useAirlift((s) => s.select);
  const labelValue = a.registrations.find((v) => v.value === a.label);
  const routes = a.routes.slice(0, 2);
  return (
    <button
      type="button"
      className={selected ? 'route-button aircraft-item selected' : 'route-button aircraft-item'}
      aria-pressed={selected}
      onClick={() => select({ kind: 'aircraft', key: a.key })}
    >
      <span className="aircraft-item__head">
        <span className="aircraft-item__label">
          {labelValue ? <AircraftValues values={[labelValue]} compact /> : a.label}
        </span>{' '}
        <span className="count">{a.count}</span>
      </span>
      {a.icao24 && a.icao24 !== a.label ? <span className="aircraft-item__line">{a.icao24}</span> : null}
      {a.aircraftTypes.length > 0 || a.operators.length > 0 ? (
        <span className="aircraft-item__line">
          <AircraftValues values={a.aircraftTypes.slice(0, 1)} compact empty="" />
          {a.aircraftTypes.length > 0 && a.operators.length > 0 ? ' · ' : ''}
          <AircraftValues values={a.operators} compact empty="" />
        </span>
      ) : null}
      <span className="aircraft-item__line">{formatSpan(a.first, a.last)}</span>
      <span className="aircraft-item__line">
        {routes.map((r) => `${r.origin} → ${r.destination} (${r.count})`).join(', ')}
        {a.routes.length > routes.length ? `, +${a.routes.length - routes.length} more` : ''}
      </span>
      {a.conflicts > 0 ? (
        <span className="aircraft-item__line">
          <span className="identity-conflict-badge">Identity conflict</span>
        </span>
      ) : null}
    </button>
  );
}

/** While "Filter to this aircraft" is in force: which aircraft, and a way out. */
function AircraftFilterNote({ list }: { list: AircraftList }) {
  const keys = useAirlift((s) => s.filters.aircraft);
  const setFilters = useAirlift((s) => s.setFilters);
  if (!keys || keys.length === 0) return null;
  // Its registration when the list knows it (the filter holds the icao24).
  const label = (key: string) => list.aircraft.find((a) => a.key === key)?.label ?? airframeLabel(key);
  return (
    <p className="aircraft-filter-note">
      Filtered to {keys.length === 1 ? 'aircraft' : `${keys.length} aircraft:`} {keys.map(label).join(', ')}{' '}
      <button type="button" onClick={() => setFilters({ aircraft: undefined })}>
        Clear aircraft filter
      </button>
    </p>
  );
}

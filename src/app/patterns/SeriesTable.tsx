import { useState } from 'react';
import { airframeLabel } from '../../data/patterns';
import { sortSeriesRows as sortRows, type SeriesKey, type SeriesUnit } from '../../data/patterns';
import { selectSeries } from '../../store/pattern-selectors';
import { useAirlift } from '../../store/store';

const LISTED = 50;

/** Per-aircraft or per-operator flights per month or quarter: one row each, busiest first. */
export function SeriesTable() {
  const [by, setBy] = useState<Exclude<SeriesKey, 'destination'>>('operator');
  const [unit, setUnit] = useState<SeriesUnit>('quarter');
  const series = useAirlift((s) => selectSeries(s, by, unit));
  // Sorted by a column: the key, the total, or one period (its index); busiest first by default.
  const [sort, setSort] = useState<{ column: 'key' | 'total' | number; descending: boolean }>({
    column: 'total',
    descending: true,
  });
  const rows = sortRows(series.rows, sort.column, sort.descending);
  const sortBy = (column: 'key' | 'total' | number) =>
    setSort((s) => ({ column, descending: s.column === column ? !s.descending : column !== 'key' }));
  const ariaSort = (column: 'key' | 'total' | number) =>
    sort.column === column ? (sort.descending ? 'descending' : 'ascending') : undefined;
  return (
    <div className="series">
      <div className="series-options">
        <label>
          By{' '}
          <select value={by} onChange={(e) => setBy(e.target.value as 'operator' | 'aircraft')}>
            <option value="operator">operator</option>
            <option value="aircraft">aircraft</option>
          </select>
        </label>
        <label>
          Per{' '}
          <select value={unit} onChange={(e) => setUnit(e.target.value as SeriesUnit)}>
            <option value="month">month</option>
            <option value="quarter">quarter</option>
          </select>
        </label>
      </div>
      {series.withoutKey > 0 ? (
        <p className="hint">
          {series.withoutKey} flights have no {by === 'operator' ? 'operator' : 'icao24 or registration'} and
          are not in the table.
        </p>
      ) : null}
      {series.rows.length === 0 ? (
        <p className="hint">Nothing to count in the current filter.</p>
      ) : (
        <div className="series-scroll">
          <table className="series-table">
            <caption>
              Flights per {by} and {unit}
              {series.rows.length > LISTED ? ` (busiest ${LISTED} of ${series.rows.length})` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col" aria-sort={ariaSort('key')}>
                  <button type="button" onClick={() => sortBy('key')}>
                    {by === 'operator' ? 'Operator' : 'Aircraft'}
                  </button>
                </th>
                <th scope="col" aria-sort={ariaSort('total')}>
                  <button type="button" onClick={() => sortBy('total')}>
                    Total
                  </button>
                </th>
                {series.periods.map((p, j) => (
                  <th key={p} scope="col" aria-sort={ariaSort(j)}>
                    <button type="button" onClick={() => sortBy(j)}>
                      {p}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, LISTED).map((r) => (
                <tr key={r.key}>
                  <th scope="row">{by === 'aircraft' ? airframeLabel(r.key) : r.key}</th>
                  <td>{r.total}</td>
                  {r.counts.map((n, j) => (
                    <td key={series.periods[j]} className={n === 0 ? 'empty' : undefined}>
                      {n === 0 ? '' : n}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

import { useState } from 'react';
import { airframeLabel } from '../../data/patterns';
import type { SeriesKey, SeriesUnit } from '../../data/patterns';
import { selectSeries } from '../../store/pattern-selectors';
import { useAirlift } from '../../store/store';

const LISTED = 50;

/** Per-aircraft or per-operator flights per month or quarter: one row each, busiest first. */
export function SeriesTable() {
  const [by, setBy] = useState<Exclude<SeriesKey, 'destination'>>('operator');
  const [unit, setUnit] = useState<SeriesUnit>('quarter');
  const series = useAirlift((s) => selectSeries(s, by, unit));
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
                <th scope="col">{by === 'operator' ? 'Operator' : 'Aircraft'}</th>
                <th scope="col">Total</th>
                {series.periods.map((p) => (
                  <th key={p} scope="col">
                    {p}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {series.rows.slice(0, LISTED).map((r) => (
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

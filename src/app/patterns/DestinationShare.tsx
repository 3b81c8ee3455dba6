import { useState } from 'react';
import type { SeriesUnit } from '../../data/patterns';
import { selectSeries } from '../../store/pattern-selectors';
import { useAirlift } from '../../store/store';

/** Destinations drawn by name; the rest are summed into "other" so the bars stay readable. */
const NAMED = 5;
const WIDTH = 640;
const HEIGHT = 180;

/**
 * Where the flights of the current filter landed, per month or quarter: stacked bars (a shift from one
 * airport to another shows at a glance) and the same figures as a table.
 */
export function DestinationShare() {
  const [unit, setUnit] = useState<SeriesUnit>('month');
  const series = useAirlift((s) => selectSeries(s, 'destination', unit));
  const named = series.rows.slice(0, NAMED);
  const other = series.rows.slice(NAMED);
  const layers = [
    ...named.map((r, i) => ({ key: r.key, counts: r.counts, className: `share-${i}` })),
    ...(other.length > 0
      ? [
          {
            key: `other (${other.length})`,
            counts: series.periods.map((_, j) => other.reduce((sum, r) => sum + r.counts[j]!, 0)),
            className: 'share-other',
          },
        ]
      : []),
  ];
  const totals = series.periods.map((_, j) => layers.reduce((sum, l) => sum + l.counts[j]!, 0));
  const max = Math.max(1, ...totals);
  const barWidth = series.periods.length === 0 ? 0 : WIDTH / series.periods.length;
  return (
    <div className="destination-share">
      <label>
        Per{' '}
        <select value={unit} onChange={(e) => setUnit(e.target.value as SeriesUnit)}>
          <option value="month">month</option>
          <option value="quarter">quarter</option>
        </select>
      </label>
      {series.periods.length === 0 ? (
        <p className="hint">No flights in the current filter.</p>
      ) : (
        <>
          <svg
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            className="share-chart"
            role="img"
            aria-label={`Flights per ${unit} by destination, ${series.periods[0]} to ${series.periods.at(-1)}`}
          >
            {series.periods.map((p, j) => {
              let y = HEIGHT;
              return (
                <g key={p}>
                  {layers.map((l) => {
                    const h = (l.counts[j]! / max) * (HEIGHT - 4);
                    y -= h;
                    return h > 0 ? (
                      <rect
                        key={l.key}
                        className={l.className}
                        x={j * barWidth + 1}
                        y={y}
                        width={Math.max(1, barWidth - 2)}
                        height={h}
                      >
                        <title>{`${p} ${l.key}: ${l.counts[j]}`}</title>
                      </rect>
                    ) : null;
                  })}
                </g>
              );
            })}
          </svg>
          <ul className="share-legend">
            {layers.map((l) => (
              <li key={l.key}>
                <span className={`swatch ${l.className}`} aria-hidden="true" /> {l.key}
              </li>
            ))}
          </ul>
          <table className="share-table">
            <caption>Flights by destination and {unit}</caption>
            <thead>
              <tr>
                <th scope="col">{unit === 'month' ? 'Month' : 'Quarter'}</th>
                {layers.map((l) => (
                  <th key={l.key} scope="col">
                    {l.key}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {series.periods.map((p, j) =>
                totals[j] === 0 ? null : (
                  <tr key={p}>
                    <th scope="row">{p}</th>
                    {layers.map((l) => (
                      <td key={l.key}>{l.counts[j]}</td>
                    ))}
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

import { useState } from 'react';
import { airframeLabel } from '../../data/patterns';
import { describeGroundTimes, formatMinutes, type UnpairedReason } from '../../data/patterns';
import { selectArrivalAirports, selectGroundTimes } from '../../store/pattern-selectors';
import { useAirlift } from '../../store/store';

const LISTED = 200;

/** Time on the ground at an airport: the median, the number of turnarounds, each pair, and the gaps. */
export function GroundTimeView() {
  const arrivals = useAirlift(selectArrivalAirports);
  const selected = useAirlift((s) => (s.selection?.kind === 'airport' ? s.selection.icao : undefined));
  // The airports flights arrive at, busiest first; the selected airport if it is one of them.
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const airport = chosen ?? selected ?? arrivals[0]?.icao;
  const g = useAirlift((s) => (airport ? selectGroundTimes(s, airport) : undefined));
  if (!airport || !g) return <p className="hint">No arrivals in the current filter.</p>;
  const reasons = Object.entries(g.unpaired) as [UnpairedReason, number][];
  return (
    <div className="ground-time">
      <label>
        Airport{' '}
        <select value={airport} onChange={(e) => setChosen(e.target.value)}>
          {arrivals.map((a) => (
            <option key={a.icao} value={a.icao}>
              {a.icao} ({a.arrivals} arrivals)
            </option>
          ))}
        </select>
      </label>
      <p className="ground-summary" role="status">
        {describeGroundTimes(g)}.
      </p>
      {reasons.length > 0 ? (
        <ul className="ground-unpaired" aria-label="Arrivals not paired">
          {reasons.map(([reason, n]) => (
            <li key={reason}>
              {n}: {reason}
            </li>
          ))}
        </ul>
      ) : null}
      {g.pairs.length > 0 ? (
        <table className="ground-pairs">
          <caption>
            Turnarounds at {airport}
            {g.pairs.length > LISTED ? ` (first ${LISTED} of ${g.pairs.length})` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Aircraft</th>
              <th scope="col">Arrived (flight)</th>
              <th scope="col">Left (flight)</th>
              <th scope="col">On the ground</th>
            </tr>
          </thead>
          <tbody>
            {g.pairs.slice(0, LISTED).map((p) => (
              <tr key={p.arrival.id}>
                <td>{airframeLabel(p.aircraft)}</td>
                <td>
                  {p.arrival.arrivalTime} ({p.arrival.id})
                </td>
                <td>
                  {p.departure.departureTime} ({p.departure.id})
                </td>
                <td>{formatMinutes(p.minutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

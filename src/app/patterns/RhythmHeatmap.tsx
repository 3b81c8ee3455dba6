import { useEffect, useState } from 'react';
import { WEEKDAYS, type RhythmEnd } from '../../data/patterns';
import { selectRhythm } from '../../store/pattern-selectors';
import { useAirlift } from '../../store/store';
import { loadAirportZones } from './airport-zones';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/** Departures or arrivals by weekday and hour, in UTC or each airport's local time. */
export function RhythmHeatmap() {
  const [end, setEnd] = useState<RhythmEnd>('departure');
  const [clock, setClock] = useState<'utc' | 'local'>('utc');
  const [zoneOf, setZoneOf] = useState<((icao: string) => string | undefined) | undefined>(undefined);
  useEffect(() => {
    if (clock !== 'local' || zoneOf) return;
    let live = true;
    void loadAirportZones().then((z) => live && setZoneOf(() => z));
    return () => {
      live = false;
    };
  }, [clock, zoneOf]);
  const waiting = clock === 'local' && !zoneOf;
  const rhythm = useAirlift((s) => selectRhythm(s, end, clock === 'local' ? zoneOf : undefined));
  const max = Math.max(1, ...rhythm.counts);
  // A click on a cell filters every view to its flights (in this clock and end); again, clears it.
  const when = useAirlift((s) => s.filters.when);
  const setFilters = useAirlift((s) => s.setFilters);
  const isChosen = (weekday: number, hour: number) =>
    when !== undefined &&
    when.end === end &&
    when.clock === clock &&
    when.weekday === weekday &&
    when.hour === hour;
  const choose = (weekday: number, hour: number, chosen: boolean) =>
    setFilters({ when: chosen ? undefined : { end, clock, weekday, hour } });
  return (
    <div className="rhythm">
      <div className="rhythm-options">
        <label>
          Count{' '}
          <select value={end} onChange={(e) => setEnd(e.target.value as RhythmEnd)}>
            <option value="departure">Departures</option>
            <option value="arrival">Arrivals</option>
          </select>
        </label>
        <label>
          Clock{' '}
          <select value={clock} onChange={(e) => setClock(e.target.value as 'utc' | 'local')}>
            <option value="utc">UTC</option>
            <option value="local">the airport&apos;s local time</option>
          </select>
        </label>
      </div>
      {waiting ? (
        <p role="status">Loading the airports&apos; time zones…</p>
      ) : (
        <>
          <p role="status">
            {rhythm.counted} {end === 'departure' ? 'departures' : 'arrivals'} with a time
            {rhythm.withoutTime > 0 ? `; ${rhythm.withoutTime} flights have no ${end} time` : ''}
            {rhythm.withoutZone > 0
              ? `; ${rhythm.withoutZone} at airports of unknown time zone (not counted)`
              : ''}
            .
          </p>
          <table className="rhythm-grid">
            <caption>
              {end === 'departure' ? 'Departures' : 'Arrivals'} by weekday and hour (
              {clock === 'utc' ? 'UTC' : 'local time'})
            </caption>
            <thead>
              <tr>
                <th scope="col" />
                {HOURS.map((h) => (
                  <th key={h} scope="col">
                    {String(h).padStart(2, '0')}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {WEEKDAYS.map((day, d) => (
                <tr key={day}>
                  <th scope="row">{day}</th>
                  {HOURS.map((h) => {
                    const n = rhythm.counts[d * 24 + h]!;
                    const chosen = isChosen(d, h);
                    const span = `${day} ${String(h).padStart(2, '0')}:00–${String(h).padStart(2, '0')}:59`;
                    return (
                      <td
                        key={h}
                        style={{ ['--heat' as string]: n / max }}
                        className={n === 0 ? 'empty' : undefined}
                      >
                        <button
                          type="button"
                          aria-pressed={chosen}
                          title={`${span}: ${n}. ${chosen ? 'Click to clear this filter' : 'Click to filter to these flights'}`}
                          aria-label={`${span}, ${n}`}
                          onClick={() => choose(d, h, chosen)}
                        >
                          {n === 0 ? '' : n}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

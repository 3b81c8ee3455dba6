import { useState } from 'react';
import { isValidPeriod as valid, periodsAround, type Period } from '../../data/patterns';
import { selectComparison } from '../../store/pattern-selectors';
import { selectSpan, selectTimelineEvents } from '../../store/selectors';
import { useAirlift } from '../../store/store';

const DEFAULT_DAYS = 60;

function PeriodInputs({
  name,
  period,
  onChange,
}: {
  name: string;
  period: Period;
  onChange(p: Period): void;
}) {
  return (
    <fieldset className="period-inputs">
      <legend>Period {name}</legend>
      <label>
        From{' '}
        <input
          type="date"
          value={period.from}
          onChange={(e) => onChange({ ...period, from: e.target.value })}
        />
      </label>
      <label>
        to{' '}
        <input type="date" value={period.to} onChange={(e) => onChange({ ...period, to: e.target.value })} />
      </label>
      <TimelineRangeButton name={name} onChange={onChange} />
    </fieldset>
  );
}

/** Takes the range brushed (or typed) on the timeline as the period; open ends are the data's. */
function TimelineRangeButton({ name, onChange }: { name: string; onChange(p: Period): void }) {
  const from = useAirlift((s) => s.filters.from);
  const to = useAirlift((s) => s.filters.to);
  const span = useAirlift(selectSpan);
  const range = (from || to) && span ? { from: from ?? span.from, to: to ?? span.to } : undefined;
  return (
    <button
      type="button"
      disabled={!range || !valid(range)}
      title={range ? `${range.from} – ${range.to}` : 'Brush a range on the timeline first'}
      onClick={() => range && onChange(range)}
    >
      {name} = the timeline&apos;s range
    </button>
  );
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** Period A against period B: flights, aircraft, operators and routes, the change, and the test in words. */
export function CompareView() {
  const span = useAirlift(selectSpan);
  const events = useAirlift(selectTimelineEvents);
  const [days, setDays] = useState(DEFAULT_DAYS);
  // The periods shown on the map and timeline live in the store (and the link); until the analyst
  // asks for that, the periods being typed stay here.
  const shown = useAirlift((s) => s.comparison);
  const setComparison = useAirlift((s) => s.setComparison);
  const [draft, setDraft] = useState(() => {
    const anchor = events[0]?.date ?? span?.to ?? '2022-10-03';
    return periodsAround(anchor, DEFAULT_DAYS);
  });
  const periods = shown ?? draft;
  const ok = valid(periods.a) && valid(periods.b);
  const setPeriods = (update: (p: typeof periods) => typeof periods) => {
    const next = update(periods);
    setDraft(next);
    if (shown) setComparison(valid(next.a) && valid(next.b) ? next : shown);
  };
  const comparison = useAirlift((s) => (ok ? selectComparison(s, periods.a, periods.b) : undefined));
  return (
    <div className="compare-view">
      <div className="compare-inputs">
        <PeriodInputs name="A" period={periods.a} onChange={(a) => setPeriods((p) => ({ ...p, a }))} />
        <PeriodInputs name="B" period={periods.b} onChange={(b) => setPeriods((p) => ({ ...p, b }))} />
        {events.length > 0 ? (
          <fieldset className="period-inputs">
            <legend>Around an event</legend>
            <label>
              Days each side{' '}
              <input
                type="number"
                min={1}
                max={365}
                value={days}
                onChange={(e) => setDays(Math.max(1, Math.min(365, Number(e.target.value) || 1)))}
              />
            </label>
            <label>
              Event{' '}
              <select
                value=""
                onChange={(e) => {
                  const date = e.target.value;
                  if (date) setPeriods(() => periodsAround(date, days));
                }}
              >
                <option value="">Choose…</option>
                {events.map((ev) => (
                  <option key={`${ev.date} ${ev.title}`} value={ev.date}>
                    {ev.date} {ev.title}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
        ) : null}
      </div>
      <label className="compare-show">
        <input
          type="checkbox"
          checked={shown !== null}
          disabled={!ok}
          onChange={(e) => {
            // The periods stay as they are shown when the comparison leaves the map and timeline.
            setDraft(periods);
            setComparison(e.target.checked ? periods : null);
          }}
        />{' '}
        Shade A and B on the timeline and draw the routes that grew and shrank on the map (kept in the link
        and the brief)
      </label>
      {!comparison ? (
        <p role="alert">Each period needs a start and an end, the end not before the start.</p>
      ) : (
        <>
          <p className="compare-summary" aria-live="polite">
            {comparison.summary}
          </p>
          <table className="compare-table">
            <caption>
              A: {periods.a.from} … {periods.a.to} ({comparison.a.days} days) · B: {periods.b.from} …{' '}
              {periods.b.to} ({comparison.b.days} days). Other filters apply; the date range is replaced by
              the periods.
            </caption>
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">A</th>
                <th scope="col">B</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {(
                [
                  ['Flights', comparison.a.flights, comparison.b.flights],
                  ['Aircraft', comparison.a.aircraft, comparison.b.aircraft],
                  ['Operators', comparison.a.operators, comparison.b.operators],
                  ['Routes', comparison.a.routes.size, comparison.b.routes.size],
                ] as const
              ).map(([label, a, b]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{a}</td>
                  <td>{b}</td>
                  <td>
                    {signed(b - a)}
                    {a > 0 ? ` (×${(b / a).toFixed(2)})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>Routes that grew and shrank</h3>
          {comparison.routes.length === 0 ? (
            <p className="hint">No flights in either period.</p>
          ) : (
            <ul className="compare-routes">
              {comparison.routes.slice(0, 12).map((r) => (
                <li key={r.key}>
                  {r.key.replace('>', ' → ')}: {r.a} → {r.b} ({signed(r.b - r.a)})
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

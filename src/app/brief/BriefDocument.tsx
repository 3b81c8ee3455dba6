import { syntheticWarning, type BriefModel } from '../../data/brief';
import type { PeriodComparison } from '../../data/patterns';
import { formatFlightDate } from '../../data/contract';
import type { Source } from '../../data/contract';
import { selectBrief } from '../../store/brief-selectors';
import { useAirlift } from '../../store/store';
import { safeHttpUrl } from '../../ui/safe-url';

function SourceItem({ source }: { source: Source }) {
  const url = safeHttpUrl(source.url);
  return (
    <>
      {source.publisher}
      {source.title ? `, “${source.title}”` : ''}
      {source.published ? `, ${source.published}` : ''}
      {url ? (
        <>
          {', '}
          <a href={url}>{url}</a>
        </>
      ) : null}
    </>
  );
}

function Figures({ brief }: { brief: BriefModel }) {
  return (
    <dl className="brief-figures">
      {brief.figures.map((f) => (
        <div key={f.label}>
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function ComparisonSection({ comparison: c }: { comparison: PeriodComparison }) {
  const rows = [
    ['Flights', c.a.flights, c.b.flights],
    ['Aircraft', c.a.aircraft, c.b.aircraft],
    ['Operators', c.a.operators, c.b.operators],
    ['Routes', c.a.routes.size, c.b.routes.size],
  ] as const;
  return (
    <section className="brief-comparison">
      <h2>Period A against period B</h2>
      <p>
        A: {c.a.period.from} – {c.a.period.to} ({c.a.days} days). B: {c.b.period.from} – {c.b.period.to} (
        {c.b.days} days). The other filters apply to both.
      </p>
      <p>
        <strong>{c.summary}</strong>
      </p>
      <table className="brief-flights">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">A</th>
            <th scope="col">B</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, a, b]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{a}</td>
              <td>{b}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function FlightsTable({ brief }: { brief: BriefModel }) {
  return (
    <table className="brief-flights">
      <caption>
        {brief.flights.length === brief.flightCount
          ? `The ${brief.flightCount} flights`
          : `The first ${brief.flights.length} of ${brief.flightCount} flights (every flight is in the figures and the sources)`}
      </caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Route</th>
          <th scope="col">Operator</th>
          <th scope="col">Aircraft</th>
          <th scope="col">Evidence</th>
          <th scope="col">Sources</th>
        </tr>
      </thead>
      <tbody>
        {brief.flights.map(({ flight, sourceNumbers }) => (
          <tr key={flight.id}>
            <td>{formatFlightDate(flight.date, flight.dateEnd)}</td>
            <td>
              {flight.origin} → {flight.destination}
            </td>
            <td>{flight.operator ?? ''}</td>
            <td>{[flight.aircraftType, flight.registration].filter(Boolean).join(' ')}</td>
            <td>{flight.confidence}</td>
            <td>{sourceNumbers.map((n) => `[${n}]`).join(' ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The brief as a document: a table whose header and footer rows the browser repeats on every printed
 * page (so the date, the link and the synthetic warning are on each page), the content in its body.
 */
export function BriefDocument(props: {
  title: string;
  summary: string;
  link: string;
  madeOn: string;
  pictureUrl?: string;
}) {
  const brief = useAirlift((s) => selectBrief(s, props));
  if (!brief) return null;
  const warning = syntheticWarning(brief);
  return (
    <article className="brief-document" aria-label="Brief">
      <table className="brief-page">
        <thead>
          <tr>
            <td>
              <div className="brief-running-head">
                <span>
                  Airlift brief · {brief.title} · {brief.madeOn}
                </span>
                {warning ? <strong className="brief-warning">{warning}</strong> : null}
              </div>
            </td>
          </tr>
        </thead>
        <tfoot>
          <tr>
            <td>
              <div className="brief-running-foot">
                View: {brief.link} · made {brief.madeOn}
              </div>
            </td>
          </tr>
        </tfoot>
        <tbody>
          <tr>
            <td>
              <h1>{brief.title}</h1>
              {brief.summary ? <p className="brief-summary">{brief.summary}</p> : null}
              <p>
                Dataset: {brief.datasetTitle}. Filters:{' '}
                {brief.filters.length === 0 ? 'none (all flights)' : brief.filters.join('; ')}.
              </p>
              <h2>Key figures</h2>
              <Figures brief={brief} />
              {props.pictureUrl ? (
                <figure className="brief-picture">
                  <img src={props.pictureUrl} alt="The map and the timeline of the view" />
                </figure>
              ) : null}
              {brief.comparison ? <ComparisonSection comparison={brief.comparison} /> : null}
              <h2>Flights</h2>
              <FlightsTable brief={brief} />
              <h2 className="brief-sources-heading">Sources</h2>
              <ol className="brief-sources">
                {brief.sources.map((s, i) => (
                  <li key={i}>
                    <SourceItem source={s} />
                  </li>
                ))}
              </ol>
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}

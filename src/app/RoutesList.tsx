import { describeMix } from '../data/query';
import { selectView } from '../store/selectors';
import { useAirlift } from '../store/store';

const SHOWN = 30;

/** The busiest routes of the current filter as buttons: the keyboard's way to what the map shows. */
export function RoutesList() {
  const routes = useAirlift((s) => selectView(s)?.routes);
  const selectedKey = useAirlift((s) => (s.selection?.kind === 'route' ? s.selection.key : undefined));
  const select = useAirlift((s) => s.select);
  // The view lists routes busiest first already.
  const top = (routes ?? []).slice(0, SHOWN);
  return (
    <section className="routes-list" aria-labelledby="routes-heading">
      <h2 id="routes-heading">Routes</h2>
      {top.length === 0 ? <p className="hint">No routes in the current filter.</p> : null}
      <ul>
        {top.map((r) => (
          <li key={r.key}>
            <button
              type="button"
              className={r.key === selectedKey ? 'route-button selected' : 'route-button'}
              aria-pressed={r.key === selectedKey}
              onClick={() => select({ kind: 'route', key: r.key })}
              title={describeMix(r.confidence)}
            >
              {r.origin} → {r.destination} <span className="count">{r.count}</span>
            </button>
          </li>
        ))}
      </ul>
      {routes && routes.length > SHOWN ? (
        <p className="hint">
          {SHOWN} of {routes.length} routes shown.
        </p>
      ) : null}
    </section>
  );
}

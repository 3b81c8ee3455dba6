import { describeMix } from '../data/query';
import { airportCode } from '../map/airport-labels';
import { selectAirportMarkers } from '../store/map-selectors';
import { selectView } from '../store/selectors';
import { useAirlift } from '../store/store';

const SHOWN = 30;

/**
 * The busiest routes and airports of the current filter as buttons: the keyboard's way to what the map
 * shows (the map draws on a canvas, which has nothing to focus).
 */
export function RoutesList() {
  return (
    <>
      <RoutesSection />
      <AirportsSection />
    </>
  );
}

function RoutesSection() {
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

/** The airports on the map, busiest first, each selectable as a click on its marker selects it. */
function AirportsSection() {
  const markers = useAirlift(selectAirportMarkers);
  const selectedIcao = useAirlift((s) => (s.selection?.kind === 'airport' ? s.selection.icao : undefined));
  const select = useAirlift((s) => s.select);
  const top = markers.slice(0, SHOWN);
  return (
    <section className="routes-list" aria-labelledby="airports-heading">
      <h2 id="airports-heading">Airports</h2>
      {top.length === 0 ? <p className="hint">No airports in the current filter.</p> : null}
      <ul>
        {top.map(({ airport, summary }) => (
          <li key={airport.icao}>
            <button
              type="button"
              className={airport.icao === selectedIcao ? 'route-button selected' : 'route-button'}
              aria-pressed={airport.icao === selectedIcao}
              onClick={() => select({ kind: 'airport', icao: airport.icao })}
              title={`${summary.arrivals} in, ${summary.departures} out`}
            >
              <span>
                {airportCode(airport)} {airport.name}
              </span>{' '}
              <span className="count">{summary.total}</span>
            </button>
          </li>
        ))}
      </ul>
      {markers.length > SHOWN ? (
        <p className="hint">
          {SHOWN} of {markers.length} airports shown.
        </p>
      ) : null}
    </section>
  );
}

import { FlightsTable } from '../table/FlightsTable';
import { EmptyState } from './EmptyState';
import { selectSortedFlights } from '../store/selectors';
import { useAirlift } from '../store/store';
import { selectTracksByFlight } from '../store/track-selectors';

/** The flights table, wired to the store: sorted filtered rows, sort, selection and route highlight. */
export function TablePanel() {
  const flights = useAirlift(selectSortedFlights);
  const sort = useAirlift((s) => s.sort);
  const setSort = useAirlift((s) => s.setSort);
  const select = useAirlift((s) => s.select);
  const selection = useAirlift((s) => s.selection);
  const trackIds = useAirlift(selectTracksByFlight);
  return (
    <section className="table-panel" aria-label="Flights table">
      <EmptyState />
      <FlightsTable
        flights={flights}
        sort={sort}
        onSortChange={setSort}
        selectedFlightId={selection?.kind === 'flight' ? selection.id : undefined}
        highlightedRouteKey={selection?.kind === 'route' ? selection.key : undefined}
        onSelectFlight={(f) => select({ kind: 'flight', id: f.id })}
        trackIds={trackIds}
      />
    </section>
  );
}

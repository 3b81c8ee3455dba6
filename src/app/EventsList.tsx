import { useAirlift } from '../store/store';
import { SourceLinks } from '../ui/SourceLinks';

/**
 * The dataset's dated events. Picking one sets the range to its date ± N days (N adjustable); events
 * outside the current range are greyed, not hidden.
 */
export function EventsList() {
  const events = useAirlift((s) => s.dataset?.events);
  const from = useAirlift((s) => s.filters.from);
  const to = useAirlift((s) => s.filters.to);
  const days = useAirlift((s) => s.eventWindowDays);
  const setDays = useAirlift((s) => s.setEventWindowDays);
  const focusEvent = useAirlift((s) => s.focusEvent);
  if (!events || events.length === 0) return null;
  return (
    <section className="events-list" aria-labelledby="events-heading">
      <h2 id="events-heading">Events</h2>
      <label className="events-days">
        Days around an event{' '}
        <input
          type="number"
          min={0}
          max={365}
          value={days}
          onChange={(e) => setDays(Number(e.target.value) || 0)}
        />
      </label>
      <ul>
        {events.map((event) => {
          const outside = (from !== undefined && event.date < from) || (to !== undefined && event.date > to);
          return (
            <li key={`${event.date}:${event.title}`} className={outside ? 'event outside' : 'event'}>
              <button
                type="button"
                onClick={() => focusEvent(event)}
                aria-label={`Flights within ${days} days of ${event.title} (${event.date})`}
              >
                <span className="event-date">{event.date}</span> {event.title}
              </button>
              {event.sources?.length ? <SourceLinks sources={event.sources} compact /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

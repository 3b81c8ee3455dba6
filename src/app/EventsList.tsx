import { useRef, useState } from 'react';
import { addDays, formatFlightDate, isImprecise } from '../data/contract';
import type { TimelineEvent } from '../data/contract';
import { deleteEventStep, nowWho } from '../data/edit';
import { useAirlift } from '../store/store';
import { SourceLinks } from '../ui/SourceLinks';
import { EventForm } from './events/EventForm';
import './events/events.css';

type Editing = { kind: 'add' } | { kind: 'edit'; event: TimelineEvent } | null;

/**
 * The dataset's dated events. Picking one sets the range to its date ± N days (N adjustable); events
 * outside the current range are greyed, not hidden. The analyst adds, edits and deletes their own
 * events here (each an undoable, logged step).
 */
export function EventsList() {
  const hasDataset = useAirlift((s) => s.dataset !== null);
  const events = useAirlift((s) => s.dataset?.events);
  const from = useAirlift((s) => s.filters.from);
  const to = useAirlift((s) => s.filters.to);
  const days = useAirlift((s) => s.eventWindowDays);
  const setDays = useAirlift((s) => s.setEventWindowDays);
  const focusEvent = useAirlift((s) => s.focusEvent);
  const setFilters = useAirlift((s) => s.setFilters);
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  if (!hasDataset) return null;
  const list = events ?? [];

  // An event known only to a range: its whole range ± N days. (The store's event window is centred on
  // a single date, so such an event sets the range directly.)
  const pick = (event: TimelineEvent) => {
    if (isImprecise(event))
      setFilters({ from: addDays(event.date, -days), to: addDays(event.dateEnd!, days) });
    else focusEvent(event);
  };
  const remove = (event: TimelineEvent) => {
    const state = useAirlift.getState();
    if (!state.dataset) return;
    const result = deleteEventStep(state.dataset, event, nowWho(state.analyst));
    if (!result.ok) {
      setStatus(result.errors.map((e) => e.message).join('; '));
      return;
    }
    state.commit(result.step);
    setStatus(`Deleted event "${event.title}". Undo puts it back.`);
    addButton.current?.focus();
  };

  return (
    <section className="events-list" aria-labelledby="events-heading">
      <h2 id="events-heading">Events</h2>
      {list.length > 0 ? (
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
      ) : null}
      <button
        type="button"
        className="events-add"
        ref={addButton}
        onClick={() => setEditing({ kind: 'add' })}
      >
        Add event
      </button>
      <p className="events-status" role="status">
        {status}
      </p>
      <ul>
        {list.map((event, i) => {
          const last = event.dateEnd ?? event.date;
          const outside = (from !== undefined && last < from) || (to !== undefined && event.date > to);
          const when = formatFlightDate(event.date, event.dateEnd);
          return (
            <li key={`${i}:${event.date}:${event.title}`} className={outside ? 'event outside' : 'event'}>
              <button
                type="button"
                onClick={() => pick(event)}
                aria-label={`Flights within ${days} days of ${event.title} (${when})`}
              >
                <span className="event-date">{when}</span> {event.title}
              </button>
              {event.sources?.length ? <SourceLinks sources={event.sources} compact /> : null}
              <div className="event-actions">
                <button
                  type="button"
                  aria-label={`Edit event ${event.title}`}
                  onClick={() => setEditing({ kind: 'edit', event })}
                >
                  Edit
                </button>
                <button
                  type="button"
                  aria-label={`Delete event ${event.title}`}
                  onClick={() => remove(event)}
                >
                  Delete
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {editing ? (
        <EventForm
          event={editing.kind === 'edit' ? editing.event : undefined}
          onClose={() => {
            setEditing(null);
            addButton.current?.focus();
          }}
        />
      ) : null}
    </section>
  );
}

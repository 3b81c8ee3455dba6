import { useMemo } from 'react';
import { eventsInRange } from '../data/query';
import { Timeline, type DateRange } from '../timeline/Timeline';
import { PlaybackControls } from './PlaybackControls';
import {
  selectOverview,
  selectSelectionHighlight,
  selectSpan,
  selectUnit,
  selectView,
} from '../store/selectors';
import { useAirlift } from '../store/store';

/** The timeline wired to the store: overview bins, the date filter, events and the text summary. */
export function TimelinePanel() {
  const overview = useAirlift(selectOverview);
  const highlight = useAirlift(selectSelectionHighlight);
  const unit = useAirlift(selectUnit);
  const unitMode = useAirlift((s) => s.unitMode);
  const setUnitMode = useAirlift((s) => s.setUnitMode);
  const span = useAirlift(selectSpan);
  const from = useAirlift((s) => s.filters.from);
  const to = useAirlift((s) => s.filters.to);
  const setFilters = useAirlift((s) => s.setFilters);
  const focusEvent = useAirlift((s) => s.focusEvent);
  const events = useAirlift((s) => s.dataset?.events);
  const total = useAirlift((s) => selectView(s)?.total ?? 0);
  const shownSpan = useAirlift((s) => {
    const flights = selectView(s)?.flights;
    return flights && flights.length ? `${flights[0].date} to ${flights[flights.length - 1].date}` : '';
  });
  const range = useMemo<DateRange>(() => ({ from, to }), [from, to]);
  const allEvents = useMemo(() => eventsInRange(events ?? []), [events]);
  const summary = `${total.toLocaleString('en-US')} ${total === 1 ? 'flight' : 'flights'}${shownSpan ? `, ${shownSpan}` : ''}`;

  return (
    <section
      className="timeline-panel"
      aria-label="Timeline"
      onPointerDownCapture={() => {
        useAirlift.getState().setBrushing(true);
        const end = () => {
          useAirlift.getState().setBrushing(false);
          window.removeEventListener('pointerup', end);
          window.removeEventListener('pointercancel', end);
        };
        window.addEventListener('pointerup', end);
        window.addEventListener('pointercancel', end);
      }}
    >
      <PlaybackControls />
      <Timeline
        bins={overview?.bins ?? []}
        unit={unit}
        unitMode={unitMode}
        onUnitChange={setUnitMode}
        span={span}
        range={range}
        onRangeChange={(r) => setFilters({ from: r.from, to: r.to })}
        events={allEvents}
        onEventActivate={focusEvent}
        summary={summary}
        highlight={highlight}
      />
    </section>
  );
}

import { useMemo, type Ref } from 'react';
import { Timeline, type DateRange } from '../timeline/Timeline';
import { PlaybackControls } from './PlaybackControls';
import {
  selectOverview,
  selectSelectionHighlight,
  selectSpan,
  selectTimelineEvents,
  selectTimelineSummary,
  selectUnitChoice,
} from '../store/selectors';
import { useAirlift } from '../store/store';

/** The timeline wired to the store: overview bins, the date filter, events and the text summary. */
export function TimelinePanel({
  chartRef,
  patternsRef,
}: {
  chartRef?: Ref<SVGSVGElement>;
  patternsRef?: Ref<SVGDefsElement>;
}) {
  const overview = useAirlift(selectOverview);
  const highlight = useAirlift(selectSelectionHighlight);
  const { unit, reason: unitNotice } = useAirlift(selectUnitChoice);
  const unitMode = useAirlift((s) => s.unitMode);
  const setUnitMode = useAirlift((s) => s.setUnitMode);
  const span = useAirlift(selectSpan);
  const from = useAirlift((s) => s.filters.from);
  const to = useAirlift((s) => s.filters.to);
  const setFilters = useAirlift((s) => s.setFilters);
  const focusEvent = useAirlift((s) => s.focusEvent);
  const allEvents = useAirlift(selectTimelineEvents);
  const summary = useAirlift(selectTimelineSummary);
  const range = useMemo<DateRange>(() => ({ from, to }), [from, to]);
  const comparison = useAirlift((s) => s.comparison);
  const shades = useMemo(
    () =>
      comparison
        ? [
            { label: 'A', ...comparison.a },
            { label: 'B', ...comparison.b },
          ]
        : undefined,
    [comparison],
  );

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
        unitNotice={unitNotice}
        onUnitChange={setUnitMode}
        span={span}
        range={range}
        onRangeChange={(r) => setFilters({ from: r.from, to: r.to })}
        events={allEvents}
        onEventActivate={focusEvent}
        summary={summary}
        highlight={highlight}
        shades={shades}
        chartRef={chartRef}
        patternsRef={patternsRef}
      />
    </section>
  );
}

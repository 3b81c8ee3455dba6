import { useId, useState } from 'react';
import type { FocusEvent } from 'react';
import type { TimelineEvent } from '../data/contract';
import { SourceLinks } from '../ui/SourceLinks';
import type { PlacedEvent } from './chart-geometry';

interface EventMarkersProps {
  placed: PlacedEvent[];
  /** Plot's left offset in px, so markers line up with the bars. */
  left: number;
  plotW: number;
  onEventActivate?(event: TimelineEvent): void;
}

/** A row of focusable event markers above the chart, each with a text-only tooltip. */
export function EventMarkers({ placed, left, plotW, onEventActivate }: EventMarkersProps) {
  const [open, setOpen] = useState<string | null>(null);
  const baseId = useId();

  const onBlur = (key: string) => (e: FocusEvent<HTMLElement>) => {
    // Focus moving into the tooltip's links keeps it open.
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen((k) => (k === key ? null : k));
  };

  // Greyed markers say so in words too: their description names it.
  const outsideId = `${baseId}-outside`;
  return (
    <div className="tl-markers">
      {placed.some((p) => !p.inRange) && (
        <span id={outsideId} className="ui-visually-hidden">
          Outside the date range
        </span>
      )}
      {placed.map((p, i) => {
        const tipId = `${baseId}-tip-${i}`;
        const isOpen = open === p.key;
        const describedBy = [isOpen ? tipId : '', p.inRange ? '' : outsideId].filter(Boolean).join(' ');
        return (
          <span
            key={p.key}
            className={`tl-marker${p.inRange ? '' : ' is-outside'}${isOpen ? ' is-open' : ''}`}
            style={{ left: left + p.x }}
            onMouseEnter={() => setOpen(p.key)}
            onMouseLeave={() => setOpen((k) => (k === p.key ? null : k))}
            onFocus={() => setOpen(p.key)}
            onBlur={onBlur(p.key)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && isOpen) {
                e.stopPropagation();
                setOpen(null);
              }
            }}
          >
            <button
              type="button"
              className="tl-marker-btn"
              aria-label={`Event: ${p.event.date} ${p.event.title}`}
              aria-describedby={describedBy || undefined}
              onClick={() => onEventActivate?.(p.event)}
            />
            {isOpen && <EventTooltip id={tipId} event={p.event} alignRight={p.x > plotW / 2} />}
          </span>
        );
      })}
    </div>
  );
}

function EventTooltip({ id, event, alignRight }: { id: string; event: TimelineEvent; alignRight: boolean }) {
  const sources = event.sources ?? [];
  return (
    <div id={id} role="tooltip" className={`tl-tooltip${alignRight ? ' is-right' : ''}`}>
      <div className="tl-tooltip-title">
        <span className="tl-tooltip-date">{event.date}</span> {event.title}
      </div>
      {event.description && <p className="tl-tooltip-desc">{event.description}</p>}
      {sources.length > 0 && (
        <div className="tl-tooltip-sources">
          <SourceLinks sources={sources} />
        </div>
      )}
    </div>
  );
}

import { Fragment, useId, useLayoutEffect, useRef, useState } from 'react';
import type { FocusEvent } from 'react';
import { formatFlightDate } from '../data/contract';
import type { TimelineEvent } from '../data/contract';
import { SourceLinks } from '../ui/SourceLinks';
import type { PlacedEvent } from './chart-geometry';

/** Vertical pitch of the marker rows, px (timeline.css: the markers are 8 px squares turned 45°). */
export const MARKER_ROW = 12;

interface EventMarkersProps {
  placed: PlacedEvent[];
  /** Each marker's row (same order as `placed`): close events stack instead of overlapping. */
  lanes: readonly number[];
  /** Plot's left offset in px, so markers line up with the bars. */
  left: number;
  plotW: number;
  onEventActivate?(event: TimelineEvent): void;
}

/**
 * A row of focusable event markers above the chart, each with a text-only tooltip. An event known only
 * to a range of days has its marker at the middle of the range and a dashed bar over the range.
 */
export function EventMarkers({ placed, lanes, left, plotW, onEventActivate }: EventMarkersProps) {
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
        const top = 3 + (lanes[i] ?? 0) * MARKER_ROW;
        const when = formatFlightDate(p.event.date, p.event.dateEnd);
        return (
          <Fragment key={p.key}>
            {p.spread && (
              <span
                className={`tl-marker-spread${p.inRange ? '' : ' is-outside'}`}
                data-testid="event-spread"
                style={{ left: left + p.spread.x0, width: Math.max(1, p.spread.x1 - p.spread.x0), top }}
                aria-hidden="true"
              />
            )}
            <span
              className={`tl-marker${p.inRange ? '' : ' is-outside'}${isOpen ? ' is-open' : ''}`}
              style={{ left: left + p.x, top }}
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
                aria-label={`Event: ${when} ${p.event.title}`}
                aria-describedby={describedBy || undefined}
                onClick={() => onEventActivate?.(p.event)}
              />
              {isOpen && <EventTooltip id={tipId} event={p.event} alignRight={p.x > plotW / 2} />}
            </span>
          </Fragment>
        );
      })}
    </div>
  );
}

/**
 * The popup opens below its marker when it fits in the window, else on the side with more room, and
 * scrolls within that room: it is never cut off at the window's edge.
 */
function EventTooltip({ id, event, alignRight }: { id: string; event: TimelineEvent; alignRight: boolean }) {
  const sources = event.sources ?? [];
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ above: boolean; maxHeight?: number }>({ above: false });
  useLayoutEffect(() => {
    const tip = ref.current;
    const anchor = tip?.parentElement;
    if (!tip || !anchor) return;
    const a = anchor.getBoundingClientRect();
    const below = window.innerHeight - a.bottom - 8;
    const above = a.top - 8;
    const height = tip.scrollHeight;
    if (height <= below) setPlace({ above: false });
    else if (above > below) setPlace({ above: true, maxHeight: height <= above ? undefined : above });
    else setPlace({ above: false, maxHeight: below });
  }, [event]);
  return (
    <div
      ref={ref}
      id={id}
      role="tooltip"
      className={`tl-tooltip${alignRight ? ' is-right' : ''}${place.above ? ' is-above' : ''}`}
      style={place.maxHeight === undefined ? undefined : { maxHeight: place.maxHeight, overflowY: 'auto' }}
    >
      <div className="tl-tooltip-title">
        <span className="tl-tooltip-date">{formatFlightDate(event.date, event.dateEnd)}</span> {event.title}
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

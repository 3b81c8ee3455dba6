import { useMemo, useState } from 'react';
import type { KeyboardEvent, PointerEvent, Ref } from 'react';
import { CONFIDENCES } from '../data/contract';
import type { BinUnit } from '../data/contract';
import { dayToX, keyToAction, xToDay } from './brush-math';
import type { DayDomain, DayRange } from './brush-math';
import { axisTicks, barPaths, binAtDay, binLabel, eventLabels, outlinePath } from './chart-geometry';
import type { ChartBin, ChartLayout, PlacedEvent } from './chart-geometry';
import { patternId, UNCERTAIN_PATTERN } from './ConfidencePatterns';
import { describeMix, pluralFlights } from '../data/query';
import { dayNumber } from '../data/contract';
import { useBrush } from './use-brush';

export interface TimelineChartProps {
  bins: ChartBin[];
  unit: BinUnit;
  layout: ChartLayout;
  domain: DayDomain;
  bounds: DayDomain;
  /** The range to draw (the drag preview while dragging). */
  range: DayRange | undefined;
  placed: PlacedEvent[];
  /** The selection's flights per bin, outlined over the bars. */
  highlight?: { label: string; counts: readonly number[] };
  /** Periods shaded behind the bars, each with its label. */
  shades?: readonly TimelineShade[] | undefined;
  prefix: string;
  /** Receives the chart's <svg> (the snapshot draws it). */
  svgElement?: Ref<SVGSVGElement> | undefined;
  label: string;
  describedBy: string;
  onPreview(range: DayRange | undefined): void;
  onCommit(range: DayRange, viaKeyboard: boolean): void;
  onClear(viaKeyboard: boolean): void;
}

/** A period shaded behind the bars: inclusive UTC days. */
export interface TimelineShade {
  label: string;
  from: string;
  to: string;
}

const HANDLE_W = 8;

const r1 = (v: number) => Math.round(v * 10) / 10;
/** A count that may hold shares of spread flights: whole, or "≈ 0.3". */
const roundCount = (n: number) => (Number.isInteger(n) ? String(n) : `≈ ${Math.round(n * 10) / 10}`);
/** "+ 2 flights with an uncertain date may fall here". */
const uncertainText = (n: number) =>
  `${n === 1 ? '1 flight' : `${n} flights`} with an uncertain date may fall here`;

/** The stacked bar chart with its brush; focusable, with keyboard control of the range. */
export function TimelineChart(props: TimelineChartProps) {
  const { bins, unit, layout, domain, bounds, range, placed, prefix, label, describedBy, svgElement } = props;
  const { plotW, plotH } = layout;

  const bars = useMemo(() => barPaths(bins, domain, plotW, plotH), [bins, domain, plotW, plotH]);
  const ticks = useMemo(() => axisTicks(domain, plotW), [domain, plotW]);
  const eventLines = useMemo(() => {
    const line = (e: PlacedEvent) => `M${Math.round(e.x) + 0.5} 0v${plotH}`;
    // An imprecise event is a band over its days, edged, not a line on one day.
    const band = (e: PlacedEvent) => {
      const { x0, x1 } = e.spread!;
      return `M${r1(x0)} 0h${r1(Math.max(1, x1 - x0))}v${plotH}h${-r1(Math.max(1, x1 - x0))}z`;
    };
    const pick = (inRange: boolean, spread: boolean) =>
      placed
        .filter((e) => e.inRange === inRange && (e.spread !== undefined) === spread)
        .map(spread ? band : line)
        .join('');
    return {
      inside: pick(true, false),
      outside: pick(false, false),
      bandsInside: pick(true, true),
      bandsOutside: pick(false, true),
    };
  }, [placed, plotH]);

  const labels = useMemo(() => eventLabels(placed, plotH), [placed, plotH]);
  // Each shade clipped to the plot; one outside the domain is not drawn.
  const shades = useMemo(
    () =>
      (props.shades ?? []).flatMap((s) => {
        const x0 = Math.max(0, dayToX(dayNumber(s.from), plotW, domain));
        const x1 = Math.min(plotW, dayToX(dayNumber(s.to) + 1, plotW, domain));
        return x1 > x0 ? [{ ...s, x0: r1(x0), width: r1(Math.max(1, x1 - x0)) }] : [];
      }),
    [props.shades, plotW, domain],
  );
  const highlight = props.highlight;
  const outline = useMemo(
    () => (highlight ? outlinePath(bins, highlight.counts, bars.max, domain, plotW, plotH) : ''),
    [highlight, bins, bars.max, domain, plotW, plotH],
  );

  // The bin under the pointer (by its start date, so moving within one bin re-renders nothing).
  const [hoverStart, setHoverStart] = useState<string>();
  const hoveredIndex = useMemo(
    () => (hoverStart === undefined ? -1 : bins.findIndex((b) => b.start === hoverStart)),
    [bins, hoverStart],
  );
  const hovered = hoveredIndex < 0 ? undefined : bins[hoveredIndex];
  const trackHover = (e: PointerEvent<SVGSVGElement>) => {
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left - layout.left;
    const inside = e.buttons === 0 && x >= 0 && x < plotW;
    setHoverStart(inside ? binAtDay(bins, xToDay(x, plotW, domain))?.start : undefined);
  };

  const brush = useBrush({
    plotW,
    plotLeft: layout.left,
    domain,
    bounds,
    range,
    onPreview: props.onPreview,
    onCommit: (r) => props.onCommit(r, false),
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Keys pressed on a child (none today) must not steer the brush.
    if (e.target !== e.currentTarget) return;
    const action = keyToAction(e.key, e.shiftKey, range, unit, bounds, bins);
    if (action.kind === 'none') return;
    e.preventDefault();
    if (action.kind === 'clear') props.onClear(true);
    else props.onCommit(action.range, true);
  };

  let bx0 = 0;
  let bx1 = 0;
  if (range) {
    bx0 = Math.max(0, dayToX(range.from, plotW, domain));
    bx1 = Math.min(plotW, dayToX(range.to + 1, plotW, domain));
    // Keep a one-day brush visible and grabbable on a long span.
    if (bx1 - bx0 < 2) bx1 = Math.min(plotW, bx0 + 2);
  }

  return (
    <div
      className="tl-plot"
      role="group"
      tabIndex={0}
      aria-label={label}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
    >
      <svg
        ref={svgElement}
        className="tl-svg"
        width={layout.width}
        height={layout.height}
        aria-hidden="true"
        focusable="false"
        onPointerDown={brush.onPointerDown}
        onPointerMove={(e) => {
          brush.onPointerMove(e);
          trackHover(e);
        }}
        onPointerLeave={() => setHoverStart(undefined)}
        onPointerUp={brush.onPointerUp}
        onPointerCancel={brush.onPointerCancel}
        onDoubleClick={() => props.onClear(false)}
      >
        <g transform={`translate(${layout.left},${layout.top})`}>
          <line className="tl-grid" x1={0} x2={plotW} y1={0.5} y2={0.5} />
          <text className="tl-ylabel" x={-4} y={4} textAnchor="end">
            {bars.max}
          </text>
          <text className="tl-ylabel" x={-4} y={plotH} textAnchor="end">
            0
          </text>
          {shades.map((s) => (
            <g key={s.label} className="tl-shade" data-shade={s.label}>
              <rect x={s.x0} y={0} width={s.width} height={plotH} />
              <text x={s.x0 + 3} y={11}>
                {s.label}
              </text>
            </g>
          ))}
          {CONFIDENCES.map((c) => (
            <path
              key={c}
              className={`tl-bars tl-bars--${c}`}
              data-confidence={c}
              d={bars.paths[c]}
              fill={`url(#${patternId(prefix, c)})`}
            />
          ))}
          <path
            className="tl-uncertain"
            data-layer="uncertain"
            data-bars={bars.uncertainBars}
            d={bars.uncertain}
            fill={`url(#${patternId(prefix, UNCERTAIN_PATTERN)})`}
          />
          {outline && <path className="tl-selection" d={outline} />}
          <path className="tl-event-band" d={eventLines.bandsInside} />
          <path className="tl-event-band is-outside" d={eventLines.bandsOutside} />
          <path className="tl-event-line" d={eventLines.inside} />
          <path className="tl-event-line is-outside" d={eventLines.outside} />
          <g className="tl-event-labels">
            {labels.map((l) => (
              // Reads upwards, ending at the top by the event's marker, just right of its line.
              <text
                key={l.key}
                className={`tl-event-label${l.inRange ? '' : ' is-outside'}`}
                textAnchor="end"
                transform={`translate(${Math.round(l.x) + 9},2) rotate(-90)`}
              >
                {l.text}
              </text>
            ))}
          </g>
          <line className="tl-baseline" x1={0} x2={plotW} y1={plotH + 0.5} y2={plotH + 0.5} />
          <g className="tl-axis" transform={`translate(0,${plotH})`}>
            {ticks.map((t) => (
              <g key={t.x} transform={`translate(${Math.round(t.x) + 0.5},0)`}>
                <line y2={4} />
                <text y={15} textAnchor="middle">
                  {t.label}
                </text>
              </g>
            ))}
          </g>
          {range && (
            <>
              <rect className="tl-dim" x={0} y={0} width={bx0} height={plotH} />
              <rect className="tl-dim" x={bx1} y={0} width={Math.max(0, plotW - bx1)} height={plotH} />
            </>
          )}
          {hovered && (
            <rect
              className="tl-hover"
              x={dayToX(dayNumber(hovered.start), plotW, domain)}
              y={0}
              width={Math.max(
                1,
                dayToX(dayNumber(hovered.end), plotW, domain) -
                  dayToX(dayNumber(hovered.start), plotW, domain),
              )}
              height={plotH}
            />
          )}
          <rect className="tl-capture" data-brush="new" x={0} y={0} width={plotW} height={plotH} />
          {range && (
            <>
              <rect className="tl-brush" data-brush="move" x={bx0} y={0} width={bx1 - bx0} height={plotH} />
              <rect
                className="tl-handle"
                data-brush="from"
                x={bx0 - HANDLE_W / 2}
                y={0}
                width={HANDLE_W}
                height={plotH}
              />
              <rect
                className="tl-handle"
                data-brush="to"
                x={bx1 - HANDLE_W / 2}
                y={0}
                width={HANDLE_W}
                height={plotH}
              />
            </>
          )}
        </g>
      </svg>
      {hovered && (
        // What the pointer is over, for reading counts off the chart; the chart's summary and the
        // counts line carry the same for keyboard and screen-reader users.
        <div className="tl-readout" aria-hidden="true">
          <strong>{binLabel(hovered, unit)}</strong> · {pluralFlights(hovered.total)}
          {hovered.total > 0 ? `: ${describeMix(hovered.counts)}` : ''}
          {hovered.uncertainFlights ? ` · ${uncertainText(hovered.uncertainFlights)}` : ''}
          {highlight ? ` · ${roundCount(highlight.counts[hoveredIndex] ?? 0)} ${highlight.label}` : ''}
        </div>
      )}
    </div>
  );
}

import './timeline.css';
import { useId, useMemo, useState, type Ref } from 'react';
import { dayNumber } from '../data/contract';
import type { BinUnit, TimelineEvent } from '../data/contract';
import { chartDomain, toDateRange, toDayRange } from './brush-math';
import type { DayDomain, DayRange } from './brush-math';
import { chartLayout, markerLanes, placeEvents } from './chart-geometry';
import type { ChartBin } from './chart-geometry';
import { pluralFlights } from '../data/query';
import { ConfidenceLegend, ConfidencePatterns } from './ConfidencePatterns';
import { EventMarkers, MARKER_ROW } from './EventMarkers';
import { RangeInputs, UnitSwitch } from './RangeInputs';
import { TimelineChart, type TimelineShade } from './TimelineChart';
import { useMeasuredWidth } from './use-measured-width';

/** Inclusive UTC `YYYY-MM-DD` dates; either may be absent. */
export interface DateRange {
  from?: string;
  to?: string;
}

export interface TimelineProps {
  /**
   * Bins over the whole data span (all non-date filters applied): the overview. A bin's `uncertain`
   * weight (flights with an imprecise date, spread over their days) is drawn as a striped layer.
   */
  bins: ChartBin[];
  /** Unit of `bins`. */
  unit: BinUnit;
  onUnitChange(unit: BinUnit | 'auto'): void;
  unitMode: BinUnit | 'auto';
  /** Why `unit` is coarser than the unit chosen (the bin cap), shown beside the unit switch. */
  unitNotice?: string;
  /** The data's full date span. */
  span: { from: string; to: string } | undefined;
  /** The date filter in force. */
  range: DateRange;
  /** Sets (or clears with `{}`) the date filter. Called at most once per animation frame while dragging. */
  onRangeChange(range: DateRange): void;
  events: TimelineEvent[];
  /** Click or Enter on an event marker. */
  onEventActivate?(event: TimelineEvent): void;
  /** E.g. "97 flights, 2016-05-12 to 2023-03-01": shown under the chart and used as its description. */
  summary: string;
  /** Chart width in px; overrides the measured width (tests, fixed layouts). */
  width?: number;
  /** SVG height in px (default 150). */
  height?: number;
  /** The selection's flights per bin (same order as `bins`), outlined over the bars. */
  highlight?: { label: string; counts: readonly number[] };
  /** Periods shaded behind the bars (the two compared periods, A and B). */
  shades?: readonly TimelineShade[];
  /** The chart's SVG and its fill patterns, for whoever draws them elsewhere (the PNG snapshot). */
  chartRef?: Ref<SVGSVGElement>;
  patternsRef?: Ref<SVGDefsElement>;
}

/** The keys the chart understands, for the help text and the README. */
export const TIMELINE_KEYS: readonly { keys: string; action: string }[] = [
  { keys: 'Left / Right arrow', action: 'move the date range by one bin' },
  { keys: 'Shift + Left / Right arrow', action: 'shrink or extend the end of the range by one bin' },
  { keys: 'Home / End', action: 'move the range to the start / end of the data' },
  { keys: 'Escape / Delete', action: 'clear the date range' },
  { keys: 'Drag / double-click (pointer)', action: 'select, move or resize the range / clear it' },
];

const CHART_LABEL = 'Timeline of flights';

/** Flights over time, stacked by confidence, with a brush, event markers and date controls. */
export function Timeline(props: TimelineProps) {
  const { bins, unit, span, range, events, onRangeChange, summary } = props;
  const prefix = `tl${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [preview, setPreview] = useState<DayRange | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const [measureRef, measured] = useMeasuredWidth<HTMLDivElement>();
  const width = props.width ?? measured;
  const height = props.height ?? 150;

  const spanFrom = span?.from;
  const spanTo = span?.to;
  const layout = useMemo(() => chartLayout(width, height), [width, height]);
  const domain = useMemo(
    () => chartDomain(bins, spanFrom && spanTo ? { from: spanFrom, to: spanTo } : undefined),
    [bins, spanFrom, spanTo],
  );
  const bounds: DayDomain | undefined = useMemo(
    () => (spanFrom && spanTo ? { start: dayNumber(spanFrom), end: dayNumber(spanTo) + 1 } : domain),
    [spanFrom, spanTo, domain],
  );
  const committed = useMemo(
    () => (bounds ? toDayRange({ from: range.from, to: range.to }, bounds) : undefined),
    [range.from, range.to, bounds],
  );
  const shownRange: DateRange = useMemo(
    () => (preview ? toDateRange(preview) : { from: range.from, to: range.to }),
    [preview, range.from, range.to],
  );
  const events$ = useMemo(
    () =>
      domain ? placeEvents(events, domain, layout.plotW, shownRange) : { placed: [], outside: events.length },
    [events, domain, layout.plotW, shownRange],
  );

  const lanes = useMemo(() => markerLanes(events$.placed), [events$.placed]);
  const anyUncertain = useMemo(() => bins.some((b) => (b.uncertain ?? 0) > 0), [bins]);
  // The markers' strip above the plot: one row of markers, more where close events stack.
  const strip = 4 + lanes.count * MARKER_ROW;

  const commit = (r: DayRange, viaKeyboard: boolean) => {
    const dates = toDateRange(r);
    onRangeChange(dates);
    if (viaKeyboard) setAnnouncement(`Range ${dates.from} to ${dates.to}`);
  };
  const clear = (viaKeyboard: boolean) => {
    setPreview(undefined);
    onRangeChange({});
    if (viaKeyboard) setAnnouncement('Date range cleared');
  };

  const summaryId = `${prefix}-summary`;
  const helpId = `${prefix}-help`;
  const hasRange = Boolean(range.from || range.to);

  return (
    <section className="tl" aria-label="Timeline">
      <ConfidencePatterns prefix={prefix} defsRef={props.patternsRef} />
      <div className="tl-toolbar">
        <RangeInputs range={shownRange} span={span} onRangeChange={onRangeChange} />
        <button type="button" className="tl-clear" disabled={!hasRange} onClick={() => clear(false)}>
          Clear
        </button>
        <UnitSwitch unit={unit} unitMode={props.unitMode} onUnitChange={props.onUnitChange} />
        {props.unitNotice && (
          <p className="tl-note tl-unit-notice" role="status">
            {props.unitNotice}
          </p>
        )}
      </div>
      <div className="tl-chart" ref={measureRef} style={{ minHeight: height + strip, paddingTop: strip }}>
        {domain && bounds && width > 0 ? (
          <>
            <EventMarkers
              placed={events$.placed}
              lanes={lanes.lanes}
              left={layout.left}
              plotW={layout.plotW}
              onEventActivate={props.onEventActivate}
            />
            <TimelineChart
              bins={bins}
              unit={unit}
              layout={layout}
              domain={domain}
              bounds={bounds}
              range={preview ?? committed}
              placed={events$.placed}
              highlight={props.highlight}
              shades={props.shades}
              prefix={prefix}
              svgElement={props.chartRef}
              label={CHART_LABEL}
              describedBy={`${summaryId} ${helpId}`}
              onPreview={setPreview}
              onCommit={commit}
              onClear={clear}
            />
          </>
        ) : (
          <p className="tl-empty">{domain ? '' : 'No flights to chart.'}</p>
        )}
      </div>
      <div className="tl-footer">
        <p id={summaryId} className="tl-summary">
          {summary}
        </p>
        {events$.outside > 0 && (
          <p className="tl-note">
            {events$.outside} {events$.outside === 1 ? 'event lies' : 'events lie'} outside the data span.
          </p>
        )}
        <ConfidenceLegend prefix={prefix} uncertain={anyUncertain} />
        {props.shades?.length ? (
          <p className="tl-note">
            Shaded: {props.shades.map((s) => `period ${s.label}, ${s.from} – ${s.to}`).join('; ')}
          </p>
        ) : null}
        {props.highlight && (
          <p className="tl-note">
            <span className="tl-selection-key" aria-hidden="true" />
            Outlined: {props.highlight.label} (
            {/* Rounded: a spread flight is counted as its shares of the bins. */}
            {pluralFlights(Math.round(props.highlight.counts.reduce((a, b) => a + b, 0)))})
          </p>
        )}
      </div>
      <p id={helpId} className="ui-visually-hidden">
        Keys on the chart: {TIMELINE_KEYS.map((k) => `${k.keys}: ${k.action}`).join('; ')}.
      </p>
      <p className="ui-visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}

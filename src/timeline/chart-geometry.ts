/**
 * Bar and axis geometry for the timeline chart: pure functions, memoized by the component.
 * One SVG path per confidence layer keeps thousands of bins cheap to draw.
 */
import { scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { dayNumber, isImprecise, MS_PER_DAY } from '../data/contract';
import { CONFIDENCES } from '../data/contract';
import type { BinUnit, Confidence, TimelineBin, TimelineEvent } from '../data/contract';
import { dayToX } from './brush-math';
import type { DayDomain } from './brush-math';

export interface ChartLayout {
  width: number;
  height: number;
  left: number;
  top: number;
  plotW: number;
  plotH: number;
}

const MARGIN = { top: 8, right: 10, bottom: 20, left: 34 };

/** Plot area inside an SVG of the given size. */
export function chartLayout(width: number, height: number): ChartLayout {
  return {
    width,
    height,
    left: MARGIN.left,
    top: MARGIN.top,
    plotW: Math.max(0, width - MARGIN.left - MARGIN.right),
    plotH: Math.max(0, height - MARGIN.top - MARGIN.bottom),
  };
}

/** A bin as the chart reads it: with the spread weight of flights whose date is uncertain, if any. */
export type ChartBin = TimelineBin & { uncertain?: number; uncertainFlights?: number };

export interface BarGeometry {
  /** One path per confidence, stacked bottom to top in CONFIDENCES order. */
  paths: Record<Confidence, string>;
  /** The uncertain-date layer, on top of each bin's stack (hatched: never read as known days). */
  uncertain: string;
  /** How many bins have an uncertain-date bar. */
  uncertainBars: number;
  /** The y-axis top: the tallest stack, in whole flights. */
  max: number;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Stacked bars of `bins` as one path per confidence layer, in plot coordinates, and the uncertain-date
 * weight as one more layer on top.
 */
export function barPaths(
  bins: readonly ChartBin[],
  domain: DayDomain,
  plotW: number,
  plotH: number,
): BarGeometry {
  let top = 0;
  for (const bin of bins) top = Math.max(top, bin.total + (bin.uncertain ?? 0));
  // A spread flight makes fractions; the axis counts whole flights (1e-9: sums of 1/n shares).
  const max = Math.ceil(top - 1e-9);
  const parts: Record<Confidence, string[]> = { confirmed: [], reported: [], inferred: [], synthetic: [] };
  const uncertain: string[] = [];
  const done = () => ({
    paths: joinParts(parts),
    uncertain: uncertain.join(''),
    uncertainBars: uncertain.length,
    max,
  });
  if (max <= 0 || plotW <= 0 || plotH <= 0) return done();
  const k = plotH / max;
  for (const bin of bins) {
    const spread = bin.uncertain ?? 0;
    if (bin.total === 0 && spread <= 0) continue;
    const { x, w } = barSpan(bin, domain, plotW);
    let base = plotH;
    for (const c of CONFIDENCES) {
      const n = bin.counts[c];
      if (!n) continue;
      const h = n * k;
      parts[c].push(`M${x} ${r1(base - h)}h${w}v${r1(h)}h${-w}z`);
      base -= h;
    }
    if (spread > 0) {
      // At least half a pixel high: a month's flight spread over day bins stays visible.
      const h = Math.max(0.5, spread * k);
      uncertain.push(`M${x} ${r1(base - h)}h${w}v${r1(h)}h${-w}z`);
    }
  }
  return done();
}

/** A bin's bar: left edge and width in px. */
function barSpan(bin: TimelineBin, domain: DayDomain, plotW: number): { x: number; w: number } {
  const x0 = dayToX(dayNumber(bin.start), plotW, domain);
  const x1 = dayToX(dayNumber(bin.end), plotW, domain);
  // A 1px gap separates bars only where there is room for it.
  const gap = x1 - x0 > 3 ? 1 : 0;
  return { x: r1(x0 + gap / 2), w: Math.max(0.5, r1(x1 - x0 - gap)) };
}

/**
 * Outlines of `counts[i]` flights in each bin, on the bars' scale (`max` flights = the plot's height),
 * standing on the baseline: the selection's share of every bar.
 */
export function outlinePath(
  bins: readonly TimelineBin[],
  counts: readonly number[],
  max: number,
  domain: DayDomain,
  plotW: number,
  plotH: number,
): string {
  if (max === 0 || plotW <= 0 || plotH <= 0) return '';
  const parts: string[] = [];
  bins.forEach((bin, i) => {
    const n = counts[i] ?? 0;
    if (n === 0) return;
    const { x, w } = barSpan(bin, domain, plotW);
    const h = r1((n * plotH) / max);
    parts.push(`M${x} ${r1(plotH - h)}h${w}v${h}h${-w}z`);
  });
  return parts.join('');
}

function joinParts(parts: Record<Confidence, string[]>): Record<Confidence, string> {
  return {
    confirmed: parts.confirmed.join(''),
    reported: parts.reported.join(''),
    inferred: parts.inferred.join(''),
    synthetic: parts.synthetic.join(''),
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Short UTC tick label: "2020" at a year start, "Mar" at a month start, "Mar 3" otherwise. */
export function formatTick(d: Date): string {
  const t = d.getTime();
  if (utcYear.floor(d).getTime() === t) return String(d.getUTCFullYear());
  const month = MONTHS[d.getUTCMonth()] ?? '';
  if (utcMonth.floor(d).getTime() === t) return month;
  return `${month} ${d.getUTCDate()}`;
}

export interface Tick {
  x: number;
  label: string;
}

/** UTC axis ticks across the plot, about one per 90 px. */
export function axisTicks(domain: DayDomain, plotW: number): Tick[] {
  if (plotW <= 0) return [];
  const scale = scaleUtc()
    .domain([new Date(domain.start * MS_PER_DAY), new Date(domain.end * MS_PER_DAY)])
    .range([0, plotW]);
  return scale.ticks(Math.max(2, Math.round(plotW / 90))).map((d) => ({ x: scale(d), label: formatTick(d) }));
}

export interface PlacedEvent {
  event: TimelineEvent;
  /** Centre of the event's day (of the part of its range on the chart, for an imprecise date), in plot coordinates. */
  x: number;
  /** An imprecise date's days on the chart, from the start of the first to the end of the last. */
  spread?: { x0: number; x1: number };
  inRange: boolean;
  key: string;
}

/**
 * Events whose days meet the chart's domain, placed at the middle of their day (an imprecise date: of
 * its days on the chart, with their extent), flagged by the date filter: in range when its days and
 * the filter's overlap, as for flights.
 */
export function placeEvents(
  events: readonly TimelineEvent[],
  domain: DayDomain,
  plotW: number,
  range: { from?: string; to?: string },
): { placed: PlacedEvent[]; outside: number } {
  const placed: PlacedEvent[] = [];
  let outside = 0;
  events.forEach((event, i) => {
    const imprecise = isImprecise(event);
    const last = imprecise ? event.dateEnd! : event.date;
    const start = Math.max(dayNumber(event.date), domain.start);
    const end = Math.min(dayNumber(last) + 1, domain.end);
    if (!(start < end)) {
      outside++;
      return;
    }
    const inRange = (!range.from || last >= range.from) && (!range.to || event.date <= range.to);
    const x0 = dayToX(start, plotW, domain);
    const x1 = dayToX(end, plotW, domain);
    const p: PlacedEvent = { event, x: (x0 + x1) / 2, inRange, key: `${i}:${event.date}` };
    if (imprecise) p.spread = { x0, x1 };
    placed.push(p);
  });
  return { placed, outside };
}

export interface EventLabel {
  key: string;
  /** The event line's x, in plot coordinates. */
  x: number;
  text: string;
  inRange: boolean;
}

/** Label metrics at the 10px label font: average glyph advance, and the column one label takes. */
const LABEL_CHAR_W = 5.6;
export const EVENT_LABEL_COLUMN = 11;

/**
 * Titles written up along the event lines, left to right, where they fit: a label needs its own
 * column of EVENT_LABEL_COLUMN px, so of events closer than that only the first is titled (all keep
 * their marker, tooltip and entry in the events list). Titles longer than the plot is high are cut
 * with an ellipsis.
 */
export function eventLabels(placed: readonly PlacedEvent[], plotH: number): EventLabel[] {
  const maxChars = Math.floor((plotH - 4) / LABEL_CHAR_W);
  if (maxChars < 6) return [];
  const labels: EventLabel[] = [];
  let lastX = -Infinity;
  for (const p of [...placed].sort((a, b) => a.x - b.x)) {
    if (p.x - lastX < EVENT_LABEL_COLUMN) continue;
    const title = p.event.title.trim();
    const text = title.length > maxChars ? `${title.slice(0, maxChars - 1).trimEnd()}…` : title;
    labels.push({ key: p.key, x: p.x, text, inRange: p.inRange });
    lastX = p.x;
  }
  return labels;
}

/** Width of an event marker's box in px (a 8 px square turned 45°, with a hair of air). */
export const MARKER_SPAN = 12;

/**
 * Rows for the event markers so that no two overlap: left to right, each marker takes the first row
 * whose last marker is at least MARKER_SPAN px to its left. Returns each marker's row (same order as
 * `placed`) and the number of rows.
 */
export function markerLanes(
  placed: readonly PlacedEvent[],
  span = MARKER_SPAN,
): { lanes: number[]; count: number } {
  const lanes = new Array<number>(placed.length).fill(0);
  const lastX: number[] = [];
  const order = placed.map((_, i) => i).sort((a, b) => placed[a]!.x - placed[b]!.x);
  for (const i of order) {
    const x = placed[i]!.x;
    let lane = lastX.findIndex((last) => x - last >= span);
    if (lane < 0) lane = lastX.length;
    lastX[lane] = x;
    lanes[i] = lane;
  }
  return { lanes, count: Math.max(1, lastX.length) };
}

/** The bin holding `day` (bins in time order, each [start, end)), or undefined in a gap. */
export function binAtDay<B extends TimelineBin>(bins: readonly B[], day: number): B | undefined {
  let lo = 0;
  let hi = bins.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dayNumber(bins[mid]!.end) <= day)
      lo = mid + 1; // mid < hi <= bins.length
    else hi = mid;
  }
  const bin = bins[lo];
  return bin && dayNumber(bin.start) <= day ? bin : undefined;
}

/** A bin's name for the hover readout: its day, "week of" its Monday, its month, or its year. */
export function binLabel(bin: TimelineBin, unit: BinUnit): string {
  if (unit === 'year') return bin.start.slice(0, 4);
  if (unit === 'month') return bin.start.slice(0, 7);
  if (unit === 'week') return `week of ${bin.start}`;
  return bin.start;
}

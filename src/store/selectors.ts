/**
 * Derived data, computed from the store's minimal state with the data core and memoized on the
 * inputs' identity: a filter change recomputes once, however many views read the result.
 */
import {
  chooseBinUnit,
  computeView,
  confidenceCounts,
  countInBins,
  dataSpan,
  datasetIdentity,
  describeCounts,
  eventsInRange,
  explainEmpty,
  flightsPerPublisher,
  pickBinUnit,
  playbackDays,
  pluralFlights,
  sortFlights,
  type BinUnitChoice,
  type EmptyCause,
  type FilterContext,
  type FlightIndex,
  type FlightView,
} from '../data/query';
import { addDays, dayNumber, isIsoDate, publisherKey } from '../data/contract';
import type {
  Airport,
  BinUnit,
  ConfidenceCounts,
  Filters,
  Flight,
  LogEntry,
  SortSpec,
  TimelineEvent,
} from '../data/contract';
import { airframeKey, airframeLabel } from '../data/patterns';
import { filterLog, flightLog, logFacets, type LogQuery } from '../data/query/log';
import { filterOptions, type FilterOptions, type FilterOptionsState } from '../data/query/filter-options';
import { selectFilterContext } from './identity-selectors';
import { memoizeLast } from './memo';
import { paneFilters, type AirliftState } from './store';
import type { ViewState } from './url';

const spanOf = memoizeLast((index: FlightIndex | null) => (index ? dataSpan(index) : undefined));
export const selectSpan = (s: AirliftState) => spanOf(s.index);

const unitChoiceOf = memoizeLast(
  (
    mode: BinUnit | 'auto',
    span: { from: string; to: string } | undefined,
    from: string | undefined,
    to: string | undefined,
  ): BinUnitChoice => {
    const wanted = mode !== 'auto' ? mode : span ? pickBinUnit(span.from, span.to) : 'month';
    // The bins cover the data's span (the overview) and the date filter (the view), which a URL may
    // set far wider than the data.
    const days = [span?.from, span?.to, from, to].filter((d) => d !== undefined && isIsoDate(d));
    if (days.length === 0) return { unit: wanted };
    const n = days.map((d) => dayNumber(d!));
    const choice = chooseBinUnit(Math.min(...n), Math.max(...n), wanted);
    // Auto names its unit in the switch already: nothing fell back from a choice of the analyst's.
    return mode === 'auto' ? { unit: choice.unit } : choice;
  },
);
/**
 * The timeline's bin unit (picked from the data's span unless the analyst chose one) and, when the
 * choice would exceed the bin cap, the coarser unit used and why.
 */
export const selectUnitChoice = (s: AirliftState) =>
  unitChoiceOf(s.unitMode, selectSpan(s), paneFilters(s).from, paneFilters(s).to);
/** The unit the timeline and the view bin by. */
export const selectUnit = (s: AirliftState) => selectUnitChoice(s).unit;

// The view without any filter, per index: clearing the filters or a toggle back off returns to it, and
// at a million flights computing it again is ~20 ms (and a new million-flight array for every view).
const unfiltered = new WeakMap<FlightIndex, { unit: BinUnit; context: FilterContext; view: FlightView }>();
const viewOf = memoizeLast(
  (index: FlightIndex | null, filters: Filters, unit: BinUnit, context: FilterContext) => {
    if (!index) return null;
    if (Object.keys(filters).length > 0) return computeView(index, filters, unit, context);
    const kept = unfiltered.get(index);
    if (kept && kept.unit === unit && kept.context === context) return kept.view;
    const view = computeView(index, filters, unit, context);
    unfiltered.set(index, { unit, context, view });
    return view;
  },
);
/** The filtered flights and every aggregate of them the views show. */
export const selectView = (s: AirliftState): FlightView | null =>
  viewOf(s.index, paneFilters(s), selectUnit(s), selectFilterContext(s));

// The overview timeline shows the whole span with every filter but the date range, so brushing does
// not recompute it: kept while the index, the non-date filters' content, the unit and the context stay.
// Without a date range those filters are the view's, and the view is the overview (a second pass over
// a million flights after each filter change otherwise); an end that is not a date is open too, as
// computeView reads it.
let overview:
  | { index: FlightIndex | null; key: string; unit: BinUnit; context: FilterContext; view: FlightView | null }
  | undefined;
const openEnd = (end: string | undefined) => !end || !isIsoDate(end);
export const selectOverview = (s: AirliftState): FlightView | null => {
  const { from, to, ...rest } = paneFilters(s);
  const key = JSON.stringify(rest);
  const unit = selectUnit(s);
  const context = selectFilterContext(s);
  const o = overview;
  if (o && o.index === s.index && o.key === key && o.unit === unit && o.context === context) return o.view;
  const view =
    openEnd(from) && openEnd(to)
      ? selectView(s)
      : s.index
        ? computeView(s.index, JSON.parse(key) as Filters, unit, context)
        : null;
  overview = { index: s.index, key, unit, context, view };
  return view;
};

const playbackDaysOf = memoizeLast((flights: readonly Flight[] | undefined) => playbackDays(flights ?? []));
/** The days of the flights that pass every filter but the date range: what playback steps over. */
export const selectPlaybackDays = (s: AirliftState) => playbackDaysOf(selectOverview(s)?.flights);

const sortedOf = memoizeLast(
  (flights: readonly Flight[] | undefined, sort: SortSpec, index: FlightIndex | null): readonly Flight[] => {
    if (!flights) return [];
    // The view's flights come from the index in time order already: by date needs no sort (nor the
    // sorter's check of that order, which costs ~20 ms at 100k flights).
    if (sort.key === 'date') return sort.dir === 'asc' ? flights : flights.slice().reverse();
    // Other keys sort on the index's cached rank columns (sort-ranks.ts): ~30 ms at 1M flights.
    return sortFlights(flights, sort, index ? { index } : undefined);
  },
);
/** The filtered flights in the table's sort order: what the table shows and exports write. */
export const selectSortedFlights = (s: AirliftState) => sortedOf(selectView(s)?.flights, s.sort, s.index);

const airportsOf = memoizeLast(
  (airports: readonly Airport[] | undefined) => new Map((airports ?? []).map((a) => [a.icao, a])),
);
export const selectAirportsByIcao = (s: AirliftState) => airportsOf(s.dataset?.airports);

export type { FilterOptions } from '../data/query/filter-options';

// One state, carried from edit to edit: an edit of a few flights adjusts a few counts.
let optionsState: FilterOptionsState | undefined;
const optionsOf = memoizeLast((flights: readonly Flight[] | undefined): FilterOptions => {
  optionsState = filterOptions(flights ?? [], optionsState);
  return optionsState.options;
});
/** The values each filter can take, from the whole dataset. */
export const selectFilterOptions = (s: AirliftState) => optionsOf(s.dataset?.flights);

type Selection = NonNullable<AirliftState['selection']>;

/**
 * Whether a flight belongs to the selection (that flight, that route, touching that airport, or flown
 * by that airframe: its icao24, else its registration, as the aircraft filter reads it).
 */
function selectionMatcher(selection: Selection): (flight: Flight) => boolean {
  if (selection.kind === 'flight') return (f) => f.id === selection.id;
  if (selection.kind === 'route') {
    // Split the key once rather than build a key string per flight (the outline scans every flight).
    const [origin, destination] = selection.key.split('>');
    return (f) => f.origin === origin && f.destination === destination;
  }
  if (selection.kind === 'aircraft') return (f) => airframeKey(f) === selection.key;
  return (f) => f.origin === selection.icao || f.destination === selection.icao;
}

const selectionFlightsOf = memoizeLast(
  (flights: readonly Flight[], selection: AirliftState['selection']): readonly Flight[] =>
    selection ? flights.filter(selectionMatcher(selection)) : [],
);
/** The shown flights that belong to the selection, in the table's order. */
export const selectSelectionFlights = (s: AirliftState) =>
  selectionFlightsOf(selectSortedFlights(s), s.selection);

const selectedFlightOf = memoizeLast((index: FlightIndex | null, id: string | undefined) =>
  id && index ? index.flights.find((f) => f.id === id) : undefined,
);
/** The selected flight, even when the filters hide it. */
export const selectSelectedFlight = (s: AirliftState) =>
  selectedFlightOf(s.index, s.selection?.kind === 'flight' ? s.selection.id : undefined);

/** The selection's flights per timeline bin, outlined on the overview chart. */
export interface SelectionHighlight {
  /** "UBBB → LLOV", "LLOV", "flight X". */
  label: string;
  /** Per overview bin, in the same order. */
  counts: readonly number[];
}
const selectionHighlightOf = memoizeLast(
  (overview: FlightView | null, selection: AirliftState['selection']): SelectionHighlight | undefined => {
    if (!overview || !selection) return undefined;
    const label =
      selection.kind === 'route'
        ? selection.key.replace('>', ' → ')
        : selection.kind === 'airport'
          ? selection.icao
          : selection.kind === 'aircraft'
            ? `aircraft ${airframeLabel(selection.key)}`
            : `flight ${selection.id}`;
    return { label, counts: countInBins(overview.bins, overview.flights, selectionMatcher(selection)) };
  },
);
export const selectSelectionHighlight = (s: AirliftState) =>
  selectionHighlightOf(selectOverview(s), s.selection);

export interface SelectionSummary {
  first: string;
  last: string;
  mix: ConfidenceCounts;
  /** Distinct source publishers. */
  publishers: number;
}
const selectionSummaryOf = memoizeLast((flights: readonly Flight[]): SelectionSummary => {
  let first = '';
  let last = '';
  const publishers = new Set<string>();
  for (const f of flights) {
    if (!first || f.date < first) first = f.date;
    // An imprecise date may reach to its dateEnd.
    const end = f.dateEnd !== undefined && f.dateEnd > f.date ? f.dateEnd : f.date;
    if (!last || end > last) last = end;
    for (const s of f.sources) publishers.add(publisherKey(s.publisher));
  }
  return { first, last, mix: confidenceCounts(flights), publishers: publishers.size };
});
/** Date span, evidence mix and publisher count of the selection's shown flights (the panel's header). */
export const selectSelectionSummary = (s: AirliftState) => selectionSummaryOf(selectSelectionFlights(s));

/**
 * The counts line: "42 of 97 flights, 2022-10-01 – 2023-03-31", or, while the range is an event's
 * window, "12 flights within 7 days of Gantz visit (2022-10-03)".
 */
export const selectCountsLine = (s: AirliftState): string => {
  const view = selectView(s);
  const shown = view?.total ?? 0;
  const total = s.dataset?.flights.length ?? 0;
  const { from, to } = paneFilters(s);
  const focus = s.eventFocus;
  const n = s.eventWindowDays;
  const line =
    focus && from === addDays(focus.date, -n) && to === addDays(focus.date, n)
      ? `${pluralFlights(shown)} within ${n} ${n === 1 ? 'day' : 'days'} of ${focus.title} (${focus.date})`
      : describeCounts(shown, total, from, to);
  return line + uncertainNote(view?.uncertain ?? 0);
};

/** " · 3 flights with an uncertain date" (imprecise dates among those shown), or nothing. */
function uncertainNote(uncertain: number): string {
  return uncertain > 0 ? ` · ${pluralFlights(uncertain)} with an uncertain date` : '';
}

export interface AboutData {
  confidence: ConfidenceCounts;
  /** Every publisher cited by a flight or an event, with how many flights cite it; most cited first. */
  publishers: { name: string; flights: number }[];
}
const aboutOf = memoizeLast((dataset: AirliftState['dataset']): AboutData => {
  // Events' publishers are listed too (at zero when no flight cites them); one name per publisherKey.
  const eventNames = (dataset?.events ?? []).flatMap((e) => (e.sources ?? []).map((s) => s.publisher));
  const publishers = flightsPerPublisher(dataset?.flights ?? [], [
    ...(dataset?.flights ?? []).flatMap((f) => f.sources.map((src) => src.publisher)),
    ...eventNames,
  ]).map(([name, flights]) => ({ name, flights }));
  return { confidence: confidenceCounts(dataset?.flights ?? []), publishers };
});
/** What the "About this data" panel lists. */
export const selectAbout = (s: AirliftState) => aboutOf(s.dataset);

const publisherCountsOf = memoizeLast(
  (flights: readonly Flight[] | undefined, all: readonly Flight[] | undefined) => {
    const everyName = (all ?? []).flatMap((f) => f.sources.map((src) => src.publisher));
    return flightsPerPublisher(flights ?? [], everyName);
  },
);
/** Every publisher in the dataset with how many shown flights cite it, most cited first. */
export const selectPublisherCounts = (s: AirliftState) =>
  publisherCountsOf(selectView(s)?.flights, s.dataset?.flights);

const timelineSummaryOf = memoizeLast((view: FlightView | null): string => {
  const flights = view?.flights ?? [];
  const first = flights[0];
  // The last possible day: an imprecise date may reach past the last flight's `date`.
  let last: string | undefined;
  if (view && view.uncertain > 0) for (const f of flights) last = maxDate(last, f.dateEnd ?? f.date);
  else last = flights[flights.length - 1]?.date;
  const span = first && last ? `, ${first.date} to ${last}` : '';
  return `${pluralFlights(view?.total ?? 0)}${span}${uncertainNote(view?.uncertain ?? 0)}`;
});
const maxDate = (a: string | undefined, b: string) => (a === undefined || b > a ? b : a);
/**
 * The timeline's text summary: "42 flights, 2016-05-12 to 2023-03-01", and " · 3 flights with an
 * uncertain date" when some are.
 */
export const selectTimelineSummary = (s: AirliftState) => timelineSummaryOf(selectView(s));

const eventsOf = memoizeLast((events: readonly TimelineEvent[] | undefined) => eventsInRange(events ?? []));
/** Every event of the dataset, in date order (the timeline places and greys them itself). */
export const selectTimelineEvents = (s: AirliftState) => eventsOf(s.dataset?.events);

// The identity hashes the title and every id (~30 ms at 100k flights). An edit that keeps every id in
// place (most edits) keeps the identity, and comparing the ids costs a hundredth of hashing them.
let lastIdentity: { title: string; ids: readonly string[]; identity: string } | undefined;
function sameIds(flights: readonly Flight[], ids: readonly string[]): boolean {
  if (flights.length !== ids.length) return false;
  for (let i = 0; i < ids.length; i++) if (flights[i]!.id !== ids[i]) return false;
  return true;
}
const identityOf = memoizeLast((dataset: AirliftState['dataset']) => {
  if (!dataset) return undefined;
  const { title, flights } = dataset;
  const last = lastIdentity;
  if (last && last.title === title && sameIds(flights, last.ids)) return last.identity;
  const identity = datasetIdentity(dataset);
  lastIdentity = { title, ids: flights.map((f) => f.id), identity };
  return identity;
});
/** The loaded dataset's identity, as links carry it (`dataset=`). */
export const selectDatasetIdentity = (s: AirliftState) => identityOf(s.dataset);

/**
 * What a link to the current view carries: filters, selection, sort, bin unit, the event window while
 * the range is still that window, and the dataset's identity.
 */
export function selectLinkView(s: AirliftState): ViewState {
  const focus = s.eventFocus;
  const n = s.eventWindowDays;
  const inWindow =
    focus && s.filters.from === addDays(focus.date, -n) && s.filters.to === addDays(focus.date, n);
  return {
    filters: s.filters,
    selection: s.selection,
    sort: s.sort,
    unit: s.unitMode,
    event: inWindow ? { date: focus.date, days: n } : undefined,
    dataset: selectDatasetIdentity(s),
    ...(s.comparison ? { comparison: s.comparison } : {}),
  };
}

/** What the empty state says when the filters leave no flight. */
export interface EmptyExplanation {
  /** The dataset itself has no flight (no filter is to blame). */
  datasetEmpty: boolean;
  /** Each filter that, removed alone, brings flights back (none: two or more must go). */
  causes: EmptyCause[];
  /** The other dataset the opening link was made on, when it is not the loaded one. */
  foreignLink?: string;
}
const emptyOf = memoizeLast(
  (
    index: FlightIndex | null,
    filters: Filters,
    shown: number,
    linked: string | null,
    loaded: string | undefined,
    context: FilterContext,
  ): EmptyExplanation | null => {
    if (!index || shown > 0) return null;
    const foreignLink = linked && loaded && linked !== loaded ? linked : undefined;
    if (index.flights.length === 0) return { datasetEmpty: true, causes: [], foreignLink };
    return { datasetEmpty: false, causes: explainEmpty(index, filters, context), foreignLink };
  },
);
/**
 * Why no flight is shown, or null when some are. Null is decided first: the dataset's identity (a
 * hash of every id, ~0.1 s at a million flights) is only wanted to explain an empty view.
 */
export const selectEmptyExplanation = (s: AirliftState) =>
  s.index && (selectView(s)?.total ?? 0) > 0
    ? null
    : emptyOf(
        s.index,
        paneFilters(s),
        selectView(s)?.total ?? 0,
        s.linkDataset,
        selectDatasetIdentity(s),
        selectFilterContext(s),
      );

const flightLogOf = memoizeLast((log: readonly LogEntry[] | undefined, id: string) => flightLog(log, id));
/** One flight's change log entries, newest first (the flight panel). */
export const selectFlightLog = (id: string) => (s: AirliftState) => flightLogOf(s.dataset?.log, id);

const logFacetsOf = memoizeLast((log: readonly LogEntry[] | undefined) => logFacets(log));
/** The names, actions and fields the log view can filter by. */
export const selectLogFacets = (s: AirliftState) => logFacetsOf(s.dataset?.log);

const filteredLogOf = memoizeLast((log: readonly LogEntry[] | undefined, query: LogQuery) =>
  filterLog(log ?? [], query),
);
/** The dataset's change log filtered by the log view's query, newest first. */
export const selectFilteredLog = (query: LogQuery) => (s: AirliftState) =>
  filteredLogOf(s.dataset?.log, query);

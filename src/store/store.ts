import { create } from 'zustand';
import { createIndex, type FlightIndex } from '../data/query';
import type { PlaybackWidth } from '../data/query';
import { addDays } from '../data/contract';
import type { BinUnit, Dataset, Filters, SortSpec, TimelineEvent } from '../data/contract';
import { applyStep, isNoChange, revertStep, type Step } from '../data/edit';
import { updateIndex } from '../data/query/index-update';
import type { AircraftLookup, IdentitySources } from '../data/identity/types';
import type { Comparison, Selection, ViewState } from './url';

/** Undo reaches back at least this many steps (the issue asks for 100). */
export const MAX_UNDO_STEPS = 200;

/** Where the loaded dataset came from: the bundled sample, or the analyst's own file(s). */
export type DatasetOrigin = 'bundled' | 'imported';

interface DatasetSlice {
  dataset: Dataset | null;
  index: FlightIndex | null;
  datasetOrigin: DatasetOrigin;
  /**
   * Replaces the loaded dataset; clears the selection (its ids may be gone) and asks the map to fit.
   * Loading the bundled sample clears the filters and the event window too: the imported data's filters
   * (an airport it alone has) would leave the sample empty. Not a step: the undo and redo stacks are
   * emptied (their steps were made for another dataset); an import is a step (`commit` a replace).
   */
  loadDataset(dataset: Dataset, origin: DatasetOrigin): void;
}

/** What last changed the history, for the journal that persists it (src/io/journal-sync.ts). */
export type HistoryChange =
  { readonly kind: 'commit' | 'undo' | 'redo'; readonly step: Step } | { readonly kind: 'load' | 'restore' };

interface HistorySlice {
  /** Steps that can be undone, oldest first; the last is the next undo. */
  past: readonly Step[];
  /** Steps that can be redone, the next redo last. */
  future: readonly Step[];
  /**
   * Applies one step (an edit, bulk edit, delete, import or merge) to the dataset, makes it the next
   * undo and clears the redo stack. The dataset becomes the analyst's own ('imported'), unless a replace
   * made it the bundled sample (Reset to sample data: see `markBundled`).
   */
  commit(step: Step): void;
  undo(): void;
  redo(): void;
  /** The name the analyst set once, written as `by` in the change log; empty until set. */
  analyst: string;
  setAnalyst(name: string): void;
  /** Puts back stacks kept across a reload (the journal), with the dataset they lead to. */
  restoreHistory(dataset: Dataset, past: readonly Step[], future: readonly Step[]): void;
  /** A new object on every commit, undo, redo, load and restore (null before the first). */
  lastChange: HistoryChange | null;
}

interface FiltersSlice {
  filters: Filters;
  /**
   * While a chart the analyst is reading must update first (the Patterns dialog: `holdPanes`), the
   * filters the other views (map, timeline, table, lists) still show: the filters before the change,
   * until `catchUpPanes` after the chart has painted. Null when the views show `filters` (always, unless
   * held). Read it through `paneFilters`.
   */
  heldFilters: Filters | null;
  holdPanes: boolean;
  setHoldPanes(hold: boolean): void;
  /** The held views take the current filters (and stop being held until the next change). */
  catchUpPanes(): void;
  /** Merges a partial change; `undefined` or an empty array removes a filter. */
  setFilters(change: Partial<Filters>): void;
  replaceFilters(filters: Filters): void;
  clearFilters(): void;
  /**
   * Applies what a link carries, in one update: filters, selection, sort, bin unit and event window
   * (its title looked up among the dataset's events; a date no event has is named in `notices`).
   */
  applyView(view: ViewState): void;
}

interface SelectionSlice {
  selection: Selection | null;
  select(selection: Selection | null): void;
}

interface UiSlice {
  sort: SortSpec;
  setSort(sort: SortSpec): void;
  unitMode: BinUnit | 'auto';
  setUnitMode(unit: BinUnit | 'auto'): void;
  /** The dataset identity the opening link named (`dataset=`), or null; compared with the loaded one. */
  linkDataset: string | null;
  /** The two periods compared (Patterns), shaded on the timeline and drawn on the map; in the link. */
  comparison: Comparison | null;
  setComparison(comparison: Comparison | null): void;
  /** Messages the app shows once (bad URL parameter, storage unavailable…); never twice at a time. */
  notices: string[];
  addNotices(notices: string[]): void;
  dismissNotice(index: number): void;
  /** Bumped to ask the map to fit the filtered data (on load and on request, not on every filter change). */
  fitRequest: number;
  requestFit(): void;
  /** True while a pointer drags on the timeline: the URL then records the gesture as one history entry. */
  brushing: boolean;
  setBrushing(brushing: boolean): void;
  /** Bumped when the map-area filter is switched on: the map answers with its bounds. */
  areaRequest: number;
  requestAreaFromMap(): void;
}

interface ContextSlice {
  /** Half-width, in days, of the range "flights around this event". */
  eventWindowDays: number;
  /** Sets the half-width; while the range is the focused event's window, the window follows it. */
  setEventWindowDays(days: number): void;
  /** The event whose window was last chosen; the counts line names it while the range still matches. */
  eventFocus: Pick<TimelineEvent, 'date' | 'title'> | null;
  focusEvent(event: Pick<TimelineEvent, 'date' | 'title'>): void;
  playback: { playing: boolean; width: PlaybackWidth; intervalMs: number };
  setPlayback(change: Partial<AirliftState['playback']>): void;
}

/** Who flew (issue 14): the identity sources. None of them changes the dataset. */
interface IdentitySlice {
  /** The analyst's imported aircraft database (kept in IndexedDB), or null. */
  aircraftDb: AircraftLookup | null;
  setAircraftDb(db: AircraftLookup | null): void;
  /** The bundled address-block, nationality-mark and designator tables, loaded after first paint. */
  identityTables: IdentityTables | null;
  setIdentityTables(tables: IdentityTables): void;
}

/** The bundled identity tables (src/io/identity-tables.ts loads them). */
export type IdentityTables = Omit<IdentitySources, 'db'>;

export type AirliftState = DatasetSlice &
  IdentitySlice &
  HistorySlice &
  FiltersSlice &
  SelectionSlice &
  UiSlice &
  ContextSlice;

/** Drops empty strings and empty arrays so equal filters compare equal and serialise the same. */
export function normalizeFilters(filters: Filters): Filters {
  const out: Filters = {};
  for (const [key, value] of Object.entries(filters) as [keyof Filters, Filters[keyof Filters]][]) {
    if (value === undefined || value === '' || value === false) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (key === 'minPublishers' && (value as number) < 2) continue;
    (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

const clampDays = (days: number) => Math.max(0, Math.min(365, Math.round(days)));

/** Whether the range is the event's window of `days` days. */
const isWindowOf = (filters: Filters, event: Pick<TimelineEvent, 'date'>, days: number) =>
  filters.from === addDays(event.date, -days) && filters.to === addDays(event.date, days);

// The bundled sample datasets loaded (it is parsed anew on each load): the data is "the sample" while
// the loaded dataset is one of them, so undoing Reset to sample data makes it the analyst's own again.
const bundled = new WeakSet<Dataset>();

/** Marks a dataset as the bundled sample (for a replace step to it, and for the journal's restore). */
export function markBundled(dataset: Dataset): Dataset {
  bundled.add(dataset);
  return dataset;
}

/** Whether the dataset is the bundled sample as loaded (not an edited copy of it). */
export const isBundled = (dataset: Dataset | null): boolean => dataset !== null && bundled.has(dataset);

const originOf = (dataset: Dataset | null): DatasetOrigin => (isBundled(dataset) ? 'bundled' : 'imported');

/**
 * The state after the dataset changed by a step (applied, or reverted when undone): the index updated
 * for it, and no selection of a flight now gone. A replace (import, Reset to sample data) acts as a load:
 * no selection, the map fits the new data, and the sample starts unfiltered.
 */
function afterChange(
  s: AirliftState,
  dataset: Dataset | null,
  step: Step,
  direction: 'apply' | 'revert',
): Partial<AirliftState> {
  const index = !dataset
    ? null
    : s.index
      ? updateIndex(s.index, dataset, step, direction)
      : createIndex(dataset);
  const datasetOrigin = originOf(dataset);
  if (step.replace)
    return {
      dataset,
      index,
      datasetOrigin,
      selection: null,
      fitRequest: s.fitRequest + 1,
      ...(datasetOrigin === 'bundled' ? { filters: {}, eventFocus: null } : {}),
    };
  const selection =
    s.selection?.kind === 'flight' &&
    !dataset?.flights.some((f) => f.id === (s.selection as { id: string }).id)
      ? null
      : s.selection;
  return { dataset, index, datasetOrigin, selection };
}

/** The filters the map, timeline, table and lists show (see `heldFilters`). */
export const paneFilters = (s: AirliftState): Filters => s.heldFilters ?? s.filters;

type SetState = (change: Partial<AirliftState> | ((s: AirliftState) => Partial<AirliftState>)) => void;

export const useAirlift = create<AirliftState>()((rawSet) => {
  // Every filter change goes through here: while the views are held, the first change keeps the
  // filters they show, so they catch up once, later, whatever the number of changes in between.
  const set: SetState = (change) =>
    rawSet((s) => {
      const next = typeof change === 'function' ? change(s) : change;
      if (!s.holdPanes || s.heldFilters !== null || !('filters' in next) || next.filters === s.filters)
        return next;
      return { ...next, heldFilters: s.filters };
    });
  return {
    dataset: null,
    index: null,
    datasetOrigin: 'bundled',
    loadDataset: (dataset, origin) => {
      if (origin === 'bundled') markBundled(dataset);
      set((s) => ({
        dataset,
        index: createIndex(dataset),
        datasetOrigin: origin,
        selection: null,
        fitRequest: s.fitRequest + 1,
        past: [],
        future: [],
        lastChange: { kind: 'load' },
        ...(origin === 'bundled' ? { filters: {}, eventFocus: null } : {}),
      }));
    },

    past: [],
    future: [],
    lastChange: null,
    commit: (step) =>
      set((s) => {
        // A step that changes nothing ("No change") is not an undo entry.
        if (isNoChange(step)) return {};
        const dataset = applyStep(s.dataset, step);
        return {
          ...afterChange(s, dataset, step, 'apply'),
          past: [...s.past, step].slice(-MAX_UNDO_STEPS),
          future: [],
          lastChange: { kind: 'commit', step },
        };
      }),
    undo: () =>
      set((s) => {
        const step = s.past[s.past.length - 1];
        if (!step || !s.dataset) return {};
        const dataset = revertStep(s.dataset, step);
        return {
          ...afterChange(s, dataset, step, 'revert'),
          past: s.past.slice(0, -1),
          future: [...s.future, step],
          lastChange: { kind: 'undo', step },
        };
      }),
    redo: () =>
      set((s) => {
        const step = s.future[s.future.length - 1];
        if (!step) return {};
        return {
          ...afterChange(s, applyStep(s.dataset, step), step, 'apply'),
          past: [...s.past, step],
          future: s.future.slice(0, -1),
          lastChange: { kind: 'redo', step },
        };
      }),
    analyst: '',
    setAnalyst: (analyst) => set({ analyst: analyst.trim() }),
    restoreHistory: (dataset, past, future) =>
      set((s) => ({
        dataset,
        index: createIndex(dataset),
        datasetOrigin: originOf(dataset),
        selection: null,
        fitRequest: s.fitRequest + 1,
        past: past.slice(-MAX_UNDO_STEPS),
        future,
        lastChange: { kind: 'restore' },
      })),

    filters: {},
    heldFilters: null,
    holdPanes: false,
    setHoldPanes: (holdPanes) => set(holdPanes ? { holdPanes } : { holdPanes, heldFilters: null }),
    catchUpPanes: () => set({ heldFilters: null }),
    setFilters: (change) => set((s) => ({ filters: normalizeFilters({ ...s.filters, ...change }) })),
    replaceFilters: (filters) => set({ filters: normalizeFilters(filters) }),
    // Already clear: the same state, so no view is computed again (an import clears them after its
    // load: 90 ms of the first paint at a million flights).
    clearFilters: () =>
      set((s) => (Object.values(s.filters).every((v) => v === undefined) ? s : { filters: {} })),
    applyView: (view) =>
      set((s) => {
        const filters = normalizeFilters(view.filters);
        const change: Partial<AirliftState> = {
          filters,
          selection: view.selection,
          sort: view.sort ?? { key: 'date', dir: 'asc' },
          unitMode: view.unit ?? 'auto',
          eventFocus: null,
          comparison: view.comparison ?? null,
        };
        if (view.dataset !== undefined) change.linkDataset = view.dataset;
        if (view.event) {
          const days = view.event.days === undefined ? s.eventWindowDays : clampDays(view.event.days);
          change.eventWindowDays = days;
          const event = s.dataset?.events.find((e) => e.date === view.event!.date);
          if (event) {
            change.eventFocus = { date: event.date, title: event.title };
            // A link with an event but no range (written by hand) selects the event's window.
            if (!filters.from && !filters.to)
              change.filters = normalizeFilters({
                ...filters,
                from: addDays(event.date, -days),
                to: addDays(event.date, days),
              });
          } else
            change.notices = [
              ...s.notices,
              `Ignored URL parameter event=${JSON.stringify(view.event.date)}: no event of this dataset is on that date.`,
            ];
        }
        return change;
      }),

    selection: null,
    select: (selection) => set({ selection }),

    sort: { key: 'date', dir: 'asc' },
    setSort: (sort) => set({ sort }),
    unitMode: 'auto',
    setUnitMode: (unitMode) => set({ unitMode }),
    linkDataset: null,
    comparison: null,
    setComparison: (comparison) => set({ comparison }),
    notices: [],
    // A notice already on show is not repeated (Back to a link that named another dataset, say).
    addNotices: (notices) => set((s) => ({ notices: [...new Set([...s.notices, ...notices])] })),
    dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
    fitRequest: 0,
    requestFit: () => set((s) => ({ fitRequest: s.fitRequest + 1 })),
    brushing: false,
    setBrushing: (brushing) => set({ brushing }),
    areaRequest: 0,
    requestAreaFromMap: () => set((s) => ({ areaRequest: s.areaRequest + 1 })),

    eventWindowDays: 7,
    setEventWindowDays: (days) =>
      set((s) => {
        const eventWindowDays = clampDays(days);
        const focus = s.eventFocus;
        if (!focus || !isWindowOf(s.filters, focus, s.eventWindowDays)) return { eventWindowDays };
        return {
          eventWindowDays,
          filters: normalizeFilters({
            ...s.filters,
            from: addDays(focus.date, -eventWindowDays),
            to: addDays(focus.date, eventWindowDays),
          }),
        };
      }),
    eventFocus: null,
    focusEvent: (event) =>
      set((s) => ({
        eventFocus: { date: event.date, title: event.title },
        filters: normalizeFilters({
          ...s.filters,
          from: addDays(event.date, -s.eventWindowDays),
          to: addDays(event.date, s.eventWindowDays),
        }),
      })),
    aircraftDb: null,
    setAircraftDb: (aircraftDb) => set({ aircraftDb }),
    identityTables: null,
    setIdentityTables: (identityTables) => set({ identityTables }),

    playback: { playing: false, width: 'month', intervalMs: 1000 },
    setPlayback: (change) => set((s) => ({ playback: { ...s.playback, ...change } })),
  };
});

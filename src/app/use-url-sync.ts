import { useEffect } from 'react';
import { selectDatasetIdentity, selectLinkView } from '../store/selectors';
import { useAirlift, type AirliftState } from '../store/store';
import { queryToView, viewToQuery } from '../store/url';

/**
 * Reads filters, selection, sort, bin unit, event window and the dataset's identity from the URL,
 * before the first paint of the views. A link made on another dataset is named in a notice.
 */
export function applyUrlToStore(search: string = window.location.search): void {
  const { notices, ...view } = queryToView(search);
  const store = useAirlift.getState();
  store.applyView(view);
  const loaded = selectDatasetIdentity(useAirlift.getState());
  if (view.dataset && loaded && view.dataset !== loaded) {
    const title = useAirlift.getState().dataset?.title ?? '';
    notices.push(
      `This link was made on another dataset (${view.dataset}) than the one loaded ("${title}", ${loaded}): its filters may not match this data.`,
    );
  }
  if (notices.length) store.addNotices(notices);
}

/** The state a link carries (the dataset by its identity). */
const CARRIED: readonly (keyof AirliftState)[] = [
  'filters',
  'selection',
  'sort',
  'unitMode',
  'eventFocus',
  'eventWindowDays',
  'comparison',
  'dataset',
];

/** The URL's query for the state: empty for the default view; the dataset named whenever it is not. */
function queryOf(state: AirliftState): string {
  const view = selectLinkView(state);
  const rest = viewToQuery({ ...view, dataset: undefined });
  return rest ? viewToQuery(view) : '';
}

/**
 * The link to the view on screen, from the store: the address bar trails a change by a frame (see
 * useUrlSync), so what copies or prints a link reads this.
 */
export function currentViewLink(): string {
  const query = queryOf(useAirlift.getState());
  return `${window.location.origin}${window.location.pathname}${query ? `?${query}` : ''}`;
}

/**
 * Keeps the URL in step with the store: each change of what a link carries pushes a history entry (so
 * Back undoes it), and Back/Forward restore it from the URL. The URL is written after the change's frame
 * is painted: `history.pushState` cost 10–55 ms of main-thread time per change at 100,000 flights in the
 * browser bench's profile, and nothing on screen waits for it. Changes within one frame make one entry.
 */
export function useUrlSync(): void {
  useEffect(() => {
    let applyingHistory = false;
    // A drag on the timeline commits a range every frame: the first commit pushes an entry, the rest
    // of the same drag replace it, so Back returns to the view before the drag.
    let pushedDuringBrush = false;
    // A write waiting for the paint: whether it must replace the entry rather than push one.
    let pending: { replace: boolean } | undefined;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      timer = undefined;
      const replace = pending?.replace ?? false;
      pending = undefined;
      const state = useAirlift.getState();
      const query = queryOf(state);
      if (query === window.location.search.replace(/^\?/, '')) return;
      const url = query ? `?${query}` : window.location.pathname;
      if (replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    };
    const cancel = () => {
      if (frame) cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
      frame = 0;
      timer = undefined;
      pending = undefined;
    };
    const unsubscribe = useAirlift.subscribe((state, previous) => {
      if (!state.brushing) pushedDuringBrush = false;
      if (applyingHistory) return;
      if (CARRIED.every((k) => state[k] === previous[k])) return;
      // A new dataset's identity hashes every id (0.2 s at a million flights): the write after the
      // paint compares the query with the address bar instead of holding up the first frame here.
      if (state.dataset === previous.dataset && queryOf(state) === queryOf(previous)) return;
      // Playback moves the range every second: one history entry per step would bury the Back button.
      const replace = state.playback.playing || pushedDuringBrush;
      if (!replace) pushedDuringBrush = state.brushing;
      // The first change since the last write decides push or replace for the coalesced write.
      pending ??= { replace };
      if (frame || timer !== undefined) return;
      // After the paint: a task queued from the frame's callback runs once the frame is on screen.
      frame = requestAnimationFrame(() => {
        frame = 0;
        timer = setTimeout(write, 0);
      });
    });
    const onPopState = () => {
      // A write still waiting describes the state Back just left: drop it.
      cancel();
      applyingHistory = true;
      try {
        applyUrlToStore(window.location.search);
      } finally {
        applyingHistory = false;
      }
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      // Unmounting writes what is pending now, so the URL never lags the last change.
      const wasPending = pending !== undefined;
      cancel();
      if (wasPending) write();
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}

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
 * Keeps the URL in step with the store: each change of what a link carries pushes a history entry (so
 * Back undoes it), and Back/Forward restore it from the URL.
 */
export function useUrlSync(): void {
  useEffect(() => {
    let applyingHistory = false;
    // A drag on the timeline commits a range every frame: the first commit pushes an entry, the rest
    // of the same drag replace it, so Back returns to the view before the drag.
    let pushedDuringBrush = false;
    const unsubscribe = useAirlift.subscribe((state, previous) => {
      if (!state.brushing) pushedDuringBrush = false;
      if (applyingHistory) return;
      if (CARRIED.every((k) => state[k] === previous[k])) return;
      const query = queryOf(state);
      if (query === queryOf(previous)) return;
      const current = window.location.search.replace(/^\?/, '');
      if (query === current) return;
      const url = query ? `?${query}` : window.location.pathname;
      // Playback moves the range every second: one history entry per step would bury the Back button.
      if (state.playback.playing || pushedDuringBrush) window.history.replaceState(null, '', url);
      else {
        window.history.pushState(null, '', url);
        pushedDuringBrush = state.brushing;
      }
    });
    const onPopState = () => {
      applyingHistory = true;
      try {
        applyUrlToStore(window.location.search);
      } finally {
        applyingHistory = false;
      }
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}

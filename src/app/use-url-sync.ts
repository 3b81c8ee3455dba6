import { useEffect } from 'react';
import { useAirlift } from '../store/store';
import { queryToView, viewToQuery } from '../store/url';

/** Reads filters and selection from the URL once, before the first paint of the views. */
export function applyUrlToStore(search: string = window.location.search): void {
  const { filters, selection, notices } = queryToView(search);
  const store = useAirlift.getState();
  store.replaceFilters(filters);
  store.select(selection);
  if (notices.length) store.addNotices(notices);
}

/**
 * Keeps the URL in step with the store: each filter or selection change pushes a history entry (so
 * Back undoes it), and Back/Forward restore the filters from the URL.
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
      if (state.filters === previous.filters && state.selection === previous.selection) return;
      const query = viewToQuery({ filters: state.filters, selection: state.selection });
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

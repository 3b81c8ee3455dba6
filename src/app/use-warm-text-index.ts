import { useEffect } from 'react';
import { warmTextIndex } from '../data/query/text-index';
import { useAirlift } from '../store/store';

/**
 * Builds the loaded dataset's text-search index in idle slices, so the first text filter reads the
 * index instead of building it (about 2× the old scan at 1M flights). Each new index (an import, an
 * edit) starts over; an edit's index reuses most of the last one's tables (see text-index.ts).
 */
export function useWarmTextIndex(): void {
  const index = useAirlift((s) => s.index);
  useEffect(() => {
    if (!index || typeof requestIdleCallback !== 'function') return;
    let handle: number | undefined;
    const slice = (deadline: IdleDeadline) => {
      handle = warmTextIndex(index, () => deadline.timeRemaining()) ? undefined : requestIdleCallback(slice);
    };
    handle = requestIdleCallback(slice);
    return () => {
      if (handle !== undefined) cancelIdleCallback(handle);
    };
  }, [index]);
}

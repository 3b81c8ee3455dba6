import { useEffect } from 'react';
import { warmTextIndex } from '../data/query/text-index';
import { warmRankColumns } from '../data/query/sort-ranks';
import { useAirlift } from '../store/store';

/**
 * Builds the loaded dataset's text-search index, then the table's sort rank columns, in idle slices,
 * so the first text filter or sort reads them instead of building them (the text index is about 2× the
 * old scan at 1M flights; a rank column reads every flight, 120–200 ms at 1M). Each new index (an
 * import, an edit) starts over; an edit's index reuses most of the last one's tables.
 */
export function useWarmIndexes(): void {
  const index = useAirlift((s) => s.index);
  useEffect(() => {
    if (!index || typeof requestIdleCallback !== 'function') return;
    let handle: number | undefined;
    const slice = (deadline: IdleDeadline) => {
      const timeLeft = () => deadline.timeRemaining();
      const done = warmTextIndex(index, timeLeft) && warmRankColumns(index, timeLeft);
      handle = done ? undefined : requestIdleCallback(slice);
    };
    handle = requestIdleCallback(slice);
    return () => {
      if (handle !== undefined) cancelIdleCallback(handle);
    };
  }, [index]);
}

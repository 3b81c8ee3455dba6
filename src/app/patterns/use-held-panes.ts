import { useEffect } from 'react';
import { useAirlift } from '../../store/store';

/**
 * While the Patterns dialog is open, a filter change updates the chart on show first and the other
 * views (map, timeline, table, behind the dialog) just after it has painted: the chart the analyst reads
 * is not kept waiting on views the modal covers. Closing the dialog lets them show `filters` at once.
 */
export function useHeldPanes(open: boolean): void {
  const setHoldPanes = useAirlift((s) => s.setHoldPanes);
  const held = useAirlift((s) => s.heldFilters !== null);
  const catchUpPanes = useAirlift((s) => s.catchUpPanes);
  useEffect(() => {
    setHoldPanes(open);
    return () => setHoldPanes(false);
  }, [open, setHoldPanes]);
  useEffect(() => {
    if (!held) return;
    // After the frame that paints the chart: a task queued from a frame callback runs after its paint.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(catchUpPanes, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [held, catchUpPanes]);
}

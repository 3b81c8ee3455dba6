import { useEffect, type RefObject } from 'react';
import { useMap } from 'react-leaflet';
import { boundsOf } from '../data/geo';
import { selectFitPoints } from '../store/map-selectors';
import { useAirlift } from '../store/store';
import { fitPadding } from './fit-padding';

/**
 * Fits the map to the data when asked (on load and by the button), not on every filter change, keeping
 * it clear of what floats over the map's lower right (`keepClear`, the legend) as well as the controls.
 */
export function FitController({ keepClear }: { keepClear?: RefObject<HTMLElement | null> }) {
  const map = useMap();
  const fitRequest = useAirlift((s) => s.fitRequest);
  useEffect(() => {
    const fit = () => {
      const bounds = boundsOf(selectFitPoints(useAirlift.getState()));
      // The grid may have resized the container since Leaflet measured it.
      map.invalidateSize();
      if (!bounds) return;
      const container = map.getContainer().getBoundingClientRect();
      const overlay = keepClear?.current?.getBoundingClientRect();
      map.fitBounds(bounds, { ...fitPadding(container, overlay), maxZoom: 7, animate: false });
    };
    // Wait a frame so the layout has settled before measuring.
    const frame = requestAnimationFrame(fit);
    return () => cancelAnimationFrame(frame);
  }, [fitRequest, map, keepClear]);
  return null;
}

import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { boundsOf } from '../data/geo';
import { selectFitPoints } from '../store/map-selectors';
import { useAirlift } from '../store/store';

/** Fits the map to the filtered airports when asked (on load and by the button), not on every filter change. */
export function FitController() {
  const map = useMap();
  const fitRequest = useAirlift((s) => s.fitRequest);
  useEffect(() => {
    const fit = () => {
      const bounds = boundsOf(selectFitPoints(useAirlift.getState()));
      // The grid may have resized the container since Leaflet measured it.
      map.invalidateSize();
      // More room at the top: the zoom buttons and our controls float there.
      if (bounds) {
        map.fitBounds(bounds, {
          paddingTopLeft: [40, 76],
          paddingBottomRight: [40, 40],
          maxZoom: 7,
          animate: false,
        });
      }
    };
    // Wait a frame so the layout has settled before measuring.
    const frame = requestAnimationFrame(fit);
    return () => cancelAnimationFrame(frame);
  }, [fitRequest, map]);
  return null;
}

import { useCallback, useEffect } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { useAirlift } from '../store/store';

/**
 * Inside the map: while the area filter is on, keeps it equal to the visible map after each pan or
 * zoom; and answers the toggle's request (made outside the map) with the current bounds.
 */
export function MapAreaSync() {
  const map = useMap();
  const on = useAirlift((s) => s.filters.area !== undefined);
  const request = useAirlift((s) => s.areaRequest);
  const setArea = useCallback(() => {
    const b = map.getBounds();
    useAirlift.getState().setFilters({
      area: { south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() },
    });
  }, [map]);
  useMapEvents({ moveend: () => on && setArea() });
  useEffect(() => {
    if (request > 0) setArea();
  }, [request, setArea]);
  return null;
}

/** The toggle: "only flights with an airport on the map" (which is what the filter tests). */
export function MapAreaToggle() {
  const on = useAirlift((s) => s.filters.area !== undefined);
  return (
    <label className="map-area-toggle">
      <input
        type="checkbox"
        checked={on}
        onChange={(e) => {
          const state = useAirlift.getState();
          if (e.target.checked) state.requestAreaFromMap();
          else state.setFilters({ area: undefined });
        }}
      />
      Only flights with an airport on the map
    </label>
  );
}

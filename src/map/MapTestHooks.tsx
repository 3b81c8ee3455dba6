import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useAirlift } from '../store/store';
import { selectRouteShapes } from './route-style';
import { selectTrackDrawings } from '../store/track-selectors';

/** What browser tests may ask the map (`window.airliftMapDebug`); only in a build with VITE_TEST_HOOKS. */
export interface MapTestApi {
  /** Page pixel of the middle of a route's arc (the canvas has no DOM element per route). */
  routePoint(key: string): [number, number] | null;
  /** Moves the map at once (no animation) to a known view; it emits `moveend` as a pan would. */
  setView(lat: number, lon: number, zoom: number): void;
  /** The view now, and how many moves have ended: a test waits for a move to settle on this. */
  view(): { lat: number; lon: number; zoom: number; movesEnded: number };
  /** How many track lines of each kind the map draws now (seen, gap, end). */
  trackLines(): { seen: number; gap: number; end: number };
}

/** Installs the test API on window. Read-only but for setView; exposes no data the page does not show. */
export function MapTestHooks({ dark }: { dark: boolean }) {
  const map = useMap();
  useEffect(() => {
    let movesEnded = 0;
    const countMove = () => {
      movesEnded++;
    };
    map.on('moveend', countMove);
    const api: MapTestApi = {
      routePoint(key) {
        const shapes = selectRouteShapes(useAirlift.getState(), dark);
        const arc = shapes.find((s) => s.route.key === key)?.arc;
        const mid = arc?.[Math.floor(arc.length / 2)];
        if (!mid) return null;
        const p = map.latLngToContainerPoint(mid);
        const rect = map.getContainer().getBoundingClientRect();
        return [rect.left + p.x, rect.top + p.y];
      },
      setView(lat, lon, zoom) {
        map.setView([lat, lon], zoom, { animate: false });
      },
      trackLines() {
        const counts = { seen: 0, gap: 0, end: 0 };
        for (const d of selectTrackDrawings(useAirlift.getState(), map.getZoom()))
          for (const line of d.lines) counts[line.kind]++;
        return counts;
      },
      view() {
        const c = map.getCenter();
        return { lat: c.lat, lon: c.lng, zoom: map.getZoom(), movesEnded };
      },
    };
    (window as unknown as { airliftMapDebug?: MapTestApi }).airliftMapDebug = api;
    return () => {
      map.off('moveend', countMove);
      delete (window as unknown as { airliftMapDebug?: MapTestApi }).airliftMapDebug;
    };
  }, [map, dark]);
  return null;
}

import { useEffect } from 'react';
import { CircleMarker, Polygon, Polyline, type LatLng, type Map as LeafletMap } from 'leaflet';
import { useMap } from 'react-leaflet';
import { useAirlift } from '../store/store';
import { selectRouteShapes } from './route-style';
import { DISPUTE_PANES, selectDisputeMarks } from './dispute-style';
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
  /** The style Leaflet draws a route's arc and arrow head with, read from the layers on the map. */
  routeStyle(key: string): RouteDrawnStyle | null;
  /** Page pixel box of every airport marker drawn now. */
  airportBoxes(): { left: number; top: number; right: number; bottom: number }[];
  /** The routes drawn with the disputed marks (band and ring found among the map's layers). */
  disputedRoutes(): { key: string; band: boolean; ring: boolean }[];
}

const inDisputePane = (layer: { options: { pane?: string } }) =>
  layer.options.pane === DISPUTE_PANES.band || layer.options.pane === DISPUTE_PANES.ring;

export interface RouteDrawnStyle {
  line: { color?: string; dashArray: string | null };
  head: { color?: string; fillColor?: string; weight?: number; dashArray: string | null } | null;
}

const near = (a: LatLng | undefined, b: readonly [number, number] | undefined) =>
  !!a && !!b && Math.abs(a.lat - b[0]) < 1e-9 && Math.abs(a.lng - b[1]) < 1e-9;

function drawnRouteStyle(map: LeafletMap, arc: [number, number][], arrow: [number, number][]) {
  let line: RouteDrawnStyle['line'] | undefined;
  let head: RouteDrawnStyle['head'] = null;
  map.eachLayer((layer) => {
    if (layer instanceof Polygon) {
      const ring = layer.getLatLngs()[0] as LatLng[];
      if (near(ring[0], arrow[0]) && near(ring[1], arrow[1])) {
        const o = layer.options;
        head = {
          color: o.color,
          fillColor: o.fillColor,
          weight: o.weight,
          dashArray: String(o.dashArray ?? '') || null,
        };
      }
    } else if (layer instanceof Polyline && !inDisputePane(layer)) {
      const points = layer.getLatLngs() as LatLng[];
      if (near(points[0], arc[0]) && near(points[points.length - 1], arc[arc.length - 1])) {
        line = { color: layer.options.color, dashArray: String(layer.options.dashArray ?? '') || null };
      }
    }
  });
  return line ? { line, head } : null;
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
      routeStyle(key) {
        const shape = selectRouteShapes(useAirlift.getState(), dark).find((s) => s.route.key === key);
        return shape ? drawnRouteStyle(map, shape.arc, shape.arrow) : null;
      },
      airportBoxes() {
        const rect = map.getContainer().getBoundingClientRect();
        const boxes: ReturnType<MapTestApi['airportBoxes']> = [];
        map.eachLayer((layer) => {
          if (!(layer instanceof CircleMarker) || inDisputePane(layer)) return;
          const p = map.latLngToContainerPoint(layer.getLatLng());
          const r = layer.getRadius();
          const [x, y] = [rect.left + p.x, rect.top + p.y];
          boxes.push({ left: x - r, top: y - r, right: x + r, bottom: y + r });
        });
        return boxes;
      },
      disputedRoutes() {
        return selectDisputeMarks(useAirlift.getState(), dark).map((m) => {
          let band = false;
          let ring = false;
          map.eachLayer((layer) => {
            if (layer instanceof CircleMarker && layer.options.pane === DISPUTE_PANES.ring)
              ring ||= near(layer.getLatLng(), m.middle);
            else if (layer instanceof Polyline && layer.options.pane === DISPUTE_PANES.band) {
              const points = layer.getLatLngs() as LatLng[];
              band ||= near(points[0], m.arc[0]) && near(points[points.length - 1], m.arc[m.arc.length - 1]);
            }
          });
          return { key: m.key, band, ring };
        });
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

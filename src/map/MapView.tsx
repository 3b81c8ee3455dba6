import 'leaflet/dist/leaflet.css';
import './map.css';
import { useRef, type Ref } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { MapContainer } from 'react-leaflet';
import { useAirlift } from '../store/store';
import { useTheme } from '../ui/theme';
import { AirportsLayer } from './AirportsLayer';
import { Basemap } from './Basemap';
import { FitController } from './FitController';
import { MapAreaSync, MapAreaToggle } from './MapAreaFilter';
import { MapLegend } from './MapLegend';
import { MapTestHooks } from './MapTestHooks';
import { RoutesLayer } from './RoutesLayer';
import { TrackLayer } from './TrackLayer';

/** The map: basemap, routes, airports, and the controls and legend floating over it. */
export function MapView({ mapRef }: { mapRef?: Ref<LeafletMap> }) {
  const requestFit = useAirlift((s) => s.requestFit);
  const { theme } = useTheme();
  const dark = theme === 'dark';
  const legendRef = useRef<HTMLDetailsElement>(null);
  return (
    <section className="map-wrap" aria-label="Map of airports and routes">
      <MapContainer
        ref={mapRef}
        className="map"
        preferCanvas
        center={[36, 42]}
        zoom={4}
        minZoom={2}
        worldCopyJump={false}
      >
        <Basemap theme={theme} />
        <RoutesLayer dark={dark} />
        <TrackLayer dark={dark} />
        <AirportsLayer dark={dark} />
        <FitController keepClear={legendRef} />
        <MapAreaSync />
        {/* Browser tests only: the flag is off in `npm start`'s bundle, which then holds no hook. */}
        {import.meta.env.VITE_TEST_HOOKS === 'true' ? <MapTestHooks dark={dark} /> : null}
      </MapContainer>
      <MapLegend legendRef={legendRef} />
      <div className="map-controls">
        <button type="button" onClick={requestFit}>
          Fit to data
        </button>
        <MapAreaToggle />
      </div>
    </section>
  );
}

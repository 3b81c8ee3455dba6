import type { PathOptions } from 'leaflet';
import { GeoJSON, TileLayer } from 'react-leaflet';
import type { Theme } from '../ui/theme';
import { countriesGeoJson } from './countries';

// An online tile layer is opt-in by configuration (VITE_TILE_URL at build time); off by default and in tests.
const TILE_URL = import.meta.env.VITE_TILE_URL as string | undefined;
const TILE_ATTRIBUTION =
  (import.meta.env.VITE_TILE_ATTRIBUTION as string | undefined) ?? '&copy; OpenStreetMap contributors';

const countryStyle: Record<Theme, PathOptions> = {
  light: { color: '#9aa5b1', weight: 0.6, fillColor: '#e7ebef', fillOpacity: 1 },
  dark: { color: '#4b5663', weight: 0.6, fillColor: '#232b35', fillOpacity: 1 },
};

/** The bundled Natural Earth countries, or the configured tile layer. */
export function Basemap({ theme }: { theme: Theme }) {
  if (TILE_URL) return <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />;
  return (
    <GeoJSON
      data={countriesGeoJson()}
      style={countryStyle[theme]}
      interactive={false}
      attribution="Countries: Natural Earth"
    />
  );
}

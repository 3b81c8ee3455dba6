import './app.css';
import { useCallback, useRef } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import type { SnapshotTargets } from '../io/exports';
import { MapView } from '../map/MapView';
import { ErrorBoundary, RenderErrorTrigger } from './ErrorBoundary';
import { EventsList } from './EventsList';
import { FilterBar } from './FilterBar';
import { Header } from './Header';
import { Notices } from './Notices';
import { RoutesList } from './RoutesList';
import { SelectionPanel } from './SelectionPanel';
import { SyntheticBanner } from './SyntheticBanner';
import { TablePanel } from './TablePanel';
import { TimelinePanel } from './TimelinePanel';
import { useUrlSync } from './use-url-sync';

/** The app, behind an error boundary: a render error shows a message, never a blank page. */
export function App() {
  return (
    <ErrorBoundary>
      <Dashboard />
      {import.meta.env.VITE_TEST_HOOKS === 'true' ? <RenderErrorTrigger /> : null}
    </ErrorBoundary>
  );
}

function Dashboard() {
  useUrlSync();
  // The snapshot draws the map and the chart: their owners hand over the elements by ref.
  const map = useRef<LeafletMap>(null);
  const chart = useRef<SVGSVGElement>(null);
  const patterns = useRef<SVGDefsElement>(null);
  const snapshotTargets = useCallback(
    (): SnapshotTargets => ({
      map: map.current?.getContainer(),
      timeline: chart.current,
      timelineDefs: patterns.current,
    }),
    [],
  );
  return (
    <div className="app">
      <Header snapshotTargets={snapshotTargets} />
      <SyntheticBanner />
      <Notices />
      <main className="layout">
        <aside className="pane filters-pane" aria-label="Filters">
          <FilterBar />
          <RoutesList />
          <EventsList />
        </aside>
        <div className="center-pane">
          <MapView mapRef={map} />
          <TimelinePanel chartRef={chart} patternsRef={patterns} />
        </div>
        <div className="pane right-pane">
          <SelectionPanel />
          <TablePanel />
        </div>
      </main>
    </div>
  );
}

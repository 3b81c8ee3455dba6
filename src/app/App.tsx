import './app.css';
import { useCallback, useRef, useState } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import type { SnapshotTargets } from '../io/exports';
import { MapView } from '../map/MapView';
import { CaseBar } from './case/CaseBar';
import { ErrorBoundary, RenderErrorTrigger } from './ErrorBoundary';
import { EventsList } from './EventsList';
import { FilterBar } from './FilterBar';
import { ExportActions, Header } from './Header';
import { Notices } from './Notices';
import { RoutesList } from './RoutesList';
import { SelectionPanel } from './SelectionPanel';
import { SkipLinks } from './SkipLinks';
import { SyntheticBanner } from './SyntheticBanner';
import { TablePanel } from './TablePanel';
import { TimelinePanel } from './TimelinePanel';
import { useUrlSync } from './use-url-sync';
import { useZonesForLocalFilter } from './patterns/airport-zones';
import { AircraftList } from './aircraft/AircraftList';
import { useWarmIndexes } from './use-warm-indexes';
import { useIdentitySources } from './aircraft/use-identity-sources';

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
  useZonesForLocalFilter();
  useIdentitySources();
  useWarmIndexes();
  // The snapshot draws the map and the chart: their owners hand over the elements by ref.
  const map = useRef<LeafletMap>(null);
  const chart = useRef<SVGSVGElement>(null);
  const patterns = useRef<SVGDefsElement>(null);
  const rightPane = useRef<HTMLDivElement>(null);
  // Import progress and results show in-flow below the header: they never cover the table or move the header.
  const [importSlot, setImportSlot] = useState<HTMLDivElement | null>(null);
  const snapshotTargets = useCallback(
    (): SnapshotTargets => ({
      map: map.current?.getContainer(),
      timeline: chart.current,
      timelineDefs: patterns.current,
    }),
    [],
  );
  // Skip-link targets: the map's keyboard focus, the chart's focusable group, the table's tab-stop row.
  const skipTargets = useCallback(
    () => ({
      map: map.current?.getContainer(),
      timeline: chart.current?.closest<HTMLElement>('[tabindex]'),
      table:
        rightPane.current?.querySelector<HTMLElement>('table tr[tabindex="0"]') ??
        rightPane.current?.querySelector<HTMLElement>('table button'),
    }),
    [],
  );
  return (
    <div className="app">
      <SkipLinks targets={skipTargets} />
      <Header importSlot={importSlot} />
      <CaseBar />
      <SyntheticBanner />
      <Notices />
      <div ref={setImportSlot} className="import-slot" />
      <main className="layout">
        <aside className="pane filters-pane" aria-label="Filters">
          <FilterBar />
          <RoutesList />
          <AircraftList />
          <EventsList />
        </aside>
        <div className="center-pane">
          <MapView mapRef={map} />
          <TimelinePanel chartRef={chart} patternsRef={patterns} />
        </div>
        <div className="pane right-pane" ref={rightPane}>
          <ExportActions snapshotTargets={snapshotTargets} />
          <SelectionPanel />
          <TablePanel />
        </div>
      </main>
    </div>
  );
}

import './app.css';
import { MapView } from '../map/MapView';
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

export function App() {
  useUrlSync();
  return (
    <div className="app">
      <Header />
      <SyntheticBanner />
      <Notices />
      <main className="layout">
        <aside className="pane filters-pane" aria-label="Filters">
          <FilterBar />
          <RoutesList />
          <EventsList />
        </aside>
        <div className="center-pane">
          <MapView />
          <TimelinePanel />
        </div>
        <div className="pane right-pane">
          <SelectionPanel />
          <TablePanel />
        </div>
      </main>
    </div>
  );
}

/**
 * The header's exports, at the edge: they read the store at click time (exactly the rows shown, in the
 * table's order) and hand files to the browser. The views only say which and pass their elements.
 */
import { toCsvParts, toGeoJson, toJson, tracksToGeoJson, tracksToKml } from '../data/export';
import { exportFileName } from '../data/query';
import type { Dataset } from '../data/contract';
import { selectAirportsByIcao, selectCountsLine, selectSortedFlights, selectView } from '../store/selectors';
import { selectShownTracks } from '../store/track-selectors';
import { selectIdentityOf, selectIdentitySources } from '../store/identity-selectors';
import { useAirlift, type AirliftState } from '../store/store';
import { loadIdentityTables } from './identity-tables';
import { downloadBlob, downloadText } from './download';
import { snapshotPng } from './snapshot';

export type DataExportFormat = 'csv' | 'json' | 'geojson';

/**
 * `exportView` once the bundled identity tables are in (they load after first paint): an export made in
 * the first moment then has the same identity columns as one made later. Without the tables (they failed
 * to load, which a notice says) it exports without them.
 */
export async function exportViewResolved(format: DataExportFormat): Promise<void> {
  if (!useAirlift.getState().identityTables) {
    try {
      useAirlift.getState().setIdentityTables(await loadIdentityTables());
    } catch {
      // use-identity-sources.ts names the failure; the flights are still exported.
    }
  }
  exportView(useAirlift.getState(), format);
}

/** Downloads the shown flights as CSV or JSON, or the shown routes and airports as GeoJSON. */
export function exportView(state: AirliftState, format: DataExportFormat): void {
  const view = selectView(state);
  if (!state.dataset || !view) return;
  const flights = selectSortedFlights(state);
  const { from, to } = state.filters;
  // Derived values and conflicts go beside the flights' own fields once the identity tables are loaded.
  const identityOf = selectIdentitySources(state) ? selectIdentityOf(state) : undefined;
  if (format === 'csv') {
    const parts = toCsvParts(flights, state.dataset, undefined, identityOf);
    downloadBlob(new Blob(parts, { type: 'text/csv;charset=utf-8' }), exportFileName('csv', from, to));
  } else if (format === 'json') {
    downloadText(
      toJson(flights, state.dataset, identityOf),
      exportFileName('json', from, to),
      'application/json',
    );
  } else {
    const text = toGeoJson(view.routes, view.airports, selectAirportsByIcao(state), {
      datasetSynthetic: state.dataset.synthetic,
    });
    downloadText(text, exportFileName('geojson', from, to, 'routes'), 'application/geo+json');
  }
}

/** Downloads the shown flights' observed tracks as GeoJSON (a Feature per flight) or KML (gx:Track). */
export function exportTracks(state: AirliftState, format: 'geojson' | 'kml'): void {
  if (!state.dataset) return;
  const tracks = selectShownTracks(state);
  if (tracks.length === 0) return;
  const flights = new Map(selectSortedFlights(state).map((f) => [f.id, f]));
  const options = { datasetSynthetic: state.dataset.synthetic };
  const { from, to } = state.filters;
  if (format === 'geojson') {
    const text = tracksToGeoJson(tracks, flights, options);
    downloadText(text, exportFileName('geojson', from, to, 'tracks'), 'application/geo+json');
  } else {
    const text = tracksToKml(tracks, flights, { ...options, title: state.dataset.title });
    downloadText(text, exportFileName('kml', from, to, 'tracks'), 'application/vnd.google-earth.kml+xml');
  }
}

/** Downloads the whole dataset as contract JSON, whatever the filters (the error screen's rescue). */
export function exportDataset(dataset: Dataset): void {
  downloadText(toJson(dataset.flights, dataset), 'airlift-dataset.json', 'application/json');
}

/** The elements a snapshot draws, passed by the views that own them. */
export interface SnapshotTargets {
  /** The map's container element. */
  map: HTMLElement | null | undefined;
  timeline: SVGSVGElement | null | undefined;
  timelineDefs: SVGDefsElement | null | undefined;
}

export interface SnapshotOptions {
  /** What route colours and dashes mean (the map's own wording). */
  legend: string;
  /** The link to this view. */
  href: string;
  background: string;
  foreground: string;
}

/** The snapshot's caption: dataset, counts line, link, legend, and the synthetic warning when it applies. */
export function snapshotCaption(state: AirliftState, options: Pick<SnapshotOptions, 'legend' | 'href'>) {
  const caption = [
    state.dataset?.title ?? '',
    selectCountsLine(state),
    `View: ${options.href}`,
    options.legend,
  ];
  const synthetic = selectView(state)?.confidenceCounts.synthetic ?? 0;
  if (synthetic > 0) {
    caption.push(`${synthetic} of these flights are synthetic sample records, not observations.`);
  }
  return caption;
}

/** Downloads a PNG of the map and the timeline with its caption; returns an error message, if any. */
export async function exportSnapshot(
  state: AirliftState,
  targets: SnapshotTargets,
  options: SnapshotOptions,
): Promise<string | undefined> {
  if (!targets.map || !state.dataset) return undefined;
  try {
    const png = await snapshotPng({
      map: targets.map,
      timeline: targets.timeline ?? null,
      timelineDefs: targets.timelineDefs ?? null,
      caption: snapshotCaption(state, options),
      background: options.background,
      foreground: options.foreground,
    });
    downloadBlob(png, exportFileName('png', state.filters.from, state.filters.to, 'airlift'));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : 'The snapshot failed.';
  }
}

/**
 * The shown flights' observed tracks as GeoJSON (RFC 7946: [lon, lat], WGS 84), for GIS tools: one
 * Feature per flight, a MultiLineString with one line per run seen without a gap (gaps are > 10 min by
 * default, as everywhere). Times are Unix seconds UTC (the contract's own unit, exact and compact), in
 * `times`: an array per line, one entry per position; `altitudesFt` likewise (barometric feet, `null`
 * where the track had none; positions stay 2-D because GeoJSON heights are metres above the ellipsoid,
 * which barometric altitude is not). A run of a single point (seen alone between two gaps) cannot be a
 * LineString of one position: it is written as that position twice, with its time twice.
 *
 * Properties: `kind` ('track'), `flightId`, `origin`, `destination`, `callsign`, `registration`,
 * `icao24` (from the flight; null when unknown), `source`/`sourceTitle`/`sourceUrl` (the track's
 * source), `departureObserved`/`arrivalObserved` (true, false = inferred, null = not from a track),
 * `synthetic` (the flight or its dataset is synthetic), `syntheticData` (the file's verdict, `all`,
 * `partly` or `none`, also at the collection's top level with `synthetic` and `syntheticNote`), `timeUnit` ('unix-seconds-utc'), `times` and
 * `altitudesFt` (one array per line, one entry per position, as above).
 */
import type { Flight, Track, TrackPoint } from '../contract';
import { DEFAULT_GAP_S, seenRuns } from '../tracks/gaps';
import { syntheticMembers } from './geojson';
import { syntheticLevel } from './synthetic-note';

export interface TrackExportOptions {
  /** The dataset is synthetic: every track is flagged. */
  datasetSynthetic?: boolean;
  gapS?: number;
}

/** True when the flight (or its whole dataset) is synthetic: exports say so. */
export function isSyntheticTrack(flight: Flight | undefined, options: TrackExportOptions): boolean {
  return options.datasetSynthetic === true || flight?.confidence === 'synthetic';
}

/** A FeatureCollection of `tracks`; `flights` (by id) supplies ends, airports and the synthetic flag. */
export function tracksToGeoJson(
  tracks: readonly Track[],
  flights: ReadonlyMap<string, Flight>,
  options: TrackExportOptions = {},
): string {
  const shown = tracks.filter((t) => t.points.length > 0);
  let synthetic = 0;
  for (const t of shown) if (flights.get(t.flightId)?.confidence === 'synthetic') synthetic++;
  const level = syntheticLevel(options.datasetSynthetic === true, synthetic, shown.length);
  const features = shown.map((track) => {
    const flight = flights.get(track.flightId);
    const runs = seenRuns(track.points, options.gapS ?? DEFAULT_GAP_S).map(asLine);
    return {
      type: 'Feature',
      geometry: {
        type: 'MultiLineString',
        coordinates: runs.map((run) => run.map((p) => [p[2], p[1]])),
      },
      properties: {
        kind: 'track',
        flightId: track.flightId,
        origin: flight?.origin ?? null,
        destination: flight?.destination ?? null,
        callsign: flight?.callsign ?? null,
        registration: flight?.registration ?? null,
        icao24: flight?.icao24 ?? null,
        source: track.source.publisher,
        sourceTitle: track.source.title ?? null,
        sourceUrl: track.source.url ?? null,
        departureObserved: flight?.departureObserved ?? null,
        arrivalObserved: flight?.arrivalObserved ?? null,
        synthetic: isSyntheticTrack(flight, options),
        syntheticData: level,
        timeUnit: 'unix-seconds-utc',
        times: runs.map((run) => run.map((p) => p[0])),
        altitudesFt: runs.map((run) => run.map((p) => p[3])),
      },
    };
  });
  const members = syntheticMembers(level, synthetic, shown.length);
  return JSON.stringify({ type: 'FeatureCollection', ...members, features }, null, 1);
}

function asLine(run: TrackPoint[]): TrackPoint[] {
  const only = run[0];
  return run.length === 1 && only ? [only, only] : run;
}

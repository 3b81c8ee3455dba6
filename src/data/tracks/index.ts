/**
 * Raw ADS-B → flights and tracks (schema v2). Readers for readsb / ADS-B Exchange traces, OpenSky
 * state vectors and /tracks/all, Flightradar24 CSV and KML; legs; landing-candidate airports.
 * Rules and thresholds: rules.ts and data/FORMAT.md ("Tracks (schema v2)").
 *
 * Use (in the import worker; the airport table with details comes from geo/builtin-gazetteer):
 *
 *   const airports = landingCandidates(builtInGazetteerEntries()); // build once, keep
 *   const result = importTrackFiles([{ name, bytes }], { airports, onProgress });
 *
 * or, reading a File in chunks:
 *
 *   const session = new TrackImport({ airports, onProgress });
 *   const file = session.file(f.name, f.size);
 *   for await (const chunk of f.stream()) { file.pushBytes(chunk); session.progress(); }
 *   file.finish();
 *   const result = session.finish(); // ImportResult: ok with a Dataset (flights, airports, tracks)
 *
 * Cancel = stop pushing and drop the session. The result is all or nothing, like every import.
 */
export { importTrackFiles, TrackImport, type TrackImportOptions } from './import';
export { TrackFile, NOT_A_TRACK_FORMAT, SYNTHETIC_CSV_MARKER } from './file';
export { looksLikeTrack, TRACK_SNIFF_BYTES } from './detect';
export { PUBLISHERS, type TrackFormat } from './context';
export { LandingCandidates, landingCandidates, exclusion, type Candidate } from './candidates';
export { SYNTHETIC_PUBLISHER } from './flights';
export { distanceKm, isLandingGap, splitLegs, isFlight, type Leg } from './legs';
export { AircraftPoints } from './points';
export * from './rules';
export * from './gaps';
export * from './coverage';
export * from './draw';
export * from './profile';

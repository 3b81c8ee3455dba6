/**
 * Raw ADS-B → flights and tracks (schema v2). Readers for readsb / ADS-B Exchange traces, OpenSky
 * state vectors and /tracks/all, Flightradar24 CSV and KML; legs; landing-candidate airports.
 * Rules and thresholds: rules.ts and data/FORMAT.md ("Tracks (schema v2)").
 */
export { importTrackFiles, TrackImport, type TrackImportOptions } from './import';
export { TrackFile, NOT_A_TRACK_FORMAT, SYNTHETIC_CSV_MARKER } from './file';
export { PUBLISHERS, type TrackFormat } from './context';
export { LandingCandidates, landingCandidates, exclusion, type Candidate } from './candidates';
export { SYNTHETIC_PUBLISHER } from './flights';
export { distanceKm, isLandingGap, splitLegs, isFlight, type Leg } from './legs';
export { AircraftPoints } from './points';
export * from './rules';

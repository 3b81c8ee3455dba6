/**
 * The thresholds that turn points into legs and legs into airport stops, in one place, with why.
 * data/FORMAT.md ("Tracks (schema v2)") is the analyst's copy of these rules.
 */

/**
 * Most points one import may hold (all files together). Each kept point costs ~34 bytes while reading
 * (typed arrays) and ~90 bytes as a contract TrackPoint tuple afterwards: 10 M points is ~1.2 GB in
 * all, about what a browser tab can hold beside the app. A year of 1 Hz Baku–Ovda legs is 2.6 M.
 */
export const MAX_TRACK_POINTS = 10_000_000;

/** On the ground for at least this long, between airborne points, is a stop: a touch-and-go lasts ~15 s. */
export const GROUND_STOP_S = 60;

/**
 * A gap of at least this long in which the aircraft covered less ground than {@link STOP_SPEED_KT}
 * would: it stopped. Cargo aircraft cruise at 400+ kt and hold at ~200 kt, so a gap whose implied
 * speed is below 150 kt cannot have been spent flying, while 20 min is long enough that coverage holes
 * over deserts and seas (often 10–40 min at cruise) are not taken for landings when the speed fits.
 */
export const STOP_GAP_S = 20 * 60;
export const STOP_SPEED_KT = 150;

/**
 * A gap this long is a landing whatever the distance: the longest cargo legs (An-124, Il-76 with
 * tanks) last under 12 h, so no single flight hides 12 h without a point.
 */
export const LONG_GAP_S = 12 * 3600;

/** A leg is a flight when it has at least this many airborne points spanning at least this long. */
export const MIN_AIRBORNE_POINTS = 2;
export const MIN_AIRBORNE_S = 120;

/** On the ground within this distance of an airport's reference point: at that airport (big fields span ~5 km). */
export const GROUND_AIRPORT_KM = 6;

/**
 * Airborne but low and close: an end seen below this height above the field, within this distance, is
 * an observed landing or take-off (a 3° approach passes 4 km out at ~700 ft; 2,000 ft covers the
 * difference between barometric altitude and field elevation on most days).
 */
export const LOW_AIRPORT_KM = 10;
export const LOW_HEIGHT_FT = 2_000;

/** An unobserved end picks among airports within this distance of where the aircraft was last seen. */
export const INFER_RADIUS_KM = 500;

/** A normal descent or climb covers ~3 nm (5.5 km) per 1,000 ft: how far the chosen airport should be. */
export const KM_PER_1000_FT = 5.5;

/**
 * Runway needed for a cargo aircraft where the table knows it: 4,000 ft (1,220 m) admits the An-26 and
 * C-130 class, excludes farm strips. Unknown length is not held against an airport.
 */
export const MIN_RUNWAY_FT = 4_000;

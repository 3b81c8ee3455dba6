/**
 * The airports' time zones for local-time patterns and the "when" filter. They come with the built-in
 * airport table (~1 MB), which the app loads only once local time is asked for; it then hands the lookup
 * here once, and everything in the data core that reads local time asks this lookup. Until then a local
 * clock knows no zone (and says so: such flights are counted apart, never guessed).
 */
let lookup: ((icao: string) => string | undefined) | undefined;

/** Sets the lookup of an airport's IANA zone (from the airport table). */
export function provideAirportZones(zoneOf: (icao: string) => string | undefined): void {
  lookup = zoneOf;
}

/** Whether the lookup has been provided. */
export const airportZonesLoaded = () => lookup !== undefined;

/** An airport's IANA zone, when the table is loaded and knows it. */
export const airportZone = (icao: string): string | undefined => lookup?.(icao);

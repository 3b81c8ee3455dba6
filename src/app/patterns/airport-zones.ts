/**
 * The airports' IANA time zones, from the built-in airport table. Loaded on first use (the table is
 * ~1 MB and stays out of first paint); the zones come with the table, Intl does the conversion.
 */
let zones: Promise<(icao: string) => string | undefined> | undefined;

export function loadAirportZones(): Promise<(icao: string) => string | undefined> {
  zones ??= import('../../data/geo/builtin-gazetteer').then(({ builtInGazetteerEntries }) => {
    const byIcao = new Map<string, string>();
    for (const e of builtInGazetteerEntries()) if (e.timeZone) byIcao.set(e.airport.icao, e.timeZone);
    return (icao: string) => byIcao.get(icao);
  });
  return zones;
}

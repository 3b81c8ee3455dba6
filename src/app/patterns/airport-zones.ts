/**
 * The airports' IANA time zones, from the built-in airport table. Loaded on first use (the table is
 * ~1 MB and stays out of first paint); the zones come with the table, Intl does the conversion.
 */
import { useEffect } from 'react';
import { airportZonesLoaded, provideAirportZones } from '../../data/patterns';
import { useAirlift } from '../../store/store';

let zones: Promise<(icao: string) => string | undefined> | undefined;

export function loadAirportZones(): Promise<(icao: string) => string | undefined> {
  zones ??= import('../../data/geo/builtin-gazetteer').then(({ builtInGazetteerEntries }) => {
    const byIcao = new Map<string, string>();
    for (const e of builtInGazetteerEntries()) if (e.timeZone) byIcao.set(e.airport.icao, e.timeZone);
    const zoneOf = (icao: string) => byIcao.get(icao);
    // The data core's local-time filter reads the same lookup.
    provideAirportZones(zoneOf);
    return zoneOf;
  });
  return zones;
}

/**
 * A link can carry a local-time "when" filter before the zones are loaded: load them then, and apply
 * the filters again (a new object, so the views recompute with local cells).
 */
export function useZonesForLocalFilter(): void {
  const local = useAirlift((s) => s.filters.when?.clock === 'local');
  useEffect(() => {
    if (!local || airportZonesLoaded()) return;
    let live = true;
    void loadAirportZones().then(() => {
      const { filters, replaceFilters } = useAirlift.getState();
      if (live && filters.when?.clock === 'local') replaceFilters({ ...filters });
    });
    return () => {
      live = false;
    };
  }, [local]);
}

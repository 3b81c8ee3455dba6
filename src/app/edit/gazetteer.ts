/**
 * The built-in gazetteer (~1.3 MB), loaded on demand when a form or a cell editor needs airports beyond
 * the dataset's: a dynamic import keeps it out of first paint.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Airport } from '../../data/contract';
import type { AirportLookup } from '../../data/edit';
import { selectAirportsByIcao } from '../../store/selectors';
import { useAirlift } from '../../store/store';

export interface LoadedGazetteer {
  readonly lookup: AirportLookup;
  readonly airports: readonly Airport[];
}

let loading: Promise<LoadedGazetteer> | undefined;
let loaded: LoadedGazetteer | undefined;

/** Starts (once) loading the gazetteer; a failed load can be retried. */
export function loadGazetteer(): Promise<LoadedGazetteer> {
  loading ??= import('../../data/geo/builtin-gazetteer').then(
    (m) => {
      loaded = { lookup: m.builtInGazetteer, airports: m.builtInGazetteerEntries().map((e) => e.airport) };
      return loaded;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The dataset's airports first, then the gazetteer's when it has loaded. */
export function airportLookup(
  own: ReadonlyMap<string, Airport>,
  gazetteer: LoadedGazetteer | undefined = loaded,
): AirportLookup {
  return { get: (icao) => own.get(icao) ?? gazetteer?.lookup.get(icao) };
}

export type GazetteerState =
  { status: 'loading' } | { status: 'ready'; gazetteer: LoadedGazetteer } | { status: 'failed' };

/** Loads the gazetteer while the component is mounted; the lookup and lists follow it. */
export function useAirports(): {
  state: GazetteerState;
  lookup: AirportLookup;
  lists: readonly (readonly Airport[])[];
} {
  const own = useAirlift(selectAirportsByIcao);
  const ownList = useAirlift((s) => s.dataset?.airports);
  const [state, setState] = useState<GazetteerState>(() =>
    loaded ? { status: 'ready', gazetteer: loaded } : { status: 'loading' },
  );
  useEffect(() => {
    if (state.status !== 'loading') return;
    let live = true;
    loadGazetteer().then(
      (gazetteer) => live && setState({ status: 'ready', gazetteer }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [state.status]);
  const gazetteer = state.status === 'ready' ? state.gazetteer : undefined;
  const lookup = useMemo(() => airportLookup(own, gazetteer), [own, gazetteer]);
  const lists = useMemo(
    () => (gazetteer ? [ownList ?? [], gazetteer.airports] : [ownList ?? []]),
    [ownList, gazetteer],
  );
  return { state, lookup, lists };
}

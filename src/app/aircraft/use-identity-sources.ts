import { useEffect } from 'react';
import { loadAircraftDb } from '../../io/aircraft-db-store';
import { loadIdentityTables } from '../../io/identity-tables';
import { useAirlift } from '../../store/store';

/** Runs `fn` once the first frame has painted, when the browser is idle (soon at the latest). */
function afterFirstPaint(fn: () => void): () => void {
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    // The frame callback runs before that paint: wait one more task for it to have happened.
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(fn, { timeout: 2000 });
    else timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle !== undefined) cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Puts the identity sources in the store: the analyst's aircraft database as kept in IndexedDB (read at
 * start), and the bundled address-block, nationality-mark and designator tables (a chunk of their own,
 * loaded after first paint so they never delay the map). A failure is a notice; the views then show
 * the flights' own values only.
 */
export function useIdentitySources(): void {
  useEffect(() => {
    let live = true;
    const { setAircraftDb, setIdentityTables, addNotices } = useAirlift.getState();
    loadAircraftDb().then(
      (db) => {
        // A database imported meanwhile is newer than the stored one read at start.
        if (live && db && !useAirlift.getState().aircraftDb) setAircraftDb(db);
      },
      (e: unknown) => {
        if (!live) return;
        // The store's own reasons are sentences already ("The kept aircraft database could not be read…").
        const why = reason(e);
        addNotices([
          /^The /.test(why) ? why : `The aircraft database kept from last time could not be read: ${why}`,
        ]);
      },
    );
    const cancel = afterFirstPaint(() => {
      loadIdentityTables().then(
        (tables) => {
          if (live) setIdentityTables(tables);
        },
        (e: unknown) => {
          if (live)
            addNotices([
              `The address-block and airline tables could not be loaded, so identities are not checked: ${reason(e)}`,
            ]);
        },
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, []);
}

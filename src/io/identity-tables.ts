/**
 * Loads the bundled identity tables in a chunk of their own (dynamic imports), so the designator
 * table (~6,000 rows) never weighs on first paint. The app calls this after the first frame.
 */
import type { AddressBlocks, NationalityMarks } from '../data/identity/types';
import type { DesignatorTable, DesignatorsJson } from '../data/identity/tables';

/** What the app puts in the store as its bundled identity sources. */
export interface IdentityTables {
  blocks: AddressBlocks;
  marks: NationalityMarks;
  designators: DesignatorTable;
}

let loading: Promise<IdentityTables> | undefined;

/** The address blocks, nationality marks and designators; loaded once, the same objects after. */
export function loadIdentityTables(): Promise<IdentityTables> {
  loading ??= Promise.all([import('../data/identity/tables'), import('../../data/designators.json')]).then(
    ([tables, json]) => ({
      blocks: tables.addressBlocks,
      marks: tables.nationalityMarks,
      designators: tables.designatorTable(
        tables.decodeDesignators(json.default as unknown as DesignatorsJson),
      ),
    }),
  );
  // A failed load may succeed later (a chunk fetch that failed offline): do not keep the failure.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** One change to many flights. */
import type { Dataset } from '../contract';
import type { BulkOp, EditResult, Who } from './types';

/** Applies `op` to the flights `ids`. */
export function bulkEditStep(dataset: Dataset, ids: readonly string[], op: BulkOp, who: Who): EditResult {
  void [dataset, ids, op, who];
  return { ok: false, errors: [{ field: '', message: 'not implemented yet' }] };
}

/** Steps that add, edit and delete flights. */
import type { Dataset } from '../contract';
import type { AirportLookup, EditResult, Who } from './types';

const TODO: EditResult = { ok: false, errors: [{ field: '', message: 'not implemented yet' }] };

/** Edits the fields given in `changes` (raw form values; '' clears an optional field). */
export function editFlightStep(
  dataset: Dataset,
  id: string,
  changes: Record<string, unknown>,
  who: Who,
  airports?: AirportLookup,
): EditResult {
  void [dataset, id, changes, who, airports];
  return TODO;
}

/** Adds one flight from raw form values. */
export function addFlightStep(
  dataset: Dataset,
  raw: Record<string, unknown>,
  who: Who,
  airports?: AirportLookup,
): EditResult {
  void [dataset, raw, who, airports];
  return TODO;
}

/** Deletes flights (and their tracks). */
export function deleteFlightsStep(dataset: Dataset, ids: readonly string[], who: Who): EditResult {
  void [dataset, ids, who];
  return TODO;
}

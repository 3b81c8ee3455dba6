/** A flight draft checked by the import validator, field by field. */
import type { Dataset } from '../contract';
import type { AirportLookup, DraftResult } from './types';

/** Checks a form's raw values (strings as typed, '' = absent) exactly as an import checks a flight. */
export function validateFlightDraft(
  dataset: Dataset,
  raw: Record<string, unknown>,
  airports?: AirportLookup,
): DraftResult {
  void dataset;
  void raw;
  void airports;
  return { ok: false, errors: [{ field: 'id', message: 'not implemented yet' }] };
}

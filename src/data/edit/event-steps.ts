/** Steps that add, edit and delete timeline events. */
import type { Dataset, TimelineEvent } from '../contract';
import type { EditResult, Who } from './types';

const TODO: EditResult = { ok: false, errors: [{ field: '', message: 'not implemented yet' }] };

export function addEventStep(dataset: Dataset, raw: Record<string, unknown>, who: Who): EditResult {
  void [dataset, raw, who];
  return TODO;
}

export function editEventStep(
  dataset: Dataset,
  event: TimelineEvent,
  raw: Record<string, unknown>,
  who: Who,
): EditResult {
  void [dataset, event, raw, who];
  return TODO;
}

export function deleteEventStep(dataset: Dataset, event: TimelineEvent, who: Who): EditResult {
  void [dataset, event, who];
  return TODO;
}

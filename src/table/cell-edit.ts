/**
 * Editing one cell of the table: the typed text becomes one `editFlightStep`, committed to the store, or
 * the errors that refused it. Dates accept what the form's date accepts ("October 2022" sets `dateEnd`).
 */
import type { Flight } from '../data/contract';
import { parseImpreciseDate } from '../data/contract';
import { editFlightStep, nowWho, type AirportLookup, type FieldError } from '../data/edit';
import { useAirlift } from '../store/store';
import type { EditKind } from './columns';

/** The changes a cell's text makes, or why it cannot: only fields that differ from the flight. */
export function cellChanges(
  flight: Flight,
  field: string,
  kind: EditKind,
  text: string,
): { ok: true; changes: Record<string, unknown> } | { ok: false; errors: FieldError[] } {
  const typed = text.trim();
  const changes: Record<string, unknown> = {};
  if (kind === 'date') {
    const parsed = parseImpreciseDate(typed);
    if (!parsed.ok) return { ok: false, errors: [{ field: 'date', message: parsed.message }] };
    if (parsed.date !== flight.date) changes.date = parsed.date;
    if ((parsed.dateEnd ?? '') !== (flight.dateEnd ?? '')) changes.dateEnd = parsed.dateEnd ?? '';
  } else {
    const value = kind === 'airport' ? typed.toUpperCase() : typed;
    const before = (flight as unknown as Record<string, unknown>)[field];
    if (value !== (typeof before === 'string' ? before : '')) changes[field] = value;
  }
  return { ok: true, changes };
}

/** Resolves airports from the dataset, then the built-in gazetteer (imported on first need only). */
async function lookupFor(kind: EditKind): Promise<AirportLookup> {
  const own = useAirlift.getState().dataset?.airports ?? [];
  const byCode = new Map(own.map((a) => [a.icao, a]));
  if (kind !== 'airport') return byCode;
  const { builtInGazetteer } = await import('../data/geo/builtin-gazetteer');
  return { get: (icao) => byCode.get(icao) ?? builtInGazetteer.get(icao) };
}

/**
 * Saves a cell: null when saved (or nothing changed), else the errors. The dataset may change while the
 * gazetteer loads: the step is built on the one current when it is committed.
 */
export async function editFlightCell(
  flight: Flight,
  field: string,
  kind: EditKind,
  text: string,
): Promise<FieldError[] | null> {
  const lookup = await lookupFor(kind);
  const state = useAirlift.getState();
  const who = nowWho(state.analyst);
  const asked = cellChanges(flight, field, kind, text);
  if (!asked.ok) return asked.errors;
  if (Object.keys(asked.changes).length === 0) return null;
  if (!state.dataset) return [{ field, message: 'no dataset is loaded' }];
  const outcome = editFlightStep(state.dataset, flight.id, asked.changes, who, lookup);
  if (!outcome.ok) return outcome.errors;
  state.commit(outcome.step);
  return null;
}

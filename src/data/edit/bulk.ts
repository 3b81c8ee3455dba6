/**
 * One change to many flights: set confidence or review status, add a source, add or remove a tag. The
 * op's value is checked once by the validator's own checks; flights it would not change are left out of
 * the step. All or nothing: when the op cannot apply to one of the flights (the rule of honesty, the
 * tag limit), the whole op is refused with a count, and nothing is half done.
 */
import type { Dataset, Flight, Review, Source } from '../contract';
import { MAX_TAGS } from '../contract';
import type { FlightChecks, RowWhere } from '../validate';
import {
  checkReview,
  checkTags,
  confidenceOf,
  IssueLog,
  onlyGeneratorSources,
  SeenValues,
  UnknownFields,
  validateOneSource,
} from '../validate';
import { fieldErrorOf } from './draft';
import { editEntry, flightsText, stamp } from './flight-steps';
import { sameValue, shortText } from './same';
import type { FlightChange, Step } from './step';
import type { BulkOp, EditResult, FieldError, Who } from './types';

type Field = 'confidence' | 'review' | 'sources' | 'tags';
/** The op's change to one flight: the field's new value, or undefined when it changes nothing. */
type Change = (flight: Flight) => unknown;

const WHERE: RowWhere = { row: 1, id: undefined };
export const noResolve = { resolve: (code: string) => code };

// Checks the op's value with the validator's field checks, as a one-row import would.
function checkValue(check: (checks: FlightChecks) => unknown): { value: unknown; errors: FieldError[] } {
  const log = new IssueLog();
  const checks: FlightChecks = {
    log,
    unknown: new UnknownFields(),
    seen: new SeenValues(),
    airports: noResolve,
    ids: new Map(),
  };
  const value = check(checks);
  return { value, errors: log.errors.map(fieldErrorOf) };
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

interface Plan {
  field: Field;
  change: Change;
  label: (n: string) => string;
  /** The whole op refused, or undefined. */
  refuse?: (flights: readonly Flight[]) => FieldError | undefined;
}

function plan(op: BulkOp, who: Who): Plan | FieldError[] {
  switch (op.kind) {
    case 'confidence': {
      const value = confidenceOf(op.value);
      if (value === undefined)
        return [
          {
            field: 'confidence',
            message: `"${String(op.value)}" is not one of confirmed, reported, inferred, synthetic`,
          },
        ];
      return {
        field: 'confidence',
        change: (f) => (f.confidence === value ? undefined : value),
        label: (n) => `Set confidence to ${value} on ${n}`,
        refuse: (flights) => {
          if (value === 'synthetic') return undefined;
          const stuck = flights.filter((f) => onlyGeneratorSources(f.sources)).length;
          if (stuck === 0) return undefined;
          const message =
            `${stuck.toLocaleString('en-US')} of the ${plural(flights.length, 'flight')} ` +
            `${stuck === 1 ? 'has' : 'have'} only the sample generator as source and stay synthetic until a real source is added`;
          return { field: 'confidence', message };
        },
      };
    }
    case 'review': {
      const raw: Record<string, unknown> = { status: op.status, at: who.at };
      if (who.by) raw.by = who.by;
      if (op.note !== undefined && op.note !== '') raw.note = op.note;
      const { value, errors } = checkValue((checks) => checkReview(raw, WHERE, checks));
      if (errors.length > 0) return errors;
      const review = value as Review;
      return {
        field: 'review',
        // The same status and note is no change, whoever looks again.
        change: (f) =>
          f.review?.status === review.status && f.review.note === review.note ? undefined : review,
        label: (n) => `Mark ${n} ${review.status}`,
      };
    }
    case 'addSource': {
      const { value, errors } = checkValue((checks) => validateOneSource(op.source, 'source', WHERE, checks));
      if (errors.length > 0) return errors;
      const source = value as Source;
      return {
        field: 'sources',
        change: (f) => (f.sources.some((s) => sameValue(s, source)) ? undefined : [...f.sources, source]),
        label: (n) => `Add source to ${n}`,
      };
    }
    case 'addTag':
    case 'removeTag': {
      const { errors } = checkValue((checks) => checkTags([op.tag], WHERE, checks.log));
      if (errors.length > 0) return errors.map((e) => ({ ...e, field: 'tag' }));
      const tag = op.tag;
      if (op.kind === 'removeTag')
        return {
          field: 'tags',
          change: (f) => (f.tags?.includes(tag) ? f.tags.filter((t) => t !== tag) : undefined),
          label: (n) => `Remove tag "${shortText(tag)}" from ${n}`,
        };
      return {
        field: 'tags',
        change: (f) => (f.tags?.includes(tag) ? undefined : [...(f.tags ?? []), tag]),
        label: (n) => `Add tag "${shortText(tag)}" to ${n}`,
        refuse: (flights) => {
          const full = flights.filter(
            (f) => !f.tags?.includes(tag) && (f.tags?.length ?? 0) >= MAX_TAGS,
          ).length;
          if (full === 0) return undefined;
          return {
            field: 'tag',
            message: `${full.toLocaleString('en-US')} of the ${plural(flights.length, 'flight')} already ${full === 1 ? 'has' : 'have'} ${MAX_TAGS} tags, the most a flight may have`,
          };
        },
      };
    }
  }
}

/** The flights `ids` names, in dataset order, or an error naming the ids the dataset does not have. */
function selected(dataset: Dataset, ids: readonly string[]): Flight[] | FieldError {
  const wanted = new Set(ids);
  if (wanted.size === 0) return { field: 'ids', message: 'no flights selected' };
  const flights = dataset.flights.filter((f) => wanted.has(f.id));
  if (flights.length === wanted.size) return flights;
  const found = new Set(flights.map((f) => f.id));
  const missing = [...wanted].filter((id) => !found.has(id));
  const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
  const listed = missing
    .slice(0, 5)
    .map((id) => `"${id}"`)
    .join(', ');
  return { field: 'ids', message: `no such flights in this dataset: ${listed}${more}` };
}

/**
 * Applies `op` to the flights `ids`: one log entry per changed flight (field, before, after). Flights
 * it does not change are not in the step; when it changes none, the step is "No change".
 */
export function bulkEditStep(dataset: Dataset, ids: readonly string[], op: BulkOp, who: Who): EditResult {
  const flights = selected(dataset, ids);
  if (!Array.isArray(flights)) return { ok: false, errors: [flights] };
  const p = plan(op, who);
  if (Array.isArray(p)) return { ok: false, errors: p };
  const refused = p.refuse?.(flights);
  if (refused !== undefined) return { ok: false, errors: [refused] };
  const changes: FlightChange[] = [];
  for (const before of flights) {
    const value = p.change(before);
    if (value === undefined) continue;
    const after = { ...before } as Record<string, unknown>;
    // A last tag removed leaves no tags field (as the validator reads `[]`).
    if (Array.isArray(value) && value.length === 0) delete after[p.field];
    else after[p.field] = value;
    changes.push({ before, after: after as unknown as Flight });
  }
  if (changes.length === 0)
    return { ok: true, step: { label: 'No change', action: 'edit', ...stamp(who), log: [], flights: [] } };
  const changedIds = changes.map((c) => c.before!.id);
  const step: Step = {
    label: p.label(flightsText(changedIds)),
    action: 'edit',
    ...stamp(who),
    log: changes.map((c) =>
      editEntry(who, c.before!.id, p.field, c.before![p.field], (c.after as Flight)[p.field]),
    ),
    flights: changes,
  };
  return { ok: true, step };
}

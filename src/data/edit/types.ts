/** The edit builders' shared types: who edits, what a refusal says, the bulk operations. */
import type { Airport, Confidence, Flight, ReviewStatus, Source } from '../contract';
import type { Step } from './step';

/** Who makes a change and when: written as `at` and `by` of the step and of its log entries. */
export interface Who {
  /** ISO 8601 date-time with offset. */
  readonly at: string;
  /** The analyst's name, when set. */
  readonly by?: string;
}

/** What is wrong with one field of a form: `field` names it (`origin`, `sources[2].url`, `review.status`). */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** One change applied to many flights at once. */
export type BulkOp =
  | { readonly kind: 'confidence'; readonly value: Confidence }
  | { readonly kind: 'review'; readonly status: ReviewStatus; readonly note?: string }
  | { readonly kind: 'addSource'; readonly source: Source }
  | { readonly kind: 'addTag'; readonly tag: string }
  | { readonly kind: 'removeTag'; readonly tag: string };

/** Finds an airport by ICAO code: the dataset's airports first, then the built-in gazetteer. */
export interface AirportLookup {
  get(icao: string): Airport | undefined;
}

/** A builder's answer: a step to commit, or every reason it was refused (nothing invalid makes a step). */
export type EditResult = { ok: true; step: Step } | { ok: false; errors: FieldError[] };

/** A draft checked as it is typed: the clean flight (and warnings), or every field error. */
export type DraftResult =
  | { ok: true; flight: Flight; warnings: FieldError[]; airportsAdded: Airport[] }
  | { ok: false; errors: FieldError[] };

/** A Who for now, by the analyst's name (empty = not set). */
export function nowWho(analyst: string, now: Date = new Date()): Who {
  const at = now.toISOString();
  const by = analyst.trim();
  return by === '' ? { at } : { at, by };
}

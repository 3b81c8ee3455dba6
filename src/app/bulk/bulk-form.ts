/**
 * The bulk-edit form's words and values, kept apart from the component: which operation the analyst
 * chose, the BulkOp it makes from what was typed, and the question the confirm asks ("Add source to
 * 37 flights?"). The edit builder (bulkEditStep) checks the values; this only assembles them.
 */
import type { Confidence, ReviewStatus, Source } from '../../data/contract';
import type { BulkOp } from '../../data/edit';

export type BulkKind = BulkOp['kind'];

/** The operations in the order the form lists them, with their names there. */
export const BULK_KINDS: readonly { kind: BulkKind; label: string }[] = [
  { kind: 'confidence', label: 'Set confidence' },
  { kind: 'review', label: 'Set review status' },
  { kind: 'addSource', label: 'Add a source' },
  { kind: 'addTag', label: 'Add a tag' },
  { kind: 'removeTag', label: 'Remove a tag' },
];

/** What the form holds, as typed. */
export interface BulkForm {
  kind: BulkKind;
  confidence: Confidence;
  status: ReviewStatus;
  note: string;
  publisher: string;
  title: string;
  url: string;
  published: string;
  tag: string;
}

export const EMPTY_FORM: BulkForm = {
  kind: 'addTag',
  confidence: 'reported',
  status: 'verified',
  note: '',
  publisher: '',
  title: '',
  url: '',
  published: '',
  tag: '',
};

/** The operation the form describes; blank optional fields are left out (the builder checks the rest). */
export function bulkOpOf(form: BulkForm): BulkOp {
  switch (form.kind) {
    case 'confidence':
      return { kind: 'confidence', value: form.confidence };
    case 'review': {
      const note = form.note.trim();
      return note ? { kind: 'review', status: form.status, note } : { kind: 'review', status: form.status };
    }
    case 'addSource': {
      const source: Source = { publisher: form.publisher.trim() };
      if (form.title.trim()) source.title = form.title.trim();
      if (form.url.trim()) source.url = form.url.trim();
      if (form.published.trim()) source.published = form.published.trim();
      return { kind: 'addSource', source };
    }
    case 'addTag':
      return { kind: 'addTag', tag: form.tag.trim() };
    case 'removeTag':
      return { kind: 'removeTag', tag: form.tag.trim() };
  }
}

/** The confirm's question for an operation on `count` ("37 flights", "all 412 flights"). */
export function confirmQuestion(op: BulkOp, count: string): string {
  switch (op.kind) {
    case 'confidence':
      return `Set confidence to ${op.value} on ${count}?`;
    case 'review':
      return `Mark ${count} as ${op.status}?`;
    case 'addSource':
      return `Add source to ${count}?`;
    case 'addTag':
      return `Add tag “${op.tag}” to ${count}?`;
    case 'removeTag':
      return `Remove tag “${op.tag}” from ${count}?`;
  }
}

/** The confirm button's words: the action itself, not "OK". */
export function confirmAction(op: BulkOp): string {
  switch (op.kind) {
    case 'confidence':
      return 'Set confidence';
    case 'review':
      return 'Set review status';
    case 'addSource':
      return 'Add source';
    case 'addTag':
      return 'Add tag';
    case 'removeTag':
      return 'Remove tag';
  }
}

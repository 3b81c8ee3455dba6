/**
 * A case file: the whole dataset as contract JSON v2 (every flight whatever the filters, with review,
 * tags, events, tracks, airports and the whole change log), the file one analyst hands another to merge.
 */
import type { Dataset } from '../contract';
import { toJson, PRETTY_JSON_MAX_FLIGHTS } from '../export';

/**
 * The case file's text. The flights, tracks and meta are written by the JSON export; the export keeps
 * only the events, airports and log entries of the flights it writes (a view's export), so those three
 * are put back whole: a deleted flight's `delete` entry is what tells a merge it was deleted.
 */
export function caseFileJson(dataset: Dataset): string {
  const doc = JSON.parse(toJson(dataset.flights, dataset)) as Record<string, unknown>;
  doc.airports = dataset.airports;
  doc.events = dataset.events;
  if (dataset.log && dataset.log.length > 0) doc.log = dataset.log;
  else delete doc.log;
  const pretty = dataset.flights.length < PRETTY_JSON_MAX_FLIGHTS ? 2 : undefined;
  return JSON.stringify(doc, null, pretty);
}

/** The title's words (letters and digits of any script, accents dropped) lower-cased and joined by `-`, at most 60 characters; `dataset` if none. */
export function titleSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'dataset' : slug;
}

/** `case-<title slug>-<YYYY-MM-DD>.json`, the date being the UTC day of `now`. */
export function caseFileName(title: string, now: Date): string {
  return `case-${titleSlug(title)}-${now.toISOString().slice(0, 10)}.json`;
}

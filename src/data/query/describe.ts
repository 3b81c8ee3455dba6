/** Short human-readable texts shared by the views (counts line, tooltips, panel). */
import { CONFIDENCES, type ConfidenceCounts } from '../contract';

// One formatter, built once: toLocaleString builds one per call.
const integer = new Intl.NumberFormat('en-US');

/** "3 confirmed · 5 reported · 90 synthetic" (zero counts left out). */
export function describeMix(counts: ConfidenceCounts): string {
  const parts = CONFIDENCES.filter((c) => counts[c] > 0).map((c) => `${counts[c]} ${c}`);
  return parts.length ? parts.join(' · ') : 'no flights';
}

/** "2016-05-12 – 2023-03-01", or one date when both are the same. */
export function formatSpan(from: string, to: string): string {
  return from === to ? from : `${from} – ${to}`;
}

/** "1 flight" / "42 flights". */
export function pluralFlights(n: number): string {
  return `${integer.format(n)} ${n === 1 ? 'flight' : 'flights'}`;
}

/** The counts line: "42 of 97 flights, 2022-10-01 – 2023-03-31". */
export function describeCounts(shown: number, total: number, from?: string, to?: string): string {
  const head = shown === total ? pluralFlights(total) : `${integer.format(shown)} of ${pluralFlights(total)}`;
  if (!from && !to) return head;
  return `${head}, ${from ?? 'start'} – ${to ?? 'end'}`;
}

/** Export file name for the date range in force: `flights_2022-10-01_2023-03-31.csv`, or `flights_all.csv`. */
export function exportFileName(extension: string, from?: string, to?: string, stem = 'flights'): string {
  const range = !from && !to ? 'all' : `${from ?? 'start'}_${to ?? 'end'}`;
  return `${stem}_${range}.${extension}`;
}

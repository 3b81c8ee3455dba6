/**
 * How an export says at file level that its data is synthetic (issue 12: not only per row). One rule
 * for every format: `all` when the dataset is marked synthetic or every exported flight is, `partly`
 * when some are, `none` otherwise.
 */
import type { Flight } from '../contract';

export type SyntheticLevel = 'all' | 'partly' | 'none';

/** The file-level verdict for `flights` of a dataset whose `synthetic` flag is `datasetSynthetic`. */
export function syntheticLevel(
  datasetSynthetic: boolean,
  syntheticFlights: number,
  total: number,
): SyntheticLevel {
  if (datasetSynthetic || (total > 0 && syntheticFlights === total)) return 'all';
  return syntheticFlights > 0 ? 'partly' : 'none';
}

/** How many of `flights` are `synthetic`. */
export function countSynthetic(flights: readonly Flight[]): number {
  let n = 0;
  for (const f of flights) if (f.confidence === 'synthetic') n++;
  return n;
}

/**
 * The sentence a file carries (CSV first line after `# synthetic: `, GeoJSON `syntheticNote`), or
 * undefined for `none`. No commas or quotes: in a CSV it stays one plain cell in any spreadsheet.
 */
export function syntheticSentence(
  level: SyntheticLevel,
  syntheticFlights: number,
  total: number,
): string | undefined {
  if (level === 'all')
    return 'this data is synthetic - generated or illustrative records and not observations';
  if (level === 'partly')
    return `partly - ${syntheticFlights} of ${total} flights are synthetic (confidence synthetic) - generated or illustrative records and not observations`;
  return undefined;
}

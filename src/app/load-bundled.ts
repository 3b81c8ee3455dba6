import sampleText from '../../data/sample-flights.json?raw';
import { parseImport } from '../data/import';
import type { Dataset } from '../data/contract';

/**
 * The bundled sample dataset, validated like any import. It lists its own airports, so the large
 * gazetteer is not needed (and not loaded) for first paint.
 */
export function loadBundledDataset(): Dataset {
  const result = parseImport(sampleText, { fileName: 'sample-flights.json' });
  if (!result.ok) {
    throw new Error(`The bundled dataset is invalid: ${result.errors.map((e) => e.message).join('; ')}`);
  }
  return result.dataset;
}

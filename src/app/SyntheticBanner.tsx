import { selectView } from '../store/selectors';
import { useAirlift } from '../store/store';

/** Says plainly, whenever any illustrative record is loaded or shown, that those flights are not observations. */
export function SyntheticBanner() {
  const synthetic = useAirlift((s) => s.dataset?.synthetic ?? false);
  const shownSynthetic = useAirlift((s) => selectView(s)?.confidenceCounts.synthetic ?? 0);
  const shown = useAirlift((s) => selectView(s)?.total ?? 0);
  if (!synthetic && shownSynthetic === 0) return null;
  return (
    <div className="synthetic-banner" role="note" aria-label="Illustrative data">
      <strong>Illustrative data.</strong>{' '}
      {shownSynthetic > 0
        ? `${shownSynthetic.toLocaleString('en-US')} of the ${shown.toLocaleString('en-US')} flights shown are synthetic sample records, not observations.`
        : 'This dataset contains synthetic sample records, not observations.'}{' '}
      Only flights marked confirmed, reported or inferred come from a cited source.
    </div>
  );
}

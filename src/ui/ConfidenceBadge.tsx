import type { Confidence } from '../data/contract';

// What each level means (the contract's wording), shown as a tooltip.
const MEANING: Record<Confidence, string> = {
  confirmed: 'seen in tracking data',
  reported: 'stated by a source',
  inferred: "an analyst's deduction",
  synthetic: 'generated sample, not an observation',
};

export interface ConfidenceBadgeProps {
  confidence: Confidence;
}

/** The confidence as a word plus a shape (and colour): never colour alone. */
export function ConfidenceBadge({ confidence }: ConfidenceBadgeProps) {
  return (
    <span
      className={`confidence-badge confidence-badge--${confidence}`}
      title={`${confidence}: ${MEANING[confidence]}`}
    >
      <span className="confidence-badge__glyph" aria-hidden="true" />
      <span className="confidence-badge__label">{confidence}</span>
    </span>
  );
}

import { CONFIDENCES } from '../data/contract';
import type { Confidence } from '../data/contract';
import type { Ref } from 'react';

/** Display names of the confidence levels, in stacking order. */
export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  confirmed: 'Confirmed',
  reported: 'Reported',
  inferred: 'Inferred',
  synthetic: 'Synthetic',
};

/** The pattern of the uncertain-date layer (flights spread over the days their date may be). */
export const UNCERTAIN_PATTERN = 'uncertain';

/** The id of one confidence's fill pattern (or of the uncertain-date layer's). */
export function patternId(prefix: string, c: Confidence | typeof UNCERTAIN_PATTERN): string {
  return `${prefix}-pat-${c}`;
}

interface PatternsProps {
  prefix: string;
}

/**
 * Fill patterns shared by the bars and the legend, so confidence never rests on colour alone: solid,
 * diagonal hatching, dots, light cross-hatch. Colours come from CSS variables (see timeline.css).
 */
export function ConfidencePatterns({ prefix, defsRef }: PatternsProps & { defsRef?: Ref<SVGDefsElement> }) {
  return (
    <svg className="tl-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs ref={defsRef}>
        <pattern id={patternId(prefix, 'confirmed')} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect className="tl-pf tl-pf--confirmed" width="6" height="6" />
        </pattern>
        <pattern id={patternId(prefix, 'reported')} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect className="tl-pf tl-pf--reported" width="6" height="6" />
          <path className="tl-pink" d="M-1 1l2-2M0 6l6-6M5 7l2-2" />
        </pattern>
        <pattern id={patternId(prefix, 'inferred')} width="5" height="5" patternUnits="userSpaceOnUse">
          <rect className="tl-pf tl-pf--inferred" width="5" height="5" />
          <circle className="tl-pdot" cx="2.5" cy="2.5" r="1.2" />
        </pattern>
        <pattern id={patternId(prefix, 'synthetic')} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect className="tl-pf tl-pf--synthetic" width="6" height="6" />
          <path className="tl-pcross" d="M0 0l6 6M6 0l-6 6" />
        </pattern>
        {/* Vertical stripes on a pale ground: like no confidence's fill, and read as "spread". */}
        <pattern id={patternId(prefix, UNCERTAIN_PATTERN)} width="4" height="4" patternUnits="userSpaceOnUse">
          <rect className="tl-pf tl-pf--uncertain" width="4" height="4" />
          <path className="tl-pstripe" d="M1 0v4" />
        </pattern>
      </defs>
    </svg>
  );
}

/**
 * A small legend: a patterned swatch and a name per confidence level, and the uncertain-date layer's
 * when the chart draws one.
 */
export function ConfidenceLegend({ prefix, uncertain = false }: PatternsProps & { uncertain?: boolean }) {
  return (
    <ul className="tl-legend" aria-label="Confidence">
      {CONFIDENCES.map((c) => (
        <li key={c}>
          <svg width="14" height="12" aria-hidden="true" focusable="false">
            <rect
              className={`tl-swatch tl-swatch--${c}`}
              x="0.5"
              y="0.5"
              width="13"
              height="11"
              fill={`url(#${patternId(prefix, c)})`}
            />
          </svg>
          {CONFIDENCE_LABELS[c]}
        </li>
      ))}
      {uncertain && (
        <li>
          <svg width="14" height="12" aria-hidden="true" focusable="false">
            <rect
              className="tl-swatch tl-swatch--uncertain"
              x="0.5"
              y="0.5"
              width="13"
              height="11"
              fill={`url(#${patternId(prefix, UNCERTAIN_PATTERN)})`}
            />
          </svg>
          Date uncertain (spread over its days)
        </li>
      )}
    </ul>
  );
}

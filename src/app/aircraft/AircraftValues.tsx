import type { AirframeValue } from '../../data/identity';

/**
 * An airframe's values of one field (its registrations, types or operators): the flights' own first,
 * then those only a source gave, each of those in italics with the word "derived" and, unless
 * `compact`, its sources written out (compact: in the title).
 */
export function AircraftValues({
  values,
  compact = false,
  empty = '—',
}: {
  values: readonly AirframeValue[];
  compact?: boolean;
  empty?: string;
}) {
  if (values.length === 0) return <span className="aircraft-value--none">{empty}</span>;
  return (
    <>
      {values.map((v, i) => {
        const derivedOnly = v.own === 0;
        const sources = v.sources.join('; ');
        return (
          <span key={v.value} className="aircraft-value">
            {i > 0 ? ', ' : ''}
            {derivedOnly ? (
              <span className="derived-value" title={`${v.value}: derived from ${sources}`}>
                <i>{v.value}</i> <span className="derived-tag">derived</span>
                {compact ? (
                  <span className="ui-visually-hidden"> from {sources}</span>
                ) : (
                  <span className="derived-source"> from {sources}</span>
                )}
              </span>
            ) : (
              v.value
            )}
            {!compact && !derivedOnly && v.derived > 0 ? (
              <span className="derived-source">
                {' '}
                (own on {v.own}, derived on {v.derived} from {sources})
              </span>
            ) : null}
          </span>
        );
      })}
    </>
  );
}

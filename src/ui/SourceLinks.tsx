import type { MouseEvent } from 'react';
import type { Source } from '../data/contract';
import { safeHttpUrl } from './safe-url';

export interface SourceLinksProps {
  sources: readonly Source[];
  /** Publisher names only, on one line (table cells); otherwise publisher, title and date as a list. */
  compact?: boolean;
  /** Tab index for the links (the table passes -1 outside the row that has keyboard focus). */
  linkTabIndex?: number;
}

// A link inside a clickable row or item must not also select it.
function stopPropagation(event: MouseEvent) {
  event.stopPropagation();
}

function SourceText({
  source,
  compact,
  linkTabIndex,
}: {
  source: Source;
  compact: boolean;
  linkTabIndex?: number;
}) {
  const href = safeHttpUrl(source.url);
  const label = compact || !source.title ? source.publisher : `${source.publisher}: ${source.title}`;
  const text = href ? (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      tabIndex={linkTabIndex}
      title={compact ? (source.title ?? source.publisher) : undefined}
      onClick={stopPropagation}
    >
      {label}
      <span className="ui-visually-hidden"> (opens in a new tab)</span>
    </a>
  ) : (
    <span>{label}</span>
  );
  if (compact || !source.published) return text;
  return (
    <>
      {text} <time dateTime={source.published}>({source.published})</time>
    </>
  );
}

/** The sources of a record: text always, a link only for a safe http(s) URL, opened in a new tab. */
export function SourceLinks({ sources, compact = false, linkTabIndex }: SourceLinksProps) {
  if (sources.length === 0) return null;
  if (compact) {
    return (
      <span className="source-links source-links--compact">
        {sources.map((source, i) => (
          <span key={i}>
            {i > 0 ? ', ' : null}
            <SourceText source={source} compact linkTabIndex={linkTabIndex} />
          </span>
        ))}
      </span>
    );
  }
  return (
    <ul className="source-links">
      {sources.map((source, i) => (
        <li key={i}>
          <SourceText source={source} compact={false} linkTabIndex={linkTabIndex} />
        </li>
      ))}
    </ul>
  );
}

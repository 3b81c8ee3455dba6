import { useAirlift } from '../store/store';

/** One-off messages (a malformed URL parameter, storage unavailable…), each dismissible. */
export function Notices() {
  const notices = useAirlift((s) => s.notices);
  const dismiss = useAirlift((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((text, i) => (
        <div className="notice" key={`${i}:${text}`}>
          <span>{text}</span>
          <button type="button" onClick={() => dismiss(i)} aria-label={`Dismiss: ${text}`}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

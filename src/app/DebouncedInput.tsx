import { useEffect, useRef, useState } from 'react';

/**
 * A text input that reports its value after the analyst pauses typing, so filtering a large set never
 * blocks keystrokes; it follows outside changes (clear all, Back) to the committed value.
 */
export function DebouncedInput(props: {
  id: string;
  label: string;
  value: string;
  onCommit(value: string): void;
  placeholder?: string;
  delayMs?: number;
}) {
  const { id, label, value, onCommit, placeholder, delayMs = 200 } = props;
  const [draft, setDraft] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    // The committed value changed from outside: show it (React's "adjust state on prop change" pattern).
    setLastValue(value);
    setDraft(value);
  }
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={draft}
        placeholder={placeholder}
        onChange={(e) => {
          const next = e.target.value;
          setDraft(next);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => onCommit(next.trim()), delayMs);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            clearTimeout(timer.current);
            onCommit(draft.trim());
          }
        }}
      />
    </div>
  );
}

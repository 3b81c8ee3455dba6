import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { CONFIDENCES } from '../data/contract';
import type { EditKind } from './columns';

export interface CellEditorProps {
  kind: EditKind;
  /** The text the editor starts with. */
  initial: string;
  /** "Date of flight f-12": the editor's accessible name. */
  label: string;
  /** The id of the table's message line that shows a refusal. */
  errorId: string;
  invalid: boolean;
  /** Saves the text: true when saved (the editor closes), false when refused (it stays, with the error). */
  onSave(text: string): Promise<boolean>;
  onCancel(): void;
}

/**
 * A cell's editor in place: Enter (or leaving it) saves, Escape cancels. Confidence is a select of the
 * contract's values.
 */
export function CellEditor({ kind, initial, label, errorId, invalid, onSave, onCancel }: CellEditorProps) {
  const [text, setText] = useState(initial);
  // Set while a save is on its way or done: Enter's save, then the blur as the editor closes, is one save.
  const settled = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  const select = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
    select.current?.focus();
  }, []);

  const save = async () => {
    if (settled.current) return;
    settled.current = true;
    if (!(await onSave(text))) settled.current = false;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // The row's own keys (arrows, Enter to select) do not apply inside the editor.
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      settled.current = true;
      onCancel();
    }
  };
  const common = {
    'aria-label': label,
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? errorId : undefined,
    className: 'flights-table__editor',
    onKeyDown,
    onBlur: () => void save(),
    onClick: (e: { stopPropagation(): void }) => e.stopPropagation(),
  };

  if (kind === 'confidence') {
    return (
      <select ref={select} value={text} onChange={(e) => setText(e.target.value)} {...common}>
        {CONFIDENCES.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      ref={input}
      type="text"
      spellCheck={false}
      value={text}
      onChange={(e) => setText(e.target.value)}
      {...common}
    />
  );
}

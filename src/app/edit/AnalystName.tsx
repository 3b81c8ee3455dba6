import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { MAX_ANALYST_NAME, saveAnalyst } from '../../io/analyst';
import { useAirlift } from '../../store/store';

/** The analyst's name for the change log: set once (kept in localStorage), shown in the case toolbar. */
export function AnalystName() {
  const analyst = useAirlift((s) => s.analyst);
  const setAnalyst = useAirlift((s) => s.setAnalyst);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const id = useId();

  const open = () => {
    setText(analyst);
    setEditing(true);
  };
  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => opener.current?.focus());
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    setAnalyst(text);
    saveAnalyst(text);
    close();
  };

  if (editing)
    return (
      <form className="analyst-name" onSubmit={save} onKeyDown={(e) => e.key === 'Escape' && close()}>
        <label htmlFor={id}>Your name for the change log</label>
        <input
          id={id}
          type="text"
          autoComplete="name"
          maxLength={MAX_ANALYST_NAME}
          value={text}
          autoFocus
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit">Save name</button>
        <button type="button" onClick={close}>
          Cancel
        </button>
      </form>
    );
  return (
    <span className="analyst-name">
      {analyst ? <span>Logged as {analyst}</span> : null}
      <button type="button" ref={opener} onClick={open}>
        {analyst ? 'Change name' : 'Set your name'}
      </button>
    </span>
  );
}

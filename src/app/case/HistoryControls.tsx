import { useCallback, useEffect, useState } from 'react';
import { useAirlift } from '../../store/store';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = IS_MAC ? '⌘' : 'Ctrl+';

// Input types that hold text: there the field's own undo answers Ctrl+Z, not the case file's.
const NOT_TEXT = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
  'image',
]);

/** Whether a key press goes to a field being typed in (input, textarea, select, contenteditable). */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  return (
    target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target.isContentEditable
  );
}

/**
 * Undo and Redo of every step (edit, bulk edit, delete, import, merge): buttons naming the step, and
 * Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (⌘ on a Mac) anywhere but in a field being typed in. What was undone or
 * redone is announced politely.
 */
export function HistoryControls() {
  const undoLabel = useAirlift((s) => s.past[s.past.length - 1]?.label);
  const redoLabel = useAirlift((s) => s.future[s.future.length - 1]?.label);
  const [announcement, setAnnouncement] = useState('');
  // The step is named in the title (the button's description), not in its name: a name "Undo: Delete
  // flight f-1" would also answer to a search for the panel's own "Delete" button.

  const undo = useCallback(() => {
    const step = useAirlift.getState().past.at(-1);
    if (!step) return;
    useAirlift.getState().undo();
    setAnnouncement(`Undone: ${step.label}`);
  }, []);
  const redo = useCallback(() => {
    const step = useAirlift.getState().future.at(-1);
    if (!step) return;
    useAirlift.getState().redo();
    setAnnouncement(`Redone: ${step.label}`);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.defaultPrevented || typingIn(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        undo();
      } else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) {
        e.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return (
    <div className="history-controls" role="group" aria-label="History">
      <button
        type="button"
        onClick={undo}
        disabled={undoLabel === undefined}
        title={undoLabel === undefined ? 'Nothing to undo' : `Undo: ${undoLabel} (${MOD}Z)`}
      >
        Undo
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={redoLabel === undefined}
        title={redoLabel === undefined ? 'Nothing to redo' : `Redo: ${redoLabel} (${MOD}Shift+Z)`}
      >
        Redo
      </button>
      {/* Not role="status": the toolbar's other parts have their own status lines. */}
      <span className="ui-visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}

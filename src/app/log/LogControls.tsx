import { useRef, useState } from 'react';
import { useAirlift } from '../../store/store';
import { LogView } from './LogView';

/** The case toolbar's "Change log" button: opens the log of the whole dataset. */
export function LogControls() {
  const count = useAirlift((s) => s.dataset?.log?.length ?? 0);
  const hasDataset = useAirlift((s) => s.dataset !== null);
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" ref={opener} disabled={!hasDataset} onClick={() => setOpen(true)}>
        Change log{count > 0 ? ` (${count})` : ''}
      </button>
      {open ? (
        <LogView
          onClose={() => {
            setOpen(false);
            opener.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}

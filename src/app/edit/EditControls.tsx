import { useEffect, useRef, useState } from 'react';
import { loadAnalyst } from '../../io/analyst';
import { useAirlift } from '../../store/store';
import { AnalystName } from './AnalystName';
import { FlightForm } from './FlightForm';

/** The case toolbar's editing part: the analyst's name and "Add flight". */
export function EditControls() {
  const hasDataset = useAirlift((s) => s.dataset !== null);
  const [adding, setAdding] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);

  // The name set on an earlier visit; a name already in the store (set this session) is kept.
  useEffect(() => {
    const { analyst, setAnalyst } = useAirlift.getState();
    if (analyst === '') setAnalyst(loadAnalyst());
  }, []);

  return (
    <>
      <AnalystName />
      <button type="button" ref={opener} disabled={!hasDataset} onClick={() => setAdding(true)}>
        Add flight
      </button>
      {adding ? (
        <FlightForm
          onClose={() => {
            setAdding(false);
            opener.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}

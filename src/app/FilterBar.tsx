import { CONFIDENCES, type Confidence, type Filters } from '../data/contract';
import { ConfidenceBadge } from '../ui/ConfidenceBadge';
import { selectAirportsByIcao, selectCountsLine, selectFilterOptions, selectView } from '../store/selectors';
import { useAirlift } from '../store/store';
import { ReviewFilter } from './bulk/ReviewFilter';
import { WhenFilterChip } from './patterns/WhenFilterChip';
import { DebouncedInput } from './DebouncedInput';
import { EvidenceFilters } from './EvidenceFilters';

type ChoiceKey = 'operators' | 'aircraftTypes' | 'airport' | 'origin' | 'destination';

/** Every filter but the date range (which lives with the timeline), the counts line and "Clear all". */
export function FilterBar() {
  const filters = useAirlift((s) => s.filters);
  const setFilters = useAirlift((s) => s.setFilters);
  const clearFilters = useAirlift((s) => s.clearFilters);
  const options = useAirlift(selectFilterOptions);
  const countsLine = useAirlift(selectCountsLine);
  const counts = useAirlift((s) => selectView(s)?.confidenceCountsIgnoringConfidence);
  const airports = useAirlift(selectAirportsByIcao);
  const active = Object.keys(filters).length > 0;
  // "LLOV — Ovda (Uvda)": the code (what the filter holds) with the dataset's name for it, if any.
  const airportName = (icao: string) => {
    const name = airports.get(icao)?.name;
    return name ? `${icao} — ${name}` : icao;
  };
  const same = (v: string) => v;

  const choice = (key: ChoiceKey, label: string, values: string[], text: (v: string) => string = same) => {
    const current = filters[key];
    const value = Array.isArray(current) ? (current[0] ?? '') : (current ?? '');
    const id = `filter-${key}`;
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select
          id={id}
          value={value}
          onChange={(e) => {
            const v = e.target.value || undefined;
            const change: Partial<Filters> =
              key === 'operators' || key === 'aircraftTypes' ? { [key]: v ? [v] : undefined } : { [key]: v };
            setFilters(change);
          }}
        >
          <option value="">Any</option>
          {values.map((v) => (
            <option key={v} value={v}>
              {text(v)}
            </option>
          ))}
          {value && !values.includes(value) ? <option value={value}>{text(value)}</option> : null}
        </select>
      </div>
    );
  };

  const toggleConfidence = (c: Confidence, on: boolean) => {
    const current = new Set(filters.confidences ?? []);
    if (on) current.add(c);
    else current.delete(c);
    setFilters({ confidences: CONFIDENCES.filter((x) => current.has(x)) });
  };

  return (
    <section className="filter-bar" aria-label="Flight filters">
      <p className="counts-line" role="status" aria-live="polite">
        {countsLine}
      </p>
      <button type="button" onClick={clearFilters} disabled={!active}>
        Clear all filters
      </button>
      <DebouncedInput
        id="filter-text"
        label="Search text"
        placeholder="id, callsign, operator, cargo, notes, source…"
        value={filters.text ?? ''}
        onCommit={(text) => setFilters({ text: text || undefined })}
      />
      {choice('operators', 'Operator', options.operators)}
      {choice('aircraftTypes', 'Aircraft type', options.aircraftTypes)}
      {choice('airport', 'Airport (either end)', options.airports, airportName)}
      {choice('origin', 'Origin', options.origins, airportName)}
      {choice('destination', 'Destination', options.destinations, airportName)}
      <DebouncedInput
        id="filter-registration"
        label="Registration"
        placeholder="e.g. 4K-"
        value={filters.registration ?? ''}
        onCommit={(registration) => setFilters({ registration: registration || undefined })}
      />
      <fieldset className="confidence-filter">
        <legend>Confidence</legend>
        {CONFIDENCES.map((c) => (
          <label key={c} className="check">
            <input
              type="checkbox"
              checked={filters.confidences?.includes(c) ?? false}
              onChange={(e) => toggleConfidence(c, e.target.checked)}
            />
            <ConfidenceBadge confidence={c} /> <span className="count">({counts?.[c] ?? 0})</span>
          </label>
        ))}
        <p className="hint">None ticked: all confidences.</p>
      </fieldset>
      <EvidenceFilters />
      <ReviewFilter />
      <WhenFilterChip />
    </section>
  );
}

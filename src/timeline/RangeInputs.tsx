import { useId, useState } from 'react';
import type { BinUnit } from '../data/contract';
import { checkRangeInput, presetRange, yearRange, yearsOf } from './brush-math';
import type { DateRangeLike, Preset } from './brush-math';

interface RangeInputsProps {
  /** The range shown (the brush preview while dragging). */
  range: DateRangeLike;
  span: { from: string; to: string } | undefined;
  onRangeChange(range: DateRangeLike): void;
}

const PRESETS: { preset: Preset; label: string }[] = [
  { preset: 'all', label: 'All' },
  { preset: 'last30', label: 'Last 30 days' },
  { preset: 'last90', label: 'Last 90 days' },
  { preset: 'lastYear', label: 'Last year' },
];

const sameRange = (a: DateRangeLike, b: DateRangeLike) =>
  (a.from ?? '') === (b.from ?? '') && (a.to ?? '') === (b.to ?? '');

// Typing a year digit by digit passes through years like 0002: wait for a plausible one before filtering.
const stillTyping = (text: string) => /^0\d{3}-/.test(text);

/** From/To date inputs kept in sync with the brush, plus presets and a year picker. */
export function RangeInputs({ range, span, onRangeChange }: RangeInputsProps) {
  const id = useId();
  const [texts, setTexts] = useState({ from: range.from ?? '', to: range.to ?? '' });
  const [message, setMessage] = useState<string | null>(null);
  const [synced, setSynced] = useState(range);
  // Adopt a range that changed elsewhere (brush, keys, presets, store) without an effect.
  if (!sameRange(synced, range)) {
    setSynced(range);
    setTexts({ from: range.from ?? '', to: range.to ?? '' });
    setMessage(null);
  }

  const onText = (field: 'from' | 'to', value: string) => {
    const next = { ...texts, [field]: value };
    setTexts(next);
    if (stillTyping(value)) return;
    const check = checkRangeInput(next.from, next.to);
    if (!check.ok) {
      setMessage(check.message);
      return;
    }
    setMessage(null);
    if (!sameRange(check.range, range)) onRangeChange(check.range);
  };

  const years = yearsOf(span);
  const selectedYear = years.find((y) => sameRange(yearRange(y), range));

  return (
    <div className="tl-range">
      <div className="tl-dates">
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="date"
          value={texts.from}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-msg` : undefined}
          onChange={(e) => onText('from', e.target.value)}
        />
        <label htmlFor={`${id}-to`}>To</label>
        <input
          id={`${id}-to`}
          type="date"
          value={texts.to}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-msg` : undefined}
          onChange={(e) => onText('to', e.target.value)}
        />
        <span id={`${id}-msg`} className="tl-msg" role="status">
          {message ? `${message} Not applied.` : ''}
        </span>
      </div>
      <div className="tl-presets" role="group" aria-label="Date presets">
        {PRESETS.map(({ preset, label }) => {
          const target = span ? presetRange(preset, span) : undefined;
          return (
            <button
              key={preset}
              type="button"
              disabled={!target}
              aria-pressed={target ? sameRange(target, range) : false}
              onClick={() => target && onRangeChange(target)}
            >
              {label}
            </button>
          );
        })}
        <label className="tl-year">
          <span>Year</span>
          <select
            value={selectedYear === undefined ? '' : String(selectedYear)}
            disabled={years.length === 0}
            onChange={(e) => e.target.value && onRangeChange(yearRange(Number(e.target.value)))}
          >
            <option value="">—</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}

const UNITS: { value: BinUnit | 'auto'; label: string }[] = [
  { value: 'auto', label: 'Auto' },
  { value: 'day', label: 'Day' },
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
];

interface UnitSwitchProps {
  unit: BinUnit;
  unitMode: BinUnit | 'auto';
  onUnitChange(unit: BinUnit | 'auto'): void;
}

/** Auto / Day / Week / Month as a radio group; Auto names the unit it chose. */
export function UnitSwitch({ unit, unitMode, onUnitChange }: UnitSwitchProps) {
  const name = useId();
  return (
    <fieldset className="tl-units">
      <legend>Bins</legend>
      {UNITS.map((u) => (
        <label key={u.value} className={unitMode === u.value ? 'is-checked' : undefined}>
          <input
            type="radio"
            name={name}
            value={u.value}
            checked={unitMode === u.value}
            onChange={() => onUnitChange(u.value)}
          />
          {u.value === 'auto' && unitMode === 'auto' ? `Auto (${unit})` : u.label}
        </label>
      ))}
    </fieldset>
  );
}

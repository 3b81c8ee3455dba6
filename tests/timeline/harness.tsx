// Shared fixtures for the timeline component tests.
import { useState } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { addDays } from '../../src/data/contract';
import type { BinUnit, TimelineBin } from '../../src/data/contract';
import { Timeline } from '../../src/timeline/Timeline';
import type { DateRange, TimelineProps } from '../../src/timeline/Timeline';

/** Day bins from `from`, one per count spec; builder with overrides, as in the house style. */
export function dayBins(from: string, counts: Partial<TimelineBin['counts']>[]): TimelineBin[] {
  return counts.map((c, i) => {
    const full = { confirmed: 0, reported: 0, inferred: 0, synthetic: 0, ...c };
    return {
      start: addDays(from, i),
      end: addDays(from, i + 1),
      counts: full,
      total: full.confirmed + full.reported + full.inferred + full.synthetic,
    };
  });
}

// Ten days on a 1000 px plot (width 1044 minus the 44 px of margins): 100 px per day, plot starts at x=34.
export const BINS = dayBins('2020-01-01', [
  { confirmed: 2 },
  { reported: 1, confirmed: 1 },
  {},
  { inferred: 3 },
  { synthetic: 1 },
  { confirmed: 1, synthetic: 2 },
  {},
  {},
  { reported: 4 },
  { confirmed: 1 },
]);
export const SPAN = { from: '2020-01-01', to: '2020-01-10' };
export const PLOT_LEFT = 34;
export const xOf = (dayIndex: number) => PLOT_LEFT + dayIndex * 100 + 50;

export type Overrides = Partial<TimelineProps>;

/** Renders the timeline with its range held in state, recording every onRangeChange. */
export function setup(overrides: Overrides = {}) {
  const onRangeChange = vi.fn<(r: DateRange) => void>();
  const onUnitChange = vi.fn<(u: BinUnit | 'auto') => void>();
  function Harness() {
    const [range, setRange] = useState<DateRange>(overrides.range ?? {});
    return (
      <Timeline
        bins={BINS}
        unit="day"
        unitMode="auto"
        onUnitChange={onUnitChange}
        span={SPAN}
        events={[]}
        summary="15 flights, 2020-01-01 to 2020-01-10"
        width={1044}
        {...overrides}
        range={range}
        onRangeChange={(r) => {
          onRangeChange(r);
          setRange(r);
        }}
      />
    );
  }
  const utils = render(<Harness />);
  return { ...utils, onRangeChange, onUnitChange, user: userEvent.setup() };
}

export const lastCall = (fn: { mock: { calls: unknown[][] } }) =>
  fn.mock.calls[fn.mock.calls.length - 1]?.[0];

// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FilterBar } from '../../src/app/FilterBar';
import { loadBundledDataset } from '../../src/app/load-bundled';
import type { Dataset } from '../../src/data/contract';
import { useAirlift } from '../../src/store/store';

const bundled = loadBundledDataset();

describe('airport, origin and destination pickers', () => {
  beforeEach(() => {
    useAirlift.setState({ filters: {}, selection: null, notices: [] });
    useAirlift.getState().loadDataset(bundled, 'bundled');
  });
  afterEach(cleanup);

  it.each([['Airport (either end)'], ['Origin'], ['Destination']])(
    '%s shows each airport as "code — name", and filters by the code',
    async (label) => {
      render(<FilterBar />);
      const picker = screen.getByLabelText(label);
      const names = new Map((bundled.airports ?? []).map((a) => [a.icao, a.name]));
      const options = within(picker)
        .getAllByRole('option')
        .filter((o) => (o as HTMLOptionElement).value !== '');
      expect(options.length).toBeGreaterThan(1);
      for (const option of options) {
        const code = (option as HTMLOptionElement).value;
        const name = names.get(code);
        expect(option.textContent).toBe(name ? `${code} — ${name}` : code);
      }
      await userEvent.selectOptions(picker, 'LLOV — Ovda (Uvda)');
      const key = label === 'Origin' ? 'origin' : label === 'Destination' ? 'destination' : 'airport';
      expect(useAirlift.getState().filters).toEqual({ [key]: 'LLOV' });
    },
  );

  it('an airport the dataset does not name shows its bare code', () => {
    const unnamed: Dataset = {
      ...bundled,
      airports: (bundled.airports ?? []).filter((a) => a.icao !== 'UBBG'),
    };
    useAirlift.getState().loadDataset(unnamed, 'imported');
    render(<FilterBar />);
    const origin = screen.getByLabelText('Origin');
    expect(within(origin).getByRole('option', { name: 'UBBG' })).toBeTruthy();
    expect(
      within(origin).getByRole('option', { name: 'UBBB — Heydar Aliyev International, Baku' }),
    ).toBeTruthy();
  });
});

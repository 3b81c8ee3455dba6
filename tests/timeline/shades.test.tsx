// @vitest-environment jsdom
// The compared periods are shaded behind the bars, each at its days, and named under the chart.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { setup } from './harness';

afterEach(cleanup);

describe('shaded periods', () => {
  it('draws A and B at their days (100 px a day on this plot) and names them', () => {
    const { container } = setup({
      shades: [
        { label: 'A', from: '2020-01-02', to: '2020-01-03' },
        { label: 'B', from: '2020-01-05', to: '2020-01-20' },
      ],
    });
    const rect = (label: string) => container.querySelector(`[data-shade="${label}"] rect`);
    expect([rect('A')?.getAttribute('x'), rect('A')?.getAttribute('width')]).toEqual(['100', '200']);
    // B runs past the data: clipped to the plot's end.
    expect([rect('B')?.getAttribute('x'), rect('B')?.getAttribute('width')]).toEqual(['400', '600']);
    expect(
      screen.getByText('Shaded: period A, 2020-01-02 – 2020-01-03; period B, 2020-01-05 – 2020-01-20'),
    ).toBeTruthy();
  });

  it('draws nothing for a period outside the data, and no note without periods', () => {
    const { container } = setup({ shades: [{ label: 'A', from: '2019-01-01', to: '2019-01-31' }] });
    expect(container.querySelector('[data-shade]')).toBeNull();
    cleanup();
    setup();
    expect(screen.queryByText(/^Shaded:/)).toBeNull();
  });
});

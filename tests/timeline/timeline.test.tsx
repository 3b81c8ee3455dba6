// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { addDays } from '../../src/data/contract';
import { TIMELINE_KEYS } from '../../src/timeline/Timeline';
import { BINS, dayBins, lastCall, setup } from './harness';

afterEach(cleanup);

describe('Timeline chart', () => {
  it('draws one stacked path per confidence, one bar segment per non-empty count', () => {
    const { container } = setup();
    for (const c of ['confirmed', 'reported', 'inferred', 'synthetic'] as const) {
      const path = container.querySelector(`path[data-confidence="${c}"]`);
      const expected = BINS.filter((b) => b.counts[c] > 0).length;
      expect(path?.getAttribute('d')?.match(/M/g)?.length ?? 0).toBe(expected);
      expect(path?.getAttribute('fill')).toMatch(/^url\(#.+-pat-/);
    }
    // The tallest bin (4) sets the y-axis max label.
    expect(container.querySelector('.tl-ylabel')?.textContent).toBe(
      String(Math.max(...BINS.map((b) => b.total))),
    );
    expect(container.querySelectorAll('.tl-axis text').length).toBeGreaterThan(1);
  });

  it('is a focusable group named "Timeline of flights", described by the visible summary and key help', () => {
    setup();
    const chart = screen.getByRole('group', { name: 'Timeline of flights' });
    expect(chart.tabIndex).toBe(0);
    const described = (chart.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(described).toContain('15 flights, 2020-01-01 to 2020-01-10');
    expect(described).toMatch(/Escape/);
    expect(screen.getByText('15 flights, 2020-01-01 to 2020-01-10')).toBeTruthy();
  });

  it('draws thousands of daily bins as four paths, not one element per bar', () => {
    const many = dayBins(
      '2015-01-01',
      Array.from({ length: 3000 }, (_, i) => ({
        confirmed: i % 3,
        reported: i % 2,
        synthetic: i % 5 === 0 ? 1 : 0,
      })),
    );
    const { container } = setup({
      bins: many,
      span: { from: '2015-01-01', to: addDays('2015-01-01', 2999) },
    });
    expect(container.querySelectorAll('path.tl-bars')).toHaveLength(4);
    expect(container.querySelectorAll('.tl-svg rect').length).toBeLessThan(10);
    const confirmedBars = container.querySelector('path[data-confidence="confirmed"]')?.getAttribute('d');
    expect(confirmedBars?.match(/M/g)?.length).toBe(many.filter((b) => b.counts.confirmed > 0).length);
  });

  it('documents every key in the visually hidden help', () => {
    setup();
    const chart = screen.getByRole('group', { name: 'Timeline of flights' });
    const helpId = (chart.getAttribute('aria-describedby') ?? '').split(' ')[1];
    const help = document.getElementById(helpId ?? '')?.textContent ?? '';
    for (const k of TIMELINE_KEYS) expect(help).toContain(`${k.keys}: ${k.action}`);
  });

  it('dims the bars outside the selected range', () => {
    const { container } = setup({ range: { from: '2020-01-03', to: '2020-01-04' } });
    const dims = [...container.querySelectorAll('rect.tl-dim')];
    expect(dims.map((r) => [r.getAttribute('x'), r.getAttribute('width')])).toEqual([
      ['0', '200'],
      ['400', '600'],
    ]);
  });
});

describe('date inputs and presets', () => {
  it('typing dates applies inclusive from/to', async () => {
    const { onRangeChange, user } = setup();
    await user.type(screen.getByLabelText('From'), '2020-01-03');
    expect(lastCall(onRangeChange)).toEqual({ from: '2020-01-03' });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2020-01-07' } });
    expect(lastCall(onRangeChange)).toEqual({ from: '2020-01-03', to: '2020-01-07' });
  });

  it('refuses a reversed range with a message and keeps the filter', () => {
    const { onRangeChange } = setup({ range: { from: '2020-01-03', to: '2020-01-05' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2020-01-08' } });
    expect(onRangeChange).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toMatch(/From is after To/);
    expect(screen.getByLabelText('From').getAttribute('aria-invalid')).toBe('true');
  });

  it.each([
    ['Last 30 days', { from: '2023-01-31', to: '2023-03-01' }],
    ['Last 90 days', { from: '2022-12-02', to: '2023-03-01' }],
    ['Last year', { from: '2022-03-02', to: '2023-03-01' }],
  ])('"%s" counts back from the span end', async (name, expected) => {
    const { onRangeChange, user } = setup({ span: { from: '2016-05-12', to: '2023-03-01' } });
    await user.click(screen.getByRole('button', { name }));
    expect(lastCall(onRangeChange)).toEqual(expected);
    expect(screen.getByRole('button', { name }).getAttribute('aria-pressed')).toBe('true');
  });

  it('"All", Clear and the year picker', async () => {
    const { onRangeChange, user } = setup({
      span: { from: '2016-05-12', to: '2023-03-01' },
      range: { from: '2020-01-01' },
    });
    const year = screen.getByRole('combobox', { name: 'Year' });
    expect(
      within(year)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['—', ...['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023']]);
    await user.selectOptions(year, '2018');
    expect(lastCall(onRangeChange)).toEqual({ from: '2018-01-01', to: '2018-12-31' });
    await user.click(screen.getByRole('button', { name: 'All' }));
    expect(lastCall(onRangeChange)).toEqual({});
    await user.selectOptions(year, '2019');
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(lastCall(onRangeChange)).toEqual({});
  });

  it('the unit switch reports the chosen unit', async () => {
    const { onUnitChange, user } = setup();
    expect(screen.getByRole('radio', { name: /Auto/ })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('radio', { name: 'Week' }));
    expect(onUnitChange).toHaveBeenCalledWith('week');
  });
});

describe('keyboard on the chart', () => {
  it('arrows move by one bin, Shift+arrow resizes the end, Home/End jump, Escape clears', async () => {
    const { onRangeChange, user } = setup({ range: { from: '2020-01-02', to: '2020-01-03' } });
    screen.getByRole('group', { name: 'Timeline of flights' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(lastCall(onRangeChange)).toEqual({ from: '2020-01-03', to: '2020-01-04' });
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(lastCall(onRangeChange)).toEqual({ from: '2020-01-03', to: '2020-01-05' });
    await user.keyboard('{End}');
    expect(lastCall(onRangeChange)).toEqual({ from: '2020-01-08', to: '2020-01-10' });
    await user.keyboard('{Home}');
    expect(lastCall(onRangeChange)).toEqual({ from: '2020-01-01', to: '2020-01-03' });
    await user.keyboard('{Escape}');
    expect(lastCall(onRangeChange)).toEqual({});
  });

  it('keeps the From/To inputs in sync with the brush', async () => {
    const { user } = setup({ range: { from: '2020-01-02', to: '2020-01-03' } });
    screen.getByRole('group', { name: 'Timeline of flights' }).focus();
    await user.keyboard('{ArrowLeft}');
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2020-01-01');
    expect((screen.getByLabelText('To') as HTMLInputElement).value).toBe('2020-01-02');
  });
});

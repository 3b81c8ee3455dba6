// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Header } from '../../src/app/Header';
import { loadBundledDataset } from '../../src/app/load-bundled';
import { useAirlift } from '../../src/store/store';

describe('Header', () => {
  afterEach(cleanup);

  it('gives the dataset title its whole text as a tooltip (the title may be cut with an ellipsis)', () => {
    const title = `A very long dataset title ${'that keeps going '.repeat(12)}to the end`;
    useAirlift.getState().loadDataset({ ...loadBundledDataset(), title }, 'imported');
    render(<Header />);
    const shown = screen.getByRole('heading', { level: 1 }).querySelector('.dataset-title');
    expect(shown?.textContent).toBe(title);
    expect(shown?.getAttribute('title')).toBe(title);
  });

  it('holds import, About and the theme, not the view exports (they sit above the table)', () => {
    useAirlift.getState().loadDataset(loadBundledDataset(), 'bundled');
    render(<Header />);
    expect(screen.getByRole('button', { name: 'Import…' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'About this data' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Export CSV/ })).toBeNull();
  });
});

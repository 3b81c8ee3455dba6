// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EditControls } from '../../../src/app/edit/EditControls';
import { loadAnalyst, saveAnalyst } from '../../../src/io/analyst';
import { useAirlift } from '../../../src/store/store';
import { loadTestCase } from './helpers';

beforeEach(() => {
  localStorage.clear();
  loadTestCase('');
});
afterEach(cleanup);

describe("the analyst's name", () => {
  it('is set once in the toolbar, kept in localStorage, and loaded on the next start', async () => {
    const first = render(<EditControls />);
    await userEvent.click(screen.getByRole('button', { name: 'Set your name' }));
    await userEvent.type(screen.getByLabelText('Your name for the change log'), '  Ada Analyst {Enter}');
    expect(useAirlift.getState().analyst).toBe('Ada Analyst');
    expect(screen.getByText('Logged as Ada Analyst')).toBeTruthy();
    expect(loadAnalyst()).toBe('Ada Analyst');
    first.unmount();

    useAirlift.setState({ analyst: '' });
    render(<EditControls />);
    expect(useAirlift.getState().analyst).toBe('Ada Analyst');
  });

  it('Escape leaves the name as it was', async () => {
    saveAnalyst('Ada');
    render(<EditControls />);
    await userEvent.click(screen.getByRole('button', { name: 'Change name' }));
    await userEvent.type(screen.getByLabelText('Your name for the change log'), 'X{Escape}');
    expect(useAirlift.getState().analyst).toBe('Ada');
    expect(loadAnalyst()).toBe('Ada');
  });
});

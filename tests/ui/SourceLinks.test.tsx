// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SourceLinks } from '../../src/ui/SourceLinks';
import { HOSTILE } from './helpers';

afterEach(cleanup);

describe('SourceLinks', () => {
  it('links a safe URL in a new tab without opener or referrer', () => {
    render(<SourceLinks sources={[{ publisher: 'Haaretz', url: 'https://www.haaretz.com/a' }]} compact />);
    const link = screen.getByRole('link', { name: /Haaretz/ });
    expect(link.getAttribute('href')).toBe('https://www.haaretz.com/a');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it.each([
    ['javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['data:text/html,<b>x</b>'],
    ['vbscript:msgbox(1)'],
    ['/relative'],
    [undefined],
  ])('shows the publisher as plain text for url %j', (url) => {
    const { container } = render(<SourceLinks sources={[{ publisher: 'AP', url }]} />);
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toContain('AP');
  });

  it('shows title and date when not compact, publishers only when compact', () => {
    const sources = [
      { publisher: 'Haaretz', title: '92 Flights', url: 'https://haaretz.com/x', published: '2023-03-06' },
      { publisher: 'PressTV', published: '2023-03-06' },
    ];
    const full = render(<SourceLinks sources={sources} />);
    expect(full.container.querySelectorAll('li')).toHaveLength(2);
    expect(full.container.textContent).toContain('Haaretz: 92 Flights');
    expect(full.container.querySelector('time')?.getAttribute('dateTime')).toBe('2023-03-06');
    full.unmount();

    const compact = render(<SourceLinks sources={sources} compact />);
    expect(compact.container.textContent).not.toContain('92 Flights');
    expect(compact.container.textContent).not.toContain('2023-03-06');
    expect(compact.container.textContent).toMatch(/Haaretz.*, PressTV/);
  });

  it('does not let a link click reach a clickable parent', async () => {
    const onParentClick = vi.fn();
    render(
      <div onClick={onParentClick}>
        <SourceLinks sources={[{ publisher: 'AP', url: 'https://apnews.com/' }]} compact />
      </div>,
    );
    await userEvent.click(screen.getByRole('link', { name: /AP/ }));
    expect(onParentClick).not.toHaveBeenCalled();
  });

  it('renders hostile text as text', () => {
    const { container } = render(
      <SourceLinks
        sources={[
          { publisher: HOSTILE, title: HOSTILE, url: 'javascript:alert(1)', published: HOSTILE },
          { publisher: HOSTILE, url: 'https://example.com/' },
        ]}
      />,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
    expect(container.querySelectorAll('a')).toHaveLength(1);
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('renders nothing for no sources', () => {
    const { container } = render(<SourceLinks sources={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
